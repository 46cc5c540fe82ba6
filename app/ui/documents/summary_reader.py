"""The lower half of the Documents page: the selected document's summary (or what state its
job is in) with each sentence's support marked, beside it the document's own passage
behind a sentence or page reference, and Print, Copy and Export. The database (the
sentence rows, worked out once for a job finished before they existed), the passage and
the export are prepared on the thread pool."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.core.summarize.alignment import ensure_alignment
from app.core.summarize.export import export_job, handed_out
from app.core.summarize.references import pages_for
from app.core.summarize.source_view import source_of
from app.ui.documents.sentence_marks import marks_for
from app.ui.documents.source_panel import SourcePanel
from app.ui.documents.summary_output import export_pdf, formatted, print_summary
from app.ui.icons import give_icon
from app.ui.queue_rows import QueueRow
from app.ui.transcript import Transcript
from app.workers.tasks import run_query


class SummaryReader(QWidget):
    """Signals: sig_notice(str) a message for the notice bar; sig_message(str) a passing
    status message; sig_exported(str) the file an export wrote; sig_printed(int) and
    sig_copied(int) the job whose summary went to the printer or the clipboard;
    sig_source_shown(str) the page shown beside the summary ("p. 4": a sentence's passage,
    or the reference clicked);
    sig_marks_shown(int) the job whose sentences are marked."""

    sig_notice = Signal(str)
    sig_message = Signal(str)
    sig_exported = Signal(str)
    sig_printed = Signal(int)
    sig_copied = Signal(int)
    sig_source_shown = Signal(str)
    sig_marks_shown = Signal(int)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.row: QueueRow | None = None  # the document shown
        self.shown_job: int | None = None  # the summary on screen, for its page references
        self.marks: dict[int, tuple] = {}  # job id → its sentences' marks, read once
        self.summary_view = Transcript()
        self.summary_view.setAccessibleName(self.tr("Summary"))
        self.summary_view.empty_text = self.tr(
            "Select a document in the list above to read its summary.")
        self.summary_view.render()
        self.export_allowed = True
        self.export_button = QPushButton(self.tr("Export…"), enabled=False)
        self.export_button.setToolTip(self.tr("Save this summary with where it came from as a "
                                              "Word (DOCX), PDF or Markdown file"))
        self.print_button = QPushButton(self.tr("Print…"), enabled=False)
        self.print_button.setToolTip(self.tr("Print this summary with each sentence's source "
                                             "and the claims not found in the document"))
        self.copy_button = QPushButton(self.tr("Copy"), enabled=False)
        self.copy_button.setToolTip(self.tr("Copy this summary with its sources as formatted "
                                            "text, to paste into a letter or an e-mail"))
        self.output_buttons = (self.print_button, self.copy_button, self.export_button)
        for button, icon in zip(self.output_buttons, ("print", "copy", "export"), strict=True):
            give_icon(button, icon)
        self.source = SourcePanel()
        self.splitter = QSplitter(Qt.Orientation.Horizontal)  # summary left, source right
        self.splitter.addWidget(self.summary_view)
        self.splitter.addWidget(self.source)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)
        panel = QVBoxLayout(self)
        panel.setContentsMargins(0, 0, 0, 0)
        panel.addWidget(self.splitter, 1)
        export_row = QHBoxLayout()
        export_row.addStretch(1)
        for button in self.output_buttons:
            export_row.addWidget(button)
        panel.addLayout(export_row)
        self.export_button.clicked.connect(self.export_selected)
        self.print_button.clicked.connect(self.print_selected)
        self.copy_button.clicked.connect(self.copy_selected)
        self.summary_view.sig_reference_clicked.connect(self.show_source)
        self.summary_view.sig_action_clicked.connect(self._on_link)

    def forbid_export(self) -> None:
        """The organisation's policy does not allow exports (export_job refuses them too)."""
        self.export_allowed = False
        for button in self.output_buttons:
            button.setEnabled(False)
            button.setToolTip(self.tr("Your organisation does not allow exporting summaries"))

    def clear(self) -> None:
        """The document shown left the queue."""
        self.row = self.shown_job = None
        for button in self.output_buttons:
            button.setEnabled(False)
        self.summary_view.show_entries([])
        self.source.clear()

    def show_row(self, row: QueueRow | None) -> None:
        if row is None:
            return
        self.row = row
        for button in self.output_buttons:
            button.setEnabled(row.status == "done" and self.export_allowed)
        view = self.summary_view
        if row.status == "done":
            if self.shown_job != row.job_id:
                self.source.clear()
            self.shown_job = row.job_id
            marks = self.marks.get(row.job_id)
            if marks is None:
                self._read_marks(row.job_id)
            shown = (row.name, row.summary, list(row.flags), marks or (), row.scanned)
            if view.summary_shown != shown:  # not redrawn at every refresh: the reader scrolls
                view.show_summary(*shown)
            return
        self.shown_job = None
        self.source.clear()
        text = f"{row.name}\n\n{self._state_text(row)}"
        if view.summary_shown or view.entries != [["summary", text]]:
            view.show_entries([("summary", text)])

    def _state_text(self, row: QueueRow) -> str:
        if row.status == "running":
            # the step stands on its own ("Reading p. 4–6"): lower-casing it would be wrong
            # in languages that capitalise nouns
            return self.tr("This document is being summarised. Now: {step}. The summary "
                           "appears here when it is done.").format(step=row.step)
        if row.status == "waiting":
            return self.tr("Waiting: this document is summarised when the ones before it "
                           "are done.")
        if row.job_id is None:
            return self.tr("This file could not be read.\n\n{why}").format(why=row.message)
        status = {"paused": self.tr("paused"), "failed": self.tr("stopped by an error"),
                  "cancelled": self.tr("cancelled"),
                  "interrupted": self.tr("interrupted (the app closed while it ran)")}
        text = self.tr("This summary is {status}: {done} of %n part(s) are done and kept.",
                       "", row.total).format(status=status.get(row.status, row.status),
                                             done=row.done)
        if row.resumable:
            text += " " + self.tr("Click “Resume” to finish it.")
        if row.message:
            text += f"\n\n{row.message}"
        return text

    # -- sentences and their sources ------------------------------------------------------
    def _read_marks(self, job_id: int) -> None:
        """The job's sentence rows, worked out and stored first for a job finished before
        they existed: a write, on the pool."""
        self.marks[job_id] = ()  # asked once

        def shown(rows: list[dict]) -> None:
            self.marks[job_id] = marks_for(rows)
            if self.row is not None and self.row.job_id == job_id:
                self.show_row(self.row)
            self.sig_marks_shown.emit(job_id)

        run_query(lambda store: ensure_alignment(store, job_id), shown, self.sig_notice.emit,
                  writes=True, owner=self)

    def _on_link(self, link: str) -> None:
        if link.startswith("sent:"):
            self.show_sentence(int(link.split(":", 1)[1]))

    def show_sentence(self, index: int) -> None:
        """Sentence `index`'s passage on its page, beside the summary."""
        job_id = self.shown_job
        if job_id is None:
            return
        run_query(lambda store: source_of(store, job_id, index), self._show_view,
                  self.sig_notice.emit, owner=self)

    def _show_view(self, view) -> None:
        if view is None:  # a sentence that nothing in the document supports
            self.source.clear()
            self.source.about.setText(self.tr(
                "No passage of the document supports this sentence. Check it before you "
                "rely on it."))
            return
        self.source.show_view(view)
        self.sig_source_shown.emit(f"p. {view.page}")

    def show_source(self, reference: str) -> None:
        """The document's own text behind a page reference, read off the GUI thread."""
        job_id = self.shown_job
        if job_id is None:
            return

        def read(store):
            pages = store.pages(store.job(job_id)["document_id"])
            return reference, pages_for(reference, pages)

        run_query(read, self._show_source_pages, self.sig_notice.emit, owner=self)

    def _show_source_pages(self, found) -> None:
        reference, pages = found
        self.source.show_pages(reference, pages)
        self.sig_source_shown.emit(reference)

    # -- export ----------------------------------------------------------------------------
    def _finished_row(self) -> QueueRow | None:
        """The document shown, if its summary is finished: what Export, Print and Copy take."""
        return self.row if self.row is not None and self.row.status == "done" else None

    def export_selected(self) -> None:
        row = self._finished_row()
        if row is None:
            return
        # the file types' names are translated, their patterns are not
        kinds = {self.tr("Word document") + " (*.docx)": ".docx",
                 self.tr("PDF document") + " (*.pdf)": ".pdf",
                 self.tr("Markdown") + " (*.md)": ".md"}
        suggested = Path.home() / f"{Path(row.name).stem} - summary.docx"
        path, chosen = QFileDialog.getSaveFileName(
            self, self.tr("Export the summary"), str(suggested), ";;".join(kinds))
        if not path:
            return
        target = Path(path)
        if target.suffix.lower() not in kinds.values():
            target = target.with_name(target.name + kinds.get(chosen, ".docx"))
        self.export_to(row.job_id, target)

    def export_to(self, job_id: int, path: Path) -> None:
        """Write the file on the thread pool: a long summary to DOCX takes a moment."""
        path = Path(path)
        export = export_pdf if path.suffix.lower() == ".pdf" else export_job
        run_query(lambda store: str(export(store, job_id, path)),
                  self._exported, self.sig_notice.emit, owner=self)

    def _exported(self, path: str) -> None:
        self.sig_message.emit(self.tr("Saved {path}").format(path=path))
        self.sig_exported.emit(path)

    def print_selected(self) -> None:
        row = self._finished_row()
        if row is None:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(row.name)
        if QPrintDialog(printer, self).exec() == QDialog.DialogCode.Accepted:
            self.print_to(row.job_id, printer)

    def print_to(self, job_id: int, printer: QPrinter) -> None:
        """The export's text is read (and the print recorded) on the thread pool; laying
        out a few pages for the printer is quick enough for this thread."""
        def printed(markdown: str) -> None:
            print_summary(markdown, printer)
            self.sig_message.emit(self.tr("Sent to {printer}").format(
                printer=printer.printerName() or printer.outputFileName()))
            self.sig_printed.emit(job_id)

        run_query(lambda store: handed_out(store, job_id, "printed"), printed,
                  self.sig_notice.emit, owner=self)

    def copy_selected(self) -> None:
        row = self._finished_row()
        if row is None:
            return
        job_id = row.job_id

        def copied(markdown: str) -> None:
            QApplication.clipboard().setMimeData(formatted(markdown))
            self.sig_message.emit(self.tr("The summary and its sources are copied"))
            self.sig_copied.emit(job_id)

        run_query(lambda store: handed_out(store, job_id, "copied"), copied,
                  self.sig_notice.emit, owner=self)
