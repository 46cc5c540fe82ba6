"""Short background jobs (database reads, file checks) on Qt's thread pool, with the result
delivered back on the GUI thread as a signal. Each task opens what it needs itself:
a sqlite connection belongs to the thread that made it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal


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
) -> None:
    task = _Task(work)
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
