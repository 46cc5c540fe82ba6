""""Ask about…": the dialog that picks the documents a conversation answers from (issue
#17). It lists the documents that can be asked (read, their pages kept), grouped by the
folder they came from: ticking a folder ticks every document of it, as a batch added from
that folder. Built from rows read off the GUI thread; it only shows and returns ids."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
)

DOCUMENT_ID = Qt.ItemDataRole.UserRole


class DocumentPicker(QDialog):
    def __init__(self, documents: list[dict], chosen: set[int], parent=None):
        """`documents`: rows of Store.askable_documents(); `chosen`: ids ticked at first."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("Ask about documents"))
        self.about = QLabel(wordWrap=True)
        self.tree = QTreeWidget(headerHidden=True, rootIsDecorated=True)
        self.tree.setAccessibleName(self.tr("Documents to ask about"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Ask them"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.about)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.buttons)
        self._fill(documents, chosen)
        self.tree.itemChanged.connect(lambda *_: self._update())
        self._update()
        self.resize(520, 420)

    def _fill(self, documents: list[dict], chosen: set[int]) -> None:
        if not documents:
            self.about.setText(self.tr(
                "No document can be asked yet. Add documents on the Documents page (Ctrl+2): "
                "once a document has been read, its questions can be asked here."))
            self.tree.setVisible(False)
            return
        self.about.setText(self.tr(
            "Tick the documents the answers should come from (a folder: all of its "
            "documents). Every question in this conversation is then answered from their "
            "pages only, with the page each answer comes from."))
        folders: dict[str, QTreeWidgetItem] = {}
        for row in documents:
            folder = str(Path(row["path"]).parent)
            if folder not in folders:
                folders[folder] = QTreeWidgetItem(self.tree, [folder])
                folders[folder].setFlags(folders[folder].flags()
                                         | Qt.ItemFlag.ItemIsAutoTristate
                                         | Qt.ItemFlag.ItemIsUserCheckable)
            pages = self.tr("%n page(s)", "", row["pages"] or 0)
            item = QTreeWidgetItem(folders[folder], [f"{row['name']}  —  {pages}"])
            item.setData(0, DOCUMENT_ID, row["id"])
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            checked = row["id"] in chosen
            item.setCheckState(0, Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self.tree.expandAll()

    def chosen(self) -> list[int]:
        """The ids of the documents ticked, in the order listed."""
        ids = []
        for f in range(self.tree.topLevelItemCount()):
            folder = self.tree.topLevelItem(f)
            ids += [folder.child(i).data(0, DOCUMENT_ID) for i in range(folder.childCount())
                    if folder.child(i).checkState(0) == Qt.CheckState.Checked]
        return ids

    def tick(self, document_id: int, ticked: bool = True) -> None:
        """Tick (or untick) one document, as a click on its box does."""
        for f in range(self.tree.topLevelItemCount()):
            folder = self.tree.topLevelItem(f)
            for i in range(folder.childCount()):
                if folder.child(i).data(0, DOCUMENT_ID) == document_id:
                    folder.child(i).setCheckState(
                        0, Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)

    def _update(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(self.chosen()))
