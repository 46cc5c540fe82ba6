"""The start check of the data file, the backup before a migration, and what a damaged file
becomes: real SQLite files, really damaged, locked by a real process, on a read-only mount."""

from __future__ import annotations

import time

import pytest
from sqlite_utils import Database

from app.core.store import Store
from app.core.store.backups import KEEP, back_up, backups, move_aside, restore
from app.core.store.health import DAMAGED, LOCKED, OK, READ_ONLY, check_database
from app.core.store.migrations import migrations
from tests.core.damaged_data import (
    corrupt_header,
    locked_by_another_process,
    make_database,
    read_only_folder,
    truncate_half,
)


@pytest.fixture
def db_path(tmp_path):
    folder = tmp_path / "data"
    folder.mkdir()
    return make_database(folder / "offline-assistant.db")


def test_a_healthy_file_and_a_missing_one_are_usable(db_path):
    assert check_database(db_path).problem == OK
    assert check_database(db_path.with_name("first-start.db")).problem == OK


@pytest.mark.parametrize("damage", [corrupt_header, truncate_half])
def test_a_damaged_file_is_reported_and_left_untouched(db_path, damage):
    damaged = damage(db_path)
    check = check_database(db_path)
    assert check.problem == DAMAGED and check.detail
    assert check.backup is None  # no upgrade ever copied it
    assert db_path.read_bytes() == damaged


def test_a_file_locked_by_another_process_is_reported_after_a_bounded_wait(db_path):
    with locked_by_another_process(db_path):
        started = time.monotonic()
        check = check_database(db_path, lock_wait_s=1.0)
        waited = time.monotonic() - started
    assert check.problem == LOCKED
    assert waited >= 1.0  # it waited for the other process before giving up
    assert check_database(db_path).problem == OK  # and the file is fine once it lets go


def test_a_read_only_folder_is_named(db_path):
    with read_only_folder(db_path.parent) as folder:
        check = check_database(folder / db_path.name)
        assert check.problem == READ_ONLY
        assert check.where == folder


def test_an_upgrade_first_copies_the_file_and_a_second_open_does_not(tmp_path):
    path = tmp_path / "offline-assistant.db"
    old = Database(path)  # a data file from the release before the last migration
    migrations.apply(old, stop_before="m005_models_library")
    old["conversations"].insert({"title": "Kept across the upgrade"})
    old.close()

    Store(path).close()
    [backup] = backups(path)
    copy = Database(backup)
    assert [r["title"] for r in copy["conversations"].rows] == ["Kept across the upgrade"]
    assert "models" not in copy.table_names()  # the schema before the migration
    copy.close()

    Store(path).close()  # nothing pending: no new copy
    assert backups(path) == [backup]


def test_only_the_newest_backups_are_kept(db_path):
    folder = db_path.parent / "backups"
    folder.mkdir()
    for day in range(1, 6):
        (folder / f"offline-assistant-0.0.{day}-2026010{day}-120000.db").write_bytes(b"old")
    newest = back_up(db_path)
    kept = backups(db_path)
    assert len(kept) == KEEP and kept[0] == newest
    assert [p.name for p in kept[1:]] == ["offline-assistant-0.0.5-20260105-120000.db",
                                          "offline-assistant-0.0.4-20260104-120000.db"]


def test_moving_aside_keeps_the_damaged_file_and_a_fresh_one_starts(db_path):
    damaged = corrupt_header(db_path)
    aside = move_aside(db_path)
    assert aside.parent == db_path.parent and "damaged" in aside.name
    assert aside.read_bytes() == damaged
    assert check_database(db_path).problem == OK
    store = Store(db_path)
    assert store.conversations() == []
    store.close()


def test_restoring_the_last_backup_brings_its_data_back(db_path):
    back_up(db_path)
    damaged = truncate_half(db_path)
    check = check_database(db_path)
    assert check.problem == DAMAGED and check.backup is not None

    aside = restore(db_path, check.backup)
    assert aside.read_bytes() == damaged
    assert check_database(db_path).problem == OK
    store = Store(db_path)
    assert len(store.conversations()) == 30
    store.close()


def test_a_file_whose_layout_cannot_be_updated_is_reported_and_left_untouched(db_path):
    # A column already there that the update would add (a file changed by hand, or by a
    # build that was never released): the first Store used to fail with "Something went
    # wrong"; the start check now names it and changes nothing. Its backup is offered only
    # when that one can be updated.
    sound = back_up(db_path)
    db = Database(db_path)
    db.execute("delete from _sqlite_migrations where name = 'm011_sentence_model_checks'")
    db.conn.commit()
    db.close()
    before = db_path.read_bytes()
    check = check_database(db_path)
    assert check.problem == DAMAGED
    assert "could not be updated" in check.detail and "duplicate column" in check.detail
    assert db_path.read_bytes() == before
    assert check.backup == sound
    second = int(time.time())
    while int(time.time()) == second:  # backups are named by the second
        time.sleep(0.01)
    back_up(db_path)  # a copy of the faulty file, as a failed update leaves it
    assert check_database(db_path).backup == sound
