"""The summary queue of a data folder is run by one process at a time, and a crash never
leaves the folder locked. Real processes hold the real lock."""

from __future__ import annotations

import os
import signal
import threading

from app.core.queue_lock import WINDOW, Holder, QueueLock
from tests.helpers import hold_in_child


def test_a_second_process_is_told_who_holds_it(tmp_path):
    child = hold_in_child(tmp_path, WINDOW)
    try:
        assert QueueLock(tmp_path, "summarize").acquire() == Holder(WINDOW, child.pid)
    finally:
        child.stdin.close()
        child.wait(timeout=30)
    lock = QueueLock(tmp_path, "summarize")
    assert lock.acquire() is None  # the window closed: the command may run
    assert QueueLock(tmp_path, "jobs resume").acquire() == Holder("summarize", os.getpid())
    lock.release()
    assert lock.holder() is None


def test_a_killed_holder_leaves_the_folder_unlocked(tmp_path):
    child = hold_in_child(tmp_path, "summarize")
    child.send_signal(signal.SIGKILL)  # no cleanup, no goodbye
    child.wait(timeout=30)
    lock = QueueLock(tmp_path, WINDOW)
    assert lock.acquire() is None
    lock.release()


def test_waiting_returns_once_the_holder_lets_go(tmp_path):
    child = hold_in_child(tmp_path, "summarize")
    lock = QueueLock(tmp_path, "jobs resume")
    results = []
    waiter = threading.Thread(target=lambda: results.append(lock.acquire(wait=True)))
    waiter.start()
    assert results == []  # still waiting: the holder has not let go
    child.stdin.close()
    child.wait(timeout=30)
    waiter.join(timeout=30)
    assert results == [None]
    lock.release()
