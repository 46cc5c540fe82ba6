"""The documents waiting to be summarised and those being summarised. Jobs run one at a
time on the engine lane, or on the organisation's server as many at once as it has slots
(workers/side_jobs.py); the stored jobs are read off the GUI thread; the rows a view shows
combine both, newest first."""

from __future__ import annotations

import itertools
from collections import deque
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from app.core.documents import find_documents
from app.core.summarize import JobFinished, JobStarted
from app.core.summarize.listing import job_list
from app.ui.queue_rows import QueueRow, Request
from app.ui.summary_progress import LiveJob
from app.workers.erasing import erase_job
from app.workers.tasks import run_query, run_task

SERVER_CHECK_MS = 15_000  # how often a silent server is asked whether it answers again


class SummaryQueue(QObject):
    """Signals, all on the GUI thread:

    sig_rows_changed()         rows() changed: a job was added, started, finished or read
    sig_progress()             a running job's step, parts or time left changed
    sig_finished(object)       a job's JobFinished, once rows() shows its new state
    sig_notice(str)            something the user must read (a file that cannot be read, a
                               job stopped by a full disk rather than by Pause)
    sig_message(str)           a passing line for the status bar
    sig_password_needed(str, str, str)  a request's key, its file's name and why: the window
                               asks for the password, then calls unlock() or give_up()

    A job paused because the organisation's server stopped answering carries on by itself:
    while there is one, the lane is asked every SERVER_CHECK_MS whether the server answers.
    """

    sig_rows_changed = Signal()
    sig_progress = Signal()
    sig_finished = Signal(object)
    sig_notice = Signal(str)
    sig_message = Signal(str)
    sig_password_needed = Signal(str, str, str)

    def __init__(self, lane, parent=None):
        super().__init__(parent)
        self.lane = lane
        self.waiting: deque[Request] = deque()
        self.running: list[Request] = []  # in the order they started
        self.capacity = 1  # how many run at once: the server's slots, else one
        self.unreadable: list[Request] = []
        self.locked: dict[str, Request] = {}  # by key: waiting for the user's password
        self.jobs: list[dict] = []  # from the store, newest first
        self.model_ready = False
        self.lane_busy = False
        self._reads = itertools.count(1)
        self._shown_read = 0
        self._last_read = 0
        # job id: (how it ended, the first read that will know it); until that read the
        # row shows the ending's status and summary, not the stored row's older ones
        self._ended: dict[int, tuple[JobFinished, int]] = {}
        # Queued: the lane emits from its own thread; this object lives on the GUI thread.
        queued = Qt.ConnectionType.QueuedConnection
        lane.sig_job_event.connect(self._on_event, queued)
        lane.sig_job_failed.connect(self._on_failed, queued)
        lane.sig_busy.connect(self._on_busy, queued)
        lane.sig_password_needed.connect(self._on_password_needed, queued)
        lane.sig_server_answers.connect(self._on_server_answers, queued)
        self._away: dict[int, str] = {}  # job id: name, paused while the server was silent
        self._server_check = QTimer(self, interval=SERVER_CHECK_MS)
        self._server_check.timeout.connect(lane.request_server_check.emit)

    # -- adding and removing -------------------------------------------------------------
    def add_paths(self, items: list[str], style: str, language: str = "",
                  thorough: bool = False, fast: bool = False) -> None:
        """Files and folders: every supported document becomes a waiting request. The folder
        walk runs on the thread pool, never on the GUI thread."""
        def found(paths: list) -> None:
            if not paths:
                self.sig_notice.emit(self.tr(
                    "No PDF, Word, OpenDocument, Rich Text, Excel, PowerPoint, web page, "
                    "e-mail, Outlook, text or Markdown files were found there."))
                return
            self.waiting.extend(Request(Path(p).name, style, language, thorough, fast,
                                        path=str(p)) for p in paths)
            self._changed()
            self.start_next()

        run_task(lambda: find_documents(items), found, self.sig_notice.emit, owner=self)

    def resume(self, job_id: int, name: str) -> None:
        self._away.pop(job_id, None)  # resumed by hand: not again when the server answers
        if any(r.job_id == job_id for r in (*self.running, *self.waiting)):
            return
        self.waiting.append(Request(name, job_id=job_id))
        self._changed()
        self.start_next()

    def resume_interrupted(self) -> None:
        """Jobs that were running when the app or the computer stopped carry on by themselves."""
        def found(jobs: list[tuple[int, str]]) -> None:
            for job_id, name in jobs:
                self.resume(job_id, name)

        def interrupted(store) -> list[tuple[int, str]]:
            return [(job["id"], store.document(job["document_id"])["name"])
                    for job in store.unfinished_jobs(("queued", "running"))]

        run_query(interrupted, found, self.sig_notice.emit, owner=self)

    def remove(self, key: str) -> None:
        """Take a request that has not started out of the queue (its stored job stays).
        `key` is a row's: a new file's own key, or "job:N" for a job waiting to resume."""
        def kept(request: Request) -> bool:
            return key not in (request.key, f"job:{request.job_id}")

        self.waiting = deque(filter(kept, self.waiting))
        self.unreadable = list(filter(kept, self.unreadable))
        self.locked = {k: r for k, r in self.locked.items() if kept(r)}
        self._changed()

    def unlock(self, key: str, password: str) -> None:
        """Read the protected file again with this password, before the waiting ones."""
        request = self.locked.pop(key, None)
        if request is None:  # removed from the queue while the dialog was open
            return
        request.password = password
        self.waiting.appendleft(request)
        self._changed()
        self.start_next()

    def give_up(self, key: str, message: str) -> None:
        """No password: the file is listed as not read, with `message`."""
        request = self.locked.pop(key, None)
        if request is not None:
            request.error = message
            self.unreadable.append(request)
            self._changed()

    def delete_job(self, job_id: int) -> None:
        """Erase a stored job that is not running, and its document's text if no other job
        uses it (app/core/store/erase.py)."""
        if any(r.job_id == job_id for r in self.running):
            return
        self._away.pop(job_id, None)
        self.waiting = deque(r for r in self.waiting if r.job_id != job_id)

        def erased(result) -> None:
            self.sig_message.emit(self.tr("Summary erased."))
            self.refresh()

        erase_job(job_id, erased, self.sig_notice.emit)

    # -- the running jobs ----------------------------------------------------------------
    @property
    def current(self) -> Request | None:
        """The first running job: the one the status bar shows and its buttons stop."""
        return self.running[0] if self.running else None

    @property
    def live(self) -> LiveJob | None:
        return self.current.live if self.current else None

    def pause(self, key: str | None = None) -> None:
        """Pause the running job of row `key` (None: the first, as the status bar shows)."""
        self._stop(key, "paused")

    def cancel(self, key: str | None = None) -> None:
        self._stop(key, "cancelled")

    def _stop(self, key: str | None, reason: str) -> None:
        # Called on the GUI thread: a request to the lane would wait behind this very job.
        request = self.current if key is None else self._running(key)
        if request is not None:
            request.stop_asked = True
            self.lane.stop_job(request.key, reason)

    def _running(self, key: str) -> Request | None:
        """The running request of a row's key or of the lane's key for it."""
        return next((r for r in self.running
                     if key in (r.key, f"job:{r.job_id}")), None)

    def set_model_ready(self, slots: int = 1) -> None:
        first = not self.model_ready
        self.model_ready = True
        self.capacity = max(1, slots)
        if first:
            self.resume_interrupted()
        self.start_next()

    def start_next(self) -> None:
        """Hand the lane the next waiting requests, as many as may run at once. One at a
        time: the lane reads and plans each before the next, and says it is free again
        (busy False) once it runs the job beside it, or has finished it."""
        if (len(self.running) >= self.capacity or self.lane_busy or not self.model_ready
                or not self.waiting):
            return
        request = self.waiting.popleft()
        self.running.append(request)
        request.stop_asked = False
        request.live = LiveJob(resuming=request.path is None)
        self.lane_busy = True  # until the lane says so itself: no second request meanwhile
        if request.password:
            password, request.password = request.password, ""
            self.lane.request_unlocked_summary.emit(
                request.key, request.path, request.style, request.language,
                request.thorough, request.fast, password)
        elif request.path is not None:
            self.lane.request_summary.emit(request.key, request.path, request.style,
                                           request.language, request.thorough, request.fast)
        else:
            self.lane.request_resume.emit(request.key, request.job_id)
        self._changed()

    def _on_busy(self, busy: bool) -> None:
        self.lane_busy = busy
        if not busy:
            self.start_next()

    def _on_event(self, key: str, event) -> None:
        request = self._running(key)
        if request is None:
            return
        changed = request.live.apply(event)
        if isinstance(event, JobStarted):
            request.job_id = event.job_id
            self.refresh()  # the new job's stored row
        if isinstance(event, JobFinished):
            self._finish(request, event)
        elif changed:
            self.sig_progress.emit()

    def _finish(self, request: Request, event: JobFinished) -> None:
        name = request.name
        self.running.remove(request)
        self._ended[event.job_id] = (event, self._next_read)
        self._changed()  # the row and the status bar stop showing it as running at once
        if event.status == "done":
            self.sig_message.emit(self.tr("Summary of {name} saved.").format(name=name))
        elif event.status in ("paused", "cancelled") and request.stop_asked:
            self.sig_message.emit(f"{name}: {event.message}")
        elif event.server_away:
            self._away[event.job_id] = name
            self._server_check.start()
            self.sig_notice.emit(self.tr(
                "{name}: the organisation's server does not answer. The summary is paused "
                "with its finished parts kept, and carries on by itself once the server "
                "answers again.").format(name=name))
        else:  # failed, or stopped by something the user must see (a full disk)
            self.sig_notice.emit(f"{name}: {event.message}")
        self.refresh(lambda: self.sig_finished.emit(event))
        self.start_next()  # a job beside the lane frees a place without the lane's busy

    def _on_server_answers(self, answers: bool) -> None:
        if not answers or not self._away:
            return
        self._server_check.stop()
        away, self._away = self._away, {}
        for job_id, name in away.items():
            self.resume(job_id, name)
        self.sig_message.emit(self.tr("The organisation's server answers again: the paused "
                                      "summaries carry on."))

    def _on_password_needed(self, key: str, message: str) -> None:
        request = self._running(key)
        if request is None:
            return
        self.running.remove(request)
        self.locked[request.key] = request
        self._changed()
        self.sig_password_needed.emit(request.key, request.name, message)

    def _on_failed(self, key: str, message: str) -> None:
        request = self._running(key)
        if request is None:
            return
        self.running.remove(request)
        if request.job_id is None:  # the file itself could not be read: no job was made
            request.error = message
            self.unreadable.append(request)
        self._changed()
        self.sig_notice.emit(message)
        self.refresh()

    # -- what a view shows ---------------------------------------------------------------
    @property
    def _next_read(self) -> int:
        return self._last_read + 1

    def refresh(self, then=None) -> None:
        """Read the stored jobs off the GUI thread; `then` runs once they are shown."""
        number = self._last_read = next(self._reads)

        def show(jobs: list[dict]) -> None:
            if number > self._shown_read:  # an older read that arrives late is dropped
                self._shown_read = number
                self.jobs = jobs
                self._ended = {job: ended for job, ended in self._ended.items()
                               if ended[1] > number}
                self._changed()
            if then is not None:
                then()

        run_query(job_list, show, self.sig_notice.emit, owner=self)

    def _changed(self) -> None:
        self.sig_rows_changed.emit()

    def rows(self) -> list[QueueRow]:
        stored = {job["id"] for job in self.jobs}
        requests = [*self.running, *self.waiting, *self.locked.values()]
        queued = {r.job_id: r for r in requests if r.job_id is not None}
        new = [r for r in requests + self.unreadable
               if r.job_id is None or r.job_id not in stored]
        new.sort(key=lambda r: int(r.key.split(":")[1]), reverse=True)
        return [self._request_row(r) for r in new] + [
            self._job_row(job, queued.get(job["id"])) for job in self.jobs]

    def _request_row(self, request: Request) -> QueueRow:
        if request in self.running:
            return self._live_row(request, request.key, request.name, request.style,
                                  request.job_id)  # known from JobStarted, before the read
        status = "failed" if request.error else "waiting"
        return QueueRow(request.key, request.name, request.style, status, request.job_id,
                        message=request.error)

    def _job_row(self, job: dict, request: Request | None) -> QueueRow:
        key, name = f"job:{job['id']}", job["document_name"]
        if request is not None and request in self.running:
            return self._live_row(request, key, name, job["style"], job["id"])
        ended = self._ended.get(job["id"], (None,))[0]
        status = ended.status if ended else job["status"]
        summary = (ended.summary if ended else "") or job["summary"] or ""
        if request is not None:
            status = "waiting"
        elif status in ("queued", "running"):
            status = "interrupted"
        total = job["parts_total"] if job["map_chunks"] else 0
        return QueueRow(key, name, job["style"], status, job["id"], done=job["parts_done"],
                        total=total, message=job["error"] or "", summary=summary,
                        flags=tuple(job["flags"]), scanned=job.get("scanned", ""))

    def _live_row(self, request: Request, key: str, name: str, style: str,
                  job_id: int | None) -> QueueRow:
        live = request.live
        return QueueRow(key, name, style, "running", job_id, step=live.step, done=live.done,
                        total=live.total, within=live.within,
                        eta=live.eta_short)
