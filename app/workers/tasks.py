"""Short background jobs (database reads, file checks) on Qt's thread pool, with the result
delivered back on the GUI thread as a signal. Database work goes through `run_query`,
which hands it the pool thread's own Store (a sqlite connection belongs to the thread
that made it): the window never opens the store itself."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal
from shiboken6 import isValid

from app import paths
from app.core.store import Store
from app.workers.thread_stores import thread_store


class _TaskSignals(QObject):
    sig_done = Signal(object)
    sig_failed = Signal(str)


class _Task(QRunnable):
    def __init__(self, work: Callable[[], object]):
        super().__init__()
        self.work = work
        self.signals = _TaskSignals()

    def run(self) -> None:
        try:
            result = self.work()
        except Exception as exc:  # shown to the user, never raised on the GUI thread
            self.signals.sig_failed.emit(str(exc))
        else:
            self.signals.sig_done.emit(result)


_running: set[_Task] = set()  # keeps each task's signals alive until it reports


def run_task(
    work: Callable[[], object],
    on_done: Callable[[object], None],
    on_failed: Callable[[str], None] | None = None,
    owner: QObject | None = None,
) -> None:
    """`work()` on the pool; `on_done(result)` or `on_failed(message)` on the GUI thread,
    unless `owner` (the widget the callbacks update) was deleted meanwhile: a result that
    arrives after its window closed has nobody to tell."""
    task = _Task(work)
    if owner is not None:
        on_done = _while_alive(owner, on_done)
        on_failed = on_failed and _while_alive(owner, on_failed)
    task.setAutoDelete(False)
    _running.add(task)

    def finish(_=None) -> None:
        _running.discard(task)

    # Queued: the callbacks run on the GUI thread (where the signals object was made),
    # even when they are plain functions rather than methods of a widget.
    queued = Qt.ConnectionType.QueuedConnection
    task.signals.sig_done.connect(on_done, queued)
    task.signals.sig_done.connect(finish, queued)
    if on_failed is not None:
        task.signals.sig_failed.connect(on_failed, queued)
    task.signals.sig_failed.connect(finish, queued)
    QThreadPool.globalInstance().start(task)


def _while_alive(owner: QObject, callback: Callable) -> Callable:
    def call(value) -> None:
        if isValid(owner):
            callback(value)
    return call


def run_query(
    query: Callable[[Store], object],
    on_done: Callable[[object], None],
    on_failed: Callable[[str], None] | None = None,
    *,
    writes: bool = False,
    owner: QObject | None = None,
) -> None:
    """Run `query(store)` on a pool thread with that thread's Store of the data folder: a
    read-only one unless the query `writes`, so reads never wait on the write lock."""
    def work():
        store = thread_store(paths.database_path(), writes=writes)
        try:
            return query(store)
        finally:
            # A kept connection must not hold a transaction (and the write lock) between
            # tasks; what a query left uncommitted is dropped, as closing it used to do.
            if store.db.conn.in_transaction:
                store.db.conn.rollback()

    run_task(work, on_done, on_failed, owner)
