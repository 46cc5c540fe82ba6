"""The organisation's inference server as an engine: the same calls and events as the local
EngineClient (count_tokens, count_prompt, generate, cancel, close, `model`), spoken over
the OpenAI-compatible HTTP API (llama.cpp's llama-server, vLLM).

Unlike the local engine it serves several requests at once: `slots` of them (the server's
parallel slots), each `generate` from its own thread, every one waiting first for a free
slot (slots.py). Summary jobs that run side by side each take a client of their own
(`for_job`): the same connection and slots, but a Pause or Cancel of their own.

A failure comes back as an EngineFailure whose kind tells the job what to do:
"unreachable" (no answer, or it broke off: pause, resume when the server is back),
"timeout" (a slot stalled past the read deadline: asked once more, then as "unreachable"),
"token" (refused or expired: pause, resume with a new one) or "refused" (the request
itself)."""

from __future__ import annotations

import time
from collections.abc import Iterator

import httpx

from app.core.engine.events import (
    EngineError,
    EngineEvent,
    EngineFailure,
    Finished,
    PrefillProgress,
    Token,
)
from app.core.engine.remote import counting, http
from app.core.engine.remote.config import ServerConfig
from app.core.engine.remote.flights import Flight, Flights
from app.core.engine.remote.model import ServerModel, ServerOptions
from app.core.engine.remote.slots import SlotGate
from app.core.engine.remote.stream import (
    delta_text,
    finish_reason,
    prompt_progress,
    sse_data,
    timings_of,
)

PARAMS = ("max_tokens", "temperature", "top_p", "top_k", "min_p", "repeat_penalty", "grammar",
          "stop", "seed", "cache_prompt")


