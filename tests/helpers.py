"""Helpers the tests of several folders share: the terminal run as a user runs it, documents
long enough to summarise in many parts, a process tree killed like a crash, and child
processes that hold a data folder's queue lock or its database's write lock. (GUI helpers:
tests/gui/helpers.py; damaged data files: tests/core/damaged_data.py; GGUF files:
tests/core/gguf_files.py.)"""

from __future__ import annotations

import os
import signal
import subprocess
import sys

import psutil

from app.core.documents import extract_document
from tests.conftest import REPO

# A bound, not a wait: a summary through the CLI takes seconds, but minutes on a loaded
# 2-core machine.
CLI_TIMEOUT_S = 1800


def env_for(home):
    return {**os.environ, "OFFLINE_ASSISTANT_HOME": str(home)}


def cli(*args, home, prefix=(), stdin=None, timeout=CLI_TIMEOUT_S):
    """`offline-assistant ARGS` in its own process on the data folder `home`; `prefix` runs
    it under another command (the network audit)."""
    return subprocess.run([*prefix, sys.executable, "-m", "app", *args], env=env_for(home),
                          input=stdin, capture_output=True, text=True, timeout=timeout)


def minutes_text(path, pages=10):
    sections = []
    for page in range(1, pages + 1):
        sections.append("\n\n".join(
            f"Item {page}.{i}: the committee reviewed contract {page * 100 + i} with supplier "
            f"number {page * 7 + i} and agreed a payment of {page * 1000 + i} ringgit, due "
            f"within {i + 10} days of delivery to the district office." for i in range(10)))
    path.write_text("\f".join(sections), encoding="utf-8")
    return path


PARAGRAPH = ("The council approved a budget of {n} million for road repairs in district {n}. "
             "Work starts in spring and must finish before the rainy season. ")


def long_text(tmp_path, pages=6):
    """Six pages of council minutes, read as the app reads them: a many-chunk document."""
    sections = ["\n\n".join(PARAGRAPH.format(n=p * 10 + i) for i in range(12))
                for p in range(1, pages + 1)]
    path = tmp_path / "minutes.txt"
    path.write_text("\f".join(sections), encoding="utf-8")
    return extract_document(path)


def kill_tree(process: subprocess.Popen) -> None:
    family = psutil.Process(process.pid).children(recursive=True)
    process.send_signal(signal.SIGKILL)  # kill -9: no cleanup, no goodbye
    process.wait(timeout=30)
    for child in family:
        try:
            child.kill()
        except psutil.NoSuchProcess:
            pass


HOLD = ("import sys; from app.core.queue_lock import QueueLock; "
        "lock = QueueLock(sys.argv[1], sys.argv[2]); assert lock.acquire() is None; "
        "print('held', flush=True); sys.stdin.read()")


def hold_in_child(folder, kind) -> subprocess.Popen:
    folder.mkdir(parents=True, exist_ok=True)
    child = subprocess.Popen([sys.executable, "-c", HOLD, str(folder), kind],
                             stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
                             env={**os.environ, "PYTHONPATH": str(REPO)})
    assert child.stdout.readline().strip() == "held"
    return child


# A child that holds the database's write lock with an uncommitted row until its stdin closes.
HOLD_LOCK = """
import sqlite3, sys
db = sqlite3.connect(sys.argv[1], isolation_level=None)
db.execute("BEGIN EXCLUSIVE")
db.execute("insert into conversations (title, created, updated) values ('uncommitted', 'x', 'x')")
print("locked", flush=True)
sys.stdin.read()  # hold the lock until the test closes our stdin
"""
