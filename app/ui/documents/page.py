"""The Documents page: drop or pick files and folders, choose the summary's style and language
and whether the model checks its doubtful sentences, follow the queue (progress, current
step, time left, pause / resume / cancel / remove / delete per document), read a finished
summary with its page references and flagged claims, and export it. Reading, hashing, the
database and the export run off the GUI thread; the model work runs on the engine lane."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.core.documents import SUPPORTED_SUFFIXES
from app.ui.documents.drop_zone import DropZone
from app.ui.documents.password_prompt import ask_password
from app.ui.documents.queue_table import QueueTable
from app.ui.documents.summary_choices import SummaryChoices
from app.ui.documents.summary_reader import SummaryReader
from app.ui.job_table import (
    ACTIONS,
    PROGRESS,
    ROW_KEY,
    STATUS,
    STYLE,
    TIME_LEFT,
    JobTableModel,
)
from app.ui.queue_rows import QueueRow
from app.ui.status import RunningJob
from app.ui.summary_queue import SummaryQueue

WIDE_PX = 1400  # the page's width from which queue and summary stand side by side
QUEUE_NAME_PX = 220  # room for the documents' names in the queue beside the summary


class DocumentsPage(QWidget):
    """Signals: sig_notice(str) a message the window shows in its notice bar;
    sig_message(str) a passing status-bar message; sig_job(object) the RunningJob for the
    status bar, or None; sig_job_shown(object) a JobFinished once the queue shows it;
    sig_exported(str) the file an export wrote; sig_source_shown(str) the page reference
    whose text is shown; sig_ask(list) the summary jobs whose documents are to be asked."""

    sig_notice = Signal(str)
    sig_message = Signal(str)
    sig_job = Signal(object)
    sig_job_shown = Signal(object)
    sig_exported = Signal(str)
    sig_source_shown = Signal(str)
    sig_ask = Signal(list)

    def __init__(self, lane, parent=None):
        super().__init__(parent)
        self.queue = SummaryQueue(lane, self)
        self.model_ready = self.queue_held = False
        self.slots = 1  # documents summarised at once: the organisation's server's slots
        self._selected: str | None = None  # row key
        self._row_actions: dict[str, tuple[str, ...]] = {}
        self._build()
        self._connect()

    # -- layout --------------------------------------------------------------------------
    def _build(self) -> None:
        self.drop_zone = DropZone()
        self.choices = SummaryChoices()
        # the page's own names for them, as the window and its tests use them
        self.style_choice, self.language_choice = (self.choices.style_choice,
                                                   self.choices.language_choice)
        self.thorough_choice, self.fast_choice = (self.choices.thorough_choice,
                                                  self.choices.fast_choice)
        self.ask_button = self.choices.ask_button
        self.model = JobTableModel(self)
        self.table = QueueTable(self.model, self._action_buttons)
        self.empty = QLabel(self.tr("No documents yet — drop files here or click Add files…"),
                            alignment=Qt.AlignmentFlag.AlignCenter, wordWrap=True)
        self.empty.setObjectName("documentsEmpty")
        self.empty.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        font = self.empty.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.empty.setFont(font)
        self.queue_stack = QStackedWidget()
        self.queue_stack.addWidget(self.empty)
        self.queue_stack.addWidget(self.table)
        self.reader = self.summary_panel = SummaryReader()
        self.summary_view, self.export_button = self.reader.summary_view, self.reader.export_button
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(self.queue_stack)
        self.splitter.addWidget(self.summary_panel)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([220, 360])
        self._divider_moved = False  # by the user: from then on their sizes stand
        self.splitter.splitterMoved.connect(lambda *_: setattr(self, "_divider_moved", True))
        layout = QVBoxLayout(self)  # the style's margins, as the Chat page has
        layout.addWidget(self.drop_zone)
        layout.addWidget(self.choices)
        layout.addWidget(self.splitter, 1)

    def resizeEvent(self, event) -> None:
        """A wide window holds the queue and the summary side by side: a summary gets its
        full height, and the queue stays in sight while reading. The queue then keeps the
        columns a reader acts on (name, step, parts, buttons); style and time left are in
        the summary's title and the status bar."""
        super().resizeEvent(event)
        wide = event.size().width() >= WIDE_PX
        orientation = Qt.Orientation.Horizontal if wide else Qt.Orientation.Vertical
        if self.splitter.orientation() == orientation:
            return
        self.splitter.setOrientation(orientation)
        for column in (STYLE, TIME_LEFT):
            self.table.setColumnHidden(column, wide)
        if wide:
            header = self.table.horizontalHeader()
            fixed = sum(header.sectionSize(c) for c in (STATUS, PROGRESS, ACTIONS))
            width = event.size().width()
            queue = min(fixed + QUEUE_NAME_PX, int(width * 0.45))
            self.splitter.setSizes([queue, width - queue])
        else:
            self._fit_queue()

    def _fit_queue(self) -> None:
        """Queue above summary: the queue takes the height of its rows (room for three at
        least, 40 % of the page at most) and the summary the rest, so one document in the
        queue does not halve the summary being read. A divider the user moved stays."""
        if self._divider_moved or self.splitter.orientation() != Qt.Orientation.Vertical:
            return
        table = self.table
        rows = max(3, self.model.rowCount())
        wanted = (table.horizontalHeader().sizeHint().height()
                  + rows * table.verticalHeader().defaultSectionSize()
                  + table.horizontalScrollBar().sizeHint().height() + 2 * table.frameWidth())
        total = sum(self.splitter.sizes()) or self.splitter.height()
        queue = min(wanted, int(total * 0.4))
        self.splitter.setSizes([queue, total - queue])

    def _connect(self) -> None:
        queue = self.queue
        queue.sig_rows_changed.connect(self._show_rows)
        queue.sig_progress.connect(self._show_rows)
        queue.sig_finished.connect(self._on_finished)
        queue.sig_notice.connect(self.sig_notice)
        queue.sig_message.connect(self.sig_message)
        queue.sig_password_needed.connect(self._ask_password)
        reader = self.reader
        reader.sig_notice.connect(self.sig_notice)
        reader.sig_message.connect(self.sig_message)
        reader.sig_exported.connect(self.sig_exported)
        reader.sig_source_shown.connect(self.sig_source_shown)
        self.drop_zone.add_files_button.clicked.connect(self.add_files)
        self.drop_zone.add_folder_button.clicked.connect(self.add_folder)
        self.table.selectionModel().selectionChanged.connect(self._on_selection)
        self.ask_button.clicked.connect(lambda: self.sig_ask.emit(self.askable_jobs()))

    # -- adding --------------------------------------------------------------------------
    def add_files(self) -> None:
        pattern = " ".join(f"*{suffix}" for suffix in SUPPORTED_SUFFIXES)
        paths, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Summarise documents"), str(Path.home()),
            self.tr("Documents ({pattern})").format(pattern=pattern))
        if paths:
            self.add_paths(paths)

    def add_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Summarise a folder"),
                                                  str(Path.home()))
        if folder:
            self.add_paths([folder])

    def add_paths(self, items: list[str]) -> None:
        """Files and folders, with the style and language chosen above."""
        self.queue.add_paths([str(item) for item in items], *self.choices.chosen())

    def _ask_password(self, key: str, name: str, why: str) -> None:
        not_read = self.tr('"{name}" was not read: it needs its password.').format(name=name)
        ask_password(self, name, why, lambda password: self.queue.unlock(key, password),
                     lambda: self.queue.give_up(key, not_read))

    def refresh(self) -> None:
        self.queue.refresh()

    def on_model_ready(self, slots: int = 1) -> None:
        """A model is loaded: on a server with `slots`, that many documents run at once."""
        self.model_ready, self.slots = True, slots
        self.hold_queue(self.queue_held)

    def hold_queue(self, held: bool) -> None:
        """While a terminal command runs this data folder's summaries, none start here."""
        self.queue_held = held
        if self.model_ready and not held:
            self.queue.set_model_ready(self.slots)

    # -- the queue -----------------------------------------------------------------------
    def _show_rows(self) -> None:
        rows = self.queue.rows()
        changed = self.model.set_rows(rows)
        if changed:
            self._row_actions.clear()
            self._reselect()
        for index, row in enumerate(rows):
            actions = _actions(row)
            if self._row_actions.get(row.key) != actions:
                self._row_actions[row.key] = actions
                self.table.setIndexWidget(self.model.index(index, ACTIONS),
                                          self._action_buttons(row, actions))
        self.queue_stack.setCurrentWidget(self.table if rows else self.empty)
        self.summary_panel.setVisible(bool(rows))
        if changed:
            self._fit_queue()
        self._show_global_progress()
        self._show_row(self.selected_row())  # the selected document's state follows the queue
        self.ask_button.setEnabled(bool(self.askable_jobs()))

    def _action_buttons(self, row: QueueRow, actions: tuple[str, ...]) -> QWidget:
        handlers = {"pause": lambda: self.queue.pause(row.key),
                    "cancel": lambda: self.queue.cancel(row.key),
                    "resume": lambda: self.queue.resume(row.job_id, row.name),
                    "remove": lambda: self.queue.remove(row.key),
                    "delete": lambda: self.confirm_delete(row)}
        labels = {"pause": self.tr("Pause"), "cancel": self.tr("Cancel"),
                  "resume": self.tr("Resume"), "remove": self.tr("Remove"),
                  "delete": self.tr("Delete")}
        tips = {"pause": self.tr("Pause; the parts already done are kept"),
                "cancel": self.tr("Stop this summary; the parts already done are kept"),
                "resume": self.tr("Finish this summary; the parts already done are not "
                                  "summarised again"),
                "remove": self.tr("Take this document out of the queue"),
                "delete": self.tr("Erase this summary and the document's text kept for it")}
        cell = QWidget()
        layout = QHBoxLayout(cell)
        layout.setContentsMargins(4, 2, 4, 2)
        layout.setSpacing(4)
        for action in actions:
            button = QToolButton(text=labels[action], toolTip=tips[action])
            button.setObjectName(action)
            button.setAccessibleName(self.tr("{action} {document}").format(
                action=labels[action], document=row.name))
            button.clicked.connect(handlers[action])
            layout.addWidget(button)
        layout.addStretch(1)
        return cell

    def confirm_delete(self, row: QueueRow) -> None:
        answer = QMessageBox.question(
            self, self.tr("Delete this summary?"),
            self.tr("This erases the summary of {name} and the text of the document that "
                    "Offline Assistant kept for it (unless another summary uses it), so that "
                    "it cannot be recovered; backup copies of your data are re-made without "
                    "it. The file itself is not touched. This cannot be undone.").format(
                name=row.name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel)
        if answer == QMessageBox.StandardButton.Yes and row.job_id is not None:
            self.queue.delete_job(row.job_id)

    def row_buttons(self, key: str) -> dict[str, QToolButton]:
        """The buttons in a row's last cell, by action ("pause", "resume", …)."""
        for index, row in enumerate(self.model.rows):
            if row.key == key:
                cell = self.table.indexWidget(self.model.index(index, ACTIONS))
                return {b.objectName(): b for b in cell.findChildren(QToolButton)} if cell else {}
        return {}

    def row(self, key: str) -> QueueRow | None:
        return next((r for r in self.model.rows if r.key == key), None)

    def _show_global_progress(self) -> None:
        current, running = self.queue.current, len(self.queue.running)
        self.sig_job.emit(None if current is None else RunningJob(
            current.name, current.live, len(self.queue.waiting), running - 1))

    def _on_finished(self, event) -> None:
        key = f"job:{event.job_id}"
        if event.status == "done" and self._selected in (None, key):
            self.select(key)
        self.sig_job_shown.emit(event)

    # -- the selected document -----------------------------------------------------------
    def select(self, key: str) -> None:
        for index, row in enumerate(self.model.rows):
            if row.key == key:
                self.table.selectionModel().select(
                    self.model.index(index, 0),
                    QItemSelectionModel.SelectionFlag.ClearAndSelect
                    | QItemSelectionModel.SelectionFlag.Rows)
                return

    def askable_jobs(self) -> list[int]:
        """The selected documents that can be asked: those read, whose job has their pages."""
        keys = [index.data(ROW_KEY) for index in self.table.selectionModel().selectedRows()]
        rows = [self.row(key) for key in keys]
        return [row.job_id for row in rows if row is not None and row.job_id is not None
                and row.status not in ("waiting", "running")]

    def selected_row(self) -> QueueRow | None:
        return self.row(self._selected) if self._selected else None

    def _on_selection(self, *_) -> None:
        chosen = self.table.selectionModel().selectedRows()
        self.ask_button.setEnabled(bool(self.askable_jobs()))
        if not chosen:
            return  # a model reset clears the selection; _reselect puts it back
        self._selected = chosen[0].data(ROW_KEY)
        self._show_row(self.selected_row())

    def _reselect(self) -> None:
        key = self._selected
        started = [r for r in (*self.queue.running, *self.queue.waiting)
                   if r.key == key and r.job_id is not None]
        if started:  # the file the user picked became a job
            key = self._selected = f"job:{started[0].job_id}"
        if key and self.row(key):
            self.select(key)
        elif key:  # removed from the queue
            self._selected = None
            self.reader.clear()

    def _show_row(self, row: QueueRow | None) -> None:
        self.reader.show_row(row)

    def export_to(self, job_id: int, path: Path) -> None:
        self.reader.export_to(job_id, path)


def _actions(row: QueueRow) -> tuple[str, ...]:
    if row.status == "running":
        return ("pause", "cancel")
    if row.status == "waiting" or (row.status == "failed" and row.job_id is None):
        return ("remove",)
    if row.resumable:
        return ("resume", "delete")
    return ("delete",) if row.job_id is not None else ()  # a stored job, not running
