"""The running summary in the user's words: parts done of parts planned, how far the current
part is, what the model is doing now (reading the file, reading pages, writing their
summary, combining parts, adding page references, checking sentences) and the time left.
Built from the core's job events alone; the queue table and the status bar both show this
one state."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.core.documents.progress import PageReading
from app.core.summarize import (
    JobProgress,
    JobStarted,
    StepDone,
    StepProgress,
    StepStarted,
)

PREFILL_SHARE = 70  # of each part's 100 units: reading the text is most of the work on a CPU


def format_eta(seconds: float | None) -> str:
    """For a sentence: "about 3 min left"."""
    if seconds is None:
        return QCoreApplication.translate("SummaryProgress", "measuring speed…")
    return QCoreApplication.translate("SummaryProgress", "{time} left").format(
        time=format_eta_short(seconds))


def format_eta_short(seconds: float | None) -> str:
    """For a column headed "Time left"."""
    if seconds is None:
        return QCoreApplication.translate("SummaryProgress", "measuring…")
    minutes = int(seconds // 60 + 0.5)
    if minutes < 1:
        return QCoreApplication.translate("SummaryProgress", "under a minute")
    hours, minutes = divmod(minutes, 60)
    if hours:
        text = QCoreApplication.translate("SummaryProgress", "about {hours} h {minutes} min")
        return text.format(hours=hours, minutes=f"{minutes:02d}")
    text = QCoreApplication.translate("SummaryProgress", "about {minutes} min")
    return text.format(minutes=minutes)


class LiveJob:
    """The state of the one job on the engine lane. `apply` returns whether anything the
    user sees changed, so a view repaints per step rather than per token."""

    def __init__(self, resuming: bool = False):
        if resuming:
            self.step = QCoreApplication.translate("SummaryProgress",
                                                   "Picking up where it stopped")
        else:
            self.step = QCoreApplication.translate("SummaryProgress", "Reading the file")
        self.done, self.total = 0, 0  # parts (model calls)
        self.within = 0  # how far the current part is, 0–100
        self.eta = self.eta_short = ""
        self._pages = ""
        self._combining = False

    @property
    def visible(self) -> tuple:
        return self.step, self.done, self.total, self.within, self.eta

    @property
    def value(self) -> int:
        return self.done * 100 + self.within

    def apply(self, event) -> bool:
        before = self.visible
        handler = _HANDLERS.get(type(event))
        if handler is not None:
            handler(self, event)
        return self.visible != before

    def _started(self, event: JobStarted) -> None:
        self.done, self.total = event.already_done, max(event.chunks, 1)
        # until its first step: on a server whose slots other documents hold, a while
        self.step = QCoreApplication.translate("SummaryProgress", "Waiting for the model")

    def _progress(self, event: JobProgress) -> None:
        self.done, self.total = event.steps_done, max(event.steps_total, 1)
        self.within = 0
        self.eta, self.eta_short = format_eta(event.eta_s), format_eta_short(event.eta_s)

    def _page_reading(self, event: PageReading) -> None:
        # Text recognition of a scanned page, before any part is summarised: its time
        # left is the pages still to recognise at the pace measured on this machine.
        reading = QCoreApplication.translate("SummaryProgress", "Reading p. {page} (scanned)")
        self.step = reading.format(page=event.page)
        self.eta, self.eta_short = format_eta(event.eta_s), format_eta_short(event.eta_s)

    def _step_started(self, event: StepStarted) -> None:
        self._pages, self._combining = event.pages, event.kind.startswith("reduce")
        self.within = 0
        if event.kind == "check":  # the thorough check: one sentence put to the model
            self.step = QCoreApplication.translate(
                "SummaryProgress", "Checking sentence {n} of {total}").format(
                    n=event.index + 1, total=event.total)
            return
        reading = QCoreApplication.translate("SummaryProgress", "Reading {pages}")
        self.step = self._combining_text() or reading.format(pages=event.pages)

    def _step_progress(self, event: StepProgress) -> None:
        if event.prefill_total:  # the model reads the prompt
            self.within = PREFILL_SHARE * event.prefill_done // event.prefill_total
        elif event.text:  # the model writes: reading is over
            self.within = max(self.within, PREFILL_SHARE)
            writing = QCoreApplication.translate("SummaryProgress",
                                                 "Writing the summary of {pages}")
            self.step = self._combining_text() or writing.format(pages=self._pages)

    def _step_done(self, event: StepDone) -> None:
        self.within = 100
        # the only part or the last combining step: the summary is written
        if event.total == 1 and event.kind != "check":
            self.step = QCoreApplication.translate("SummaryProgress", "Adding page references")

    def _combining_text(self) -> str:
        if not self._combining:
            return ""
        return QCoreApplication.translate("SummaryProgress", "Combining parts")


_HANDLERS = {JobStarted: LiveJob._started, JobProgress: LiveJob._progress,
             StepStarted: LiveJob._step_started, StepProgress: LiveJob._step_progress,
             StepDone: LiveJob._step_done, PageReading: LiveJob._page_reading}
