"""Copies of the data file, and what to do with a damaged one.

A copy is taken before any migration changes the schema, with SQLite's backup API (a
consistent copy even while other connections write), into `backups/` next to the file.
A damaged file is never deleted: it is renamed with the date and left where it was, so
IT or a recovery tool can still read what is in it.
"""

from __future__ import annotations

import os
import shutil
from datetime import datetime
from pathlib import Path

from app import __version__
from app.core.store.connection import connect
from app.private_files import private_file, private_folder

FOLDER = "backups"
KEEP = 3  # a few upgrades back, without filling the disk with copies of every document
_STAMP = "%Y%m%d-%H%M%S"
_COMPANIONS = ("-wal", "-shm", "-journal")  # SQLite's side files belong to their database


def backups_folder(db_path: Path) -> Path:
    return Path(db_path).parent / FOLDER


def back_up(db_path: Path) -> Path:
    """Copy the database to `backups/<name>-<version>-<time>.db`; keep the newest KEEP
    copies. Written under a temporary name first, so a copy cut short by a full disk is
    never taken for a backup. Reads through its own connection: the backup API cannot
    read through one that holds the write lock, as the migrating Store's does (readers
    still can, and the lock keeps writers out until the copy is done)."""
    folder = private_folder(backups_folder(db_path))
    target = folder / f"{Path(db_path).stem}-{__version__}-{datetime.now().strftime(_STAMP)}.db"
    partial = target.with_suffix(".partial")
    # With the key in force, the copy is encrypted with it too: no plain copy is ever made.
    source, copy = connect(db_path), connect(private_file(partial))
    try:
        source.backup(copy)
    finally:
        copy.close()
        source.close()
    os.replace(partial, target)
    for old in backups(db_path)[KEEP:]:
        old.unlink()
    return target


def backups(db_path: Path) -> list[Path]:
    """This database's backups, newest first."""
    folder = backups_folder(db_path)
    found = folder.glob(f"{Path(db_path).stem}-*.db") if folder.is_dir() else []
    return sorted(found, key=taken, reverse=True)


def taken(backup: Path) -> datetime:
    """When a backup was taken, from its name (a copied file's mtime can lie)."""
    stamp = "-".join(backup.stem.rsplit("-", 2)[-2:])
    try:
        return datetime.strptime(stamp, _STAMP)
    except ValueError:
        return datetime.fromtimestamp(backup.stat().st_mtime)


def move_aside(db_path: Path) -> Path:
    """Rename a damaged database (and its side files) to `<name>-damaged-<time>.db` in the
    same folder; the next open starts a fresh, empty one. Returns the new name."""
    db_path = Path(db_path)
    aside = db_path.with_name(f"{db_path.stem}-damaged-{datetime.now().strftime(_STAMP)}"
                              f"{db_path.suffix}")
    for suffix in _COMPANIONS:
        side = Path(f"{db_path}{suffix}")
        if side.exists():
            os.replace(side, f"{aside}{suffix}")
    os.replace(db_path, aside)
    return aside


def restore(db_path: Path, backup: Path) -> Path:
    """Put `backup` in place of the (damaged) database, which is moved aside first.
    Returns where the damaged file went."""
    aside = move_aside(db_path)
    partial = Path(db_path).with_suffix(".restoring")
    shutil.copyfile(backup, partial)
    os.replace(partial, db_path)
    return aside
