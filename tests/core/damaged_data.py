"""Real damage to a real data file, shared by the core, CLI and window tests: a corrupt
header, a file cut in half, a lock held by another process, a read-only folder."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from contextlib import contextmanager
from pathlib import Path

from app.core.store import Store


def make_database(path: Path, conversations: int = 30) -> Path:
    """A real data file with enough rows to span many pages."""
    store = Store(path)
    for number in range(conversations):
        store.add_message(store.create_conversation(f"Conversation {number}"), "user",
                          f"Question {number}: " + "the quarterly report " * 40)
    store.close()  # the last connection checkpoints the WAL into the file
    return path


def corrupt_header(path: Path) -> bytes:
    with open(path, "r+b") as file:
        file.write(b"\0" * 16)  # "SQLite format 3\0" is gone
    return path.read_bytes()


def truncate_half(path: Path) -> bytes:
    os.truncate(path, path.stat().st_size // 2)
    return path.read_bytes()


@contextmanager
def locked_by_another_process(path: Path):
    """A child process holding `BEGIN EXCLUSIVE` on the file until the block ends."""
    code = ("import sqlite3, sys; db = sqlite3.connect(sys.argv[1], isolation_level=None); "
            "db.execute('BEGIN EXCLUSIVE'); print('locked', flush=True); sys.stdin.read()")
    child = subprocess.Popen([sys.executable, "-c", code, str(path)], stdin=subprocess.PIPE,
                             stdout=subprocess.PIPE, text=True)
    try:
        assert child.stdout.readline().strip() == "locked"  # waits until it holds the lock
        yield child
    finally:
        child.stdin.close()
        child.wait(timeout=30)


@contextmanager
def read_only_folder(folder: Path):
    """`folder` with its content, made read-only for real. Root ignores permission bits, so
    as root it becomes a tmpfs remounted read-only; otherwise chmod is enough."""
    if os.geteuid() != 0:
        folder.chmod(0o555)
        try:
            yield folder
        finally:
            folder.chmod(0o755)
        return
    saved = folder.with_name(folder.name + "-content")
    shutil.move(folder, saved)
    folder.mkdir()
    subprocess.run(["mount", "-t", "tmpfs", "-o", "size=64m", "tmpfs", str(folder)], check=True)
    try:
        shutil.copytree(saved, folder, dirs_exist_ok=True)
        subprocess.run(["mount", "-o", "remount,ro", str(folder)], check=True)
        yield folder
    finally:
        subprocess.run(["umount", str(folder)], check=True)
