"""The store's SQLite connections: the one place that opens the data file, plainly or with
the encryption key, and sqlite-utils' Database with write transactions that take the write
lock when they begin.

Encryption at rest (an organisation's policy, `encrypt_database`) is SQLCipher through the
`sqlcipher3` binding (coleifer's, 0.6.x), chosen over `sqlcipher3-wheels` (a fork of it):
- it is the binding's own maintainer's package, and since 0.6.2 it ships self-contained
  wheels for Linux, Windows and macOS (SQLCipher 4.19 community edition, BSD-style licence,
  with OpenSSL 3.6 linked in statically, Apache-2.0; the binding itself is zlib), so
  nothing is compiled on the user's machine and nothing is fetched at run time;
- its wheel (7 MB, a 21 MB library) is the same size as the fork's, the fork is older
  (SQLCipher 4.x of early 2026) and the two install the same `sqlcipher3` module, so only
  one may be installed;
- its connections are DB-API connections that sqlite-utils' `Database(connection)` takes
  as they are; WAL, BEGIN IMMEDIATE, `secure_delete`, FTS5 and the backup API work on
  them (tests/core/test_encryption.py).
It raises its own exception classes, not `sqlite3`'s: catch `DatabaseError` and friends
below, which name both.

The key is set once at start (`use_key`, from the OS keychain: app/core/keychain.py), before
the first open, and every connection then uses it: the Store, its readers on the window's
threads, the backups, the health check and the erasure all come through `connect`. The key
is 32 random bytes given to SQLCipher as a raw key (`x'…'`): no password derivation runs,
so opening a connection costs what it costs unencrypted.

sqlite-utils' `atomic()` starts with a plain (deferred) BEGIN. A transaction that reads
before it writes (most of ours: find the thread's last message, then add one) then holds a
read snapshot, and if another connection commits before its first write, SQLite cannot
upgrade it and answers "database is locked" at once, without waiting: the busy timeout
does not apply to that case. BEGIN IMMEDIATE takes the write lock first, so a second
writer waits its turn (up to the connection's timeout) instead of failing.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Generator
from contextlib import contextmanager
from pathlib import Path

from sqlite_utils import Database

_key: bytes | None = None


def _cipher_errors(name: str) -> tuple[type[Exception], ...]:
    try:
        import sqlcipher3
    except ImportError:  # a build without encryption still opens plain files
        return (getattr(sqlite3, name),)
    return getattr(sqlite3, name), getattr(sqlcipher3, name)


# `except DatabaseError` catches what a plain and an encrypted connection raise alike.
Error = _cipher_errors("Error")
DatabaseError = _cipher_errors("DatabaseError")
OperationalError = _cipher_errors("OperationalError")


def use_key(key: bytes | None) -> None:
    """Open every connection from now on with `key` (None: unencrypted). Called once at
    start, before the first connection, by the CLI and the window alike."""
    global _key
    if key is not None and len(key) != 32:
        raise ValueError("The database key must be 32 bytes.")
    _key = key


def key_in_force() -> bytes | None:
    return _key


def connect(target: str | Path, *, uri: bool = False, timeout: float = 5.0):
    """A connection to the data file `target` (a path, or a `file:` URI with `uri`), with
    the key in force, or plain sqlite3 when there is none."""
    key = _key
    if key is None:
        return sqlite3.connect(str(target), uri=uri, timeout=timeout)
    import sqlcipher3

    conn = sqlcipher3.connect(str(target), uri=uri, timeout=timeout)
    # Must be the first statement: SQLCipher reads the first page with it.
    conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    return conn


class StoreDatabase(Database):
    @contextmanager
    def atomic(self) -> Generator[Database, None, None]:
        if self.conn.in_transaction:  # nested: sqlite-utils' savepoints are right
            with super().atomic():
                yield self
            return
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield self
        except BaseException:
            self.conn.rollback()
            raise
        self.conn.execute("COMMIT")
