"""Follows a running summary job: the status bar's progress bar and Cancel button, and the
finished summary shown in the window."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Qt

from app.core.summarize import JobFinished, JobStarted, StepDone, StepProgress, StepStarted

PREFILL_SHARE = 70  # of each step's 100 units: reading the text is most of the work on a CPU


class SummaryProgress(QObject):
    # A QObject on the GUI thread, so the queued connections below deliver here and not
    # on the lane's thread (a plain Python object has no thread of its own).
    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.name = ""
        self.steps = 1
        self.base = 0
        queued = Qt.ConnectionType.QueuedConnection  # the lane emits from its own thread
        window.lane.sig_job_event.connect(self.on_event, queued)
        window.lane.sig_job_failed.connect(self.on_failed, queued)
        window.status.cancel_button.clicked.connect(window.stop)

    def start(self, path: str) -> None:
        self.name = Path(path).name
        self.window.status.show_progress(True, 0, 0, f"Reading {self.name}…")

    def on_event(self, event) -> None:
        status = self.window.status
        if isinstance(event, JobStarted):
            # every chunk, plus one combining step when there is more than one chunk
            self.steps = event.chunks + (1 if event.chunks > 1 else 0)
            status.show_progress(True, 0, self.steps * 100, "Starting…")
        elif isinstance(event, StepStarted):
            self.base = self._step_number(event) * 100
            label = "Combining" if event.kind.startswith("reduce") else "Summarising"
            status.show_progress(True, self.base, self.steps * 100,
                                 f"{label} {event.pages} (part {event.index + 1} of "
                                 f"{event.total})")
        elif isinstance(event, StepProgress) and event.prefill_total:
            share = PREFILL_SHARE * event.prefill_done // event.prefill_total
            status.progress.setValue(self.base + share)
        elif isinstance(event, StepDone):
            status.progress.setValue(self.base + 100)
        elif isinstance(event, JobFinished):
            self.finish(event)

    def _step_number(self, event: StepStarted) -> int:
        if event.kind == "map":
            return event.index
        return min(self.steps - 1, self.steps - event.total + event.index)

    def finish(self, event: JobFinished) -> None:
        window = self.window
        window.status.show_progress(False)
        if event.status == "done":
            window.transcript.show_entries([("summary", f"{self.name}\n\n{event.summary}")])
            window.status.showMessage(f"Summary of {self.name} saved.", 10000)
        else:
            window.transcript.show_entries([])
            window.show_notice(event.message)
        window.refresh_lists()
        window.sig_summary_shown.emit(event)

    def on_failed(self, message: str) -> None:
        self.window.status.show_progress(False)
        self.window.transcript.show_entries([])
        self.window.show_notice(message)
        self.window.refresh_lists()
