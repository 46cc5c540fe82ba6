"""The store migrates an empty database to the exact schema and keeps what it is given."""

from __future__ import annotations

import sqlite3

from app.core.store import Store
from app.core.store.erase import erase_deleted_conversations, erase_everything
from app.core.store.migrations import migrations

EXPECTED_COLUMNS = {
    "conversations": ["id", "title", "created", "updated", "pinned", "deleted",
                      "system_prompt", "settings", "active_root_id"],
    "messages": [
        "id", "conversation_id", "role", "text", "model", "created", "prompt_tokens",
        "output_tokens", "prefill_tps", "decode_tps", "ttft_s", "finish_reason",
        "parent_id", "active_child_id", "load_options", "sources", "checks",
    ],
    "documents": ["id", "path", "name", "sha256", "size", "pages", "format", "added"],
    "summary_jobs": [
        "id", "document_id", "status", "style", "model", "prompt_version", "settings",
        "summary", "error", "created", "finished", "flags", "model_sha256",
    ],
    "job_chunks": [
        "id", "job_id", "idx", "kind", "first_page", "last_page", "input_tokens", "status",
        "result", "finished", "source", "inputs",
    ],
    "document_pages": ["id", "document_id", "number", "heading", "text", "ocr_confidence",
                       "ocr_seconds"],
    "settings": ["key", "value"],
    "models": ["path", "name", "source", "size", "mtime_ns", "sha256", "hashed", "card",
               "problem", "added"],
    "model_folders": ["path", "added"],
    "summary_sentences": ["id", "job_id", "idx", "text", "start", "end", "level", "scope",
                          "passages", "claims", "model"],
    "passages": ["id", "document_id", "page", "start", "end", "text"],
    "conversation_documents": ["conversation_id", "document_id", "added", "detached"],
}


def test_empty_database_migrates_to_exact_schema(tmp_path):
    store = Store(tmp_path / "fresh.db")
    tables = {name: [c.name for c in store.db[name].columns] for name in EXPECTED_COLUMNS}
    assert tables == EXPECTED_COLUMNS
    applied = [row["name"] for row in store.db["_sqlite_migrations"].rows]
    assert applied == ["m001_initial", "m002_pages_sources_flags", "m003_conversation_tools",
                       "m004_message_branches", "m005_models_library",
                       "m006_summary_sentences", "m007_questions", "m008_passage_trigrams",
                       "m009_scanned_pages", "m010_detached_documents",
                       "m011_sentence_model_checks"]
    store.close()


def test_pragmas_are_set_and_reopening_does_not_migrate_twice(tmp_path):
    path = tmp_path / "app.db"
    Store(path).close()
    store = Store(path)
    assert store.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert store.db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert store.db["_sqlite_migrations"].count == len(migrations._migrations)  # each once
    store.close()


def test_oldest_schema_with_data_migrates_and_keeps_it(tmp_path):
    from sqlite_utils import Database


    path = tmp_path / "old.db"
    old = Database(path)
    migrations.apply(old, stop_before="m002_pages_sources_flags")
    old["conversations"].insert({"id": 1, "title": "From version 0.1", "created": "x",
                                 "updated": "x"})
    old["messages"].insert({"conversation_id": 1, "role": "user", "text": "still here?"})
    old.close()

    store = Store(path)
    assert [m["text"] for m in store.messages(1)] == ["still here?"]
    assert "source" in store.db["job_chunks"].columns_dict
    assert [hit["conversation_id"] for hit in store.search_messages("still")] == [1]
    store.close()


def test_a_conversation_about_documents_before_m010_still_asks_them(tmp_path):
    from sqlite_utils import Database


    path = tmp_path / "m008.db"
    old = Database(path)
    migrations.apply(old, stop_before="m010_detached_documents")
    old["conversations"].insert({"id": 1, "title": "About fees", "created": "x",
                                 "updated": "x"})
    old["documents"].insert({"id": 7, "path": "/d/fees.pdf", "name": "fees.pdf"})
    old["conversation_documents"].insert({"conversation_id": 1, "document_id": 7,
                                          "added": "x"})
    old.close()

    store = Store(path)
    assert store.conversation_documents(1) == [7]
    store.detach_documents(1)
    assert store.conversation_documents(1) == []
    assert store.db["conversation_documents"].count == 1  # kept: its answers cite fees.pdf
    store.close()


def test_messages_keep_their_timings_and_order(tmp_path):
    store = Store(tmp_path / "app.db")
    conversation = store.create_conversation("Budget questions")
    store.add_message(conversation, "user", "What is the total?")
    store.add_message(conversation, "assistant", "It is 42.", model="demo",
                      timings={"prompt_tokens": 10, "output_tokens": 4, "decode_tps": 50.0,
                               "ttft_s": 0.1}, finish_reason="stop")
    rows = store.messages(conversation)
    assert [r["role"] for r in rows] == ["user", "assistant"]
    assert rows[1]["output_tokens"] == 4 and rows[1]["decode_tps"] == 50.0
    assert store.conversations()[0]["title"] == "Budget questions"
    store.close()


