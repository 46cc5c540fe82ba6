"""What a command gives back to the person or script that ran it: an exit code, and words on
standard error. A module of its own so that the commands, the self-test and the window's
start-up share them without importing the command-line entry point (which imports them)."""

from __future__ import annotations

import sys
from enum import IntEnum


class ExitCode(IntEnum):
    OK = 0
    UNEXPECTED = 1  # a fault of the app itself, or a request it refuses (unknown style…)
    DOCUMENT = 2  # the document cannot be used: password, empty, damaged, too big…
    MODEL = 3  # the model cannot be used: missing, not a GGUF, too big for this machine
    ENGINE = 4  # the model engine failed
    BUSY = 5  # the window or another command runs this data folder's summaries
    DATA = 6  # the data file cannot be used: damaged, locked or read-only
    CANCELLED = 130  # Ctrl+C, as shells report SIGINT


def say(message: str) -> None:
    print(message, file=sys.stderr, flush=True)
