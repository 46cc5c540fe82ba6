"""Who runs the summary queue of a data folder: one process at a time.

Without it, two processes (two windows, a window and `jobs resume`, two `summarize`
commands) would each resume the same "running" job and write the same chunks. The window
holds the lock for as long as it is open; `summarize` and `jobs resume` hold it while
they run. Read-only commands (`jobs`, `models`, `doctor`) never take it.

It is an operating-system file lock (flock on Unix, a locked byte on Windows), so it
goes away with the process that held it, even one killed with kill -9: a crash never
leaves a folder locked. The file also says who holds it, for the message to the other.
"""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass
from pathlib import Path

if os.name == "nt":
    import msvcrt
else:
    import fcntl

FILE_NAME = "queue.lock"
WINDOW = "window"
_FAR = 1 << 30  # Windows locks bytes: lock one far past the holder's note, which stays readable


@dataclass(frozen=True)
class Holder:
    kind: str  # WINDOW, or the command that holds it ("summarize", "jobs resume")
    pid: int


class QueueLock:
    def __init__(self, folder: Path, kind: str):
        self.path = Path(folder) / FILE_NAME
        self.me = Holder(kind, os.getpid())
        self._fd: int | None = None

    def acquire(self, wait: bool = False) -> Holder | None:
        """Take the lock: None when this process now holds it, otherwise who does.
        With `wait`, block until the holder lets go (the OS wakes us, no polling)."""
        if self._fd is not None:
            return None
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        try:
            _lock(fd, wait)
        except OSError:
            os.close(fd)
            return self.holder() or Holder("unknown", 0)
        os.lseek(fd, 0, os.SEEK_SET)
        os.ftruncate(fd, 0)
        os.write(fd, json.dumps(asdict(self.me)).encode())
        self._fd = fd
        return None

    def holder(self) -> Holder | None:
        """Who holds it now, as written by the holder (None: nobody, as far as we know)."""
        try:
            note = json.loads(self.path.read_text(encoding="utf-8") or "null")
            return Holder(**note) if note else None
        except (OSError, ValueError, TypeError):
            return None

    def release(self) -> None:
        if self._fd is not None:
            os.ftruncate(self._fd, 0)  # the holder's note goes before the lock does
            os.close(self._fd)  # closing the file releases the lock
            self._fd = None


def _lock(fd: int, wait: bool) -> None:
    if os.name == "nt":
        os.lseek(fd, _FAR, os.SEEK_SET)
        while True:  # LK_LOCK gives up after ten tries of one second each
            try:
                msvcrt.locking(fd, msvcrt.LK_LOCK if wait else msvcrt.LK_NBLCK, 1)
                return
            except OSError:
                if not wait:
                    raise
    else:
        fcntl.flock(fd, fcntl.LOCK_EX if wait else fcntl.LOCK_EX | fcntl.LOCK_NB)
