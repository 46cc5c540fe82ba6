"""`purge --older-than DAYS`: what a retention policy runs, for IT's scripts. Erases
(app/core/store/erase.py) conversations, summaries and documents' text older than that,
and says what it removed."""

from __future__ import annotations

import argparse

from app import paths
from app.cli.output import ExitCode, say


def add_parser(commands) -> argparse.ArgumentParser:
    parser = commands.add_parser("purge", help=(
        "erase conversations, summaries and documents' text older than a number of days, "
        "so that they cannot be recovered"))
    parser.add_argument("--older-than", type=int, required=True, metavar="DAYS", help=(
        "erase conversations with no message for DAYS days, summaries finished more than "
        "DAYS days ago, and documents added before then that no kept summary uses; "
        "0 erases all of them"))
    return parser


def run_purge(args) -> int:
    from app.cli.data_guard import run_holding_queue

    if args.older_than < 0:
        say("Give a number of days of 0 or more, e.g. --older-than 90.")
        return ExitCode.REFUSED
    # Held like a summary: a job the window or another command runs is never erased.
    return run_holding_queue("purge", args.wait, lambda: _purge(args.older_than))


def _purge(days: int) -> int:
    from app.core.store import Store
    from app.core.store.erase import purge_older_than

    store = Store(paths.database_path())
    try:
        erased = purge_older_than(store, days)
    finally:
        store.close()
    say(f"{erased.describe()} (older than {days} day{'s' if days != 1 else ''}, "
        f"in {erased.seconds:.1f} s)")
    return 0
