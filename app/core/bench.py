"""The benchmark behind `offline-assistant bench`: the app's engine path against raw llama.cpp.

Both paths run on the same model with the same load options (context, batch, threads,
mmap, GPU layers: the app's own `choose_options`), one after the other, never at the same
time: on a small CPU two llama.cpp workloads at once slow each other down badly.

1. Raw baseline: llama-cpp-python's low-level path in a spawned process: `Llama.eval()` of
   the tokenised prompt (prefill), then a greedy decode loop of `llama_sampler_sample` with
   a bare greedy sampler and `Llama.eval([token])`. No chat template, no pipe, no detokenising.
2. The app's path: `EngineClient` (the engine host process) with the same prompt text as one
   user message, temperature 0; tokens per second from the engine's own `Timings` and the
   time to the first token as the client sees it.

The ratios app/raw hold on a noisy machine far better than the absolute numbers: both are
medians over the repeats. Nothing here imports Qt; the window part lives in app/ui/bench_gui.
"""

from __future__ import annotations

import json
import math
import multiprocessing
import os
import platform
import shutil
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path

import psutil

from app.core.metrics import anonymous_memory
from app.core.models.options import LoadOptions

WARMUP_TEXT = "Say hello."  # a short pass that faults the weights in before anything is timed
WARMUP_GEN_TOKENS = 4
TEMPLATE_ROOM = 96  # tokens a chat template may add around the user's message
REPORT_VERSION = 1
BUSY_CPU_PERCENT = 25  # above this before the start, the table warns that numbers will vary

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


class BenchError(Exception):
    """A measurement could not be taken; the message says why, in words."""


@dataclass(frozen=True)
class Run:
    """One measured answer. Tokens per second follow the app's own definitions (Timings):
    prefill = fresh prompt tokens / prefill time; decode = (output tokens - 1) / decode time,
    because the first token comes out of the prefill."""

    prompt_tokens: int
    cached_tokens: int
    output_tokens: int
    prefill_s: float
    decode_s: float
    ttft_s: float
    prefill_tps: float
    decode_tps: float
    wall_ttft_s: float | None = None  # the app path: generate() called -> first Token event
    wall_s: float | None = None
    finish_reason: str | None = None


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


# -- raw baseline (a spawned process of its own) -----------------------------------------

class RawProcess:
    """llama-cpp-python's low-level path in a spawned process that holds the model and runs
    one measurement per request; the parent only waits, so nothing runs at the same time."""

    def __init__(self, model_path: str | Path, options: LoadOptions):
        context = multiprocessing.get_context("spawn")
        self._conn, child_end = context.Pipe()
        self._process = context.Process(
            target=_raw_server, name="offline-assistant-bench-raw", daemon=True,
            args=(child_end, str(model_path), options.as_dict()))
        self._process.start()
        child_end.close()
        try:
            self.loaded = self._receive()  # load_s, llama_cpp_python, system_info, memory
        except BenchError:
            self.close()
            raise

    @property
    def pid(self) -> int | None:
        return self._process.pid if self._process.is_alive() else None

    def prompts(self, n_tokens: int, count: int) -> list[str]:
        return self._request(op="prompts", n_tokens=n_tokens, count=count)["texts"]

    def run(self, text: str, gen_tokens: int) -> dict:
        return self._request(op="run", text=text, gen_tokens=gen_tokens)["run"]

    def close(self) -> None:
        if self._process.is_alive():
            try:
                self._conn.send({"op": "stop"})
            except OSError:
                pass
            self._process.join(timeout=10)
        if self._process.is_alive():
            self._process.kill()
            self._process.join(timeout=5)
        self._conn.close()

    def _request(self, **message) -> dict:
        try:
            self._conn.send(message)
        except OSError as exc:
            raise BenchError("The raw llama.cpp process is gone.") from exc
        return self._receive()

    def _receive(self) -> dict:
        try:
            while not self._conn.poll(0.2):
                if not self._process.is_alive() and not self._conn.poll(0):
                    raise EOFError
            reply = self._conn.recv()
        except (EOFError, OSError) as exc:
            raise BenchError(f"The raw llama.cpp process stopped unexpectedly (exit code "
                             f"{self._process.exitcode}).") from exc
        if "error" in reply:
            raise BenchError(f"Raw llama.cpp: {reply['error']}")
        return reply


