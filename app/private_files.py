"""Files only their owner can read: the data folder holds confidential documents'
text, so on POSIX it is 0700 and the database, its side files, backups and logs 0600,
whatever the umask. A folder or file made by an older version with looser modes is
tightened when the app meets it. Only group and other bits are taken away: a folder the
owner made read-only stays read-only (the start-up check explains that case).

Windows: a user's AppData folder is already private to the user; chmod there only sets
the read-only flag, so nothing is done.
"""

from __future__ import annotations

import contextlib
import os
import stat
from pathlib import Path

PRIVATE = os.name == "posix"


def private_folder(path: Path) -> Path:
    """Create `path` (and its parents) with mode 0700, or tighten it if it exists."""
    path.mkdir(mode=0o700, parents=True, exist_ok=True)
    tighten(path)
    return path


def private_file(path: Path) -> Path:
    """Create an empty `path` with mode 0600 unless it exists, then tighten it. SQLite gives
    a database's -wal and -shm files the mode of the database itself."""
    if PRIVATE:
        # Exists already, or a read-only folder: SQLite's own open then says what is wrong.
        with contextlib.suppress(OSError):
            os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
        tighten(path)
    return path


def tighten(path: Path) -> None:
    """Take group and other permissions away from `path`, if it has any."""
    if not PRIVATE:
        return
    with contextlib.suppress(OSError):  # not ours, or gone: the open that follows says so
        mode = stat.S_IMODE(path.stat().st_mode)
        if mode & 0o077:
            path.chmod(mode & ~0o077)
