"""The app's own path (EngineClient and its engine host process) and the schedule that
runs it beside the raw baseline: the same model, options and prompts, never both at once."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import asdict
from pathlib import Path

import psutil

from app.core.bench.raw import RawProcess
from app.core.bench.runs import (
    WARMUP_GEN_TOKENS,
    WARMUP_TEXT,
    BenchError,
    Run,
    process_memory,
)
from app.core.models.options import LoadOptions

TEMPLATE_ROOM = 96  # tokens a chat template may add around the user's message


class AppPath:
    """The app's own way: EngineClient and its engine host process, one user message per
    answer, temperature 0, the engine's other sampling defaults."""

    def __init__(self, model_path: str | Path, options: LoadOptions):
        from app.core.engine import EngineClient, EngineError

        self.client = EngineClient()
        started = time.perf_counter()
        try:
            # the same context; choose_options gives the same threads and batches
            self.loaded = self.client.load(model_path, n_ctx=options.n_ctx, force=True)
        except EngineError as exc:
            self.client.close()
            raise BenchError(str(exc)) from exc
        self.load_s = time.perf_counter() - started
        self.options_match = self.loaded.options == options
        self.memory = process_memory(self.client.pid)

    @property
    def pid(self) -> int | None:
        return self.client.pid

    def run(self, text: str, gen_tokens: int) -> dict:
        run = _app_once(self.client, text, gen_tokens)
        return {**asdict(run), "memory": process_memory(self.client.pid)}

    def close(self) -> None:
        self.client.close()


def _app_once(client, text: str, gen_tokens: int) -> Run:
    from app.core.engine import EngineFailure, Finished, Token

    messages = [{"role": "user", "content": text}]
    started = time.perf_counter()
    first = finished = None
    for event in client.generate(messages, max_tokens=gen_tokens, temperature=0.0):
        if isinstance(event, Token) and first is None:
            first = time.perf_counter()
        elif isinstance(event, EngineFailure):
            raise BenchError(f"The engine failed: {event.message}")
        elif isinstance(event, Finished):
            finished = event
    ended = time.perf_counter()
    if finished is None:
        raise BenchError("The engine ended the answer without its timings.")
    t = finished.timings
    return Run(
        prompt_tokens=t.prompt_tokens, cached_tokens=t.cached_tokens,
        output_tokens=t.output_tokens, prefill_s=t.prefill_s, decode_s=t.decode_s,
        ttft_s=t.ttft_s, prefill_tps=t.prefill_tps, decode_tps=t.decode_tps,
        wall_ttft_s=(first - started) if first is not None else None,
        wall_s=ended - started, finish_reason=finished.finish_reason,
    )


# -- both paths, one after the other -----------------------------------------------------

def both_fit(raw_memory: dict, use_mmap: bool) -> bool:
    """Whether a second copy of the loaded model (the app's engine beside the idle raw
    process) fits in the free memory with room to spare. With mmap the file's pages are
    shared; without it they are anonymous and counted already."""
    need = raw_memory["anonymous"] + (0 if use_mmap else raw_memory["mapped"])
    return psutil.virtual_memory().available > 1.5 * need + 512 * 2**20


def measure_paths(model_path: str | Path, options: LoadOptions, *, prompt_tokens: int,
                  gen_tokens: int, repeats: int,
                  progress: Callable[[str], None] = print) -> dict:
    """Raw and app runs on the same prompts. When both models fit in memory at once the runs
    alternate (raw, app, app, raw, ...), so that a burst of load elsewhere on the machine
    hits both paths alike; otherwise all raw runs come first, then the app's."""
    raw = RawProcess(model_path, options)
    app = None
    try:
        texts = raw.prompts(prompt_tokens, repeats)
        raw.run(WARMUP_TEXT, WARMUP_GEN_TOKENS)  # faults the weights in; not counted
        interleaved = both_fit(raw.loaded["memory"], options.use_mmap)
        raw_runs: list[dict] = []
        app_runs: list[dict] = []

        def run_raw(number: int) -> None:
            run = raw.run(texts[number], gen_tokens)
            raw_runs.append(run)
            progress(f"  raw run {number + 1}/{repeats}: prefill {run['prefill_tps']:.1f} "
                     f"tok/s, decode {run['decode_tps']:.1f} tok/s")

        def run_app(number: int) -> None:
            run = app.run(texts[number], gen_tokens)
            app_runs.append(run)
            progress(f"  app run {number + 1}/{repeats}: prefill {run['prefill_tps']:.1f} "
                     f"tok/s, decode {run['decode_tps']:.1f} tok/s")

        def start_app() -> AppPath:
            path = AppPath(model_path, options)
            path.run(WARMUP_TEXT, WARMUP_GEN_TOKENS)
            return path

        if interleaved:
            app = start_app()
            for number in range(repeats):
                first, second = (run_raw, run_app) if number % 2 == 0 else (run_app, run_raw)
                first(number)
                second(number)
        else:
            for number in range(repeats):
                run_raw(number)
            raw.close()
            app = start_app()
            for number in range(repeats):
                run_app(number)
        return {
            "order": "interleaved (raw, app, app, raw, ...)" if interleaved else
                     "raw runs first, then the app's (not enough free memory for both "
                     "models at once)",
            "interleaved": interleaved,
            "prompts": texts,
            "raw": {"load_s": raw.loaded["load_s"], "memory_loaded": raw.loaded["memory"],
                    "runs": raw_runs, "llama_cpp_python": raw.loaded["llama_cpp_python"],
                    "system_info": raw.loaded["system_info"]},
            "app": {"load_s": app.load_s, "memory_loaded": app.memory, "runs": app_runs,
                    "options": app.loaded.options.as_dict(),
                    "options_match": app.options_match, "template": app.loaded.template},
        }
    finally:
        raw.close()
        if app is not None:
            app.close()
