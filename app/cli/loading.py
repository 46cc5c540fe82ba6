"""The model for a command that needs one (`chat`, `summarize`, `jobs resume`): its options on
the command line and its load in the engine process, narrated on stderr."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from app import paths
from app.cli.output import ExitCode, say
from app.cli.server import add_server_option, chosen_config, connect

if TYPE_CHECKING:
    from app.core.engine import EngineClient


def add_model_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--model", help="path to a .gguf file (default: the models folder)")
    parser.add_argument("--ctx", type=int, help="context length in tokens (default: automatic)")
    parser.add_argument("--force", action="store_true",
                        help="load even when the memory check says the model will not fit")
    add_server_option(parser)


def load_engine(args) -> EngineClient | int:
    """The loaded engine (the organisation's server where one is configured or asked for
    with --server), or the exit code after saying why there is none."""
    server = chosen_config(args, getattr(args, "server", None))
    if server is not None:
        return server if isinstance(server, int) else _connect_server(server)
    return _load_local(args)


def _connect_server(config):
    from app.core import audit

    client = connect(config)
    if isinstance(client, int):
        return client
    say(f"Using the organisation's server {config.base_url}: "
        f"{client.model.describe().removeprefix('connected: ')}.")
    if client.model.note:
        say(client.model.note)
    try:
        audit.record("server_connected", server=config.base_url, model=client.model.name,
                     slots=client.model.slots)
    except audit.AuditUnavailable as exc:
        client.close()
        say(str(exc))
        return ExitCode.POLICY
    return client


def _load_local(args) -> EngineClient | int:
    # Imported here: the parser imports this module on every launch, the window's included.
    from app.core import audit
    from app.core.engine import EngineClient, EngineError
    from app.core.models.approval import ModelRefused, choose_approved_model
    from app.core.policy import policy_in_force
    from app.core.settings import AppSettings
    from app.core.store import Store

    policy = policy_in_force()
    store = Store(paths.database_path())
    try:
        default = AppSettings.from_store(store).default_model
        model, sha256, note = choose_approved_model(args.model, default, store,
                                                    paths.models_dir(), policy)
    except FileNotFoundError as exc:
        say(str(exc))
        return ExitCode.MODEL
    except ModelRefused as exc:
        say(str(exc))
        return ExitCode.POLICY
    finally:
        store.close()
    say(note)
    n_ctx = args.ctx
    if policy.context_length is not None:  # set by the organisation: --ctx cannot change it
        n_ctx = policy.context_length or None
    engine = EngineClient()
    try:
        loaded = engine.load(model.path, n_ctx=n_ctx, force=args.force,
                             threads=policy.threads or None)
        audit.model_loaded(loaded.name, str(model.path), sha256)
    except EngineError as exc:
        engine.close()
        say(str(exc))
        return ExitCode.MODEL
    except audit.AuditUnavailable as exc:
        engine.close()
        say(str(exc))
        return ExitCode.POLICY
    say(f"Loaded {loaded.name} (context {loaded.n_ctx} tokens, "
        f"{loaded.options.n_threads} threads, chat template: {loaded.template}).")
    if loaded.note:  # e.g. the GPU held fewer layers than planned
        say(loaded.note)
    if loaded.fit is not None and loaded.fit.verdict != "fits":
        say(loaded.fit.message)
    return engine
