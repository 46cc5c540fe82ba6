"""Deletion that erases (app/core/store/erase.py), on real SQLite files: after each kind of
deletion no byte of the data folder (database, log, backups) holds the deleted text, while
what was not deleted stays whole; the data folder and its files are private to the user.
The same with the real model, the window and the terminal: tests/gui/test_erasure.py and
tests/test_erasure_cli.py."""

from __future__ import annotations

import os
import sqlite3
import stat
import time
from datetime import datetime, timedelta, timezone
from types import SimpleNamespace

import pytest

from app import paths
from app.core.store import Store, backups
from app.core.store.erase import (
    erase_conversation,
    erase_deleted_conversations,
    erase_document,
    erase_everything,
    erase_job,
    purge_older_than,
)
from tests.canary import CANARY, canary_files

posix_only = pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")


def summarised(store: Store, name: str, text: str, *, path: str | None = None) -> int:
    """A document with its pages, and a finished job whose chunk sources and summary hold
    its text, as a real summary leaves them. Returns the job id."""
    document = store.add_document(path=path or f"/docs/{name}", sha256=f"sha-{name}",
                                  size=len(text), pages=2, format="txt")
    store.save_pages(document, [SimpleNamespace(number=n, heading=None, text=f"{text} p{n}")
                                for n in (1, 2)])
    job = store.create_job(document, style="brief", model="demo", prompt_version="1",
                           settings={})
    store.plan_chunks(job, "map", [(1, 2, 100, text)])
    store.finish_chunk(job, "map", 0, f"Partial summary: {text}")
    store.finish_job(job, f"Summary: {text}", [])
    return job


def chat(store: Store, text: str) -> int:
    conversation = store.create_conversation("Budget")
    store.add_message(conversation, "user", f"What does {text} cost?")
    store.add_message(conversation, "assistant", f"{text} costs 48,000 ringgit.")
    return conversation


@pytest.fixture
def store(data_home):
    opened = Store(paths.database_path())
    yield opened
    opened.close()


def test_a_deleted_conversation_leaves_no_text_in_the_file_log_or_index(store, data_home):
    kept = chat(store, "the ordinary roof repair")
    doomed = chat(store, CANARY)
    assert canary_files(data_home), "the search must see the canary before the deletion"
    erased = erase_conversation(store, doomed)
    assert (erased.conversations, erased.complete) == (1, True)
    assert canary_files(data_home) == []
    assert os.path.getsize(f"{paths.database_path()}-wal") == 0  # checkpointed, truncated
    assert {h["conversation_id"] for h in store.search_messages("roof")} == {kept}
    assert store.search_messages(CANARY) == []


def test_conversations_deleted_with_undo_are_erased_once_it_is_over(store, data_home):
    doomed = chat(store, CANARY)
    store.delete_conversation(doomed)
    store.restore_conversation(doomed)
    assert erase_deleted_conversations(store).conversations == 0  # restored: kept
    store.delete_conversation(doomed)
    assert erase_deleted_conversations(store).conversations == 1
    assert canary_files(data_home) == []


def test_a_deleted_job_takes_its_documents_text_unless_another_job_uses_it(store, data_home):
    first = summarised(store, "memo.txt", CANARY)
    document = store.job(first)["document_id"]
    second = store.create_job(document, style="key_points", model="demo",
                              prompt_version="1", settings={})
    erased = erase_job(store, first)
    assert (erased.jobs, erased.documents) == (1, 0)  # the second job still needs the text
    assert [p["number"] for p in store.pages(document)] == [1, 2]
    erased = erase_job(store, second)
    assert (erased.jobs, erased.documents) == (1, 1)
    assert canary_files(data_home) == []
    assert erase_job(store, second).describe() == "Nothing to erase."


def test_a_deleted_document_takes_every_summary_of_it(store, data_home):
    job = summarised(store, "memo.txt", CANARY)
    other = summarised(store, "other.txt", "the ordinary roof repair")
    document = store.job(job)["document_id"]
    store.create_job(document, style="key_points", model="demo", prompt_version="1",
                     settings={})
    erased = erase_document(store, document)
    assert (erased.jobs, erased.documents) == (2, 1)
    assert canary_files(data_home) == []
    assert [j["id"] for j in store.jobs()] == [other]


def test_everything_erased_keeps_settings_and_shrinks_the_file(store, data_home):
    store.save_settings({"theme": "dark"})
    for n in range(20):
        summarised(store, f"memo-{n}.txt", f"{CANARY} item {n} " * 200)
        chat(store, f"{CANARY} question {n}")
    store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # all of it in the file, to compare
    before = paths.database_path().stat().st_size
    erased = erase_everything(store)
    assert (erased.conversations, erased.documents, erased.jobs) == (20, 20, 20)
    assert canary_files(data_home) == []
    assert paths.database_path().stat().st_size < before / 4  # VACUUM gave the space back
    assert store.settings() == {"theme": "dark"} and store.jobs() == []


