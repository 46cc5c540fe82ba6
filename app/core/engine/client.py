"""The app's side of the engine: starts the host process and speaks to it over a pipe.

`generate()` is a plain generator of events (Token, PrefillProgress, Finished,
EngineFailure). `cancel()` may be called from another thread while it runs. A host that
dies turns into an EngineFailure(kind="crashed"), and `restart()` brings a fresh one.

Every wait on the host has a deadline. A working host sends a heartbeat each second with
the stage it is in (host.py); one that falls silent, or stays too long in a stage that has
a limit (a chat template that loops, a load that never ends), or does not obey a cancel
within CANCEL_GRACE_S, is killed and the request ends with a plain message. The next
request needs `restart()` and a load, as after a crash. A host that sends what does not
check out (wire.py: JSON checked field by field, never a pickle) is killed the same way.
"""

from __future__ import annotations

import itertools
import multiprocessing
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path

from app.core.engine import wire
from app.core.engine.deadlines import (
    CANCEL_GRACE_S,
    SILENCE_S,
    STAGE_LIMITS_S,
    START_S,
    Stopped,
    load_limit,
    overdue_message,
    silence_message,
    stage_end,
)
from app.core.engine.events import (
    EngineError,
    EngineEvent,
    EngineFailure,
    Finished,
    Token,
)
from app.core.engine.gpu_retry import gpu_layer_count, gpu_retry_note
from app.core.engine.host import serve
from app.core.models import ModelCard, ModelFileError, ModelFit, check_fit, validate_model
from app.core.models.hardware import probe
from app.core.models.options import LoadOptions
from app.core.models.plan import choose_options, with_sequences

POLL_S = 0.1


@dataclass(frozen=True)
class LoadedModel:
    path: Path
    name: str
    n_ctx: int
    n_ctx_train: int
    template: str  # "model" when the GGUF's own chat template is used, else "fallback"
    options: LoadOptions
    system_info: str
    card: ModelCard | None = None
    fit: ModelFit | None = None  # "fits" or "tight", with the numbers in its message
    note: str = ""  # what the user should know about how it was loaded (a GPU retry)


