"""What the self-test and the bench's window run share, both driving the real window from a
terminal: a throwaway data folder, and running Qt's event loop until something happens."""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

from app import paths


@contextlib.contextmanager
def temporary_home(prefix: str, *, keep: bool = False) -> Iterator[Path]:
    """OFFLINE_ASSISTANT_HOME set to a fresh temporary folder for the duration; restored
    (and the folder deleted, unless keep) afterwards. Spawned children inherit it."""
    home = Path(tempfile.mkdtemp(prefix=prefix))
    previous = os.environ.get(paths.HOME_ENV)
    os.environ[paths.HOME_ENV] = str(home)
    try:
        yield home
    finally:
        if previous is None:
            os.environ.pop(paths.HOME_ENV, None)
        else:
            os.environ[paths.HOME_ENV] = previous
        if keep:
            print(f"Kept the temporary data folder {home}", flush=True)
        else:
            shutil.rmtree(home, ignore_errors=True)


def wait_for(predicate: Callable[[], object], timeout_s: float, *, poll_ms: int = 20) -> bool:
    """Run the event loop (queued signals delivered, widgets painted) until `predicate()` is
    true or the time is up; True if it is. `lambda: False` runs it for `timeout_s`."""
    from PySide6.QtCore import QEventLoop, QTimer  # here: the parser imports the self-test

    if predicate():
        return True
    loop = QEventLoop()
    checker = QTimer()
    checker.setInterval(poll_ms)
    checker.timeout.connect(lambda: predicate() and loop.quit())
    deadline = QTimer()
    deadline.setSingleShot(True)
    deadline.timeout.connect(loop.quit)
    checker.start()
    deadline.start(max(int(timeout_s * 1000), 1))
    loop.exec()
    checker.stop()
    deadline.stop()
    return bool(predicate())