def test_words_left_in_the_index_by_an_older_version_go_with_everything(store, data_home):
    """Before this version a deleted message's words stayed in the full-text index."""
    doomed = chat(store, CANARY)
    store.db.execute("delete from messages where conversation_id = ?", [doomed])
    store.db.conn.commit()
    store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    assert canary_files(data_home) == ["offline-assistant.db"]
    erase_everything(store)
    assert canary_files(data_home) == []


def test_purge_erases_what_is_older_than_the_days_given(store, data_home):
    old_job = summarised(store, "old.txt", CANARY)
    old_chat = chat(store, CANARY)
    later = datetime.now(timezone.utc) + timedelta(days=31)
    recent_chat = chat(store, "the ordinary roof repair")
    # as if the second conversation went on after the first was left alone
    store.db["conversations"].update(recent_chat, {"updated": later.isoformat()})
    soon = later - timedelta(days=2)
    assert purge_older_than(store, 30, now=soon).describe() == "Nothing to erase."
    erased = purge_older_than(store, 30, now=later)
    assert (erased.conversations, erased.jobs, erased.documents) == (1, 1, 1)
    assert [c["id"] for c in store.conversations()] == [recent_chat] != [old_chat]
    with pytest.raises(LookupError):
        store.job(old_job)
    assert canary_files(data_home) == []
    with pytest.raises(ValueError, match="cannot be negative"):
        purge_older_than(store, -1)


def test_backups_are_remade_without_the_erased_text(store, data_home):
    job = summarised(store, "memo.txt", CANARY)
    kept = chat(store, "the ordinary roof repair")
    taken = backups.back_up(paths.database_path())
    assert taken.name in canary_files(data_home / "backups")
    erase_job(store, job)
    [fresh] = backups.backups(paths.database_path())
    assert canary_files(data_home) == []
    copy = sqlite3.connect(fresh)
    assert copy.execute("select id from conversations").fetchall() == [(kept,)]
    copy.close()


def test_a_reader_holding_its_snapshot_delays_the_log_not_the_erasure(store, data_home):
    """The window's pool threads keep their connections open; one that is mid-read keeps
    the log's pages it can see until it ends. The rows are gone either way."""
    doomed = chat(store, CANARY)
    reader = Store.reader(paths.database_path())
    reader.db.execute("begin")
    reader.db.execute("select count(*) from messages").fetchone()  # takes a snapshot
    store.db.execute("PRAGMA busy_timeout = 100")  # the test need not wait 10 s
    erased = erase_conversation(store, doomed)
    assert erased.conversations == 1 and not erased.complete
    reader.db.conn.rollback()
    reader.close()
    store.db.execute("PRAGMA busy_timeout = 10000")
    erase_everything(store)  # the next erasure (or the last close) empties the log
    assert canary_files(data_home) == []


@posix_only
def test_the_data_folder_and_its_files_are_private(data_home, tmp_path):
    from app.log_file import start_log_file

    data_home.mkdir(mode=0o755)
    os.chmod(data_home, 0o755)  # an older version's folder, whatever the umask
    store = Store(paths.database_path())
    chat(store, "the ordinary roof repair")
    backups.back_up(paths.database_path())
    log = start_log_file()
    try:
        assert stat.S_IMODE(data_home.stat().st_mode) == 0o700
        for path in (paths.database_path(), f"{paths.database_path()}-wal",
                     f"{paths.database_path()}-shm", *backups.backups(paths.database_path()),
                     log):
            assert stat.S_IMODE(os.stat(path).st_mode) == 0o600, path
        for folder in (data_home / "backups", log.parent):
            assert stat.S_IMODE(folder.stat().st_mode) == 0o700, folder
    finally:
        store.close()
        _stop_log(log)


def _stop_log(log) -> None:
    import logging

    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, "baseFilename", None) == str(log):
            root.removeHandler(handler)
            handler.close()


def test_the_cost_of_erasing_fifty_summarised_documents(store, data_home, artifacts):
    """Measured, printed (pytest -s) and kept in test-artifacts/erase-cost.txt: one
    deletion, then everything."""
    text = ("The committee reviewed contract 4512 with the supplier and agreed a payment "
            "of 48,000 ringgit. ") * 120  # ~11 kB a document, as a 3-page memo
    jobs = [summarised(store, f"memo-{n}.txt", f"{CANARY} {n} {text}") for n in range(50)]
    for n in range(50):
        chat(store, f"question {n} {text[:500]}")
    size = paths.database_path().stat().st_size
    started = time.perf_counter()
    one = erase_job(store, jobs[0])
    one_s = time.perf_counter() - started
    started = time.perf_counter()
    everything = erase_everything(store)
    all_s = time.perf_counter() - started
    cost = (f"erase cost on {size / 1e6:.1f} MB (50 summarised documents, 50 chats): "
            f"one job {one_s * 1000:.0f} ms, everything {all_s * 1000:.0f} ms")
    print(f"\n{cost}")
    (artifacts / "erase-cost.txt").write_text(cost + "\n", encoding="utf-8")
    assert one.jobs == 1 and everything.jobs == 49
    assert canary_files(data_home) == []
    assert one_s < 5 and all_s < 30  # far above what was measured: a hang, not a number