class ServerClient:
    kind = "server"

    def __init__(self, config: ServerConfig):
        self.config = config
        self.model: ServerModel | None = None
        self._http: httpx.Client | None = None  # the short calls: counting, describing
        # the answers: a connection of its own each (none is kept for the next), so that a
        # cancel() can break off one the server has not begun to answer (flights.py)
        self._answers: httpx.Client | None = None
        self._flights = Flights()
        self._gate: SlotGate | None = None  # the server's slots, shared with for_job()'s
        self._owns_http = True

    def for_job(self) -> ServerClient:
        """A client for one summary job running beside others: it shares this one's
        connection, model and slots, and its cancel() ends that job's answers only."""
        other = ServerClient(self.config)
        other.model, other._gate = self._model(), self._gate
        other._http, other._answers = self._http, self._answers
        other._owns_http = False
        return other

    # -- connection ------------------------------------------------------------------
    def connect(self) -> ServerModel:
        """Ask the server what it runs. Raises EngineError in plain words (kind
        "unreachable" or "refused"); a wrong configuration is a ServerConfigError."""
        self.close()
        self._http = http.make_client(self.config, max(self.config.slots, 8))
        self._answers = http.make_client(self.config, max(self.config.slots, 8),
                                         keep_alive=False)
        try:
            self.model = self._describe()
        except BaseException:
            self.close()
            raise
        self._gate = SlotGate(self.model.slots)
        return self.model

    def _describe(self) -> ServerModel:
        ident = self._model_name()
        props = self._optional_json("GET", "/props") or {}
        settings = props.get("default_generation_settings") or {}
        n_ctx = int(settings.get("n_ctx") or props.get("n_ctx") or self._max_model_len(ident))
        slots = self.config.slots or int(props.get("total_slots") or 1)
        tokenizer = self._tokenizer(ident, llama_cpp=bool(props))
        name = ident.replace("\\", "/").rstrip("/").rsplit("/", 1)[-1] or ident
        return ServerModel(
            name=name, id=ident, n_ctx=n_ctx, slots=slots, tokenizer=tokenizer,
            llama_cpp=bool(props),
            options=ServerOptions(self.config.base_url, ident, slots, n_ctx),
            note="" if tokenizer else counting.ESTIMATE_NOTE)

    def _tokenizer(self, ident: str, llama_cpp: bool) -> str:
        """Whose /tokenize this server has: llama.cpp's (it answered /props), vLLM's, or
        none. A /tokenize that refuses the request's shape is some other server's, and
        counted as none rather than refusing the connection."""
        kind = counting.LLAMA_CPP if llama_cpp else counting.VLLM
        reply = self._optional_json("POST", "/tokenize", json=counting.probe(kind, ident),
                                    missing=(400, 404, 405, 422, 501))
        return kind if reply is not None else ""

    @property
    def slots(self) -> int:
        return self.model.slots if self.model else 1

    @property
    def alive(self) -> bool:
        return self.model is not None

    pid = None  # no process of ours

    def start(self) -> None:
        if self.model is None:
            self.connect()

    def restart(self) -> None:
        self.connect()

    def close(self) -> None:
        for client in (self._http, self._answers):
            if client is not None and self._owns_http:
                client.close()
        self._http = self._answers = None
        self.model = None

    def answers(self) -> bool:
        """Whether the server answers now: the window asks this before it resumes the jobs
        that the server's silence paused."""
        if self._http is None:
            return False
        try:
            self._call("GET", "/v1/models")
        except EngineError:
            return False
        return True

    # -- counting --------------------------------------------------------------------
    def count_tokens(self, texts: list[str]) -> list[int]:
        model = self._model()
        if not model.counts_tokens:
            return [counting.estimate(text) for text in texts]
        return [counting.counted(self._call(
                    "POST", "/tokenize", json=counting.text_request(model.tokenizer, model.id,
                                                                    text)))
                for text in texts]

    def count_prompt(self, messages: list[dict]) -> int:
        """The prompt's tokens with the model's chat template applied by the server."""
        model = self._model()
        if not model.counts_tokens:
            return sum(counting.estimate(m["content"]) + counting.MARKER_TOKENS
                       for m in messages)
        if model.tokenizer == counting.VLLM:
            return counting.counted(self._call(
                "POST", "/tokenize", json=counting.chat_request(model.id, messages)))
        prompt = self._optional_json("POST", "/apply-template", json={"messages": messages})
        if prompt is None:  # a server that tokenizes but cannot show its template
            return (sum(self.count_tokens([m["content"] for m in messages]))
                    + counting.MARKER_TOKENS * len(messages))
        return counting.counted(self._call(
            "POST", "/tokenize", json=counting.templated_request(prompt["prompt"])))

    # -- answering -------------------------------------------------------------------
    def generate(self, messages: list[dict], **params) -> Iterator[EngineEvent]:
        """Stream one answer; safe to run from several threads at once (one per slot)."""
        if self.model is None or self._answers is None:
            yield EngineFailure("Not connected to the server. Connect first.", "not_loaded")
            return
        body = {"model": self.model.id, "messages": messages, "stream": True,
                "stream_options": {"include_usage": True},
                **{k: v for k, v in params.items() if k in PARAMS}}
        if self.model.llama_cpp:
            # Besides the progress bar: llama.cpp sends no headers until its first word
            # otherwise, and a request without its response cannot be broken off, so a
            # Pause mid-prompt waited for the whole prompt to be read (a minute on a busy
            # server); and a long prompt's silence no longer runs into the read deadline.
            body["return_progress"] = True
        elif "repeat_penalty" in body:  # vLLM's name (others ignore what they do not know)
            body["repetition_penalty"] = body.pop("repeat_penalty")
        epoch = self._flights.epoch
        with self.slot() as held:
            if not held:  # cancelled while every slot was busy
                yield Finished("", "cancelled")
                return
            try:
                yield from self._stream(body, epoch)
            except (http.ServerUnreachable, http.ServerRefused) as exc:
                yield EngineFailure(_sentence(str(exc)), _kind(exc))

    def slot(self, given_up=lambda: False):
        """A context holding one of the server's slots (True), or none (False) once this
        client's cancel() or `given_up()` ended the wait; generate() inside it takes no
        second one."""
        epoch = self._flights.epoch
        return self._gate.place(lambda: self._flights.epoch != epoch or given_up())

    def _stream(self, body: dict, epoch: int) -> Iterator[EngineEvent]:
        started = time.monotonic()
        text: list[str] = []
        first: float | None = None
        flight = self._open_stream(body, epoch)
        if flight is None:  # cancelled before the server answered
            yield Finished("", "cancelled")
            return
        with flight as response:
            last: dict = {}
            reason = None
            try:
                for chunk in sse_data(response.iter_lines()):
                    if self._flights.epoch != epoch:  # cancel(): stop; closing frees the slot
                        yield Finished("".join(text), "cancelled")
                        return
                    if "error" in chunk:  # refused after the stream began (vLLM, llama.cpp)
                        raise http.ServerRefused(f"the server stopped the answer: "
                                                 f"{http.error_message(chunk['error'])}")
                    progress = prompt_progress(chunk)
                    if progress is not None:
                        yield PrefillProgress(*progress)
                    piece = delta_text(chunk)
                    if piece:
                        first = first if first is not None else time.monotonic() - started
                        text.append(piece)
                        yield Token(piece)
                    reason = finish_reason(chunk) or reason
                    last = chunk if ("timings" in chunk or "usage" in chunk) else last
            except (httpx.HTTPError, httpx.StreamError) as exc:
                if self._flights.epoch != epoch:
                    yield Finished("".join(text), "cancelled")
                    return
                raise http.in_words(exc, self.config) from exc
        if reason is None and self._flights.epoch != epoch:
            yield Finished("".join(text), "cancelled")
            return
        if reason is None:  # the stream ended without a finish: it broke off
            raise http.ServerUnreachable(
                f"the answer from {self.config.host_port} broke off before it was finished")
        wall = time.monotonic() - started
        yield Finished("".join(text), "length" if reason == "length" else "stop",
                       timings_of(last, first or wall, wall, len(text)))

    def _open_stream(self, body: dict, epoch: int) -> Flight | None:
        """The streamed response, once the server has taken the request (None: cancelled
        before it did); a 429 or 503 (every slot busy, the model loading) is asked again
        after a growing wait."""
        for wait in (*http.BACK_OFF_S, None):
            flight = self._flights.take_off(epoch)
            try:
                request = self._answers.build_request(
                    "POST", "/v1/chat/completions", json=body,
                    extensions={"trace": flight.trace})
                response = flight.response = self._answers.send(request, stream=True)
            except BaseException as exc:
                flight.land()
                if not isinstance(exc, httpx.HTTPError):
                    raise
                if self._flights.epoch != epoch:  # cancel() broke the connection off
                    return None
                raise http.in_words(exc, self.config) from exc
            if http.busy(response) and wait is not None:
                flight.land()
                time.sleep(wait)
                if self._flights.epoch != epoch:
                    return None
                continue
            problem = http.refusal(response, self.config)
            if problem:
                flight.land()
                raise problem
            return flight
        raise AssertionError("unreachable")  # the loop returns or raises

    def cancel(self) -> None:
        """End every answer asked or streamed now (breaking its connection off frees its
        slot on the server); safe from any thread."""
        self._flights.cancel()

    # -- plumbing --------------------------------------------------------------------
    def _model(self) -> ServerModel:
        if self.model is None:
            raise EngineError("Not connected to the server.", kind="not_loaded")
        return self.model

    def _call(self, method: str, path: str, **kwargs) -> dict:
        try:
            response = self._http.request(method, path, **kwargs)
        except httpx.HTTPError as exc:
            raise _engine_error(http.in_words(exc, self.config)) from exc
        problem = http.refusal(response, self.config)
        if problem:
            raise _engine_error(problem)
        return response.json()

    def _optional_json(self, method: str, path: str, *, missing=(404, 405, 501),
                       **kwargs) -> dict | None:
        """An endpoint only some servers have (llama.cpp's /props, /tokenize): None when
        this one answers it has none (`missing`); refusals and silence still raise."""
        try:
            response = self._http.request(method, path, **kwargs)
        except httpx.HTTPError as exc:
            raise _engine_error(http.in_words(exc, self.config)) from exc
        if response.status_code in missing:
            return None
        problem = http.refusal(response, self.config)
        if problem:
            raise _engine_error(problem)
        return response.json()

    def _model_name(self) -> str:
        models = [m.get("id", "") for m in self._call("GET", "/v1/models").get("data", [])]
        if self.config.model:
            if self.config.model not in models:
                raise EngineError(
                    f"The server at {self.config.host_port} does not offer the model "
                    f"\"{self.config.model}\"; it offers: {', '.join(models) or 'none'}.",
                    kind="refused")
            return self.config.model
        if not models:
            raise EngineError(f"The server at {self.config.host_port} offers no model.",
                              kind="refused")
        return models[0]

    def _max_model_len(self, name: str) -> int:
        """vLLM: /v1/models says each model's max_model_len."""
        for entry in self._call("GET", "/v1/models").get("data", []):
            if entry.get("id") == name and entry.get("max_model_len"):
                return int(entry["max_model_len"])
        raise EngineError(f"The server at {self.config.host_port} does not say its context "
                          "size; set it in the server settings.", kind="refused")


def _sentence(reason: str) -> str:
    return f"The organisation's server cannot answer: {reason}."


def _kind(problem: Exception) -> str:
    if isinstance(problem, http.ServerTimedOut):
        return "timeout"
    if isinstance(problem, http.ServerUnreachable):
        return "unreachable"
    return "token" if isinstance(problem, http.TokenRefused) else "refused"


def _engine_error(problem: Exception) -> EngineError:
    kind = _kind(problem)
    return EngineError(_sentence(str(problem)), kind="unreachable" if kind == "timeout" else kind)
