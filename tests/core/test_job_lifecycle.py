"""A summary job never gets stuck: its start is one transaction, a job an older version
left without a plan plans itself (or fails with the reason), and any error while it runs
ends it with a plain message. Real model, real engine process, real SQLite files."""

from __future__ import annotations

import os
import signal
import sqlite3
from types import SimpleNamespace

import pytest

from app.core.engine import EngineError
from app.core.plain_errors import in_words
from app.core.store import Store
from app.core.store.erase import erase_everything
from app.core.summarize import JobFinished, StepDone, StepStarted, run_summary, start_summary
from app.core.summarize.job import load_prompts
from tests.helpers import long_text


def leave_unplanned(store: Store, engine, document, pages=None) -> int:
    """What the old, non-atomic start left when it was killed (or the engine failed)
    after writing the job but before planning its chunks."""
    document_id = store.add_document(path=document.path, sha256=document.sha256,
                                     size=document.size, pages=document.page_count,
                                     format=document.format)
    store.save_pages(document_id, pages or document.pages)
    job_id = store.create_job(document_id, style="brief", model=engine.model.name,
                              prompt_version=load_prompts().version, settings={})
    store.set_job_status(job_id, "running")
    return job_id


def test_an_engine_failure_while_planning_writes_nothing(fresh_engine, tmp_path, data_home):
    store = Store(data_home / "app.db")
    document = long_text(tmp_path)
    os.kill(fresh_engine.pid, signal.SIGKILL)  # the engine dies as the job is planned
    with pytest.raises(EngineError):
        start_summary(store, fresh_engine, document)
    try:
        assert store.jobs() == []
        assert store.db["documents"].count == 0 and store.db["document_pages"].count == 0
    finally:
        store.close()


def test_a_job_left_without_a_plan_plans_itself_and_finishes(engine, tmp_path, data_home):
    store = Store(data_home / "app.db")
    document = long_text(tmp_path, pages=2)
    stuck = leave_unplanned(store, engine, document)
    try:
        assert store.chunks(stuck) == []
        assert start_summary(store, engine, document) == stuck  # handed back, as before
        events = list(run_summary(store, engine, stuck))
        assert events[-1].status == "done", events[-1].message
        assert store.job(stuck)["status"] == "done"
        maps = store.chunks(stuck, "map")
        assert maps and all(c["status"] == "done" for c in maps)
        started = [(e.kind, e.index) for e in events if isinstance(e, StepStarted)]
        assert len(started) == len(set(started)) == len(store.chunks(stuck))
    finally:
        store.close()


def test_a_job_without_plan_or_text_fails_with_the_reason(engine, tmp_path, data_home):
    store = Store(data_home / "app.db")
    blank = SimpleNamespace(number=1, heading=None, text="  \n ")
    stuck = leave_unplanned(store, engine, long_text(tmp_path, pages=1), pages=[blank])
    try:
        [finished] = list(run_summary(store, engine, stuck))
        assert finished.status == "failed" and "contains no text" in finished.message
        job = store.job(stuck)
        assert job["status"] == "failed" and "contains no text" in job["error"]
    finally:
        store.close()


def test_a_job_deleted_while_it_runs_ends_at_once(engine, tmp_path, data_home):
    path = data_home / "app.db"
    store = Store(path)
    job_id = start_summary(store, engine, long_text(tmp_path))
    events = []
    try:
        for event in run_summary(store, engine, job_id):
            events.append(event)
            if isinstance(event, StepStarted) and store.jobs():
                other = Store(path)  # the window's "Delete everything", on its own thread
                erase_everything(other)
                other.close()
        calls = [e for e in events if isinstance(e, StepStarted)]
        finished = events[-1]
        assert isinstance(finished, JobFinished)
        assert finished.status == "cancelled" and finished.message == "This summary was deleted."
        # the calls in hand when it was deleted (the parts written at once), and no more
        assert 1 <= len(calls) <= engine.sequences and len({e.kind for e in calls}) == 1
        assert not any(isinstance(e, StepDone) for e in events)
        assert store.jobs() == []
    finally:
        store.close()


def test_storage_errors_are_said_in_plain_words(tmp_path):
    path = tmp_path / "app.db"
    Store(path).close()
    read_only = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    with pytest.raises(sqlite3.OperationalError) as written:
        read_only.execute("insert into settings values ('a', '1')")
    read_only.close()
    assert in_words(written.value, "resume this document") == (
        "The app's data folder cannot be written (it is read-only or not yours): make it "
        "writable, then resume this document.")

    holder, other = sqlite3.connect(path), sqlite3.connect(path, timeout=0)
    holder.execute("begin immediate")
    with pytest.raises(sqlite3.OperationalError) as locked:
        other.execute("begin immediate")
    holder.rollback()
    holder.close()
    other.close()
    assert in_words(locked.value).startswith("The app's database is in use by another program")

    full = OSError(28, "No space left on device")
    assert in_words(full, "ask again") == "The disk is full: free some space, then ask again."
    bug = in_words(IndexError("list index out of range"))
    assert "IndexError" in bug and "Traceback" not in bug and bug.endswith(".")
