"""`offline-assistant`: the same core from a terminal. With no arguments it opens the window.

This module is the parser and the one boundary around every command; each command family has
a module of its own (chat, summaries, questions, purge, models, doctor, bench, self_test,
policy, audit), found through the `run` function its parser sets, and each is light at
import: the parser imports them all on every launch, the window's included, so they import
the core inside their functions.

Exit codes: app/cli/output.py (ExitCode). An unexpected error is logged with its traceback in
the log file (app/log_file.py) and told in one plain sentence, exit code 1.
"""

from __future__ import annotations

import argparse
import logging
import multiprocessing
import sys
import time
import traceback
from pathlib import Path

from app import APP_NAME, __version__
from app.cli.output import ExitCode, say
from app.prompt_files import DEFAULT_STYLE, style_names

logger = logging.getLogger(__name__)


class _Parser(argparse.ArgumentParser):
    """A command line the app cannot take is a refused request, not argparse's exit code 2
    (which here means a document that cannot be used)."""

    def error(self, message: str):
        self.print_usage(sys.stderr)
        self.exit(ExitCode.REFUSED, f"{self.prog}: error: {message}\n")


def _styles_help() -> str:
    """E.g. "brief (default), key_points, key_facts or action_items"."""
    names = [f"{name} (default)" if name == DEFAULT_STYLE else name for name in style_names()]
    return names[0] if len(names) == 1 else f"{', '.join(names[:-1])} or {names[-1]}"


def build_parser() -> argparse.ArgumentParser:
    from app.cli import (
        audit,
        bench,
        chat,
        doctor,
        models,
        policy,
        purge,
        questions,
        server,
        summaries,
    )
    from app.cli.loading import add_model_options

    parser = _Parser(prog="offline-assistant", description=(
        f"{APP_NAME} {__version__}: chat and document summaries with a local model, "
        "fully offline. Run with no command to open the window."))
    parser.add_argument("--version", action="version", version=__version__)
    # opens_data: the command opens the database, so its health is checked first; `doctor`
    # only names it, and the window checks it in its own words.
    parser.set_defaults(run=_open_window, file=[], opens_data=False)
    commands = parser.add_subparsers(dest="command")

    open_files = commands.add_parser("open", help=(
        "open the window with these documents queued for a summary (in the window already "
        "open on this data folder, if there is one)"))
    open_files.add_argument("file", nargs="+", help="files or folders")
    open_files.set_defaults(run=_open_window)

    summarize = commands.add_parser("summarize", help=(
        "summarise documents (PDF, DOCX, ODT, RTF, XLSX, PPTX, HTML, EML, MSG, TXT, MD); a "
        "folder is a batch. A password-protected PDF asks for its password (typed unseen, "
        "or one line of standard input in a script)"))
    summarize.add_argument("file", nargs="+", help="files or folders")
    summarize.add_argument("--style", default=DEFAULT_STYLE, help=_styles_help())
    summarize.add_argument("--language", help=(
        "write the summary in this language, e.g. English or Bahasa Indonesia "
        "(default: the document's own language)"))
    summarize.add_argument("--thorough", action="store_true", help=(
        "after summarising, ask the model whether the passage behind each doubtfully "
        "supported sentence really supports it (slower: one short prompt per such sentence; "
        "an organisation's policy may turn this on or off)"))
    summarize.add_argument("--fast", action="store_true", help=(
        "Fast reading: the library's small model (at most a quarter of the main model's "
        "size) reads the pages into notes and the main model writes the summary from them; "
        "several times faster on long documents"))
    add_model_options(summarize)
    _wait_option(summarize)
    summarize.set_defaults(run=summaries.run_summarize, opens_data=True)

    jobs = commands.add_parser("jobs", help=(
        "list, resume, cancel or delete summary jobs (delete erases the job and, unless "
        "another job uses it, its document's text)"))
    jobs.add_argument("action", nargs="?", default="list",
                      choices=("list", "resume", "cancel", "delete"))
    jobs.add_argument("job", nargs="?", type=int, help="job number (resume: all unfinished)")
    add_model_options(jobs)
    _wait_option(jobs)
    jobs.set_defaults(run=summaries.run_jobs, opens_data=True)

    export = commands.add_parser("export", help="write a finished summary to Markdown or DOCX")
    export.add_argument("job", type=int)
    export.add_argument("output", help="file name ending in .md or .docx")
    export.set_defaults(run=summaries.run_export, opens_data=True)

    purging = purge.add_parser(commands)
    _wait_option(purging)
    purging.set_defaults(run=purge.run_purge, opens_data=True)

    questions.add_parser(commands)

    chatting = commands.add_parser("chat", help="chat in the terminal (one line per message)")
    chatting.add_argument("--prompt", help="ask one question, print the answer and exit")
    add_model_options(chatting)
    chatting.set_defaults(run=chat.run_chat, opens_data=True)

    listing = commands.add_parser("models", help="list the models the app can use")
    listing.add_argument("--hash", action="store_true", help=(
        "compute the SHA-256 of models not hashed yet (reads each whole file once)"))
    listing.set_defaults(run=models.run_models, opens_data=True)

    commands.add_parser("doctor", help=(
        "show this machine, llama.cpp, the data folder and the log file")).set_defaults(
        run=doctor.run_doctor)
    bench.add_parser(commands).set_defaults(run=bench.run_bench)
    commands.add_parser("policy", help=(
        "show the organisation's policy in force on this computer and where it came from"
        )).set_defaults(run=policy.run_policy)
    audit.add_parser(commands)
    server.add_parser(commands)
    return parser


