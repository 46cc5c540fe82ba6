"""A read-only Store reads while another process holds the write lock, and cannot write."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import time

import pytest

from app.core.store import LOCK_WAIT_S, Store
from tests.helpers import HOLD_LOCK


@pytest.fixture
def saved(tmp_path):
    path = tmp_path / "app.db"
    store = Store(path)
    conversation = store.create_conversation("Budget")
    store.add_message(conversation, "user", "What is the total?")
    store.close()
    return path, conversation


def test_reader_reads_while_another_process_holds_the_write_lock(saved):
    path, conversation = saved
    holder = subprocess.Popen([sys.executable, "-c", HOLD_LOCK, str(path)],
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "locked"
        started = time.monotonic()
        reader = Store.reader(path)
        try:
            titles = [c["title"] for c in reader.conversations()]
            texts = [m["text"] for m in reader.messages(conversation)]
        finally:
            reader.close()
        elapsed = time.monotonic() - started
    finally:
        holder.stdin.close()
        holder.wait()
    # A Store that took the write lock would wait LOCK_WAIT_S and then fail.
    assert elapsed < LOCK_WAIT_S / 4
    assert titles == ["Budget"]  # the other process's uncommitted row is not seen
    assert texts == ["What is the total?"]


def test_reader_refuses_to_write(saved):
    path, _ = saved
    reader = Store.reader(path)
    try:
        with pytest.raises(sqlite3.OperationalError):
            reader.create_conversation("Not allowed")
    finally:
        reader.close()
    store = Store(path)
    assert [c["title"] for c in store.conversations()] == ["Budget"]
    store.close()
