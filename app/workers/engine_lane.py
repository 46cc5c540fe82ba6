"""The one serial lane for everything that uses the model: loading, chat answers and
summary jobs run one after another on a dedicated QThread, and every core event is
re-emitted as a Qt signal for the window. On the organisation's server with several
slots a summary job, once read and planned here, runs beside the lane (side_jobs.py),
so the next document starts while it runs. Cancel and stop_job are the only calls made
from the GUI thread: they are thread-safe in the engine client.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from contextlib import contextmanager

from PySide6.QtCore import QCoreApplication, QObject, Qt, QThread, Signal, Slot

from app import __version__, paths
from app.core import audit
from app.core.documents.errors import DocumentError
from app.core.engine import EngineClient, EngineError, EngineFailure, Finished, Token
from app.core.engine.events import PrefillProgress
from app.core.engine.remote.config import ServerConfigError, server_config
from app.core.models.approval import choose_approved_model
from app.core.plain_errors import in_words, storage_problem
from app.core.policy import PolicyRefusal, policy_in_force
from app.core.settings import AppSettings
from app.core.store import Store
from app.workers.side_jobs import SideJobs
from app.workers.summary_requests import SummaryRequests

log = logging.getLogger(__name__)
SIDE_JOBS_END_S = 2.0  # a stopped job beside the lane closes its answers and records it at once


class EngineLane(SummaryRequests, QObject):
    """Signals (all delivered on the GUI thread):

    sig_model_loaded(object, str)  LoadedModel and a sentence about the choice
    sig_model_failed(str)          why no model could be loaded
    sig_busy(bool)                 the lane started / finished a piece of work
    sig_prefill(int, int)          prompt tokens processed / total
    sig_token(str)                 streamed answer text
    sig_answer_done(int, object)   conversation id, Finished
    sig_answer_failed(int, str, str)  conversation id, message, kind (partial text is saved)
    sig_documents_answered(int, object)  conversation id, the questions core's AnswerFinished
    sig_job_event(str, object)     the request's key, and a summarize JobEvent or a
                                   documents PageReading while scanned pages are recognised
    sig_job_failed(str, str)       key, why the document could not be read or summarised
    sig_password_needed(str, str)  key, why: the PDF needs its password (or another one)
    sig_reader(bool, str)          after a load: whether Fast reading can be offered, and
                                   which small model reads, or why there is none
    sig_server_answers(bool)       after request_server_check: whether the organisation's
                                   server answers (False when the model runs here)
    """

    sig_model_loaded = Signal(object, str)
    sig_model_failed = Signal(str)
    sig_busy = Signal(bool)
    sig_prefill = Signal(int, int)
    sig_token = Signal(str)
    sig_answer_done = Signal(int, object)
    sig_answer_failed = Signal(int, str, str)
    sig_documents_answered = Signal(int, object)
    sig_job_event = Signal(str, object)
    sig_job_failed = Signal(str, str)
    sig_password_needed = Signal(str, str)
    sig_reader = Signal(bool, str)
    sig_server_answers = Signal(bool)

    # Requests: emitted from the GUI thread, run on the lane's thread (queued connections).
    # request_answer: conversation id, the message answered (the answer becomes its reply,
    # a new version when it has one already), the messages for the model, sampling.
    request_load = Signal(object)
    request_answer = Signal(int, int, list, dict)
    # A question about the documents a conversation is bound to: conversation id, question,
    # document ids, where it goes ({"after": message id} for an edited question,
    # {"question_id": id} to ask a saved one again). The questions core finds the passages,
    # asks, checks and saves.
    request_documents_answer = Signal(int, str, list, object)
    # the window's key for the request (its events come back with it), path, style,
    # language ("": the document's), thorough check (asked by the user), Fast reading (a
    # small model reads the parts: summarize/reading.py)
    request_summary = Signal(str, str, str, str, bool, bool)
    # The same with the password of a protected PDF: used once by the reader child, never kept.
    request_unlocked_summary = Signal(str, str, str, str, bool, bool, str)
    request_resume = Signal(str, int)  # key, job id
    # Does the server answer again? Asked while jobs wait for it (summary_queue.py).
    request_server_check = Signal()

    def __init__(self):
        super().__init__()
        self.engine = EngineClient()
        self._model_path = None
        self._load_options: dict = {}
        self._cancel = threading.Event()
        self._stop_reason = "cancelled"
        self._job = None  # the JobControl of the summary running on the lane, if any
        self._side = SideJobs(self.sig_job_event.emit)  # those beside it, on a server
        self._in_hand: str | None = None  # the key of the summary request in hand
        self._stop_early: dict[str, str] = {}  # keys stopped before the lane took them
        self._keys = threading.Lock()  # stop_job (GUI thread) against the lane's hand-over
        self._reader = None  # Fast reading: the small model's engine while a job reads
        self._server = None  # the organisation's server's ServerConfig when the model runs there
        self._store: Store | None = None
        self._started_recorded = False  # the window's start, in the audit trail
        self.request_load.connect(self._load)
        self.request_answer.connect(self._answer)
        self.request_documents_answer.connect(self._answer_from_documents)
        self.request_summary.connect(self._summarize)
        self.request_unlocked_summary.connect(self._summarize_unlocked)
        self.request_resume.connect(self._resume)
        self.request_server_check.connect(self._check_server)

    # -- called from the GUI thread ------------------------------------------------
    def cancel(self, reason: str = "cancelled") -> None:
        """Stop the answer or summary in hand; a summary keeps its finished chunks, and
        with reason "paused" it waits to be resumed."""
        self._stop_reason = reason
        self._cancel.set()
        job = self._job
        if job is not None:
            job.stop(reason)
        self.engine.cancel()
        reader = self._reader
        if reader is not None:
            reader.engine.cancel()

    def stop_job(self, key: str, reason: str = "cancelled") -> None:
        """Pause or cancel the summary of request `key`, wherever it is: beside the lane,
        in the lane's hand, or still waiting for the lane (stopped when it starts)."""
        with self._keys:
            found = self._side.stop(key, reason)
            if self._in_hand == key:
                self.cancel(reason)
            elif not found:
                self._stop_early[key] = reason

    def stop_all(self, reason: str = "paused") -> None:
        """What is in hand and every job beside the lane (the app is closing)."""
        self.cancel(reason)
        self._side.stop_all(reason)

    @property
    def engine_pid(self) -> int | None:
        return self.engine.pid

    # -- run on the lane thread ----------------------------------------------------
    def store(self) -> Store:
        if self._store is None:
            self._store = Store(paths.database_path())
        return self._store

    @contextmanager
    def _request(self, failed: Callable[[str], None], then: str, key: str | None = None):
        """The lane's one error boundary. Whatever a request raises (a full disk, a locked
        or read-only database, a bug) ends it with its failure signal in plain words, and
        the lane goes on with the next: the window's queue waits for that signal. `key`:
        a summary request's, which stop_job may name."""
        self.sig_busy.emit(True)
        with self._keys:
            self._in_hand = key
            if key in self._stop_early:
                self.cancel(self._stop_early.pop(key))
        try:
            yield
        except Exception as exc:
            expected = (DocumentError, EngineError, PolicyRefusal, audit.AuditUnavailable,
                        ServerConfigError)  # said in words; anything else is a bug
            if not isinstance(exc, expected) and not storage_problem(exc):
                log.error("engine lane request failed", exc_info=exc)  # a bug: keep its trace
            failed(in_words(exc, then))
        finally:
            # Cleared only when the request ends: a Stop pressed before the first token
            # must still stop this answer.
            with self._keys:
                self._in_hand = None
                self._cancel.clear()
            self.sig_busy.emit(False)

    @Slot(object)
    def _load(self, explicit_path) -> None:
        loaded = note = None
        with self._request(self.sig_model_failed.emit, "start the app again"):
            policy = policy_in_force()
            if not self._started_recorded:  # unaudited, the window must not work at all
                audit.app_started(__version__, "window")
                self._started_recorded = True
            preferences = AppSettings.from_store(self.store())
            server = server_config(policy, preferences)
            if server is not None or self._server is not None:
                self._switch_engine(server)
            if server is not None:
                loaded = self._connect_server(server)
                note = self.tr("The model runs on your organisation's server ({server}); the "
                               "text of questions and documents is sent there, nothing "
                               "else.").format(server=server.host_port)
            else:
                loaded, note = self._load_here(explicit_path, preferences, policy)
        if loaded is not None:
            # Only now, after "not busy": a window that sees the model loaded can take a
            # question at once (the other order left a moment where Send stayed disabled,
            # and a question asked then was dropped).
            self.sig_model_loaded.emit(loaded, f"{note} {loaded.note}".strip())
            self._offer_reader()  # after: it may hash a small model's file first

    def _load_here(self, explicit_path, preferences, policy):
        """The model on this computer: (LoadedModel, a sentence about the choice), or
        (None, None) when there is no model file at all (sig_model_failed said so)."""
        try:  # a refused model raises ModelRefused, said by _request in its own words
            model, sha256, note = choose_approved_model(
                explicit_path, preferences.default_model, self.store(), paths.models_dir(),
                policy)
        except FileNotFoundError as exc:  # no model at all: its message says what to do
            self.sig_model_failed.emit(str(exc))
            return None, None
        locked = policy.locked_settings()  # the organisation's values win over the user's
        self._load_options = {
            "n_ctx": locked.get("context_length", preferences.context_length) or None,
            "threads": locked.get("threads", preferences.threads) or None}
        loaded = self.engine.load(model.path, **self._load_options)
        try:
            audit.model_loaded(loaded.name, str(model.path), sha256)
        except audit.AuditUnavailable:
            self._model_path = None  # not recorded: it must not answer
            self.engine.close()
            raise
        self._model_path = model.path
        return loaded, note

    def _switch_engine(self, server) -> None:
        """The engine for where the model runs now: the organisation's server (a client of
        it) or this computer (the engine process); the one in use before is closed."""
        from app.core.engine.remote import ServerClient

        if len(self._side):  # jobs on the server that goes: paused, resumable on the new one
            self._side.stop_all("paused")
            self._side.join(SIDE_JOBS_END_S)
        self.engine.close()
        self._model_path = None
        self._server = server
        self.engine = ServerClient(server) if server is not None else EngineClient()

    def _connect_server(self, server):
        model = self.engine.connect()  # raises EngineError or ServerConfigError in words
        try:
            audit.record("server_connected", server=server.base_url, model=model.name,
                         slots=model.slots)
        except audit.AuditUnavailable:
            self.engine.close()  # not recorded: it must not answer
            raise
        return model

    def _ensure_engine(self) -> str | None:
        """Restart a crashed engine with the last model (or reach the server again);
        returns an error message or None."""
        if self.engine.model is not None and self.engine.alive:
            return None
        if self._server is not None:
            try:
                self._connect_server(self._server)
            except (EngineError, ServerConfigError) as exc:
                return str(exc)
            return None
        if self._model_path is None:
            return "No model is loaded."
        try:
            self.engine.restart()
            loaded = self.engine.load(self._model_path, **self._load_options)
        except EngineError as exc:
            return str(exc)
        self.sig_model_loaded.emit(loaded, "The model engine was restarted.")
        return None

    @Slot()
    def _check_server(self) -> None:
        """Not a request (no busy signal): a look every few seconds must not flicker the
        window's buttons. Reconnects a client that had to give the server up."""
        answers = False
        if self._server is not None:
            answers = self._ensure_engine() is None and self.engine.answers()
        self.sig_server_answers.emit(answers)

    @Slot(int, int, list, dict)
    def _answer(self, conversation_id: int, parent_id: int, messages: list, params: dict) -> None:
        def failed(message: str) -> None:
            self.sig_answer_failed.emit(conversation_id, message, "error")

        with self._request(failed, "ask again"):
            policy = policy_in_force()
            if not policy.allows("chat"):
                raise PolicyRefusal(policy.why_not("chat"))
            if self.store().conversation_documents(conversation_id):
                # Its questions are asked of its documents (request_documents_answer): one
                # that came here would be answered without them, as if from them.
                failed(QCoreApplication.translate(
                    "EngineLane", "This conversation answers from its documents: ask again."))
                return
            problem = self._ensure_engine()
            if problem:
                self.sig_answer_failed.emit(conversation_id, problem, "crashed")
                return
            self._stream_answer(conversation_id, parent_id, messages, params)

    def _stream_answer(self, conversation_id: int, parent_id: int, messages: list,
                       params: dict) -> None:
        partial: list[str] = []
        for event in self.engine.generate(messages, **params):
            if self._cancel.is_set():
                self.engine.cancel()  # the Stop came before the engine was listening
            if isinstance(event, Token):
                partial.append(event.text)
                self.sig_token.emit(event.text)
            elif isinstance(event, PrefillProgress):
                self.sig_prefill.emit(event.done, event.total)
            elif isinstance(event, Finished):
                self.store().add_message(
                    conversation_id, "assistant", event.text, parent_id=parent_id,
                    model=self.engine.model.name,
                    timings=event.timings.as_record(), finish_reason=event.finish_reason,
                    load_options=self.engine.model.options.as_dict())
                question = messages[-1]["content"] if messages else ""
                audit.chat_answered(conversation_id, event.timings, question, event.text)
                self.sig_answer_done.emit(conversation_id, event)
            elif isinstance(event, EngineFailure):
                if partial:  # keep what the user already saw
                    self.store().add_message(conversation_id, "assistant", "".join(partial),
                                             parent_id=parent_id, finish_reason="error")
                self.sig_answer_failed.emit(conversation_id, event.message, event.kind)

    @Slot(int, str, list, object)
    def _answer_from_documents(self, conversation_id: int, question: str,
                               document_ids: list, placement: dict) -> None:
        from app.core.questions import AnswerFinished, admit_for_questions, ask_documents

        def failed(message: str) -> None:
            self.sig_answer_failed.emit(conversation_id, message, "error")

        with self._request(failed, "ask again"):
            for document_id in document_ids:  # the policy may have changed since they were read
                admit_for_questions(self.store().document(document_id)["path"])
            problem = self._ensure_engine()
            if problem:
                self.sig_answer_failed.emit(conversation_id, problem, "crashed")
                return
            for event in ask_documents(self.store(), self.engine, question, document_ids,
                                       conversation_id=conversation_id, **placement):
                if self._cancel.is_set():
                    self.engine.cancel()  # the Stop came before the engine was listening
                if isinstance(event, Token):
                    self.sig_token.emit(event.text)
                elif isinstance(event, EngineFailure):  # the question stays, unanswered
                    self.sig_answer_failed.emit(conversation_id, event.message, event.kind)
                elif isinstance(event, AnswerFinished):
                    self.sig_documents_answered.emit(conversation_id, event)

    @Slot()
    def shutdown(self) -> None:
        self._side.join(SIDE_JOBS_END_S)  # stopped by stop_lane: each records its pause
        self.engine.close()
        if self._store is not None:
            self._store.close()
            self._store = None


def start_lane() -> tuple[EngineLane, QThread]:
    thread = QThread()
    thread.setObjectName("engine-lane")
    lane = EngineLane()
    lane.moveToThread(thread)
    # Emitted by the lane's thread as it ends: the engine and the database connection are
    # closed on the thread that uses them, whenever the work in hand lets it end.
    thread.finished.connect(lane.shutdown, Qt.ConnectionType.DirectConnection)
    thread.start()
    return lane, thread


def stop_lane(lane: EngineLane, thread: QThread) -> None:
    """Make the lane end without waiting on it here: requests not started yet are dropped,
    the one in hand is stopped (a summary is paused, ready to resume; an engine that does
    not obey is killed within the client's CANCEL_GRACE_S), then its thread ends."""
    QCoreApplication.removePostedEvents(lane)
    lane.stop_all("paused")
    thread.quit()