def _raw_server(conn, model_path: str, options: dict) -> None:
    """Entry point of the raw process: load, then answer requests until told to stop."""
    try:
        from app.core.engine.native import llama_cpp as native

        llama_cpp = native()
        started = time.perf_counter()
        llm = llama_cpp.Llama(model_path=model_path, verbose=False, **options)
        conn.send({
            "load_s": time.perf_counter() - started,
            "llama_cpp_python": llama_cpp.__version__,
            "system_info": llama_cpp.llama_print_system_info().decode(errors="replace").strip(),
            "memory": process_memory(os.getpid()),
        })
    except Exception as exc:
        conn.send({"error": f"could not load the model: {type(exc).__name__}: {exc}"})
        return

    def tokenize(text: str) -> list[int]:
        return llm.tokenize(text.encode(), add_bos=True, special=False)

    def detokenize(tokens: list[int]) -> str:
        return llm.detokenize(tokens).decode("utf-8", errors="ignore")

    sampler = llama_cpp.llama_sampler_init_greedy()
    try:
        while True:
            try:
                request = conn.recv()
            except (EOFError, OSError):
                return
            try:
                if request["op"] == "stop":
                    return
                if request["op"] == "prompts":
                    conn.send({"texts": prompt_texts(tokenize, detokenize, request["n_tokens"],
                                                     request["count"])})
                elif request["op"] == "run":
                    run = _raw_once(llm, sampler, tokenize(request["text"]),
                                    request["gen_tokens"])
                    conn.send({"run": {**asdict(run), "memory": process_memory(os.getpid())}})
                else:
                    conn.send({"error": f"unknown request {request['op']!r}"})
            except Exception as exc:  # every failure goes back as words
                conn.send({"error": f"{type(exc).__name__}: {exc}"})
    finally:
        llama_cpp.llama_sampler_free(sampler)
        conn.close()


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


# -- the app's engine path ---------------------------------------------------------------

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


# -- llama-bench, when it is on PATH (context only) --------------------------------------

def run_llama_bench(model_path: str | Path, options: LoadOptions, *, prompt_tokens: int,
                    gen_tokens: int, repeats: int, timeout_s: float = 3600) -> dict | None:
    """llama.cpp's own llama-bench with the same options, if it is installed; else None."""
    exe = shutil.which("llama-bench")
    if exe is None:
        return None
    command = [exe, "-m", str(model_path), "-p", str(prompt_tokens), "-n", str(gen_tokens),
               "-t", str(options.n_threads), "-b", str(options.n_batch),
               "-ub", str(options.n_ubatch), "-ngl", str(options.n_gpu_layers),
               "-mmp", "1" if options.use_mmap else "0", "-r", str(repeats), "-o", "json"]
    try:
        done = subprocess.run(command, capture_output=True, text=True, timeout=timeout_s,
                              check=False)
        if done.returncode != 0:
            raise BenchError(done.stderr.strip()[-500:] or f"exit code {done.returncode}")
        return {"command": command, **parse_llama_bench(done.stdout)}
    except (OSError, subprocess.SubprocessError, BenchError, ValueError, KeyError) as exc:
        return {"command": command, "error": str(exc)}


def parse_llama_bench(text: str) -> dict:
    """prefill_tps and decode_tps out of `llama-bench -o json` output."""
    rows = json.loads(text)
    prefill = [r for r in rows if r.get("n_prompt", 0) > 0 and r.get("n_gen", 0) == 0]
    decode = [r for r in rows if r.get("n_gen", 0) > 0 and r.get("n_prompt", 0) == 0]
    if not prefill or not decode:
        raise ValueError("llama-bench printed no prompt or no generation test")
    return {"prefill_tps": float(prefill[0]["avg_ts"]), "decode_tps": float(decode[0]["avg_ts"]),
            "build": rows[0].get("build_commit")}


# -- numbers ----------------------------------------------------------------------------

def process_memory(pid: int | None) -> dict:
    """Anonymous and resident bytes of a process. RSS also counts the pages of a
    memory-mapped model file; `mapped` is the difference (file pages, mostly the model)."""
    if not pid:
        return {"anonymous": 0, "rss": 0, "mapped": 0}
    try:
        rss = psutil.Process(pid).memory_info().rss
    except psutil.Error:
        rss = 0
    anonymous = anonymous_memory(pid)
    return {"anonymous": anonymous, "rss": rss, "mapped": max(rss - anonymous, 0)}


