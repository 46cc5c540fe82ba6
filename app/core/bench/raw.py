"""The raw baseline: llama-cpp-python's low-level path in a spawned process of its own
(`Llama.eval()` of the tokenised prompt, then a bare greedy decode loop: no chat template,
no pipe, no detokenising). llama.cpp's own llama-bench is in llama_bench.py.

The raw process loads the model file as the engine host does, so what it sends is as
untrusted: JSON checked field by field (app/core/engine/wire.py), never a pickle."""

from __future__ import annotations

import multiprocessing
import os
import time
from collections.abc import Callable
from dataclasses import asdict, fields
from pathlib import Path

from app.core.bench.runs import BenchError, Run, process_memory
from app.core.engine import wire
from app.core.models.options import LoadOptions

_MEMORY = {"anonymous": wire.Count, "rss": wire.Count, "mapped": wire.Count}
# What the raw process measures (the app's wall-clock times and finish reason are not its).
_MEASURED = {f.name: wire.Count if f.type in ("int", int) else wire.Seconds
             for f in fields(Run) if f.default is not None}
_REPLIES = {
    "loaded": {"load_s": wire.Seconds, "llama_cpp_python": str, "system_info": str,
               "memory": _MEMORY},
    "texts": {"texts": [str]},
    "run": {"run": _MEASURED, "memory": _MEMORY},
    "error": {"message": str},
}
_REQUESTS = {"prompts": {"n_tokens": wire.Count, "count": wire.Count},
             "run": {"text": str, "gen_tokens": wire.Count}, "stop": {}}

# A fixed, plain text cut to the requested length: the same on every machine and every run.
_NOTES = (
    "The quarterly review covers revenue, staffing, open audit findings and the plan for "
    "the next budget year. Revenue rose 4.2 percent against the same quarter last year, "
    "mostly from the regional offices in Penang, Surabaya and Da Nang. Two audit findings "
    "from March remain open: the retention policy for scanned contracts and the access log "
    "for the archive room. The committee asks each department to name an owner for every "
    "finding by the end of the month, to report progress every two weeks, and to keep the "
    "documents on the office network only. Staffing stayed flat at 318 people; eleven "
    "positions are vacant, six of them in the claims team. The budget plan keeps travel "
    "at last year's level, moves the printer contract to a cheaper supplier and sets aside "
    "funds for training on the new document system, which starts in the second quarter."
).split()


# -- prompts -----------------------------------------------------------------------------

def prompt_texts(tokenize: Callable[[str], list[int]], detokenize: Callable[[list[int]], str],
                 n_tokens: int, count: int) -> list[str]:
    """`count` different texts of at most `n_tokens` tokens each (as `tokenize` counts them),
    as close to it as the tokenizer allows. They differ from their first words on, so the
    engine's prefix cache cannot skip the prefill of a repeat."""
    texts = []
    for variant in range(count):
        shift = (variant * 7) % len(_NOTES)
        words = _NOTES[shift:] + _NOTES[:shift]
        head = f"Notes {variant + 1}: rewrite them as a long, detailed report."
        body: list[str] = []
        while True:
            body.extend(words)
            text = " ".join([head, *body])
            tokens = tokenize(text)
            if len(tokens) > n_tokens:
                break
        keep = n_tokens
        while keep > 0:
            candidate = detokenize(tokens[:keep]).strip()
            if len(tokenize(candidate)) <= n_tokens:
                break
            keep -= 1
        texts.append(candidate)
    return texts


# -- the raw process ---------------------------------------------------------------------

class RawProcess:
    """llama-cpp-python's low-level path in a spawned process that holds the model and runs
    one measurement per request; the parent only waits, so nothing runs at the same time."""

    def __init__(self, model_path: str | Path, options: LoadOptions, *,
                 _server: Callable | None = None):  # tests swap in one that misbehaves
        context = multiprocessing.get_context("spawn")
        self._conn, child_end = context.Pipe()
        self._process = context.Process(
            target=_server or _raw_server, name="offline-assistant-bench-raw", daemon=True,
            args=(child_end, str(model_path), options.as_dict()))
        self._process.start()
        child_end.close()
        try:
            self.loaded = self._receive("loaded")  # load_s, llama_cpp_python, system_info, memory
        except BenchError:
            self.close()
            raise

    @property
    def pid(self) -> int | None:
        return self._process.pid if self._process.is_alive() else None

    def prompts(self, n_tokens: int, count: int) -> list[str]:
        return self._request("texts", op="prompts", n_tokens=n_tokens, count=count)["texts"]

    def run(self, text: str, gen_tokens: int) -> dict:
        reply = self._request("run", op="run", text=text, gen_tokens=gen_tokens)
        return {**asdict(Run(**reply["run"])), "memory": reply["memory"]}

    def close(self) -> None:
        if self._process.is_alive():
            try:
                self._conn.send_bytes(wire.encode({"op": "stop"}))
            except OSError:
                pass
            self._process.join(timeout=10)
        if self._process.is_alive():
            self._process.kill()
            self._process.join(timeout=5)
        self._conn.close()

    def _request(self, reply_type: str, **message) -> dict:
        try:
            self._conn.send_bytes(wire.encode(message))
        except OSError as exc:
            raise BenchError("The raw llama.cpp process is gone.") from exc
        return self._receive(reply_type)

    def _receive(self, reply_type: str) -> dict:
        try:
            while not self._conn.poll(0.2):
                if not self._process.is_alive() and not self._conn.poll(0):
                    raise EOFError
            reply = wire.decode(self._conn.recv_bytes(wire.MAX_HOST_MESSAGE_BYTES), "type",
                                _REPLIES)
            if reply["type"] not in (reply_type, "error"):
                raise wire.NotUnderstood(f"a {reply['type']!r} reply")
        except wire.NotUnderstood:
            raise BenchError("The raw llama.cpp process sent a message the bench does not "
                             "understand.") from None
        except (EOFError, OSError) as exc:
            raise BenchError(f"The raw llama.cpp process stopped unexpectedly (exit code "
                             f"{self._process.exitcode}).") from exc
        if reply["type"] == "error":
            raise BenchError(f"Raw llama.cpp: {reply['message']}")
        return reply


