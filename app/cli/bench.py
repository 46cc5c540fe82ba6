"""`offline-assistant bench`: the app's speed against llama.cpp's own llama-bench and against
llama-cpp-python, the window's responsiveness while it streams, and memory, in one run on
one model.

Light at import (app/cli/__init__.py imports it to build its parser): the measuring code is loaded
by run_bench. Progress goes to stderr, the table to stdout, everything to a JSON report.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from dataclasses import replace
from pathlib import Path

from app.cli.output import ExitCode, say
from app.cli.server import add_connection_options

DEFAULT_REPORT = "bench-report.json"
RAW_METHOD = ("llama-cpp-python in its own process: Llama.eval() of the tokenised prompt, then "
              "llama_sampler_sample (bare greedy sampler) + Llama.eval([token]) per token, "
              "end-of-text ignored; same load options as the app")
APP_METHOD = ("EngineClient.generate([one user message], max_tokens, temperature=0) with the "
              "engine's other defaults; tok/s from the engine's Timings, wall_ttft_s measured "
              "in the client from the call to the first Token")
LLAMA_BENCH_METHOD = ("llama.cpp's own llama-bench ({exe}), built from the sources "
                      "llama-cpp-python vendors and linked to its libraries (same kernels); "
                      "per round: -p <prompt tokens> -n 0 -d 0 for prefill and -p 0 -n <gen "
                      "tokens> -d <prompt tokens> for decode, each -r 1 after its own warm-up, "
                      "with the app's threads, batch/ubatch, flash attention, GPU layers and "
                      "mmap; no sampling, no detokenising. Its context is prompt + generated "
                      "+ depth tokens, not the app's n_ctx")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--model", help="path to a .gguf file (default: the models folder, "
                                        "else the built-in demo model)")
    parser.add_argument("--ctx", type=int,
                        help="context length in tokens (default: what the app would choose)")
    parser.add_argument("--prompt-tokens", type=_positive, default=512,
                        help="prompt length in tokens (default 512)")
    parser.add_argument("--gen-tokens", type=_at_least_two, default=128,
                        help="tokens to generate (default 128)")
    parser.add_argument("--threads", type=_positive,
                        help="CPU threads for every path (default: what the app would choose; "
                             "1 measures steadily on a machine busy with other work)")
    parser.add_argument("--repeats", type=_positive, default=3,
                        help="measured runs per path; medians are reported (default 3)")
    parser.add_argument("--json", default=DEFAULT_REPORT, metavar="PATH",
                        help=f"where to write the report (default {DEFAULT_REPORT})")
    parser.add_argument("--server", nargs="?", const="configured", metavar="URL", help=(
        "measure the organisation's inference server instead: the map step of a summary one "
        "call at a time, then as many at once as the server has slots"))
    parser.add_argument("--document", help="with --server: the document whose chunks are "
                                           "sent (default: the sample report)")
    parser.add_argument("--chunk-tokens", type=_positive, default=256,
                        help="with --server: tokens per chunk (default 256)")
    parser.add_argument("--calls", type=_positive, default=8,
                        help="with --server: map calls per run, chunks repeated (default 8)")
    parser.add_argument("--answer-tokens", type=_positive, metavar="N", help=(
        "with --server: tokens each answer may have (default: the map step's own limit)"))
    add_connection_options(parser)
    parser.add_argument("--no-gui", action="store_true",
                        help="skip the window's event-loop measurement")
    parser.add_argument("--scale-words", type=_positive, default=5000, metavar="N", help=(
        "the window: words of the long answer streamed into the transcript (default 5000)"))
    parser.add_argument("--summary-document", metavar="PATH", help=(
        "the document a whole summary job is measured on: prefill amplification, ETA error, "
        "where the time goes (default: the sample report)"))
    parser.add_argument("--summary-ctx", type=_positive, metavar="TOKENS", help=(
        "context for that summary (default: the bench's); a smaller one makes more chunks"))
    parser.add_argument("--map-tokens", type=_positive, metavar="N", help=(
        "the map step decoded one part at a time and all at once: tokens each part's "
        "answer may have (default: the map step's own limit)"))
    parser.add_argument("--map-decode-model", metavar="PATH", help=(
        "a .gguf for that comparison alone, e.g. the 7B-shaped fixture of "
        "scripts/make_7b_fixture.py: a larger model is bound by reading its weights, which "
        "a batch reads once (default: the bench's model)"))
    parser.add_argument("--no-summary", action="store_true",
                        help="skip the whole-summary measurement")
    parser.add_argument("--kv-depth", type=int, default=1024, metavar="TOKENS", help=(
        "context depth at which llama-bench compares an f16 KV cache with a q8_0 one "
        "(default 1024; 0 skips it)"))


def add_parser(subparsers) -> argparse.ArgumentParser:
    parser = subparsers.add_parser(
        "bench", help="measure speed and memory: the app's engine against llama.cpp",
        description="Measure prefill and decode speed of the app's engine against llama.cpp's "
                    "own llama-bench (built by `make llama-tools`) and llama-cpp-python, in "
                    "turn, on the same model and settings; the window's responsiveness while "
                    "it streams; and memory. The ratios are the numbers to compare across "
                    "machines; the absolute numbers depend on the machine and its load.")
    add_arguments(parser)
    return parser


def _positive(text: str) -> int:
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return value


def _at_least_two(text: str) -> int:
    value = int(text)
    if value < 2:
        raise argparse.ArgumentTypeError("must be at least 2 (decode speed needs two tokens)")
    return value


def run_bench(args) -> int:
    if args.server:
        from app.cli.server import run_server_bench

        return run_server_bench(args)
    from app import __version__, paths
    from app.core.bench import report as bench_report
    from app.core.bench.app_path import TEMPLATE_ROOM, measure_paths
    from app.core.bench.kv_cache import kv_cache_costs
    from app.core.bench.llama_bench import LlamaBench, find_llama_bench
    from app.core.bench.runs import BenchError, process_memory
    from app.core.bench.stats import summarise_paths
    from app.core.bench.store_cost import store_cost
    from app.core.models import ModelFileError, choose_model, validate_model
    from app.core.models.plan import plan_load
    from app.core.store import Store

    app_memory = process_memory(os.getpid())  # before any model, window or llama.cpp
    store = Store(paths.database_path())
    try:
        model, _note = choose_model(args.model, store, paths.models_dir())
        card = validate_model(model.path)
    except (FileNotFoundError, ModelFileError) as exc:
        say(f"Cannot benchmark: {exc}")
        return ExitCode.MODEL
    finally:
        store.close()
    plan = plan_load(card, n_ctx=args.ctx)
    options = plan.options
    if args.threads:
        options = replace(options, n_threads=args.threads, n_threads_batch=args.threads)
    if not plan.fit.fits:
        say(plan.fit.message)
        return ExitCode.MODEL
    needed = args.prompt_tokens + args.gen_tokens + TEMPLATE_ROOM
    if needed > options.n_ctx:
        say(f"A {args.prompt_tokens}-token prompt and {args.gen_tokens} new tokens need a "
            f"context of about {needed} tokens; this one holds {options.n_ctx}. "
            "Use --ctx or shorter --prompt-tokens / --gen-tokens.")
        return ExitCode.MODEL

    report = bench_report.BenchReport(
        app_version=__version__,
        created=time.strftime("%Y-%m-%dT%H:%M:%S%z"),
        argv=sys.argv[1:],
        machine=bench_report.machine_info(),
        model=bench_report.model_info(card),
        options=options.as_dict(),
        settings={"prompt_tokens": args.prompt_tokens, "gen_tokens": args.gen_tokens,
                  "repeats": args.repeats, "temperature": 0.0})
    say(f"Benchmarking {model.path.name}: context {options.n_ctx}, {options.n_threads} "
        f"threads, {args.prompt_tokens} prompt tokens, {args.gen_tokens} generated, "
        f"{args.repeats} run(s) per path.")
    exe, missing = find_llama_bench()
    bench = None if exe is None else LlamaBench(
        exe, model.path, options, prompt_tokens=args.prompt_tokens, gen_tokens=args.gen_tokens)
    if exe is None:
        say(f"No llama.cpp baseline: {missing}.")
    try:
        say(("llama.cpp's llama-bench, " if bench else "") + "llama-cpp-python (the raw path, "
            "own process) and the app's engine (EngineClient, engine host process), in turn…")
        paths_measured = measure_paths(model.path, options, prompt_tokens=args.prompt_tokens,
                                       gen_tokens=args.gen_tokens, repeats=args.repeats,
                                       llama_bench=bench, progress=say)
        raw, app = paths_measured["raw"], paths_measured["app"]
        report.machine["llama_cpp_python"] = raw.pop("llama_cpp_python")
        report.machine["system_info"] = raw.pop("system_info")
        report.settings["order"] = paths_measured["order"]
        report.interleaved = paths_measured["interleaved"]
        report.raw = {"method": RAW_METHOD, **raw}
        report.app = {"method": APP_METHOD, **app}
        report.prompts = paths_measured["prompts"]
        report.llama_bench = _llama_bench_part(paths_measured["llama_bench"], exe, missing,
                                               options)
        report.ratios = summarise_paths(report.raw, report.app, report.interleaved,
                                        report.llama_bench if bench else None)
        report.gui = None if args.no_gui else _gui(model.path, report.prompts[0], args,
                                                   report.app["median"])
    except BenchError as exc:
        say(f"Benchmark failed: {exc}")
        return ExitCode.ENGINE

    report.memory = {
        "app_process": app_memory,
        "app_window": report.gui["memory"]["app_window"] if report.gui else None,
        "engine_loaded": app["memory_loaded"],
        "engine_after_runs": app["runs"][-1]["memory"],
        "raw_loaded": raw["memory_loaded"],
        "raw_after_runs": raw["runs"][-1]["memory"],
        "use_mmap": options.use_mmap,
        "note": _memory_note(options.use_mmap),
    }
    say("The data file: open, search and the per-part commit, plain and encrypted…")
    report.store = store_cost()
    try:
        if bench and args.kv_depth > 0:
            say(f"The KV cache: f16 against q8_0 at a depth of {args.kv_depth} tokens…")
            report.kv_cache = kv_cache_costs(exe, model.path, card, options,
                                             depth=args.kv_depth, gen_tokens=args.gen_tokens)
        if not args.no_summary:
            report.summary = _summary(model.path, options, args)
    except BenchError as exc:
        say(f"Benchmark failed: {exc}")
        return ExitCode.ENGINE
    path = bench_report.write_report(report, args.json)
    print(bench_report.format_table(report))
    print(f"\nReport written to {path}")
    return 0


def _llama_bench_part(measured: dict | None, exe, missing: str, options) -> dict:
    """The report's llama-bench part: how it was run and its runs, or why it did not run."""
    if measured is None:
        return {"available": False, "why_not": missing, "method": None, "runs": []}
    notes = []
    if options.n_threads_batch != options.n_threads:
        notes.append(f"the app prefills with {options.n_threads_batch} threads, llama-bench "
                     f"with {options.n_threads} (it has one -t for both)")
    return {"available": True, "why_not": None,
            "method": LLAMA_BENCH_METHOD.format(exe=exe), "notes": notes, **measured}