def medians(runs: Sequence[dict]) -> dict:
    keys = ("prefill_tps", "decode_tps", "ttft_s", "wall_ttft_s", "prompt_tokens",
            "cached_tokens", "output_tokens")
    result = {}
    for key in keys:
        values = [r[key] for r in runs if r.get(key) is not None]
        result[key] = statistics.median(values) if values else None
    return result


def ratio(app: float | None, raw: float | None) -> float | None:
    if not app or not raw:
        return None
    return app / raw


def gap_stats(beats: Sequence[float], start: float, end: float) -> dict:
    """The gaps between heartbeats that overlap [start, end], in milliseconds: the longest
    and the 99th percentile (nearest rank). A gap that straddles start or end counts: a
    blocked event loop at the edge of the window is still a blocked event loop."""
    gaps = [(later - earlier) * 1000 for earlier, later in zip(beats, beats[1:])
            if later >= start and earlier <= end]
    if not gaps:
        return {"max_gap_ms": None, "p99_gap_ms": None, "mean_gap_ms": None, "gaps": 0}
    ordered = sorted(gaps)
    rank = max(math.ceil(0.99 * len(ordered)), 1)
    return {"max_gap_ms": ordered[-1], "p99_gap_ms": ordered[rank - 1],
            "mean_gap_ms": statistics.fmean(ordered), "gaps": len(ordered)}


def machine_info() -> dict:
    from app.core.models.hardware import probe

    info = asdict(probe())
    info.update(python=sys.version.split()[0], platform=platform.platform(),
                busy_at_start=busy_now())
    return info


def busy_now(sample_s: float = 0.5) -> dict:
    """How busy the CPU is before the bench starts: other work running at the same time
    (another llama.cpp above all) slows both paths, and the absolute numbers with them."""
    percent = psutil.cpu_percent(interval=sample_s)
    try:
        load = psutil.getloadavg()[0]
    except (AttributeError, OSError):
        load = None
    return {"cpu_percent": percent, "load_average_1min": load,
            "busy": percent > BUSY_CPU_PERCENT}


def model_info(card) -> dict:
    return {
        "path": str(card.path), "file_name": card.path.name if card.path else None,
        "name": card.name, "architecture": card.architecture,
        "parameter_count": card.parameter_count, "quantisation": card.quantisation,
        "file_size": card.file_size, "layers": card.layers,
        "embedding_size": card.embedding_size, "vocab_size": card.vocab_size,
        "context_length": card.context_length,
    }


def summarise(report: dict) -> dict:
    """Fill in the medians and the app/raw ratios of a report with raw and app runs.

    Interleaved runs are pairs taken moments apart: the ratio is the median of the pairs'
    ratios, which a burst of load elsewhere on the machine disturbs least. Runs in blocks
    are compared by the ratio of the medians."""
    raw, app = report["raw"], report["app"]
    raw["median"], app["median"] = medians(raw["runs"]), medians(app["runs"])
    ratios: dict = {}
    for key, name in (("prefill_tps", "prefill"), ("decode_tps", "decode")):
        if report.get("interleaved"):
            paired = [ratio(a[key], r[key]) for a, r in zip(app["runs"], raw["runs"])]
            ratios[f"{name}_paired"] = paired
            usable = [value for value in paired if value is not None]
            ratios[name] = statistics.median(usable) if usable else None
        else:
            ratios[name] = ratio(app["median"][key], raw["median"][key])
    ratios["method"] = ("median of the paired ratios (app run i / raw run i)"
                        if report.get("interleaved") else
                        "ratio of the medians (app median / raw median)")
    ratios["note"] = "app tok/s divided by raw tok/s; 1.0 means no overhead"
    report["ratios"] = ratios
    return report


def write_report(report: dict, path: str | Path) -> Path:
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(report, indent=2, default=str) + "\n", encoding="utf-8")
    return path


# -- the table --------------------------------------------------------------------------

def _num(value, digits: int = 1, unit: str = "") -> str:
    if value is None:
        return "—"
    return f"{value:.{digits}f}{unit}"


def _mb(count: int | None) -> str:
    return "—" if not count else f"{count / 1e6:,.0f} MB"


