"""Database work from the window runs on the thread pool with that thread's own Store: reads
through a read-only connection that never waits on the write lock, and each Store is kept
for its thread's next task and closed when Qt ends the thread."""

from __future__ import annotations

import subprocess
import sys
import threading
import time

import pytest
from PySide6.QtCore import QThreadPool

from app import paths
from app.core.store import LOCK_WAIT_S, Store
from app.workers.tasks import run_query
from tests.helpers import HOLD_LOCK


def query(qtbot, work, *, writes=False):
    """Run `work` through run_query and return what it gave, or raise what it failed with."""
    result = {}
    run_query(work, lambda value: result.setdefault("done", value),
              lambda message: result.setdefault("failed", message), writes=writes)
    qtbot.waitUntil(lambda: bool(result), timeout=int(LOCK_WAIT_S * 3000))
    if "failed" in result:
        raise AssertionError(result["failed"])
    return result["done"]


@pytest.fixture
def saved():
    store = Store(paths.database_path())
    store.create_conversation("Budget")
    store.close()


def test_a_read_goes_on_while_another_process_holds_the_write_lock(qtbot, saved):
    holder = subprocess.Popen([sys.executable, "-c", HOLD_LOCK, str(paths.database_path())],
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "locked"
        started = time.monotonic()
        titles = query(qtbot, lambda store: [c["title"] for c in store.conversations()])
        elapsed = time.monotonic() - started
    finally:
        holder.stdin.close()
        holder.wait()
    assert titles == ["Budget"]
    assert elapsed < LOCK_WAIT_S / 4  # a Store per query took the write lock: 10 s, then failed


def test_each_thread_keeps_its_stores_until_qt_ends_it(qtbot, saved, monkeypatch):
    closed: list[tuple[Store, int]] = []  # each Store closed, and the thread that closed it
    close = Store.close

    def spy(store):
        closed.append((store, threading.get_ident()))  # kept alive: no id is reused
        close(store)

    monkeypatch.setattr(Store, "close", spy)

    def which(store):
        return threading.get_ident(), store

    readers = [query(qtbot, which) for _ in range(6)]
    writers = [query(qtbot, which, writes=True) for _ in range(3)]
    by_thread: dict[tuple[int, bool], set[int]] = {}
    for writes, pairs in ((False, readers), (True, writers)):
        for ident, store in pairs:
            by_thread.setdefault((ident, writes), set()).add(id(store))
    assert all(len(stores) == 1 for stores in by_thread.values()), by_thread
    used = {id(store): (store, ident) for ident, store in readers + writers}
    assert not [s for s, _ in closed if id(s) in used]  # kept between tasks, not per query
    with pytest.raises(AssertionError, match="readonly"):
        query(qtbot, lambda store: store.create_conversation("Not allowed"))
    query(qtbot, lambda store: store.create_conversation("Allowed"), writes=True)

    QThreadPool.globalInstance().waitForDone()  # as at shutdown: Qt ends the pool's threads
    # each closed once, by the thread that used it
    assert sorted((id(s), ident) for s, ident in closed if id(s) in used) == sorted(
        (key, ident) for key, (_, ident) in used.items())


def test_a_result_for_a_deleted_owner_is_dropped_and_others_still_arrive(qtbot, saved):
    from PySide6.QtCore import QCoreApplication, QObject
    from shiboken6 import delete

    owner, arrived, released = QObject(), [], threading.Event()

    def slow(store):
        released.wait(10)
        return len(store.conversations())

    run_query(slow, arrived.append, arrived.append, owner=owner)
    delete(owner)  # the widget closed while its query ran
    run_query(slow, lambda n: arrived.append(("kept", n)))  # a caller without an owner
    released.set()
    qtbot.waitUntil(lambda: ("kept", 1) in arrived)
    QThreadPool.globalInstance().waitForDone()  # both results are posted by now
    QCoreApplication.processEvents()  # ...and delivered, had they anyone to go to
    assert arrived == [("kept", 1)]


def test_every_window_query_names_the_widget_it_answers():
    """A result that outlives its window must be dropped, not raise on a deleted widget (CI
    failed on the summary reader's export button). So each call from app/ui says whose it is."""
    import ast
    from pathlib import Path

    unowned = []
    for path in sorted(Path("app/ui").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
                    and node.func.id in ("run_query", "run_task")
                    and not any(k.arg == "owner" for k in node.keywords)):
                unowned.append(f"{path}:{node.lineno}")
    assert not unowned, unowned
