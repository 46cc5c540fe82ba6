"""Turning an unencrypted data file into an encrypted one, in place, losing nothing.

When an organisation starts requiring encryption (`encrypt_database` in its policy), the
data file a user already has is plain. It is copied into a new, encrypted file with
SQLCipher's `sqlcipher_export`, every table's rows are counted in both, and only then does
the encrypted file take the plain one's name (an atomic rename). Until that rename the
plain file is untouched: a crash, a full disk or a power cut mid-way leaves it as it was,
and the next start simply begins again (the half-written copy is removed first).

No plain copy survives: the plain file's write-ahead log is folded into it and removed
before the copy, and the backups taken before schema upgrades (plain too) are replaced by
one encrypted backup. What the file system itself keeps of deleted blocks is beyond any
application: installer/README.md tells IT to require encryption before first use.
"""

from __future__ import annotations

import logging
import os
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from app.core.store import backups
from app.core.store.connection import connect, key_in_force
from app.private_files import private_file

logger = logging.getLogger(__name__)

PLAIN_HEADER = b"SQLite format 3\x00"  # the first 16 bytes of every unencrypted file
LOCK_WAIT_S = 10.0


class EncryptionFailed(RuntimeError):
    """The encrypted copy did not match the plain file; the plain file is kept."""


@dataclass(frozen=True)
class EncryptionStep:
    """How far the encryption of the data file is: `done` of `total` steps, `what` says
    the step in words ("Checking conversations")."""

    done: int
    total: int
    what: str


def is_plain(path: Path) -> bool:
    """True for an existing, unencrypted SQLite file (an empty one counts as plain)."""
    return _head(path) in (PLAIN_HEADER, b"")


def is_encrypted(path: Path) -> bool:
    """True for an existing file that is not plain SQLite: SQLCipher's first page is
    random-looking bytes."""
    head = _head(path)
    return head is not None and head not in (PLAIN_HEADER, b"")


def _head(path: Path) -> bytes | None:
    """The file's first bytes; None when it is missing or cannot be read (the start check
    then says why, in its own words)."""
    try:
        with open(path, "rb") as file:
            return file.read(len(PLAIN_HEADER))
    except OSError:
        return None


def encrypt_in_place(path: Path,
                     progress: Callable[[EncryptionStep], None] = lambda step: None) -> int:
    """Encrypt the plain data file at `path` with the key in force (`connection.use_key`);
    returns the rows copied. Raises EncryptionFailed (the plain file kept, unchanged) when
    a table's rows do not all arrive."""
    if key_in_force() is None:
        raise ValueError("No key is in force: call connection.use_key first.")
    path = Path(path)
    partial = path.with_name(path.name + ".encrypting")
    partial.unlink(missing_ok=True)  # a copy a crash cut short: start again
    _fold_log(path)
    # Holding the plain file's write lock keeps other processes' writers out (they wait)
    # while it is copied and checked; readers, the copy among them, go on.
    guard = sqlite3.connect(path, timeout=LOCK_WAIT_S, isolation_level=None)
    try:
        guard.execute("BEGIN IMMEDIATE")
        tables = [row[0] for row in guard.execute(
            "select name from sqlite_master where type = 'table' order by name")]
        total = len(tables) + 2
        progress(EncryptionStep(0, total, "Copying your data into an encrypted file"))
        _export(path, private_file(partial))
        rows = _check(path, partial, tables,
                      lambda done, table: progress(EncryptionStep(done, total,
                                                                  f"Checking {table}")))
        progress(EncryptionStep(total - 1, total, "Putting the encrypted file in place"))
        _settle(partial)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    finally:
        guard.close()  # (Windows renames no file that is open)
    os.replace(partial, path)  # the plain file goes only now, in one step
    for suffix in ("-wal", "-shm", "-journal"):  # a plain log must not meet the new file
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    _replace_backups(path)
    progress(EncryptionStep(total, total, "Your data is encrypted"))
    logger.info("data file encrypted: %d table(s), %d row(s) copied and counted",
                len(tables), rows)
    return rows


def _fold_log(path: Path) -> None:
    """Fold the write-ahead log into the plain file and remove it (journal mode DELETE):
    left beside the encrypted file, the plain log would be read as its own, and its pages
    hold plain text."""
    plain = sqlite3.connect(path, timeout=LOCK_WAIT_S)
    try:
        plain.execute("PRAGMA journal_mode = DELETE")
    finally:
        plain.close()


def _attached(target: Path, plain: Path):
    """A SQLCipher connection to the encrypted `target`, with the plain file attached as
    `plain` (KEY '': not encrypted)."""
    cipher = connect(target, timeout=LOCK_WAIT_S)
    cipher.isolation_level = None  # the transactions below are ours
    cipher.execute("ATTACH DATABASE ? AS plain KEY ''", [str(plain)])
    return cipher


def _export(plain: Path, target: Path) -> None:
    """Copy every table, index, trigger, the full-text index and the schema version into
    `target`, encrypted, with SQLCipher's own `sqlcipher_export`."""
    cipher = _attached(target, plain)
    try:
        cipher.execute("BEGIN")
        cipher.execute("SELECT sqlcipher_export('main', 'plain')")
        version = cipher.execute("PRAGMA plain.user_version").fetchone()[0]
        cipher.execute(f"PRAGMA main.user_version = {int(version)}")
        cipher.execute("COMMIT")
    finally:
        cipher.close()


def _check(plain: Path, target: Path, tables: list[str], progress) -> int:
    """Count every table's rows in both files, through a fresh connection (the one that
    exported does not see the virtual tables it made until it reopens)."""
    cipher = _attached(target, plain)
    try:
        rows = 0
        for done, table in enumerate(tables, start=1):
            progress(done, table)
            rows += _same_rows(cipher, table)
        problems = [row[0] for row in cipher.execute("PRAGMA main.quick_check")]
        if problems != ["ok"]:
            raise EncryptionFailed(_KEPT.format(why="; ".join(problems[:3])))
        return rows
    finally:
        cipher.close()


_KEPT = ("The encrypted copy of your data did not match it ({why}). Your data was left "
         "unencrypted and unchanged; please tell your IT team.")


def _same_rows(cipher, table: str) -> int:
    name = table.replace('"', '""')
    counts = [cipher.execute(f'select count(*) from {schema}."{name}"').fetchone()[0]
              for schema in ("plain", "main")]
    if counts[0] != counts[1]:
        raise EncryptionFailed(_KEPT.format(
            why=f"{counts[1]} rows in {table} instead of {counts[0]}"))
    return counts[0]


def _settle(partial: Path) -> None:
    """The encrypted file is on the disk before it takes the plain file's name: a power
    cut after the rename must not leave a name pointing at half-written pages."""
    with open(partial, "rb+") as file:
        os.fsync(file.fileno())


def _replace_backups(path: Path) -> None:
    """The copies taken before schema upgrades are plain: one encrypted copy (the key in
    force) takes their place, so a damaged file can still be restored."""
    old = backups.backups(path)
    if not old:
        return
    fresh = backups.back_up(path)
    for copy in old:
        if copy != fresh:
            copy.unlink(missing_ok=True)