def _gui(model_path: Path, prompt: str, args, app_median: dict) -> dict:
    from app.bench_window import measure_event_loop

    say("The window: event-loop heartbeat while an answer streams…")
    # time enough for a slow machine: the measured speeds, three times over, plus a minute
    expected = (args.prompt_tokens / max(app_median["prefill_tps"] or 1.0, 0.1)
                + args.gen_tokens / max(app_median["decode_tps"] or 1.0, 0.1))
    return measure_event_loop(model_path, prompt, args.gen_tokens, scale_words=args.scale_words,
                              answer_timeout_s=60 + 3 * expected)


def _summary(model_path: Path, options, args) -> dict:
    """A whole summary job in a temporary data folder (the user's jobs and audit trail see
    nothing of it), on an engine loaded with the bench's options."""
    from app import paths
    from app.core.bench.runs import BenchError
    from app.core.bench.summary_run import measure_summary
    from app.core.engine import EngineClient, EngineError
    from app.core.store import Store
    from app.trial_run import temporary_home

    document = Path(args.summary_document) if args.summary_document else (
        paths.resources_dir() / "samples" / "sample-report.md")
    n_ctx = args.summary_ctx or options.n_ctx
    say(f"A whole summary of {document.name} (context {n_ctx})…")
    with temporary_home("offline-assistant-bench-"):
        engine, store = EngineClient(), Store(paths.database_path())
        map_engine = EngineClient() if args.map_decode_model else None
        try:
            engine.load(model_path, n_ctx=n_ctx, threads=options.n_threads, force=True)
            if map_engine:
                say(f"The map step's decoding will be compared on "
                    f"{Path(args.map_decode_model).name} (context {n_ctx})…")
                map_engine.load(args.map_decode_model, n_ctx=n_ctx, threads=options.n_threads,
                                force=True)
            return measure_summary(store, engine, document, models_dir=paths.models_dir(),
                                   map_tokens=args.map_tokens, map_engine=map_engine)
        except EngineError as exc:
            raise BenchError(str(exc)) from exc
        finally:
            store.close()
            engine.close()
            if map_engine:
                map_engine.close()


def _memory_note(use_mmap: bool) -> str:
    if use_mmap:
        return ("mmap on: RSS includes the model file's mapped pages (page cache, shared, "
                "given back under pressure); 'anonymous' is the process's own RAM, including "
                "weights llama.cpp repacks and the KV cache.")
    return "mmap off: the weights are read into anonymous memory; RSS is almost all of it."
