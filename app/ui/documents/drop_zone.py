"""The dashed area at the top of the Documents page, with Add files and Add folder."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QPainter, QPalette, QPen
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton

from app.ui.icons import give_icon


class DropZone(QFrame):
    """Drops on any part of the window land in the queue; this only shows where."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("dropZone")
        self.label = QLabel(self.tr("Drop PDF, Word, Excel, PowerPoint, OpenDocument, Rich "
                                    "Text, web page, e-mail, Outlook, text or Markdown files, "
                                    "scans (PNG, JPEG, TIFF), or folders here"), wordWrap=True)
        self.add_files_button = QPushButton(self.tr("Add files…"))
        self.add_files_button.setToolTip(self.tr("Pick documents to summarise (Ctrl+O)"))
        self.add_folder_button = QPushButton(self.tr("Add folder…"))
        give_icon(self.add_files_button, "add-file", primary=True)
        give_icon(self.add_folder_button, "add-folder")
        self.add_folder_button.setToolTip(self.tr("Summarise every document in a folder and "
                                                  "its subfolders"))
        row = QHBoxLayout(self)
        row.setContentsMargins(16, 14, 16, 14)
        row.addWidget(self.label, 1)
        row.addWidget(self.add_files_button)
        row.addWidget(self.add_folder_button)

    def paintEvent(self, event) -> None:
        # Drawn here rather than by a style sheet: a style sheet would freeze this frame's
        # children in the palette they were first shown in, unreadable after a theme change.
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pen = QPen(self.palette().color(QPalette.ColorRole.Mid), 2, Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.drawRoundedRect(QRectF(self.rect()).adjusted(1, 1, -1, -1), 8, 8)