def format_table(report: dict) -> str:
    model, options, settings = report["model"], report["options"], report["settings"]
    raw, app, ratios = report["raw"], report["app"], report["ratios"]
    machine = report["machine"]
    rm, am = raw["median"], app["median"]
    lines = [
        f"Model    {model['file_name']}: {model['architecture']}, "
        f"{model['parameter_count'] / 1e9:.2f} B parameters, {model['quantisation']}, "
        f"{_mb(model['file_size'])}",
        f"Machine  {machine['cpu']}, {machine['physical_cores']} physical cores, "
        f"{machine['ram_total'] / 1e9:.1f} GB RAM",
        f"Options  context {options['n_ctx']}, batch {options['n_batch']}/"
        f"{options['n_ubatch']}, threads {options['n_threads']}/{options['n_threads_batch']}, "
        f"GPU layers {options['n_gpu_layers']}, mmap {'on' if options['use_mmap'] else 'off'}, "
        f"flash attention {'on' if options['flash_attn'] else 'off'}",
        f"Prompt   {_num(rm['prompt_tokens'], 0)} tokens raw; {_num(am['prompt_tokens'], 0)} "
        f"with the chat template ({_num(am['cached_tokens'], 0)} of them reused from the "
        f"cache); {settings['gen_tokens']} generated; median of {settings['repeats']} run(s)",
        f"Order    {settings['order']}; ratios: {ratios['method']}",
        "",
        f"{'':28}{'raw llama.cpp':>15}{'app engine':>13}{'app/raw':>10}",
        f"{'Prefill tok/s':28}{_num(rm['prefill_tps']):>15}{_num(am['prefill_tps']):>13}"
        f"{_num(ratios['prefill'], 3):>10}",
        f"{'Decode tok/s':28}{_num(rm['decode_tps']):>15}{_num(am['decode_tps']):>13}"
        f"{_num(ratios['decode'], 3):>10}",
        f"{'First token s (engine)':28}{_num(rm['ttft_s'], 3):>15}{_num(am['ttft_s'], 3):>13}",
        f"{'First token s (client wall)':28}{'':>15}{_num(am['wall_ttft_s'], 3):>13}",
        f"{'Output tokens':28}{_num(rm['output_tokens'], 0):>15}"
        f"{_num(am['output_tokens'], 0):>13}",
        f"{'Load s':28}{_num(raw['load_s'], 2):>15}{_num(app['load_s'], 2):>13}",
    ]
    bench = report.get("llama_bench")
    if bench and "error" not in bench:
        lines.append(f"{'llama-bench tok/s (pp / tg)':28}"
                     f"{_num(bench['prefill_tps']) + ' / ' + _num(bench['decode_tps']):>15}")
    elif bench:
        lines.append(f"llama-bench failed: {bench['error']}")
    busy = machine.get("busy_at_start") or {}
    if busy.get("busy"):
        lines.append(f"Warning: the CPU was {busy['cpu_percent']:.0f}% busy with other work "
                     "when the bench started: the absolute numbers vary with that load; "
                     "the ratios hold better.")
    gui = report.get("gui")
    lines.append("")
    if gui is None:
        lines.append("Event loop  skipped (--no-gui)")
    else:
        lines += [
            f"Event loop  {gui['heartbeat_ms']} ms heartbeat in the real window "
            f"({gui['platform']} platform), gaps between beats:",
            f"{'':4}{'':30}{'max ms':>10}{'p99 ms':>10}{'beats':>8}",
        ]
        for label, key in (("while the prompt is prefilled", "prefill"),
                           (f"while {gui['tokens_streamed']} tokens stream", "streaming")):
            part = gui[key]
            lines.append(f"{'':4}{label:30}{_num(part['max_gap_ms']):>10}"
                         f"{_num(part['p99_gap_ms']):>10}{part['gaps']:>8}")
    memory = report["memory"]
    lines += [
        "",
        f"Memory{'':26}{'anonymous':>12}{'RSS':>12}{'mapped':>12}",
        f"{'  app process, no model':32}{_mb(memory['app_process']['anonymous']):>12}"
        f"{_mb(memory['app_process']['rss']):>12}",
    ]
    if memory.get("app_window"):
        lines.append(f"{'  app process with the window':32}"
                     f"{_mb(memory['app_window']['anonymous']):>12}"
                     f"{_mb(memory['app_window']['rss']):>12}")
    for label, key in (("  engine, model loaded", "engine_loaded"),
                       ("  engine, after the runs", "engine_after_runs"),
                       ("  raw process, after the runs", "raw_after_runs")):
        part = memory[key]
        lines.append(f"{label:32}{_mb(part['anonymous']):>12}{_mb(part['rss']):>12}"
                     f"{_mb(part['mapped']):>12}")
    lines.append(f"  {memory['note']}")
    return "\n".join(lines)
