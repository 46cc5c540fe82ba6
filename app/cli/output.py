"""What a command gives back to the person or script that ran it: an exit code, and words on
standard error. A module of its own, light to import, so that the commands, the self-test and
the window's start-up share them (the window returns BUSY when it hands over to another)."""

from __future__ import annotations

import sys
from enum import IntEnum


class ExitCode(IntEnum):
    OK = 0
    UNEXPECTED = 1  # a fault of the app itself: the details are in the log file
    DOCUMENT = 2  # the document cannot be used: password, empty, damaged, too big…
    MODEL = 3  # the model cannot be used: missing, not a GGUF, too big for this machine
    ENGINE = 4  # the model engine failed
    BUSY = 5  # the window or another command runs this data folder's summaries
    DATA = 6  # the data cannot be used or written: damaged, locked, read-only, disk full
    REFUSED = 7  # a request the app will not do: unknown style or job, bad command line…
    POLICY = 8  # the organisation's policy refuses it, or its audit trail cannot be written
    CANCELLED = 130  # Ctrl+C, as shells report SIGINT


def say(message: str) -> None:
    print(message, file=sys.stderr, flush=True)
