"""The app's log file: `logs/offline-assistant.log` in the data folder, rotated at 1 MB with
five old files kept, so that IT has something to read after a fault without the folder
growing without end.

What goes in: kinds, ids, sizes, timings, exit codes and the traceback of an unexpected
error. What never goes in: document text, prompts or answers (users' documents are
confidential); a `logger.` call must not format them into its message.

Set up once per process by the command line's `main` and by the window's start. The engine
host and the document reader children do not log here: they report their errors to the
process that started them.
"""

from __future__ import annotations

import contextlib
import faulthandler
import logging
import sys
from logging.handlers import RotatingFileHandler
from pathlib import Path

from app import paths
from app.private_files import private_file, private_folder

LOG_NAME = "offline-assistant.log"
CRASH_NAME = "crash.log"  # native faults (a segfault in Qt or llama.cpp) and their stacks
MAX_BYTES = 1_000_000
BACKUP_COUNT = 5
FORMAT = "%(asctime)s %(process)d %(levelname)s %(name)s: %(message)s"

logger = logging.getLogger("app")
_crash_file = None  # kept open: faulthandler writes to it from a signal handler


def log_path() -> Path:
    return paths.logs_dir() / LOG_NAME


def start_log_file() -> Path:
    """Send this process's log records (INFO and above) to the log file; once per process
    and per data folder. Returns the file's path."""
    path = log_path()
    private_folder(path.parent)
    root = logging.getLogger()
    for handler in root.handlers:
        if isinstance(handler, RotatingFileHandler) and Path(handler.baseFilename) == path:
            return path
    handler = _PrivateLog(path, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT, encoding="utf-8")
    handler.setFormatter(logging.Formatter(FORMAT))
    root.addHandler(handler)
    if root.level == logging.NOTSET or root.level > logging.INFO:
        root.setLevel(logging.INFO)
    return path


class _PrivateLog(RotatingFileHandler):
    """Each new log file (the first, and the one after every rotation) is made 0600."""

    def _open(self):
        private_file(Path(self.baseFilename))
        return super()._open()


def start_window_log() -> None:
    """The window's logging: the file, and the exceptions that no code caught."""
    global _crash_file
    with contextlib.suppress(OSError):  # a read-only data folder: the start-up explains it
        start_log_file()
        # A crash inside native code kills the window without a Python traceback: this
        # leaves the stacks of every thread where IT (and we) can read them.
        if _crash_file is None:
            crash = private_file(paths.logs_dir() / CRASH_NAME)
            _crash_file = open(crash, "a", encoding="utf-8")  # noqa: SIM115
            faulthandler.enable(file=_crash_file, all_threads=True)
    sys.excepthook = log_uncaught


def log_uncaught(kind, error, trace) -> None:
    """A `sys.excepthook` for the window: an exception no code caught (a slot that raised)
    goes to the log file with its traceback, then to stderr as before."""
    logger.critical("unexpected error on the GUI thread", exc_info=(kind, error, trace))
    sys.__excepthook__(kind, error, trace)
