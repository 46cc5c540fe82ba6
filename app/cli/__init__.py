"""`offline-assistant`: the same core from a terminal. With no arguments it opens the window.

Exit codes: app/output.py (ExitCode).
"""

from __future__ import annotations

import argparse
import multiprocessing
import sys

from app import APP_NAME, __version__, bench_command
from app.output import ExitCode


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="offline-assistant", description=(
        f"{APP_NAME} {__version__}: chat and document summaries with a local model, "
        "fully offline. Run with no command to open the window."))
    parser.add_argument("--version", action="version", version=__version__)
    commands = parser.add_subparsers(dest="command")

    open_files = commands.add_parser("open", help=(
        "open the window with these documents queued for a summary (in the window already "
        "open on this data folder, if there is one)"))
    open_files.add_argument("file", nargs="+", help="files or folders")

    summarize = commands.add_parser("summarize", help=(
        "summarise documents (PDF, DOCX, HTML, EML, TXT, MD); a folder is a batch"))
    summarize.add_argument("file", nargs="+", help="files or folders")
    summarize.add_argument("--style", default="brief", help=(
        "brief (default), key_points, key_facts or action_items"))
    summarize.add_argument("--language", help=(
        "write the summary in this language, e.g. English or Bahasa Indonesia "
        "(default: the document's own language)"))
    _model_options(summarize)
    _wait_option(summarize)

    jobs = commands.add_parser("jobs", help="list, resume or cancel summary jobs")
    jobs.add_argument("action", nargs="?", default="list", choices=("list", "resume", "cancel"))
    jobs.add_argument("job", nargs="?", type=int, help="job number (resume: all unfinished)")
    _model_options(jobs)
    _wait_option(jobs)

    export = commands.add_parser("export", help="write a finished summary to Markdown or DOCX")
    export.add_argument("job", type=int)
    export.add_argument("output", help="file name ending in .md or .docx")

    chat = commands.add_parser("chat", help="chat in the terminal (one line per message)")
    chat.add_argument("--prompt", help="ask one question, print the answer and exit")
    _model_options(chat)

    models = commands.add_parser("models", help="list the models the app can use")
    models.add_argument("--hash", action="store_true", help=(
        "compute the SHA-256 of models not hashed yet (reads each whole file once)"))
    commands.add_parser("doctor", help="show this machine, llama.cpp and the data folder")
    bench_command.add_parser(commands)
    return parser


def _model_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--model", help="path to a .gguf file (default: the models folder)")
    parser.add_argument("--ctx", type=int, help="context length in tokens (default: automatic)")
    parser.add_argument("--force", action="store_true",
                        help="load even when the memory check says the model will not fit")


def _wait_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--wait", action="store_true", help=(
        "when the window or another command is running summaries on this data folder, "
        "wait for it instead of stopping"))


def main(argv: list[str] | None = None) -> int:
    multiprocessing.freeze_support()  # a frozen app's engine process must not relaunch the CLI
    argv = sys.argv[1:] if argv is None else argv
    if "--self-test" in argv:  # hidden: the installed app checks itself (installer/README.md)
        from app.self_test import run_self_test

        return run_self_test(argv)
    args = build_parser().parse_args(argv)
    if args.command in (None, "open"):
        return main_gui(getattr(args, "file", []))
    from app import commands, data_guard, summary_commands

    if args.command in data_guard.DATA_COMMANDS:
        problem = data_guard.check_data()
        if problem:
            return problem
    module = (bench_command if args.command == "bench" else summary_commands
              if args.command in ("summarize", "jobs", "export") else commands)
    handler = getattr(module, f"run_{args.command}")
    try:
        return handler(args)
    except KeyboardInterrupt:
        print("\nCancelled.", file=sys.stderr)
        return ExitCode.CANCELLED


def main_gui(files: list[str] = ()) -> int:
    multiprocessing.freeze_support()
    from app.ui.app import run_app

    return run_app(files)
