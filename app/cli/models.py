"""`models`: the Models window's list in a terminal: where each model came from, whether it
fits this machine, its card and its SHA-256."""

from __future__ import annotations

import os
from dataclasses import replace

from app import paths
from app.cli.output import ExitCode, say


def run_models(args) -> int:
    # Imported here: the parser imports this module on every launch, the window's included.
    from app.core.models.files import list_models
    from app.core.models.hardware import probe
    from app.core.models.library import model_sha256
    from app.core.models.plan import plan_load
    from app.core.settings import AppSettings
    from app.core.store import Store
    from app.core.units import format_bytes

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
    return ExitCode.OK


def _model_tags(model, default: str) -> str:
    from app.core.models.files import BUILT_IN, BUNDLED

    tags = {BUILT_IN: " [built-in demo]", BUNDLED: " [bundled]"}.get(model.source,
                                                                     f" [{model.source}]")
    if default and os.path.abspath(default) == str(model.path):
        tags += " [default]"
    return tags
