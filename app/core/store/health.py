"""Can the data file be used? Checked once at start, before the first Store opens it, so
that a damaged, locked or read-only file becomes a plain answer the window and the
terminal can explain, instead of a freeze and a traceback.

The check reads the file (SQLite's `quick_check`) and takes the write lock for a moment:
in WAL mode another process's exclusive transaction does not stop readers, only writers,
and the app must write. Holding it, it tries the schema update this version would make
and rolls it back: a file whose layout cannot be updated (changed by hand, or by a build
that was never released) is reported as damaged, with its backup, not met later as
"something went wrong" when the first Store opens it.
"""

from __future__ import annotations

import errno
import sqlite3
import tempfile
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from app.core.store.backups import backups, taken
from app.core.store.connection import DatabaseError, Error, OperationalError, connect

START_LOCK_WAIT_S = 5.0  # long enough for another process's commit, short enough to say so

OK, DAMAGED, LOCKED, READ_ONLY = "ok", "damaged", "locked", "read-only"


@dataclass(frozen=True)
class DataCheck:
    """`problem` is OK, DAMAGED, LOCKED or READ_ONLY; `where` is the file or folder that
    cannot be written (READ_ONLY); `detail` is SQLite's own words; `backup` the newest
    backup a damaged file can be replaced with."""

    problem: str
    path: Path
    where: Path | None = None
    detail: str = ""
    backup: Path | None = None

    @property
    def ok(self) -> bool:
        return self.problem == OK

    @property
    def backup_taken(self) -> datetime | None:
        return taken(self.backup) if self.backup else None


def check_database(path: Path, lock_wait_s: float = START_LOCK_WAIT_S) -> DataCheck:
    path = Path(path)
    for place in (path.parent, path):
        if place.exists() and not _writable(place):
            return DataCheck(READ_ONLY, path, where=place)
    if not path.exists():
        return DataCheck(OK, path)  # a first start: the Store creates it
    try:
        conn = connect(path, timeout=lock_wait_s)
    except Error as exc:
        return DataCheck(DAMAGED, path, detail=str(exc), backup=_newest(path))
    try:
        rows = [row[0] for row in conn.execute("PRAGMA quick_check").fetchall()]
        if rows != ["ok"]:
            return DataCheck(DAMAGED, path, detail="; ".join(rows[:5]), backup=_newest(path))
        conn.execute("BEGIN IMMEDIATE")
        try:
            _try_schema_update(conn)
        except DatabaseError as exc:  # OperationalError is one (tuples of both bindings)
            if _primary_code(exc) in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED):
                raise
            return DataCheck(DAMAGED, path, backup=_newest_updatable(path), detail=(
                f"its layout could not be updated for this version of Offline Assistant "
                f"({exc})"))
        finally:
            conn.rollback()
    except OperationalError as exc:
        code = _primary_code(exc)
        if code in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED):
            return DataCheck(LOCKED, path, detail=str(exc))
        if code == sqlite3.SQLITE_READONLY:
            return DataCheck(READ_ONLY, path, where=path, detail=str(exc))
        return DataCheck(DAMAGED, path, detail=str(exc), backup=_newest(path))
    except DatabaseError as exc:  # "file is not a database", "malformed"
        return DataCheck(DAMAGED, path, detail=str(exc), backup=_newest(path))
    finally:
        conn.close()
    return DataCheck(OK, path)


def _primary_code(exc: Error) -> int | None:
    code = getattr(exc, "sqlite_errorcode", None)
    return None if code is None else code & 0xFF  # the primary code of an extended one


def _try_schema_update(conn) -> None:
    """Apply the pending migrations inside the caller's transaction (rolled back by it)."""
    from sqlite_utils import Database

    from app.core.store.migrations import migrations

    db = Database(conn)
    if migrations.pending(db):
        migrations.apply(db)


def _writable(place: Path) -> bool:
    """Try it: permission bits do not stop root, and a read-only mount is no permission."""
    try:
        if place.is_dir():
            with tempfile.TemporaryFile(dir=place):
                return True
        with open(place, "r+b"):
            return True
    except OSError as exc:
        if exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
            return False
        raise


def _newest_updatable(path: Path) -> Path | None:
    """The newest backup whose layout this version can update: the copy taken just before
    a failed update has the same fault, and restoring it would only meet it again."""
    for backup in backups(path):
        try:
            conn = connect(backup, timeout=0)
            try:
                conn.execute("BEGIN IMMEDIATE")
                _try_schema_update(conn)
            finally:
                conn.rollback()
                conn.close()
        except DatabaseError:
            continue
        return backup
    return None


def _newest(path: Path) -> Path | None:
    found = backups(path)
    return found[0] if found else None