def _wait_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--wait", action="store_true", help=(
        "when the window or another command is running summaries on this data folder, "
        "wait for it instead of stopping"))


def main(argv: list[str] | None = None) -> int:
    multiprocessing.freeze_support()  # a frozen app's engine process must not relaunch the CLI
    argv = sys.argv[1:] if argv is None else argv
    if "--self-test" in argv:  # hidden: the installed app checks itself (installer/README.md)
        # before the log file: the self-test neither reads nor changes the user's data folder
        from app.cli.self_test import run_self_test

        return run_self_test(argv)
    args = build_parser().parse_args(argv)
    log = _start_log()
    started, what = time.monotonic(), args.command or "window"
    logger.info("%s started", what)
    try:
        code = _run(args)
    except KeyboardInterrupt:
        print("\nCancelled.", file=sys.stderr)
        code = ExitCode.CANCELLED
    except Exception as exc:  # the one boundary: whatever no command expected
        code = _tell_unexpected(log, what, exc)
    logger.info("%s ended: exit code %d after %.1f s", what, code, time.monotonic() - started)
    return code


# They never open the data file; the window sets up its encryption off its GUI thread.
_LEAVE_DATA_ALONE = (None, "open", "policy", "audit")


def _run(args) -> int:
    if args.command not in _LEAVE_DATA_ALONE:
        from app.cli.data_guard import protect_data

        problem = protect_data()
        if problem:
            return problem
    if args.opens_data:
        from app.cli.data_guard import check_data
        from app.cli.policy import record_start

        problem = check_data() or record_start(args.command)
        if problem:
            return problem
    return args.run(args)


def _start_log() -> Path | None:
    from app.log_file import start_log_file

    try:
        return start_log_file()
    except OSError:  # a read-only or missing data folder: the commands say so in their words
        return None


def _tell_unexpected(log: Path | None, command: str, exc: Exception) -> int:
    """One sentence for the person; the traceback for IT (in the log file) when the fault
    is the app's own rather than a full disk or a locked or read-only database."""
    from app.core.plain_errors import storage_problem

    problem = storage_problem(exc)
    if problem is not None:
        logger.warning("%s stopped: %s", command, type(exc).__name__)
        say(problem.format(then="run the command again"))
        return ExitCode.DATA
    if log is not None:
        logger.exception("unexpected error in %s", command)
        say(f"Something went wrong inside {APP_NAME}. The details are in {log}; please send "
            f"that file to your IT team.")
        return ExitCode.UNEXPECTED
    say(f"Something went wrong inside {APP_NAME}, and its log file could not be written. "
        f"Please send the details below to your IT team.")
    traceback.print_exc(file=sys.stderr)
    return ExitCode.UNEXPECTED


def _open_window(args) -> int:
    return main_gui(args.file)


def main_gui(files: list[str] = ()) -> int:
    multiprocessing.freeze_support()
    from app.ui.app import run_app

    return run_app(files)
