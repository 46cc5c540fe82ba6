"""What each CLI command does. Progress goes to stderr, results to stdout."""

from __future__ import annotations

import os
import sys

from app import __version__, paths
from app.cli import EXIT_CANCELLED, EXIT_DOCUMENT, EXIT_ENGINE, EXIT_MODEL, say
from app.core import metrics
from app.core.engine import EngineClient, EngineError, EngineFailure, Finished, Token
from app.core.models import choose_model, find_models, read_header
from app.core.models.hardware import probe
from app.core.store import Store


def _load(args) -> EngineClient | int:
    try:
        model, note = choose_model(args.model, paths.models_dir())
    except FileNotFoundError as exc:
        say(str(exc))
        return EXIT_MODEL
    say(note)
    engine = EngineClient()
    try:
        loaded = engine.load(model.path, n_ctx=args.ctx)
    except EngineError as exc:
        engine.close()
        say(str(exc))
        return EXIT_MODEL
    say(f"Loaded {loaded.name} (context {loaded.n_ctx} tokens, "
        f"{loaded.options.n_threads} threads, chat template: {loaded.template}).")
    return engine


def run_summarize(args) -> int:
    from app.core.documents import DocumentError, extract_document
    from app.core.summarize import (
        JobFinished,
        JobStarted,
        StepDone,
        StepStarted,
        run_summary,
        start_summary,
    )

    say(f"Reading {args.file} …")
    try:
        document = extract_document(args.file)
    except DocumentError as exc:
        say(str(exc))
        return EXIT_DOCUMENT
    say(f"{document.page_count} page(s), {len(document.text):,} characters.")
    engine = _load(args)
    if isinstance(engine, int):
        return engine
    store = Store(paths.database_path())
    try:
        job_id = start_summary(store, engine, document, style=args.style)
        for event in run_summary(store, engine, document, job_id):
            if isinstance(event, JobStarted):
                say(f"Job {event.job_id}: {event.chunks} chunk(s) to summarise.")
            elif isinstance(event, StepStarted):
                say(f"  {event.kind} {event.index + 1}/{event.total} ({event.pages}) …")
            elif isinstance(event, StepDone):
                say(f"  {event.kind} {event.index + 1}/{event.total} done.")
            elif isinstance(event, JobFinished):
                return _finish_summary(event)
    except ValueError as exc:  # e.g. an unknown style
        say(str(exc))
        return 1
    finally:
        store.close()
        engine.close()
    return 1


def _finish_summary(event) -> int:
    if event.status == "done":
        print(event.summary)
        say(f"Saved as job {event.job_id} in {paths.database_path()}.")
        return 0
    say(event.message)
    return EXIT_CANCELLED if event.status == "cancelled" else EXIT_ENGINE


def run_chat(args) -> int:
    engine = _load(args)
    if isinstance(engine, int):
        return engine
    store = Store(paths.database_path())
    conversation = store.create_conversation("Terminal chat")
    history: list[dict] = []
    try:
        questions = [args.prompt] if args.prompt else _read_questions()
        for question in questions:
            code = _answer(engine, store, conversation, history, question)
            if code:
                return code
        return 0
    finally:
        store.close()
        engine.close()


def _read_questions():
    interactive = sys.stdin.isatty()
    while True:
        if interactive:
            print("you> ", end="", file=sys.stderr, flush=True)
        line = sys.stdin.readline()
        if not line:
            return
        if line.strip():
            yield line.strip()


def _answer(engine, store, conversation, history, question) -> int:
    history.append({"role": "user", "content": question})
    store.add_message(conversation, "user", question)
    for event in engine.generate(history):
        if isinstance(event, Token):
            print(event.text, end="", flush=True)
        elif isinstance(event, EngineFailure):
            say(f"\n{event.message}")
            return EXIT_ENGINE
        elif isinstance(event, Finished):
            print()
            history.append({"role": "assistant", "content": event.text})
            store.add_message(conversation, "assistant", event.text, model=engine.model.name,
                              timings=event.timings.as_record(),
                              finish_reason=event.finish_reason)
            say(f"[{event.timings.output_tokens} tokens, {event.timings.decode_tps:.1f} tok/s, "
                f"first token after {event.timings.ttft_s:.2f} s]")
    return 0


def run_models(args) -> int:
    models = find_models(paths.models_dir())
    if not models:
        say(f"No models found. Copy a .gguf file into {paths.models_dir()}.")
        return EXIT_MODEL
    for model in models:
        try:
            header = read_header(model.path)
            detail = f"{header.architecture}, context {_context_length(header)}"
        except Exception as exc:
            detail = f"unusable: {exc}"
        tag = " [built-in demo]" if model.embedded else " [bundled]" if model.bundled else ""
        print(f"{model.name}{tag}\n    {model.path}\n    "
              f"{metrics.format_bytes(model.size)}, {detail}")
    return 0


def _context_length(header) -> str:
    return str(header.metadata.get(f"{header.architecture}.context_length", "unknown"))


def run_doctor(args) -> int:
    import llama_cpp

    machine = probe()
    gpus = ", ".join(f"{g.name} ({metrics.format_bytes(g.vram_free)} free of "
                     f"{metrics.format_bytes(g.vram_total)})" for g in machine.gpus)
    lines = [
        f"Offline Assistant {__version__}",
        f"System:        {machine.system}",
        f"CPU:           {machine.cpu}",
        f"Cores:         {machine.physical_cores} physical, {machine.logical_cores} logical",
        f"RAM:           {metrics.format_bytes(machine.ram_available)} free of "
        f"{metrics.format_bytes(machine.ram_total)}",
        f"GPU:           {gpus or 'none found (the model runs on the CPU)'}",
        f"llama.cpp:     llama-cpp-python {llama_cpp.__version__}",
        f"CPU features:  {llama_cpp.llama_print_system_info().decode(errors='replace').strip()}",
        f"Data folder:   {paths.data_dir()}",
        f"Database:      {paths.database_path()}",
        f"Models folder: {paths.models_dir()}",
        f"Models:        {len(find_models(paths.models_dir()))} found",
        f"Python:        {sys.version.split()[0]} ({os.name})",
    ]
    print("\n".join(lines))
    return 0