class EngineClient:
    def __init__(self, *, _host_main: Callable = serve):  # tests swap in a host that misbehaves
        self._host_main = _host_main
        self._process = None
        self._conn = None
        self._send_lock = threading.Lock()
        self._ids = itertools.count(1)
        # The request in flight, as cancel() (any thread) and the deadlines see it.
        self._flight = threading.Lock()
        self._busy = False
        self._current: int | None = None  # its generation id, when it is one
        self._cancel_at: float | None = None
        self._heard = False  # the host has spoken since it started: START_S is over
        self._heard_at = 0.0
        self._stage_end: tuple[str, float, float] | None = None  # stage, limit, deadline
        self.model: LoadedModel | None = None
        self._gpu_offload: bool | None = None  # asked of the host once

    # -- process -------------------------------------------------------------------
    def start(self) -> None:
        if self.alive:
            return
        # spawn, not fork: a forked child would inherit Qt's threads and locks
        context = multiprocessing.get_context("spawn")
        self._conn, child_end = context.Pipe()
        self._process = context.Process(
            target=self._host_main, args=(child_end,), name="offline-assistant-engine",
            daemon=True)
        self._process.start()
        child_end.close()
        self._heard = False

    @property
    def gpu_offload(self) -> bool:
        """Whether this llama.cpp build can put layers on a GPU (a CPU build ignores them,
        and the memory estimate must then count every layer in RAM)."""
        if self._gpu_offload is None:
            self.start()
            self._gpu_offload = self._request({"op": "capabilities"})["gpu_offload"]
        return self._gpu_offload

    @property
    def alive(self) -> bool:
        return self._process is not None and self._process.is_alive()

    @property
    def pid(self) -> int | None:
        return self._process.pid if self.alive else None

    def restart(self) -> None:
        self.close()
        self.start()

    def close(self) -> None:
        if self._process is None:
            return
        if self._process.is_alive():
            try:
                self._send({"op": "shutdown"})
            except EngineError:
                pass
            self._process.join(timeout=3)
            if self._process.is_alive():
                self._process.kill()
                self._process.join(timeout=3)
        self._conn.close()
        self._process = self._conn = None
        self.model = None

    # -- requests ------------------------------------------------------------------
    def load(self, path: str | Path, *, n_ctx: int | None = None, threads: int | None = None,
             gpu_layers: int | None = None, force: bool = False,
             sequences: int | None = None) -> LoadedModel:
        """Validate the file, check that it fits in memory, choose load options, load it in
        the host. Raises EngineError (kind "load" or "memory") with the reason in words.
        `sequences`: room for that many answers at once (generate_many), each with a
        context of n_ctx, in the memory check too; None: as many as plainly fit (plan.py).
        A GPU that cannot hold the layers asked of it gets fewer (see _load_in_host)."""
        path = Path(path)
        try:
            card = validate_model(path)
        except ModelFileError as exc:
            raise EngineError(
                f"Cannot use this model: {exc}. Choose a .gguf model file made for llama.cpp, "
                "or take this file out of the models folder to use the built-in demo model.",
                kind="load",
            ) from exc
        machine = probe()
        # Only a machine with a GPU needs to ask the host (which starts it): elsewhere a model
        # that will not fit is refused before any engine process exists.
        options = choose_options(card, n_ctx=n_ctx, hardware=machine,
                                 gpu_offload=bool(machine.gpus) and self.gpu_offload)
        if threads:
            options = replace(options, n_threads=threads, n_threads_batch=threads)
        if gpu_layers is not None:
            options = replace(options, n_gpu_layers=gpu_layers)
        options = (with_sequences(card, machine, options) if sequences is None
                   else replace(options, n_seq=sequences))
        fit = check_fit(card, machine, options)
        if not fit.fits and not force:
            raise EngineError(fit.message, kind="memory")
        self.start()
        self.model = None
        reply, options, fit, note = self._load_in_host(path, card, options, fit, force)
        self.model = LoadedModel(
            path=path,
            name=path.stem,  # the file name is what users copied and recognise
            n_ctx=reply["n_ctx"],
            n_ctx_train=reply["n_ctx_train"],
            template=reply["template"],
            options=options,
            system_info=reply["system_info"],
            card=card,
            fit=fit,
            note=note,
        )
        return self.model

    def _load_in_host(self, path: Path, card: ModelCard, options: LoadOptions, fit: ModelFit,
                      force: bool) -> tuple[dict, LoadOptions, ModelFit, str]:
        """Load; when layers on the GPU make llama.cpp fail (out of graphics memory, which
        no estimate predicts exactly), try again with half as many, then on the CPU alone,
        and say so. Returns the host's reply, the options and fit in effect and a note."""
        refused: list[int] = []
        while True:
            try:
                reply = self._request({"op": "load", "path": str(path),
                                       "options": options.as_dict()},
                                      limits={"load": load_limit(card.file_size)})
                return reply, options, fit, gpu_retry_note(refused, options.n_gpu_layers)
            except EngineError as exc:
                if options.n_gpu_layers == 0 or exc.kind not in ("load", "crashed"):
                    raise
                refused.append(gpu_layer_count(options.n_gpu_layers, card.layers))
                if exc.kind == "crashed":  # a GPU driver may abort instead of failing
                    self.restart()
            # Half as many once, then none: each failed try costs a load of the weights.
            fewer = refused[0] // 2 if len(refused) == 1 else 0
            options = replace(options, n_gpu_layers=fewer)
            fit = check_fit(card, probe(), options)
            if not fit.fits and not force:
                raise EngineError(f"{gpu_retry_note(refused, None)} {fit.message}",
                                  kind="memory")

    def count_tokens(self, texts: list[str]) -> list[int]:
        texts = list(texts)
        return self._counts({"op": "count_tokens", "texts": texts}, len(texts))

    def count_prompt(self, messages: list[dict]) -> int:
        return self._counts({"op": "count_prompt", "messages": messages}, 1)[0]

    def _counts(self, message: dict, expected: int) -> list[int]:
        counts = self._request(message)["counts"]
        if len(counts) != expected:  # one count per text, or the host is not to be trusted
            self._not_understood()
        return counts

    @property
    def sequences(self) -> int:
        """Answers the loaded model can write at once (generate_many); 1 when none is."""
        return self.model.options.n_seq if self.model is not None else 1

    def generate(self, messages: list[dict], **params) -> Iterator[EngineEvent]:
        return self._stream({"op": "generate", "messages": messages, "params": params})

    def generate_many(self, requests: list[tuple[list[dict], dict]]) -> Iterator[EngineEvent]:
        """Write the answers to several (messages, params) at once, at most `sequences`:
        PrefillProgress over all the prompts, an Answered as each answer ends, then one
        Finished (its text empty; "cancelled" after cancel()) or an EngineFailure."""
        return self._stream({"op": "generate_many", "requests": [
            {"messages": messages, "params": params} for messages, params in requests]})

    def _stream(self, request: dict) -> Iterator[EngineEvent]:
        if self.model is None or not self.alive:
            yield EngineFailure("No model is loaded. Load a model first.", "not_loaded")
            return
        gen_id = next(self._ids)
        finished = False
        text: list[str] = []  # what was streamed, for an answer ended by a forced stop
        self._begin(gen_id)
        try:
            self._send({**request, "id": gen_id})
            while not finished:
                try:
                    event = wire.to_event(self._receive())
                except wire.NotUnderstood:
                    self._not_understood()
                finished = isinstance(event, (Finished, EngineFailure))
                if isinstance(event, Token):
                    text.append(event.text)
                yield event
        except Stopped:
            finished = True
            yield Finished("".join(text), "cancelled")
        except EngineError as exc:
            finished = True
            yield EngineFailure(str(exc), exc.kind)
        finally:
            if not finished:  # the caller walked away: stop the host and keep the pipe in step
                self._drain_cancelled()
            self._end()

    def cancel(self) -> None:
        """End the request in flight; safe from any thread. A generation stops within one
        token; a host that has not obeyed after CANCEL_GRACE_S (busy in a template, a
        prefill batch, or wedged) is killed, and the request ends as stopped all the same."""
        with self._flight:
            if not self._busy or self._cancel_at is not None:
                return
            self._cancel_at = time.monotonic()
            gen_id = self._current
        if gen_id is not None:
            try:
                self._send({"op": "cancel", "id": gen_id})
            except EngineError:
                pass

    # -- pipe ----------------------------------------------------------------------
    def _begin(self, gen_id: int | None = None) -> None:
        with self._flight:
            self._busy, self._current, self._cancel_at = True, gen_id, None
        self._heard_at, self._stage_end = time.monotonic(), None

    def _end(self) -> None:
        with self._flight:
            self._busy, self._current, self._cancel_at = False, None, None

    def _request(self, message: dict, limits: dict[str, float] | None = None) -> dict:
        if not self.alive:
            raise EngineError("The model engine is not running.", kind="crashed")
        self._begin()
        try:
            self._send(message)
            reply = self._receive(limits)
        except Stopped:
            raise EngineError("Stopped before the model engine had finished.",
                              kind="cancelled") from None
        finally:
            self._end()
        if reply["type"] == "error":
            raise EngineError(reply["message"], kind=reply["kind"])
        if reply["type"] != wire.REPLIES[message["op"]]:
            self._not_understood()
        return reply

    def _send(self, message: dict) -> None:
        data = wire.encode(message)  # a value JSON cannot carry is a bug here, not a crash
        with self._send_lock:
            try:
                self._conn.send_bytes(data)
            except (OSError, ValueError, AttributeError) as exc:
                raise EngineError(self._crash_message(), kind="crashed") from exc

    def _receive(self, limits: dict[str, float] | None = None) -> dict:
        """The host's next message; heartbeats are read here and only set deadlines."""
        limits = {**STAGE_LIMITS_S, **(limits or {})}
        while True:
            self._check_deadlines()
            try:
                if self._conn.poll(POLL_S):
                    message = self._read()
                    self._heard, self._heard_at = True, time.monotonic()
                    if message["type"] != "alive":
                        return message
                    self._stage_end = stage_end(message, limits, self._heard_at)
                elif not self._process.is_alive() and not self._conn.poll(0):
                    raise EOFError
            except (EOFError, OSError) as exc:
                raise EngineError(self._crash_message(), kind="crashed") from exc

    def _read(self) -> dict:
        """The host's next message, checked. One too long is refused from its length alone:
        recv_bytes raises OSError, and the pipe is out of step from then on."""
        try:
            return wire.decode_host_message(self._conn.recv_bytes(wire.MAX_HOST_MESSAGE_BYTES))
        except (wire.NotUnderstood, OSError) as exc:
            if isinstance(exc, OSError) and not self._process.is_alive():
                raise  # a host that died reads as a crash, as before
            self._not_understood()

    def _not_understood(self):
        self._kill_host()
        self.model = None
        raise EngineError(wire.NOT_UNDERSTOOD, kind="crashed") from None

    def _check_deadlines(self) -> None:
        now = time.monotonic()
        cancel_at = self._cancel_at
        if cancel_at is not None and now - cancel_at > CANCEL_GRACE_S:
            # `model` stays: the answer so far is kept, and saved with the model's name.
            self._kill_host()
            raise Stopped
        if self._stage_end is not None and now > self._stage_end[2]:
            stage, limit, _ = self._stage_end
            self._kill_host()
            self.model = None
            raise EngineError(overdue_message(stage, limit), kind="timeout")
        silence = SILENCE_S if self._heard else START_S
        if now - self._heard_at > silence:
            self._kill_host()
            self.model = None
            raise EngineError(silence_message(silence), kind="timeout")

    def _kill_host(self) -> None:
        """Kill a host that missed a deadline (SIGKILL: a stopped process ignores anything
        milder). `alive` is false from here on: the next request restarts it and loads
        the model again, as after a crash."""
        self._process.kill()
        self._process.join(timeout=5)

    def _drain_cancelled(self) -> None:
        # No Stop is waiting on this, so no CANCEL_GRACE_S: the host ends the answer at its
        # next batch or token and stays loaded (the other deadlines still hold).
        try:
            self._send({"op": "cancel", "id": self._current})
            while self._receive()["type"] not in ("finished", "error"):
                pass
        except (EngineError, Stopped):
            pass

    def _crash_message(self) -> str:
        if self._process is not None:
            # The pipe closes a moment before the process is reaped: wait for that, so
            # `alive` is false from here on and the exit code can be named.
            self._process.join(timeout=2)
        code = self._process.exitcode if self._process is not None else None
        self.model = None
        detail = f" (exit code {code})" if code is not None else ""
        return (
            f"The model engine stopped unexpectedly{detail}. Everything saved so far is kept; "
            "the engine will be restarted for your next request."
        )