def _raw_server(conn, model_path: str, options: dict) -> None:
    """Entry point of the raw process: load, then answer requests until told to stop."""
    try:
        from app.core.engine.native import llama_cpp as native
        from app.core.engine.native import open_model

        llama_cpp = native()
        started = time.perf_counter()
        llm = open_model(model_path, **options)  # the engine's own settings
        _send(conn, {
            "type": "loaded",
            "load_s": time.perf_counter() - started,
            "llama_cpp_python": llama_cpp.__version__,
            "system_info": llama_cpp.llama_print_system_info().decode(errors="replace").strip(),
            "memory": process_memory(os.getpid()),
        })
    except Exception as exc:
        _send(conn, {"type": "error",
                     "message": f"could not load the model: {type(exc).__name__}: {exc}"})
        return

    def tokenize(text: str) -> list[int]:
        return llm.tokenize(text.encode(), add_bos=True, special=False)

    def detokenize(tokens: list[int]) -> str:
        return llm.detokenize(tokens).decode("utf-8", errors="ignore")

    sampler = llama_cpp.llama_sampler_init_greedy()
    try:
        while True:
            try:
                data = conn.recv_bytes(wire.MAX_REQUEST_BYTES)
            except (EOFError, OSError):
                return
            try:
                request = wire.decode(data, "op", _REQUESTS)
                if request["op"] == "stop":
                    return
                if request["op"] == "prompts":
                    _send(conn, {"type": "texts", "texts": prompt_texts(
                        tokenize, detokenize, request["n_tokens"], request["count"])})
                elif request["op"] == "run":
                    run = _raw_once(llm, sampler, tokenize(request["text"]),
                                    request["gen_tokens"])
                    measured = {name: getattr(run, name) for name in _MEASURED}
                    _send(conn, {"type": "run", "run": measured,
                                 "memory": process_memory(os.getpid())})
            except Exception as exc:  # every failure goes back as words
                _send(conn, {"type": "error", "message": f"{type(exc).__name__}: {exc}"})
    finally:
        llama_cpp.llama_sampler_free(sampler)
        conn.close()


def _send(conn, message: dict) -> None:
    conn.send_bytes(wire.encode(message))


def _raw_once(llm, sampler, tokens: list[int], n_gen: int) -> Run:
    import llama_cpp

    if len(tokens) + n_gen > llm.n_ctx():
        raise BenchError(f"{len(tokens)} prompt + {n_gen} generated tokens exceed the "
                         f"context of {llm.n_ctx()}; use a larger --ctx")
    llm.reset()  # n_tokens = 0: eval() drops the whole KV cache
    ctx = llm._ctx.ctx
    start = time.perf_counter()
    llm.eval(tokens)
    prefilled = time.perf_counter()
    token = llama_cpp.llama_sampler_sample(sampler, ctx, -1)
    first = time.perf_counter()
    for _ in range(n_gen - 1):  # end-of-text is ignored: always n_gen tokens
        llm.eval([token])
        token = llama_cpp.llama_sampler_sample(sampler, ctx, -1)
    end = time.perf_counter()
    prefill_s, decode_s = prefilled - start, end - first
    return Run(
        prompt_tokens=len(tokens), cached_tokens=0, output_tokens=n_gen,
        prefill_s=prefill_s, decode_s=decode_s, ttft_s=first - start,
        prefill_tps=len(tokens) / prefill_s if prefill_s > 0 else 0.0,
        decode_tps=(n_gen - 1) / decode_s if decode_s > 0 else 0.0,
    )
