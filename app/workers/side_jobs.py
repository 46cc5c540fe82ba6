"""Summary jobs that run side by side on the organisation's server, beside the engine
lane: with several slots, the next queued document need not wait for the one before it
(a one-part e-mail would otherwise hold one slot while the others sat idle). Each job
runs on a thread of its own with its own database connection and its own client of the
server (ServerClient.for_job: the same connection and slots, but a Pause of its own);
the server's slots are shared between all of them (engine/remote/slots.py). The lane
reads the file and plans the job first, as for any job, then hands it over here."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass

from app import paths
from app.core.plain_errors import in_words
from app.core.store import Store
from app.core.summarize import JobControl, JobFinished, run_summary

log = logging.getLogger(__name__)


@dataclass
class _SideJob:
    job_id: int
    control: JobControl
    engine: object  # the job's own ServerClient
    thread: threading.Thread | None = None


class SideJobs:
    def __init__(self, emit: Callable[[str, object], None]):
        self._emit = emit  # (request key, JobEvent), from the job's thread
        self._jobs: dict[str, _SideJob] = {}
        self._lock = threading.Lock()

    def start(self, key: str, server, job_id: int, stop: str | None = None) -> None:
        """Run the planned job `job_id` on a thread of its own, on `server`'s slots; `stop`:
        a Pause or Cancel pressed while the lane read the file."""
        job = _SideJob(job_id, JobControl(), server.for_job())
        if stop:
            job.control.stop(stop)
        job.thread = threading.Thread(target=self._run, args=(key, job),
                                      name=f"summary-job-{job_id}", daemon=True)
        with self._lock:
            self._jobs[key] = job
        job.thread.start()

    def _run(self, key: str, job: _SideJob) -> None:
        store = None
        try:
            store = Store(paths.database_path())  # a connection belongs to its thread
            for event in run_summary(store, job.engine, job.job_id, control=job.control):
                self._emit(key, event)
        except Exception as exc:  # the database could not be opened: the window must hear
            log.warning("summary job %s could not run", job.job_id, exc_info=True)
            self._emit(key, JobFinished(job.job_id, "", "paused",
                                        in_words(exc, then="resume this document")))
        finally:
            if store is not None:
                store.close()
            job.engine.close()
            with self._lock:
                self._jobs.pop(key, None)

    def stop(self, key: str, reason: str) -> bool:
        """Pause or cancel the job of request `key`; False when none of these runs it."""
        with self._lock:
            job = self._jobs.get(key)
        if job is None:
            return False
        job.control.stop(reason)
        job.engine.cancel()  # its answers being written end; the other jobs' go on
        return True

    def stop_all(self, reason: str) -> None:
        with self._lock:
            keys = list(self._jobs)
        for key in keys:
            self.stop(key, reason)

    def join(self, timeout_s: float) -> None:
        """Wait for the jobs to end (after stop_all): each commits its state first."""
        with self._lock:
            threads = [job.thread for job in self._jobs.values()]
        for thread in threads:
            thread.join(timeout_s)

    def __len__(self) -> int:
        with self._lock:
            return len(self._jobs)
