"""What each CLI command does. Progress goes to stderr, results to stdout."""

from __future__ import annotations

import os
import sys
from dataclasses import replace

from app import __version__, paths
from app.core.engine import EngineClient, EngineError, EngineFailure, Finished, Token
from app.core.engine.native import cpu_features
from app.core.models.files import BUILT_IN, BUNDLED, choose_start_model, list_models
from app.core.models.hardware import probe
from app.core.models.library import model_sha256
from app.core.models.plan import plan_load
from app.core.settings import AppSettings
from app.core.store import Store
from app.core.units import format_bytes
from app.output import ExitCode, say


def load_engine(args) -> EngineClient | int:
    store = Store(paths.database_path())
    try:
        default = AppSettings.from_store(store).default_model
        model, note = choose_start_model(args.model, default, store, paths.models_dir())
    except FileNotFoundError as exc:
        say(str(exc))
        return ExitCode.MODEL
    finally:
        store.close()
    say(note)
    engine = EngineClient()
    try:
        loaded = engine.load(model.path, n_ctx=args.ctx, force=args.force)
    except EngineError as exc:
        engine.close()
        say(str(exc))
        return ExitCode.MODEL
    say(f"Loaded {loaded.name} (context {loaded.n_ctx} tokens, "
        f"{loaded.options.n_threads} threads, chat template: {loaded.template}).")
    if loaded.note:  # e.g. the GPU held fewer layers than planned
        say(loaded.note)
    if loaded.fit is not None and loaded.fit.verdict != "fits":
        say(loaded.fit.message)
    return engine


def run_chat(args) -> int:
    engine = load_engine(args)
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
            return ExitCode.ENGINE
        elif isinstance(event, Finished):
            print()
            history.append({"role": "assistant", "content": event.text})
            store.add_message(conversation, "assistant", event.text, model=engine.model.name,
                              timings=event.timings.as_record(),
                              finish_reason=event.finish_reason,
                              load_options=engine.model.options.as_dict())
            say(f"[{event.timings.output_tokens} tokens, {event.timings.decode_tps:.1f} tok/s, "
                f"first token after {event.timings.ttft_s:.2f} s]")
    return 0


def run_models(args) -> int:
    """The Models window's list: where each model came from, its fit and its SHA-256."""
    store = Store(paths.database_path())
    try:
        models = list_models(store, paths.models_dir())
        default = AppSettings.from_store(store).default_model
        if args.hash:  # reads each whole file once; kept for the next time
            models = [replace(m, sha256=model_sha256(store, m.path)) if m.usable else m
                      for m in models]
    finally:
        store.close()
    if not models:
        say(f"No models found. Copy a .gguf file into {paths.models_dir()}.")
        return ExitCode.MODEL
    machine = probe()
    for model in models:
        print(f"{model.name}{_model_tags(model, default)}\n    {model.path}")
        if not model.usable:
            print(f"    unusable: {model.problem}")
            continue
        card = model.card
        plan = plan_load(card, machine)
        options, fit = plan.options, plan.fit
        template = "yes" if card.has_chat_template else "no (a plain fallback is used)"
        print(f"    {card.architecture}, {card.parameter_count / 1e9:.2f} B parameters, "
              f"{card.quantisation}, {format_bytes(card.file_size)}, trained context "
              f"{card.context_length}, chat template: {template}, "
              f"licence: {card.licence or 'not stated'}\n"
              f"    {fit.verdict} at context {options.n_ctx}: {fit.message}\n"
              f"    SHA-256: {model.sha256 or 'not computed yet (models --hash computes it)'}")
    return 0


def _model_tags(model, default: str) -> str:
    tags = {BUILT_IN: " [built-in demo]", BUNDLED: " [bundled]"}.get(model.source,
                                                                     f" [{model.source}]")
    if default and os.path.abspath(default) == str(model.path):
        tags += " [default]"
    return tags


def _count_models() -> int:
    """What `models` lists and the automatic choice picks from: the same catalogue."""
    store = Store(paths.database_path())
    try:
        return len(list_models(store, paths.models_dir()))
    finally:
        store.close()


def run_doctor(args) -> int:
    import llama_cpp

    machine = probe()
    gpus = ", ".join(f"{g.name} ({format_bytes(g.vram_free)} free of "
                     f"{format_bytes(g.vram_total)})" for g in machine.gpus)
    lines = [
        f"Offline Assistant {__version__}",
        f"System:        {machine.system}",
        f"CPU:           {machine.cpu}",
        f"Cores:         {machine.physical_cores} physical, {machine.logical_cores} logical",
        f"RAM:           {format_bytes(machine.ram_available)} free of "
        f"{format_bytes(machine.ram_total)}",
        f"GPU:           {gpus or 'none found (the model runs on the CPU)'}",
        f"llama.cpp:     llama-cpp-python {llama_cpp.__version__}",
        f"CPU features:  {', '.join(k for k, v in cpu_features().items() if v == '1')}",
        f"Data folder:   {paths.data_dir()}",
        f"Database:      {paths.database_path()}",
        f"Models folder: {paths.models_dir()}",
        f"Models:        {_count_models()} found",
        f"Python:        {sys.version.split()[0]} ({os.name})",
    ]
    print("\n".join(lines))
    return 0
