"""`offline-assistant server test [URL]`: can this computer use the organisation's inference
server? One plain answer ("connected: model X, 2 parallel slots, context 8192", "the server
refused the token", "no answer from host:port within 10 s"). `server token [URL]` keeps the
server's token in the OS keychain, typed unseen (or one line of standard input for a
script), never as an argument. And the `--server` option of the commands that need a
model: their engine is then the server, not this computer.

Light at import (the parser imports it on every launch): the core is imported inside."""

from __future__ import annotations

import argparse

from app.cli.output import ExitCode, say

CONFIGURED = "configured"  # `--server` without a URL: the one in the policy or settings


def add_parser(subparsers) -> argparse.ArgumentParser:
    parser = subparsers.add_parser("server", help=(
        "test the connection to the organisation's inference server (llama.cpp server, "
        "vLLM), the configured one or the URL given; or keep its token in the keychain"))
    parser.add_argument("action", choices=("test", "token"))
    parser.add_argument("url", nargs="?", help="e.g. https://llm.example.org:8443")
    add_connection_options(parser)
    parser.set_defaults(run=run_server, opens_data=True)
    return parser


def add_connection_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--server-model", help="the model's name on the server")
    parser.add_argument("--token-env", metavar="VARIABLE",
                        help="the environment variable that holds the server's token")
    parser.add_argument("--ca-bundle", metavar="FILE",
                        help="the organisation's CA certificates (PEM) for the server's TLS")


def add_server_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--server", nargs="?", const=CONFIGURED, metavar="URL", help=(
        "run the model on the organisation's inference server: the configured one, or this "
        "URL (default: the configured server if there is one, else this computer)"))
    add_connection_options(parser)


def _connected(args, url):
    """A client of the server chosen for this command, or the exit code that says why not."""
    config = chosen_config(args, url)
    return config if isinstance(config, int) else connect(config)


def run_server(args) -> int:
    if args.action == "token":
        return keep_token(args)
    client = _connected(args, args.url or CONFIGURED)
    if isinstance(client, int):
        return client
    try:
        print(client.model.describe())
        if client.model.note:
            say(client.model.note)
    finally:
        client.close()
    return ExitCode.OK


def keep_token(args) -> int:
    """The token for the configured server (or URL) into the OS keychain, where
    `token_in_keychain` configurations read it."""
    from app.cli.passwords import ask_secret
    from app.core.engine.remote.config import TOKEN_SERVICE
    from app.core.keychain import KeychainUnavailable, keep_server_token

    config = chosen_config(args, args.url or CONFIGURED)
    if isinstance(config, int):
        return config
    token = ask_secret(f"Token for {config.base_url}")
    if token is None:
        say("No token was given; nothing was kept.")
        return ExitCode.REFUSED
    try:
        keep_server_token(TOKEN_SERVICE, config.base_url, token)
    except KeychainUnavailable as exc:
        say(str(exc))
        return ExitCode.REFUSED
    finally:
        del token
    say(f"The token for {config.base_url} is kept in the keychain. Check it with "
        "`offline-assistant server test`.")
    return ExitCode.OK


def chosen_config(args, url: str | None):
    """The server to use (a ServerConfig), None for this computer, or an exit code after
    saying why not. A URL given on the command line is refused where the policy names
    another server: IT's choice is final."""
    from dataclasses import replace

    from app import paths
    from app.core.engine.remote import ServerConfig, server_config
    from app.core.policy import policy_in_force
    from app.core.settings import AppSettings
    from app.core.store import Store

    policy = policy_in_force()
    store = Store(paths.database_path())
    try:
        configured = server_config(policy, AppSettings.from_store(store))
    finally:
        store.close()
    if url is None:
        return configured
    if url == CONFIGURED:
        if configured is None:
            say("No organisation server is configured: give its URL, e.g. "
                "offline-assistant server test https://llm.example.org:8443")
            return ExitCode.REFUSED
        config = configured
    elif configured is not None and configured.source == "policy" and (
            url.rstrip("/") != configured.base_url):
        say(f"Your organisation's policy names the server {configured.base_url}; "
            "no other can be used.")
        return ExitCode.POLICY
    else:
        config = ServerConfig(base_url=url.rstrip("/"))
    changes = {"model": args.server_model, "token_env": args.token_env,
               "ca_bundle": args.ca_bundle}
    return replace(config, **{k: v for k, v in changes.items() if v})


def connect(config):
    """A connected ServerClient, or an exit code after saying why not."""
    from app.core.engine import EngineError
    from app.core.engine.remote import ServerClient, ServerConfigError
    from app.core.policy import PolicyRefusal

    client = ServerClient(config)
    try:
        client.connect()
    except (ServerConfigError, PolicyRefusal) as exc:
        client.close()
        say(str(exc))
        return ExitCode.REFUSED
    except EngineError as exc:
        client.close()
        say(str(exc))
        return ExitCode.MODEL
    return client


def run_server_bench(args) -> int:
    """`bench --server URL`: the map step one call at a time and the server's slots at a
    time, on the same calls (each way twice, see server_map.py); prints both and the
    speed-up."""
    from app.core.bench.server_map import ServerBenchError, compare, map_calls
    from app.core.documents import DocumentError, extract_document

    client = _connected(args, args.server)
    if isinstance(client, int):
        return client
    try:
        document = extract_document(args.document or _sample_document())
        calls = map_calls(client, document.pages, "bench", args.chunk_tokens, args.calls)
        if not calls:
            say("The document has no text to summarise.")
            return ExitCode.DOCUMENT
        say(f"{client.model.describe()}; {len(calls)} map calls of up to "
            f"{args.chunk_tokens} tokens each.")
        runs = compare(client, calls, args.answer_tokens)
    except DocumentError as exc:
        say(str(exc))
        return ExitCode.DOCUMENT
    except ServerBenchError as exc:
        say(f"Benchmark failed: {exc}")
        return ExitCode.ENGINE
    finally:
        client.close()
    for run in runs:
        print(run.line())
    print(f"speed-up: {runs[0].wall_s / runs[1].wall_s:.2f}x with {runs[1].concurrency} "
          "calls at a time")
    return ExitCode.OK


def _sample_document():
    from app import paths

    return paths.resources_dir() / "samples" / "sample-report.md"
