"""The store's SQLite connection: sqlite-utils' Database, with write transactions that take
the write lock when they begin.

sqlite-utils' `atomic()` starts with a plain (deferred) BEGIN. A transaction that reads
before it writes (most of ours: find the thread's last message, then add one) then holds a
read snapshot, and if another connection commits before its first write, SQLite cannot
upgrade it and answers "database is locked" at once, without waiting: the busy timeout
does not apply to that case. BEGIN IMMEDIATE takes the write lock first, so a second
writer waits its turn (up to the connection's timeout) instead of failing.
"""

from __future__ import annotations

from collections.abc import Generator
from contextlib import contextmanager

from sqlite_utils import Database


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
