"""Follows a running summary job: the status bar's progress bar, ETA, Pause and Cancel,
and the finished summary (with its flagged claims) shown in the window."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt

from app.core.summarize import (
    JobFinished,
    JobProgress,
    JobStarted,
    StepDone,
    StepProgress,
    StepStarted,
)

PREFILL_SHARE = 70  # of each step's 100 units: reading the text is most of the work on a CPU


def format_eta(seconds: float | None) -> str:
    if seconds is None:
        return "measuring speed…"
    minutes = int(seconds // 60 + 0.5)
    if minutes < 1:
        return "less than a minute left"
    hours, minutes = divmod(minutes, 60)
    return f"about {hours} h {minutes:02d} min left" if hours else f"about {minutes} min left"


class SummaryProgress(QObject):
    # A QObject on the GUI thread, so the queued connections below deliver here and not
    # on the lane's thread (a plain Python object has no thread of its own).
    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.name = ""
        self.steps = (0, 1)  # done, total
        self.step_text = ""
        self.eta_text = ""
        queued = Qt.ConnectionType.QueuedConnection  # the lane emits from its own thread
        window.lane.sig_job_event.connect(self.on_event, queued)
        window.lane.sig_job_failed.connect(self.on_failed, queued)
        window.status.cancel_button.clicked.connect(window.stop)
        window.status.pause_button.clicked.connect(window.pause)

    def start(self, name: str) -> None:
        self.name = name
        self.step_text, self.eta_text = f"Reading {name}…", ""
        self.window.status.show_progress(True, 0, 0, self.step_text)

    def on_event(self, event) -> None:
        status = self.window.status
        if isinstance(event, JobStarted):
            self.steps = (event.already_done, max(event.chunks, 1))
        elif isinstance(event, JobProgress):
            self.steps = (event.steps_done, max(event.steps_total, 1))
            self.eta_text = format_eta(event.eta_s)
            self._show(0)
        elif isinstance(event, StepStarted):
            label = "Combining" if event.kind.startswith("reduce") else "Summarising"
            self.step_text = f"{label} {event.pages} (part {event.index + 1} of {event.total})"
            self._show(0)
        elif isinstance(event, StepProgress) and event.prefill_total:
            self._show(PREFILL_SHARE * event.prefill_done // event.prefill_total)
        elif isinstance(event, StepDone):
            status.progress.setValue(status.progress.value() // 100 * 100 + 100)
        elif isinstance(event, JobFinished):
            self.finish(event)

    def _show(self, within_step: int) -> None:
        done, total = self.steps
        text = f"{self.step_text} · {self.eta_text}" if self.eta_text else self.step_text
        self.window.status.show_progress(True, done * 100 + within_step, total * 100, text)

    def finish(self, event: JobFinished) -> None:
        window = self.window
        window.status.show_progress(False)
        if event.status == "done":
            window.show_summary(self.name, event.summary, event.flags, event.job_id)
            window.status.showMessage(f"Summary of {self.name} saved.", 10000)
        else:
            window.transcript.show_entries([])
            window.show_notice(event.message)
        window.refresh_lists()
        window.sig_summary_shown.emit(event)
        window.start_next_summary()

    def on_failed(self, message: str) -> None:
        self.window.status.show_progress(False)
        self.window.transcript.show_entries([])
        self.window.show_notice(message)
        self.window.refresh_lists()
        self.window.start_next_summary()