def test_foreign_keys_refuse_a_message_without_conversation(tmp_path):
    store = Store(tmp_path / "app.db")
    try:
        store.add_message(999, "user", "orphan")
    except sqlite3.IntegrityError:
        pass
    else:
        raise AssertionError("a message for a missing conversation was accepted")
    finally:
        store.close()


def test_finished_chunk_survives_a_reopen(tmp_path):
    path = tmp_path / "app.db"
    store = Store(path)
    document = store.add_document(path="/x/report.pdf", sha256="ab" * 32, size=10, pages=3,
                                  format="pdf")
    job = store.create_job(document, style="brief", model="demo", prompt_version="v1",
                           settings={"n_ctx": 2048})
    store.plan_chunks(job, "map", [(1, 2, 100), (3, 3, 50)])
    store.finish_chunk(job, "map", 0, "first part")
    store.close()  # as if the app had crashed here

    reopened = Store(path)
    chunks = reopened.chunks(job, "map")
    assert [(c["idx"], c["status"], c["result"]) for c in chunks] == [
        (0, "done", "first part"), (1, "pending", None)]
    assert reopened.job(job)["status"] == "queued"
    reopened.close()


def open_at_once(path, threads: int) -> list[Exception]:
    """Open the same file from `threads` threads released together; the errors raised."""
    import threading

    errors: list[Exception] = []
    start = threading.Barrier(threads)

    def open_store():
        start.wait()
        try:
            Store(path).close()
        except Exception as exc:
            errors.append(exc)

    workers = [threading.Thread(target=open_store) for _ in range(threads)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    return errors


def test_many_threads_opening_a_fresh_file_at_once_all_succeed(tmp_path):
    path = tmp_path / "race.db"
    errors = open_at_once(path, 6)
    assert errors == []
    store = Store(path)
    assert store.db["_sqlite_migrations"].count == len(migrations._migrations)  # each once
    store.close()


def test_search_finds_a_word_from_an_old_conversation_and_skips_deleted_ones(tmp_path):
    store = Store(tmp_path / "app.db")
    old = store.create_conversation("Procurement")
    store.add_message(old, "user", "Which supplier won the Kuantan tender?")
    for n in range(30):
        other = store.create_conversation(f"Chat {n}")
        store.add_message(other, "user", f"Question number {n} about something else")
    [hit] = store.search_messages("kuantan")
    assert hit["conversation_id"] == old and "[Kuantan]" in hit["snippet"]
    assert store.search_messages('tend "') and store.search_messages("   ") == []
    store.delete_conversation(old)
    assert store.search_messages("kuantan") == []
    store.restore_conversation(old)
    assert store.conversations()[-1]["id"] == old  # oldest last
    store.set_pinned(old, True)
    assert store.conversations()[0]["id"] == old  # pinned first
    store.delete_conversation(old)
    assert erase_deleted_conversations(store).conversations == 1 and store.messages(old) == []
    store.close()


def test_settings_round_trip_and_clear_all(tmp_path):
    store = Store(tmp_path / "app.db")
    store.save_settings({"theme": "dark", "context_length": 4096})
    store.save_settings({"theme": "light"})
    assert store.settings() == {"theme": "light", "context_length": 4096}
    conversation = store.create_conversation("x")
    store.add_message(conversation, "user", "secret budget figures")
    erase_everything(store)
    assert store.conversations() == [] and store.search_messages("secret") == []
    assert store.settings()["theme"] == "light"  # preferences are not the user's data
    store.close()


def test_opening_while_another_connection_writes_waits_instead_of_failing(tmp_path):
    import sqlite3
    import threading

    path = tmp_path / "busy.db"
    Store(path).close()
    writer = sqlite3.connect(path, check_same_thread=False)
    writer.execute("BEGIN EXCLUSIVE")  # another thread holds the file for a moment
    threading.Timer(0.5, writer.rollback).start()
    store = Store(path)  # waits for the lock rather than raising "database is locked"
    assert store.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    store.close()
    writer.close()


def test_fresh_file_opened_by_many_threads_switches_to_wal_once(tmp_path):
    path = tmp_path / "fresh.db"
    errors: list[Exception] = []
    for _ in range(5):  # a race: try it several times
        path.unlink(missing_ok=True)
        errors += open_at_once(path, 8)
    assert errors == []


def test_a_write_that_reads_first_is_not_refused_by_another_writer(tmp_path):
    """A transaction that reads, then writes, while another connection commits in between:
    with a plain BEGIN SQLite refuses the write at once ("database is locked", no waiting);
    the store's transactions take the write lock first, so the other writer waits instead."""
    path = tmp_path / "app.db"
    store = Store(path)
    conversation = store.create_conversation("Tender")
    other = sqlite3.connect(path, timeout=0)  # the window's pool, the lane, a CLI command
    try:
        with store.db.atomic():
            store.messages(conversation)  # a read: the transaction now has a snapshot
            try:
                other.execute("insert into conversations (title, created, updated) "
                              "values ('Other', '2026-01-01', '2026-01-01')")
                other.commit()
            except sqlite3.OperationalError:
                pass  # it waits for the lock (here, with no timeout, it gives up at once)
            store.add_message(conversation, "user", "Which supplier won?")
    finally:
        other.close()
    assert [m["text"] for m in store.messages(conversation)] == ["Which supplier won?"]
    store.close()
