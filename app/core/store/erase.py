"""Deletion that erases: what the user (or a retention policy) deletes leaves no text that a
tool reading the data folder could recover.

A plain DELETE is not enough in SQLite. The deleted rows stay readable in four places:
- free pages and cells of the database file: `PRAGMA secure_delete` (set by every Store
  that writes) overwrites them with zeros as they are freed;
- the full-text index of messages (`messages_fts`, FTS5 over the messages table): its
  triggers only add "delete" markers, the words stay in older index segments until
  those are merged, so the index is merged ('optimize') after a message goes;
- the write-ahead log, which holds whole pages as they were: it is checkpointed into the
  file and truncated to nothing (a connection that is reading at that moment keeps its
  part; SQLite empties the log when the last connection closes);
- the backup copies taken before a schema upgrade (`backups.py`): they are re-made from
  what is left, so a damaged file can still be restored, without the erased text.
The bulk erasures (everything, a retention purge) also VACUUM: the file shrinks and no
page of the old layout is left behind.

One function per kind of deletion, each returning what it removed, so that the audit
trail can record each in one line.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

from app.core import audit
from app.core.store import backups

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class Erased:
    """What one erasure removed. `complete` is False when another connection was reading
    as the log was emptied: what it still sees leaves the log when that connection ends."""

    conversations: int = 0
    documents: int = 0
    jobs: int = 0
    seconds: float = 0.0
    complete: bool = True

    def describe(self) -> str:
        parts = [_count(self.conversations, "conversation"), _count(self.documents, "document"),
                 _count(self.jobs, "summary")]
        removed = ", ".join(p for p in parts if p)
        return f"Erased {removed}." if removed else "Nothing to erase."


def erase_conversation(store, conversation_id: int) -> Erased:
    """One conversation and every message of it, at once (no undo), and the text of the
    documents it asked about that no job and no other conversation uses."""
    return _erase(store, "conversation", conversations=[conversation_id])


def erase_deleted_conversations(store) -> Erased:
    """The conversations the user deleted whose undo time is over."""
    ids = _ids(store, "select id from conversations where deleted is not null")
    return _erase(store, "deleted conversations", conversations=ids)


def erase_job(store, job_id: int) -> Erased:
    """A summary job, its parts, and its document's text unless another job uses it or a
    conversation asks about it."""
    return _erase(store, "summary", jobs=[job_id])


def erase_document(store, document_id: int) -> Erased:
    """A document's text and every summary made of it."""
    jobs = _ids(store, "select id from summary_jobs where document_id = ?", [document_id])
    return _erase(store, "document", jobs=jobs, documents=[document_id])


def erase_everything(store) -> Erased:
    """Every conversation, document and summary ("Delete everything"); settings and the
    list of models stay."""
    return _erase(store, "everything",
                  conversations=_ids(store, "select id from conversations"),
                  jobs=_ids(store, "select id from summary_jobs"),
                  documents=_ids(store, "select id from documents"), bulk=True)


def purge_older_than(store, days: int, *, now: datetime | None = None) -> Erased:
    """What a retention policy removes: conversations with no message in the last `days`
    days, summaries finished (or started) before then, and the text of documents added
    before then that no kept summary uses."""
    if days < 0:
        raise ValueError("The number of days cannot be negative.")
    cutoff = ((now or datetime.now(timezone.utc)) - timedelta(days=days)).isoformat(
        timespec="seconds")
    return _erase(
        store, f"older than {days} days",
        conversations=_ids(store, "select id from conversations where updated <= ?", [cutoff]),
        jobs=_ids(store, "select id from summary_jobs where coalesce(finished, created) <= ?",
                  [cutoff]),
        documents=_ids(store, "select id from documents where added <= ?", [cutoff]),
        bulk=True)


# -- the steps ------------------------------------------------------------------------------
def _erase(store, what: str, *, conversations: Iterable[int] = (), jobs: Iterable[int] = (),
           documents: Iterable[int] = (), bulk: bool = False) -> Erased:
    started = time.perf_counter()
    db = store.db
    with db.atomic():
        removed_conversations, asked = _remove_conversations(db, list(conversations))
        removed_jobs, touched = _remove_jobs(db, list(jobs))
        removed_documents = _remove_documents(db, set(documents), {*touched, *asked})
    removed = removed_jobs or removed_documents or removed_conversations
    if bulk:
        # Also what deletions made before this version left: the index is made again
        # from the messages kept, and VACUUM rewrites the file without a free page.
        db.execute("insert into messages_fts(messages_fts) values ('rebuild')")
        db.execute("insert into passages_fts(passages_fts) values ('rebuild')")
        db.execute("insert into passages_trigram(passages_trigram) values ('rebuild')")
        db.execute("VACUUM")
    complete = checkpoint(store) if removed or bulk else True
    if removed:
        _remake_backups(store)
    erased = Erased(removed_conversations, removed_documents, removed_jobs,
                    time.perf_counter() - started, complete)
    # IT's trail says what went and when, never what it said. After the erasure: what the
    # user deleted is gone even if the trail cannot be written (that error is then shown).
    if removed or bulk:  # a bulk erasure that found nothing still ran: IT may ask
        audit.record("data_erased", what=what, conversations=erased.conversations,
                     documents=erased.documents, jobs=erased.jobs)
    logger.info("erased %d conversation(s), %d document(s), %d job(s) in %.2f s%s",
                erased.conversations, erased.documents, erased.jobs, erased.seconds,
                "" if complete else "; the log is emptied when the last reader closes")
    return erased


