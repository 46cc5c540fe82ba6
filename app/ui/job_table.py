"""The queue as a table: a thin item model over the queue's rows, and a delegate that draws
each row's parts as a progress bar ("3 / 12 parts")."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionProgressBar

from app.ui.queue_rows import QueueRow

NAME, STYLE, STATUS, PROGRESS, TIME_LEFT, ACTIONS = range(6)
ROW_KEY = Qt.ItemDataRole.UserRole


def style_names() -> dict[str, str]:
    """The summary styles of resources/prompts in plain words, in the order offered."""
    return {"brief": QCoreApplication.translate("JobTable", "Short brief"),
            "key_points": QCoreApplication.translate("JobTable", "Key points"),
            "key_facts": QCoreApplication.translate("JobTable", "Key facts (table)"),
            "action_items": QCoreApplication.translate("JobTable", "Action items")}


def status_words() -> dict[str, str]:
    return {"waiting": QCoreApplication.translate("JobTable", "Waiting"),
            "running": QCoreApplication.translate("JobTable", "Running"),
            "paused": QCoreApplication.translate("JobTable", "Paused"),
            "failed": QCoreApplication.translate("JobTable", "Failed"),
            "cancelled": QCoreApplication.translate("JobTable", "Cancelled"),
            "done": QCoreApplication.translate("JobTable", "Done"),
            "interrupted": QCoreApplication.translate("JobTable", "Interrupted")}


class JobTableModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list[QueueRow] = []

    def headers(self) -> list[str]:
        return [self.tr("Document"), self.tr("Style"), self.tr("Status"), self.tr("Progress"),
                self.tr("Time left"), ""]

    def set_rows(self, rows: list[QueueRow]) -> bool:
        """Show new rows; returns True when the rows themselves changed (not only values),
        which drops the views' row widgets."""
        same = [r.key for r in rows] == [r.key for r in self.rows]
        if same:
            self.rows = rows
            if rows:
                self.dataChanged.emit(self.index(0, 0), self.index(len(rows) - 1, ACTIONS))
            return False
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()
        return True

    def rowCount(self, parent: QModelIndex | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else ACTIONS + 1

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[section]
        return None

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        if role == ROW_KEY:
            return row.key
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, index.column())
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, index.column())
        return None

    def _text(self, row: QueueRow, column: int) -> str | None:
        if column == NAME:
            return row.name
        if column == STYLE:
            return style_names().get(row.style, row.style) if row.style else ""
        if column == STATUS:
            return row.step or status_words().get(row.status, row.status)
        if column == PROGRESS:
            return self.parts_text(row)
        if column == TIME_LEFT:
            return row.eta
        return None

    @staticmethod
    def _tooltip(row: QueueRow, column: int) -> str | None:
        if column == STATUS:  # a long step may be cut short in a narrow window
            return row.message or row.step or None
        if column == NAME:
            return row.name
        return None

    def parts_text(self, row: QueueRow) -> str:
        if not row.total:
            return ""
        # self.tr, not translate(): lupdate takes a plural (%n) only from tr()
        return self.tr("{done} / %n part(s)", "", row.total).format(done=row.done)


class PartsDelegate(QStyledItemDelegate):
    """A progress bar in the cell; parts done plus how far the current part is."""

    def paint(self, painter, option, index) -> None:
        row = index.model().rows[index.row()]
        if not row.total:
            super().paint(painter, option, index)
            return
        bar = QStyleOptionProgressBar()
        bar.rect = option.rect.adjusted(4, 5, -4, -5)
        bar.palette = option.palette
        # Qt 6 takes the orientation from the state: without it the bar fills bottom-up
        bar.state = (option.state | QStyle.StateFlag.State_Enabled
                     | QStyle.StateFlag.State_Horizontal)
        bar.minimum, bar.maximum = 0, row.total * 100
        bar.progress = min(row.done * 100 + row.within, bar.maximum)
        bar.text = index.model().parts_text(row)
        bar.textVisible = True
        bar.textAlignment = Qt.AlignmentFlag.AlignCenter
        style = option.widget.style() if option.widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ProgressBar, bar, painter)
