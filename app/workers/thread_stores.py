"""One Store per pool thread, kept between that thread's tasks instead of opened per query:
a reader (never takes the write lock) and, for tasks that write, a writer. A sqlite
connection belongs to the thread that opened it, so each is closed by its own thread when
Qt ends that thread (idle expiry, or `waitForDone` at shutdown)."""

from __future__ import annotations

import atexit
import threading
from pathlib import Path

from PySide6.QtCore import Qt, QThread, QThreadPool
from shiboken6 import getCppPointer

from app.core.store import Store
from app.core.store.migrations import migrations

_lock = threading.Lock()  # pool threads open and close their stores at the same time
_stores: dict[int, dict[bool, Store]] = {}  # by QThread, then by "writes"


@atexit.register
def _end_pool_threads() -> None:
    """Let the pool's threads end (closing their stores) while Python still runs: ended later,
    by Qt's own clean-up, they would call `_close` in an interpreter already torn down."""
    QThreadPool.globalInstance().waitForDone()


def thread_store(path: Path, *, writes: bool) -> Store:
    """The calling pool thread's Store on `path`, opened on first use."""
    thread = QThread.currentThread()
    key = getCppPointer(thread)[0]
    with _lock:
        mine = _stores.get(key)
        if mine is None:
            mine = _stores[key] = {}
            # Direct: the slot runs on the ending thread itself, which owns the connections.
            thread.finished.connect(lambda: _close(key, mine),
                                    Qt.ConnectionType.DirectConnection)
    if any(store.path != path for store in mine.values()):
        _close_all(mine)  # the data folder changed (tests, a portable install moved)
    if writes not in mine:
        mine[writes] = Store(path) if writes else _reader(path)
    return mine[writes]


def _reader(path: Path) -> Store:
    """A reader never migrates; a file not set up yet (a fresh data folder whose first
    writer has not finished) is set up by a writer first, under the write lock."""
    if path.exists():
        reader = Store.reader(path)
        if not migrations.pending(reader.db):
            return reader
        reader.close()
    Store(path).close()
    return Store.reader(path)


def _close(key: int, mine: dict[bool, Store]) -> None:
    with _lock:
        # Qt may reuse the address for a later thread: drop the entry only if it is ours.
        if _stores.get(key) is mine:
            del _stores[key]
    _close_all(mine)


def _close_all(mine: dict[bool, Store]) -> None:
    for store in mine.values():
        store.close()
    mine.clear()
