"""The Documents page's queue as a table: one row per document, with fixed widths for the
columns whose text changes as a job runs (so nothing jumps) and the name taking the rest."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from app.core.summarize import StepProgress, StepStarted
from app.ui.job_table import (
    ACTIONS,
    NAME,
    PROGRESS,
    STATUS,
    STYLE,
    TIME_LEFT,
    JobTableModel,
    PartsDelegate,
)
from app.ui.queue_rows import QueueRow
from app.ui.summary_progress import LiveJob, format_eta_short

PAD_PX = 16


class QueueTable(QTableView):
    """`action_cell(row, actions)`: the widget of a row's buttons, measured here for the
    width of the last column."""

    def __init__(self, model: JobTableModel,
                 action_cell: Callable[[QueueRow, tuple[str, ...]], QWidget]):
        super().__init__()
        self.setAccessibleName(self.tr("Documents queue"))
        self.setModel(model)
        self.setItemDelegateForColumn(PROGRESS, PartsDelegate(self))
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        # several at once to ask them together; the first selected is the one read below
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setShowGrid(False)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.verticalHeader().setVisible(False)
        self.verticalHeader().setDefaultSectionSize(34)
        header = self.horizontalHeader()
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(STYLE, QHeaderView.ResizeMode.ResizeToContents)
        metrics = self.fontMetrics()
        longest_step = LiveJob()
        longest_step.apply(StepStarted("map", 0, 1, "p. 100–120"))
        longest_step.apply(StepProgress(0, 0, "…"))
        self.status_px = metrics.horizontalAdvance(longest_step.step) + PAD_PX
        header.resizeSection(STATUS, self.status_px)
        widest_parts = model.parts_text(QueueRow("", "", "", "running", done=100, total=120))
        header.resizeSection(PROGRESS, metrics.horizontalAdvance(widest_parts) + 2 * PAD_PX)
        header.resizeSection(TIME_LEFT, max(metrics.horizontalAdvance(text) for text in (
            model.headers()[TIME_LEFT], format_eta_short(None),
            format_eta_short(10 * 3600))) + PAD_PX)
        widths = []
        for actions in (("pause", "cancel"), ("resume", "delete")):
            sample = action_cell(QueueRow("", "", "", "running"), actions)
            widths.append(sample.sizeHint().width())
            sample.deleteLater()
        header.resizeSection(ACTIONS, max(widths))

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._share_name_and_status()

    def _share_name_and_status(self) -> None:
        """The step's column makes room for the names when the table is narrow: at the
        longest step's width it left 'budget-…tes.txt' of a name, while a step cut short
        reads on in its tooltip. The two share what the other columns leave."""
        header = self.horizontalHeader()
        others = sum(header.sectionSize(column) for column in (STYLE, PROGRESS, TIME_LEFT,
                                                                ACTIONS)
                     if not self.isColumnHidden(column))
        room = self.viewport().width() - others
        header.resizeSection(STATUS, min(self.status_px, max(room // 2, 0)))
