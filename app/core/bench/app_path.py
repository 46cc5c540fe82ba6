"""The app's own path (EngineClient and its engine host process) and the schedule that
runs it beside the raw baseline and llama-bench: the same model, options and prompt
lengths, one at a time, never two at once."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import asdict
from pathlib import Path

import psutil

from app.core.bench.llama_bench import LlamaBench
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
            # the same context, threads and sequences; choose_options gives the same batches
            self.loaded = self.client.load(model_path, n_ctx=options.n_ctx,
                                           threads=options.n_threads, force=True,
                                           sequences=options.n_seq)
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


# -- the three paths, in turn -------------------------------------------------------------

def both_fit(raw_memory: dict, use_mmap: bool, copies: int = 1) -> bool:
    """Whether `copies` more copies of the loaded model (the app's engine, and llama-bench,
    beside the idle raw process) fit in the free memory with room to spare. With mmap the
    file's pages are shared; without it they are anonymous and counted already."""
    need = raw_memory["anonymous"] + (0 if use_mmap else raw_memory["mapped"])
    return psutil.virtual_memory().available > 1.5 * copies * need + 512 * 2**20


def measure_paths(model_path: str | Path, options: LoadOptions, *, prompt_tokens: int,
                  gen_tokens: int, repeats: int, llama_bench: LlamaBench | None = None,
                  progress: Callable[[str], None] = print) -> dict:
    """llama-bench (when given), raw and app runs at the same settings, the raw and app
    paths on the same prompts. When all fit in memory at once they take turns, one run each
    per round (llama-bench, raw, app, llama-bench, raw, app, ...), so that a burst of load
    elsewhere on the machine hits every path alike; otherwise each path's runs come in a
    block, llama-bench's first, then raw's, then the app's."""
    raw = RawProcess(model_path, options)
    app = None
    try:
        texts = raw.prompts(prompt_tokens, repeats)
        raw.run(WARMUP_TEXT, WARMUP_GEN_TOKENS)  # faults the weights in; not counted
        interleaved = both_fit(raw.loaded["memory"], options.use_mmap,
                               copies=2 if llama_bench else 1)
        runs: dict[str, list[dict]] = {"llama_bench": [], "raw": [], "app": []}

        def report(name: str, number: int, run: dict) -> None:
            runs[name].append(run)
            progress(f"  {name.replace('_', '-')} run {number + 1}/{repeats}: prefill "
                     f"{run['prefill_tps']:.1f} tok/s, decode {run['decode_tps']:.1f} tok/s")

        def run_bench(number: int) -> None:
            report("llama_bench", number, llama_bench.run())

        def run_raw(number: int) -> None:
            report("raw", number, raw.run(texts[number], gen_tokens))

        def run_app(number: int) -> None:
            report("app", number, app.run(texts[number], gen_tokens))

        def start_app() -> AppPath:
            path = AppPath(model_path, options)
            path.run(WARMUP_TEXT, WARMUP_GEN_TOKENS)
            return path

        turns = ([("llama-bench", run_bench)] if llama_bench else []) + [
            ("raw", run_raw), ("app", run_app)]
        if interleaved:
            app = start_app()
            for number in range(repeats):
                for _name, turn in turns:
                    turn(number)
        else:
            for _name, turn in turns[:-1]:
                for number in range(repeats):
                    turn(number)
            raw.close()
            app = start_app()
            for number in range(repeats):
                run_app(number)
        names = ", ".join(name for name, _turn in turns)
        return {
            "order": f"interleaved ({names}, ...)" if interleaved else
                     f"in blocks ({names}: not enough free memory for every model at once)",
            "interleaved": interleaved,
            "prompts": texts,
            "llama_bench": None if llama_bench is None else {
                "commands": llama_bench.commands, "build": llama_bench.build,
                "runs": runs["llama_bench"]},
            "raw": {"load_s": raw.loaded["load_s"], "memory_loaded": raw.loaded["memory"],
                    "runs": runs["raw"], "llama_cpp_python": raw.loaded["llama_cpp_python"],
                    "system_info": raw.loaded["system_info"]},
            "app": {"load_s": app.load_s, "memory_loaded": app.memory, "runs": runs["app"],
                    "options": app.loaded.options.as_dict(),
                    "options_match": app.options_match, "template": app.loaded.template},
        }
    finally:
        raw.close()
        if app is not None:
            app.close()
