"""The one SQLite file that holds conversations, documents and summary jobs.

Opening a Store sets the pragmas and runs pending migrations, under the write lock;
`Store.reader` opens one that only reads and never takes that lock. A Store (like the
sqlite3 connection under it) belongs to the thread that opened it: open one per thread.
"""

from __future__ import annotations

import json
import time
from collections.abc import Iterable
from pathlib import Path

from sqlite_utils import Database
from sqlite_utils.db import NotFoundError

from app import private_files
from app.core.store import backups, branches
from app.core.store.branches import ACTIVE_LEAF, Position
from app.core.store.connection import OperationalError, StoreDatabase, connect
from app.core.store.migrations import migrations
from app.core.store.model_records import ModelRecords, now
from app.core.store.question_records import QuestionRecords
from app.core.store.sentence_records import SentenceRecords

LOCK_WAIT_S = 10.0
JOB_STATUSES = ("queued", "running", "paused", "done", "failed", "cancelled")


class JobDeleted(LookupError):
    """The job's rows are gone: the user deleted everything while it ran."""

    def __init__(self, job_id: int):
        super().__init__("This summary was deleted.")
        self.job_id = job_id


class Store(ModelRecords, SentenceRecords, QuestionRecords):
    def __init__(self, path: str | Path | None = None, *, memory: bool = False):
        self.path = None if memory else Path(path)
        if memory:
            self.db = StoreDatabase(memory=True)
        else:
            private_files.private_folder(Path(path).parent)
            private_files.private_file(Path(path))  # its -wal and -shm get the same mode
            # Waiting on a lock beats failing when the CLI, the window's threads and a
            # resumed job open the file at the same moment.
            self.db = StoreDatabase(connect(path, timeout=LOCK_WAIT_S))
            self._enable_wal()
        # What is deleted is overwritten with zeros, not left in free pages (some builds
        # of SQLite do it by default, not all): see erase.py for the rest of erasing.
        self.db.execute("PRAGMA secure_delete = ON")
        self.db.execute("PRAGMA foreign_keys = ON")
        self._migrate()

    @classmethod
    def reader(cls, path: str | Path) -> Store:
        """A read-only Store for a file a writer has already opened (and so migrated): no
        `BEGIN IMMEDIATE`, no migration check. In WAL mode its reads go on while another
        connection or process holds the write lock, so a window never waits on a summary."""
        store = cls.__new__(cls)
        store.path = Path(path)
        uri = f"{store.path.resolve().as_uri()}?mode=ro"
        store.db = Database(connect(uri, uri=True, timeout=LOCK_WAIT_S))
        store.db.execute("PRAGMA query_only = ON")  # a write by mistake fails, loudly
        return store

    def _enable_wal(self) -> None:
        """WAL is stored in the file, so only the first opener switches it on. Switching
        needs a moment alone with the file, which SQLite does not wait for: retry."""
        for _ in range(int(LOCK_WAIT_S / 0.05)):
            try:
                if self.db.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
                    self.db.enable_wal()
                return
            except OperationalError:
                time.sleep(0.05)
        self.db.enable_wal()  # still locked: let the error say so

    def _migrate(self) -> None:
        # Take the write lock before looking for pending migrations: two threads or
        # processes opening a fresh file at once would otherwise both create the tables.
        self.db.execute("BEGIN IMMEDIATE")
        try:
            # A schema change of a file that holds data first gets a copy to go back to.
            if self.path and migrations.applied(self.db) and migrations.pending(self.db):
                backups.back_up(self.path)
            migrations.apply(self.db)
        except BaseException:
            self.db.conn.rollback()
            raise
        self.db.conn.commit()

    def close(self) -> None:
        self.db.close()

    # -- conversations -------------------------------------------------------------
    def create_conversation(self, title: str = "New conversation") -> int:
        stamp = now()
        row = {"title": title, "created": stamp, "updated": stamp}
        return self.db["conversations"].insert(row).last_pk

    def rename_conversation(self, conversation_id: int, title: str) -> None:
        self.db["conversations"].update(conversation_id, {"title": title})

    def conversations(self) -> list[dict]:
        """Kept conversations, pinned first, then newest first."""
        return list(self.db["conversations"].rows_where(
            "deleted is null", order_by="pinned desc, updated desc, id desc"))

    def conversation(self, conversation_id: int) -> dict:
        return self.db["conversations"].get(conversation_id)

    def set_pinned(self, conversation_id: int, pinned: bool) -> None:
        self.db["conversations"].update(conversation_id, {"pinned": int(pinned)})

    def delete_conversation(self, conversation_id: int) -> None:
        """Hide it at once; `restore_conversation` undoes this until
        `erase.erase_deleted_conversations` runs."""
        self.db["conversations"].update(conversation_id, {"deleted": now()})

    def restore_conversation(self, conversation_id: int) -> None:
        self.db["conversations"].update(conversation_id, {"deleted": None})

    def set_conversation_settings(self, conversation_id: int, *, system_prompt: str | None,
                                  settings: dict) -> None:
        self.db["conversations"].update(conversation_id, {
            "system_prompt": system_prompt, "settings": json.dumps(settings, sort_keys=True)})

    def search_messages(self, query: str, limit: int = 50) -> list[dict]:
        """Messages matching every word of `query` (SQLite full-text search), newest first,
        with the conversation's title and a snippet around the match."""
        words = [w.replace('"', "") for w in query.split() if w.strip('"')]
        if not words:
            return []
        match = " ".join(f'"{w}"*' for w in words)
        # Only the versions shown: an answer the user regenerated away is not a hit.
        sql = branches.ACTIVE_PATHS.format(conversation_filter="deleted is null") + (
            "select messages.id, messages.conversation_id, messages.role, messages.created, "
            "conversations.title, snippet(messages_fts, 0, '[', ']', '…', 12) as snippet "
            "from messages_fts join messages on messages.rowid = messages_fts.rowid "
            "join active_path on active_path.id = messages.id "
            "join conversations on conversations.id = messages.conversation_id "
            "where messages_fts match ? "
            "order by messages.id desc limit ?"
        )
        return [dict(r) for r in self.db.query(sql, [match, limit])]

    def add_message(
        self,
        conversation_id: int,
        role: str,
        text: str,
        *,
        parent_id: int | None | Position = ACTIVE_LEAF,
        model: str | None = None,
        timings: dict | None = None,
        finish_reason: str | None = None,
        load_options: dict | None = None,
    ) -> int:
        """Add a message after `parent_id` (None: a new first message) and show it; by
        default after the last message shown. A parent with replies gets a new version."""
        timings = timings or {}
        row = {
            "conversation_id": conversation_id,
            "role": role,
            "text": text,
            "model": model,
            "created": now(),
            "prompt_tokens": timings.get("prompt_tokens"),
            "output_tokens": timings.get("output_tokens"),
            "prefill_tps": timings.get("prefill_tps"),
            "decode_tps": timings.get("decode_tps"),
            "ttft_s": timings.get("ttft_s"),
            "finish_reason": finish_reason,
            "load_options": json.dumps(load_options, sort_keys=True) if load_options else None,
        }
        with self.db.atomic():
            if parent_id is ACTIVE_LEAF:
                parent_id = branches.active_leaf(self.db, conversation_id)
            row["parent_id"] = parent_id
            message_id = self.db["messages"].insert(row).last_pk
            branches.make_active(self.db, message_id)
            self.db["conversations"].update(conversation_id, {"updated": row["created"]})
        return message_id

    def messages(self, conversation_id: int) -> list[dict]:
        """The thread shown (the active path), first to last; each message also has its
        `version` (1-based) among the versions of its turn and how many `versions` exist."""
        return branches.active_path(self.db, conversation_id)

    def versions(self, message_id: int) -> list[dict]:
        """The versions of one turn (the message and its siblings), oldest first."""
        return branches.versions(self.db, message_id)

    def show_version(self, message_id: int, step: int = 0) -> int:
        """Show the version `step` places away from this message (0: this one) and the
        thread last shown below it; the choice is kept. Returns the id now shown."""
        with self.db.atomic():
            return branches.step_version(self.db, message_id, step)

    # -- settings ------------------------------------------------------------------
    def settings(self) -> dict:
        return {row["key"]: json.loads(row["value"]) for row in self.db["settings"].rows}

    def save_settings(self, values: dict) -> None:
        rows = [{"key": k, "value": json.dumps(v)} for k, v in values.items()]
        with self.db.atomic():
            self.db["settings"].upsert_all(rows, pk="key")

    # -- documents -----------------------------------------------------------------
    def add_document(
        self, *, path: str, sha256: str, size: int, pages: int, format: str
    ) -> int:
        existing = list(
            self.db["documents"].rows_where("sha256 = ? and path = ?", [sha256, path], limit=1)
        )
        if existing:
            return existing[0]["id"]
        row = {
            "path": path,
            "name": Path(path).name,
            "sha256": sha256,
            "size": size,
            "pages": pages,
            "format": format,
            "added": now(),
        }
        return self.db["documents"].insert(row).last_pk

    def document(self, document_id: int) -> dict:
        return self.db["documents"].get(document_id)

    def save_pages(self, document_id: int, pages: Iterable) -> None:
        """Keep each page's text once per document (pages have number, heading, text)."""
        if self.db["document_pages"].count_where("document_id = ?", [document_id]):
            return
        rows = [{"document_id": document_id, "number": p.number, "heading": p.heading,
                 "text": p.text, "ocr_confidence": getattr(p, "ocr_confidence", None),
                 "ocr_seconds": getattr(p, "ocr_seconds", None) or None} for p in pages]
        with self.db.atomic():
            self.db["document_pages"].insert_all(rows)

    def ocr_pace(self, recent: int = 50) -> float | None:
        """Seconds a scanned page took on this machine, the mean of the last pages read by
        OCR; None before the first."""
        row = self.db.execute(
            "select avg(ocr_seconds) from (select ocr_seconds from document_pages "
            "where ocr_seconds > 0 order by id desc limit ?)", [recent]).fetchone()
        return row[0] if row and row[0] else None

    def pages(self, document_id: int) -> list[dict]:
        return list(self.db["document_pages"].rows_where("document_id = ?", [document_id],
                                                         order_by="number"))

    # -- summary jobs --------------------------------------------------------------
    def create_job(
        self, document_id: int, *, style: str, model: str, prompt_version: str, settings: dict,
        model_sha256: str | None = None,
    ) -> int:
        row = {
            "document_id": document_id,
            "status": "queued",
            "style": style,
            "model": model,
            "model_sha256": model_sha256,
            "prompt_version": prompt_version,
            "settings": json.dumps(settings, sort_keys=True),
            "created": now(),
        }
        return self.db["summary_jobs"].insert(row).last_pk

    def job(self, job_id: int) -> dict:
        try:
            return self.db["summary_jobs"].get(job_id)
        except NotFoundError:
            raise JobDeleted(job_id) from None

    def unfinished_jobs(self, statuses: tuple[str, ...] = ("queued", "running")) -> list[dict]:
        """Jobs a restart should pick up again, oldest first (paused ones wait for the user)."""
        marks = ", ".join("?" for _ in statuses)
        return list(self.db["summary_jobs"].rows_where(f"status in ({marks})", list(statuses),
                                                       order_by="id"))

    def find_jobs(self, sha256: str, style: str, statuses: tuple[str, ...]) -> list[dict]:
        """Jobs for this document and style in one of `statuses`, newest first."""
        marks = ", ".join("?" for _ in statuses)
        sql = (f"select summary_jobs.* from summary_jobs join documents "
               f"on documents.id = summary_jobs.document_id where documents.sha256 = ? "
               f"and summary_jobs.style = ? and summary_jobs.status in ({marks}) "
               f"order by summary_jobs.id desc")
        return [dict(row) for row in self.db.query(sql, [sha256, style, *statuses])]

    def earlier_jobs(self, job: dict) -> list[dict]:
        """Other jobs of the same document (by its content) by the same model file and
        prompt set, newest first: the ones whose notes `job` may share (summarize/notes.py)."""
        sql = ("select summary_jobs.* from summary_jobs join documents "
               "on documents.id = summary_jobs.document_id where documents.sha256 = "
               "(select sha256 from documents where id = ?) and summary_jobs.id != ? "
               "and summary_jobs.model = ? and summary_jobs.model_sha256 is ? "
               "and summary_jobs.prompt_version = ? order by summary_jobs.id desc")
        return [dict(row) for row in self.db.query(sql, [
            job["document_id"], job["id"], job["model"], job.get("model_sha256"),
            job["prompt_version"]])]

    @staticmethod
    def job_flags(job: dict) -> list[str]:
        """The claims of a finished job's summary that the document does not contain."""
        return json.loads(job["flags"]) if job.get("flags") else []

    def set_job_flags(self, job_id: int, flags: list[str]) -> None:
        self.db["summary_jobs"].update(job_id, {"flags": json.dumps(flags, ensure_ascii=False)})

    def jobs(self) -> list[dict]:
        sql = (
            "select summary_jobs.*, documents.name as document_name, documents.pages as pages "
            "from summary_jobs join documents on documents.id = summary_jobs.document_id "
            "order by summary_jobs.id desc"
        )
        return [dict(row) for row in self.db.query(sql)]

    def set_job_status(
        self, job_id: int, status: str, *, summary: str | None = None, error: str | None = None
    ) -> None:
        if status not in JOB_STATUSES:
            raise ValueError(f"unknown job status {status!r}")
        changes: dict = {"status": status}
        if summary is not None:
            changes["summary"] = summary
        if error is not None:
            changes["error"] = error
        if status in ("done", "failed", "cancelled"):
            changes["finished"] = now()
        self._update_job(job_id, changes)

    def finish_job(self, job_id: int, summary: str, flags: list[str],
                   sentences: list[dict] | None = None) -> None:
        """Done, with its summary, flagged claims and sentence sources, in one transaction:
        a crash never leaves a summary without its flags or its sources."""
        with self.db.atomic():
            self._update_job(job_id, {"status": "done", "summary": summary, "finished": now(),
                                      "flags": json.dumps(flags, ensure_ascii=False)})
            if sentences is not None:
                self.save_sentences(job_id, sentences)

    def _update_job(self, job_id: int, changes: dict) -> None:
        columns = ", ".join(f"{name} = ?" for name in changes)
        with self.db.atomic():
            cursor = self.db.execute(f"update summary_jobs set {columns} where id = ?",
                                     [*changes.values(), job_id])
        if cursor.rowcount == 0:
            raise JobDeleted(job_id)

    def plan_chunks(self, job_id: int, kind: str, spans: Iterable[tuple], first: int = 0):
        """Record the pending chunks of one step, numbered from `first` (early.py records a
        combining level group by group): (first_page, last_page, input_tokens[, source[,
        inputs]]) each; the source lets the step run again from the database alone, the inputs
        (the parts a combining step is given) lead a summary sentence down to its chunks."""
        rows = [
            {
                "job_id": job_id,
                "idx": idx,
                "kind": kind,
                "first_page": span[0],
                "last_page": span[1],
                "input_tokens": span[2],
                "source": span[3] if len(span) > 3 else None,
                "inputs": json.dumps(span[4]) if len(span) > 4 else None,
                "status": "pending",
            }
            for idx, span in enumerate(spans, first)
        ]
        with self.db.atomic():
            self.db["job_chunks"].insert_all(rows)

    def drop_chunks(self, job_id: int, kinds: Iterable[str]) -> None:
        kinds = list(kinds)
        if kinds:
            marks = ", ".join("?" for _ in kinds)
            with self.db.atomic():
                self.db.execute(f"delete from job_chunks where job_id = ? and kind in ({marks})",
                                [job_id, *kinds])

    def finish_chunk(self, job_id: int, kind: str, idx: int, result: str) -> None:
        # Each chunk is its own transaction: a crash later never loses it.
        with self.db.atomic():
            cursor = self.db.execute(
                "update job_chunks set status = 'done', result = ?, finished = ? "
                "where job_id = ? and kind = ? and idx = ?",
                [result, now(), job_id, kind, idx],
            )
        if cursor.rowcount == 0:  # deleted while the model wrote it
            raise JobDeleted(job_id)

    def chunks(self, job_id: int, kind: str | None = None) -> list[dict]:
        where, args = "job_id = ?", [job_id]
        if kind is not None:
            where, args = where + " and kind = ?", args + [kind]
        return list(self.db["job_chunks"].rows_where(where, args, order_by="kind, idx"))
