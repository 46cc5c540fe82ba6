"""The engine lane's summary requests (engine_lane.py): read a document, start its job
or resume one, and run it with the main model, and in Fast reading with the small model
loaded for it (summarize/reading.py), every event re-emitted for the window. A part of
EngineLane, kept apart because it is one responsibility of several; it runs on the lane's
thread and uses the lane's engine, store, signals and error boundary.

Each request carries the window's key for it, and every event it causes goes back with
that key: on a server's slots several jobs run at once (side_jobs.py), and their events
interleave."""

from __future__ import annotations

import logging
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import Slot

from app import paths
from app.core import audit
from app.core.policy import policy_in_force

log = logging.getLogger(__name__)


class SummaryRequests:
    def _offer_reader(self) -> None:
        """Tell the window whether Fast reading can be offered with this model, and why not."""
        from app.core.summarize.reading import NoReader, choose_reader

        try:
            reader, _ = choose_reader(self.store(), paths.models_dir(), policy_in_force(),
                                      None if self._server else self.engine.model)
        except NoReader as missing:
            self.sig_reader.emit(False, str(missing))
        except Exception:  # the offer is a convenience: a failure here must not fail the load
            log.warning("could not look for a small reading model", exc_info=True)
            self.sig_reader.emit(False, "")
        else:
            self.sig_reader.emit(True, reader.name)

    @Slot(str, str, str, str, bool, bool, str)
    def _summarize_unlocked(self, key: str, path: str, style: str, language: str,
                            thorough: bool, fast: bool, password: str) -> None:
        self._summarize(key, path, style, language, thorough, fast, password)

    @Slot(str, str, str, str, bool, bool)
    def _summarize(self, key: str, path: str, style: str, language: str = "",
                   thorough: bool = False, fast: bool = False, password: str = "") -> None:
        from app.core.documents import PasswordNeeded, WrongPassword, extract_document
        from app.core.documents.progress import with_known_pace
        from app.core.settings import ocr_languages_in_force
        from app.core.summarize import start_summary
        from app.core.summarize.admission import admit_document, thorough_check
        from app.core.summarize.reading import new_job_reader

        def failed(message: str) -> None:
            self.sig_job_failed.emit(key, message)

        with self._request(failed, "add the document again", key):
            admit_document(path, style)
            languages = ocr_languages_in_force(self.store())
            try:
                # each scanned page as its recognition starts: "Reading p. 4 (scanned)"
                told = with_known_pace(lambda event: self.sig_job_event.emit(key, event),
                                       self.store().ocr_pace())
                document = extract_document(path, password=password or None,
                                            on_reading=told, ocr_languages=languages)
            except (PasswordNeeded, WrongPassword) as locked:
                self.sig_password_needed.emit(key, str(locked))  # the window asks
                return
            if password:
                audit.document_unlocked(Path(path).name, document.sha256)
            del password  # used: nothing here keeps it
            problem = self._ensure_engine()
            if problem:
                failed(problem)
                return
            reads = None
            if fast:  # NoReader says in words why not, before anything is recorded
                reads = new_job_reader(self.store(), paths.models_dir(), policy_in_force(),
                                       None if self._server else self.engine.model)
            with self._reading(reads) as reader:
                self._run_job(key, start_summary(self.store(), self.engine, document,
                                                style=style, language=language or None,
                                                thorough=thorough_check(thorough),
                                                reader=reader), reader)

    @Slot(str, int)
    def _resume(self, key: str, job_id: int) -> None:
        def failed(message: str) -> None:
            self.sig_job_failed.emit(key, message)

        with self._request(failed, "resume this document", key):
            problem = self._ensure_engine()
            if problem:
                failed(problem)
                return
            from app.core.summarize.reading import reader_to_resume

            # the very file it began with, still approved, or NoReader in words
            reads = reader_to_resume(self.store(), paths.models_dir(), policy_in_force(), job_id)
            with self._reading(reads) as reader:
                self._run_job(key, job_id, reader)

    @contextmanager
    def _reading(self, setting: dict | None):
        """Fast reading: the small model loaded in an engine of its own for the job, and
        closed after it (its memory is given back). None: Thorough reading."""
        from app.core.summarize.reading import reader_engine

        with reader_engine(setting, threads=self._load_options.get("threads")) as reader:
            self._reader = reader
            try:
                yield reader
            finally:
                self._reader = None

    def _run_job(self, key: str, job_id: int, reader=None) -> None:
        from app.core.summarize import JobControl, run_summary

        with self._keys:  # a Pause or Cancel pressed now reaches the job either way
            stop = self._stop_reason if self._cancel.is_set() else None  # pressed while reading
            beside = reader is None and self._server is not None and self.engine.slots > 1
            if beside:
                self._side.start(key, self.engine, job_id, stop)
        if beside:  # the lane is free for the next document
            return
        self._job = JobControl()
        if stop:
            self._job.stop(stop)
        try:
            for event in run_summary(self.store(), self.engine, job_id, control=self._job,
                                     reader=reader):
                self.sig_job_event.emit(key, event)
        finally:
            self._job = None