def _remove_jobs(db, job_ids: list[int]) -> tuple[int, set[int]]:
    """Delete the jobs and their parts; returns how many, and the documents they used."""
    found = [(row[0], row[1]) for row in _rows(db, "summary_jobs", "id, document_id", job_ids)]
    ids = [(job_id,) for job_id, _ in found]
    db.conn.executemany("delete from summary_sentences where job_id = ?", ids)
    db.conn.executemany("delete from job_chunks where job_id = ?", ids)
    db.conn.executemany("delete from summary_jobs where id = ?", ids)
    return len(found), {document_id for _, document_id in found}


def _remove_documents(db, chosen: set[int], touched: set[int]) -> int:
    """Delete the documents `chosen` and those `touched` (by a job or a conversation that
    went) that no job uses and no conversation asks about any more; their pages and
    passages hold the text."""
    unused = [(row[0],) for row in _rows(db, "documents", "id", sorted(chosen | touched))
              if not db.execute("select 1 from summary_jobs where document_id = ? limit 1",
                                [row[0]]).fetchone()
              and (row[0] in chosen or not db.execute(
                  "select 1 from conversation_documents where document_id = ? limit 1",
                  [row[0]]).fetchone())]
    db.conn.executemany("delete from document_pages where document_id = ?", unused)
    db.conn.executemany("delete from passages where document_id = ?", unused)
    db.conn.executemany("delete from conversation_documents where document_id = ?", unused)
    db.conn.executemany("delete from documents where id = ?", unused)
    if unused:  # as for messages below: the passages' words leave the index for good
        db.execute("insert into passages_fts(passages_fts) values ('optimize')")
        db.execute("insert into passages_trigram(passages_trigram) values ('optimize')")
    return len(unused)


def _remove_conversations(db, conversation_ids: list[int]) -> tuple[int, set[int]]:
    """Delete the conversations and their messages; returns how many, and the documents
    they asked about (whose text goes too when nothing else uses it)."""
    ids = [(row[0],) for row in _rows(db, "conversations", "id", conversation_ids)]
    asked = {row[0] for (conversation_id,) in ids for row in db.execute(
        "select document_id from conversation_documents where conversation_id = ?",
        [conversation_id])}
    db.conn.executemany("delete from messages where conversation_id = ?", ids)
    db.conn.executemany("delete from conversation_documents where conversation_id = ?", ids)
    db.conn.executemany("delete from conversations where id = ?", ids)
    if ids:  # (a bulk erasure rebuilds the index afterwards anyway)
        # The triggers left "delete" markers; merging every segment into one drops the
        # deleted messages' words from the index for good.
        db.execute("insert into messages_fts(messages_fts) values ('optimize')")
    return len(ids), asked


def checkpoint(store) -> bool:
    """Copy the write-ahead log into the file and truncate it to nothing. SQLite waits (the
    Store's lock timeout) for readers to finish; False if one still held its snapshot."""
    if store.path is None:
        return True  # in memory: no log
    busy, _, _ = store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
    return busy == 0


def _remake_backups(store) -> None:
    """The backup copies hold the erased text too: replace them with one copy of what is
    left (none is made where there were none)."""
    if store.path is None:
        return
    old = backups.backups(store.path)
    if not old:
        return
    fresh = backups.back_up(store.path)
    for copy in old:
        if copy != fresh:
            copy.unlink(missing_ok=True)


def _rows(db, table: str, columns: str, ids: list[int]):
    """The rows of `table` among `ids` (ids that are gone already are skipped)."""
    for start in range(0, len(ids), 500):  # under SQLite's limit of bound values
        batch = ids[start:start + 500]
        marks = ", ".join("?" for _ in batch)
        yield from db.execute(f"select {columns} from {table} where id in ({marks})", batch)


def _ids(store, sql: str, args: Iterable = ()) -> list[int]:
    return [row[0] for row in store.db.execute(sql, list(args))]


def _count(number: int, noun: str) -> str:
    if not number:
        return ""
    plural = "summaries" if noun == "summary" else f"{noun}s"
    return f"{number} {noun if number == 1 else plural}"
