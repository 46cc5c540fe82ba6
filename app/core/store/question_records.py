"""The store's side of asking the documents (see migration m007): the passages of each
document in a full-text index ranked by BM25, the documents a conversation asks about, and
what an answer was given and what its check found."""

from __future__ import annotations

import json
from collections.abc import Iterable

from app.core.store.model_records import now


class QuestionRecords:
    """Mixed into Store; `self.db` is its sqlite-utils Database."""

    # -- the passage index ---------------------------------------------------------
    def has_passages(self, document_id: int) -> bool:
        return bool(self.db["passages"].count_where("document_id = ?", [document_id]))

    def save_passages(self, document_id: int, passages: Iterable[dict]) -> None:
        """Index a document's passages (dicts with page, start, end, text) once."""
        if self.has_passages(document_id):
            return
        rows = [{**p, "document_id": document_id} for p in passages]
        with self.db.atomic():
            self.db["passages"].insert_all(rows)

    def search_passages(self, match: str, document_ids: list[int], limit: int) -> list[dict]:
        """The passages of these documents that `match` (an FTS5 query) finds, best first,
        each with its `rank` (FTS5's BM25: lower is better)."""
        marks = ",".join("?" * len(document_ids))
        sql = (f"select passages.*, passages_fts.rank as rank from passages_fts "
               f"join passages on passages.id = passages_fts.rowid "
               f"where passages_fts match ? and passages.document_id in ({marks}) "
               f"order by passages_fts.rank limit ?")
        return [dict(r) for r in self.db.query(sql, [match, *document_ids, limit])]

    def count_passages(self, document_ids: list[int], match: str | None = None) -> int:
        """How many passages these documents have (that `match` finds, when given)."""
        marks = ",".join("?" * len(document_ids))
        if match is None:
            sql = f"select count(*) from passages where document_id in ({marks})"
            return self.db.execute(sql, document_ids).fetchone()[0]
        sql = (f"select count(*) from passages_fts join passages "
               f"on passages.id = passages_fts.rowid where passages_fts match ? "
               f"and passages.document_id in ({marks})")
        return self.db.execute(sql, [match, *document_ids]).fetchone()[0]

    def passages_containing(self, pieces: list[str], document_ids: list[int],
                            limit: int) -> list[dict]:
        """The passages of these documents holding any of `pieces` anywhere (text without
        spaces between words: Thai, Chinese…): pieces of three letters or more through the
        trigram index (m008); shorter ones, which that index cannot look up, by reading the
        documents' passages (a few thousand for a long document: milliseconds)."""
        marks = ",".join("?" * len(document_ids))
        long, short = [p for p in pieces if len(p) >= 3], [p for p in pieces if len(p) < 3]
        rows = []
        if long:
            rows += self.db.query(
                f"select passages.* from passages_trigram join passages on passages.id = "
                f"passages_trigram.rowid where passages_trigram match ? and "
                f"passages.document_id in ({marks}) limit ?",
                [" OR ".join(map(_phrase, long)), *document_ids, limit])
        if short:
            holds = " or ".join("text like ?" for _ in short)
            rows += self.db.query(
                f"select * from passages where document_id in ({marks}) and ({holds}) "
                f"limit ?", [*document_ids, *(f"%{p}%" for p in short), limit])
        return list({row["id"]: dict(row) for row in rows}.values())

    def passage_after(self, document_id: int, page: int, end: int) -> dict | None:
        """The passage that comes next on a page after the one ending at `end`, if any."""
        rows = self.db.query(
            "select * from passages where document_id = ? and page = ? and start >= ? "
            "order by start limit 1", [document_id, page, end])
        return next((dict(row) for row in rows), None)

    def count_containing(self, piece: str, document_ids: list[int]) -> int:
        """How many passages of these documents hold `piece` (see passages_containing)."""
        marks = ",".join("?" * len(document_ids))
        if len(piece) >= 3:
            sql = (f"select count(*) from passages_trigram join passages on passages.id = "
                   f"passages_trigram.rowid where passages_trigram match ? and "
                   f"passages.document_id in ({marks})")
            return self.db.execute(sql, [_phrase(piece), *document_ids]).fetchone()[0]
        sql = f"select count(*) from passages where document_id in ({marks}) and text like ?"
        return self.db.execute(sql, [*document_ids, f"%{piece}%"]).fetchone()[0]

    def passages_between(self, document_id: int, first: int, last: int) -> list[dict]:
        """A document's passages on pages first to last, in reading order."""
        return [dict(r) for r in self.db.query(
            "select * from passages where document_id = ? and page between ? and ? "
            "order by page, start", [document_id, first, last])]

    def map_notes(self, document_ids: list[int]) -> list[dict]:
        """The finished parts (kind "map") of the summary jobs of documents with the same
        content as these, in jobs of several parts, each as the asked document's id,
        the part's pages, its text and the job's prompt set."""
        marks = ",".join("?" * len(document_ids))
        return [dict(r) for r in self.db.query(
            f"select asked.id as document_id, part.first_page, part.last_page, part.result, "
            f"job.prompt_version from documents asked join documents same on same.sha256 "
            f"= asked.sha256 join summary_jobs job on job.document_id = same.id join "
            f"job_chunks part on part.job_id = job.id where asked.id in ({marks}) and "
            f"part.kind = 'map' and part.status = 'done' and (select count(*) from "
            f"job_chunks other where other.job_id = job.id and other.kind = 'map') > 1 "
            f"order by asked.id, part.first_page", document_ids)]

    def document_with_pages(self, sha256: str) -> int | None:
        """A stored document with this content whose pages are kept (None: none yet)."""
        row = self.db.execute(
            "select id from documents where sha256 = ? and exists (select 1 from "
            "document_pages where document_id = documents.id) order by id limit 1",
            [sha256]).fetchone()
        return row[0] if row else None

    # -- conversations about documents ---------------------------------------------
    def attach_documents(self, conversation_id: int, document_ids: Iterable[int]) -> None:
        """From now on the conversation asks these documents (again, if it stopped)."""
        ids = list(document_ids)
        rows = [{"conversation_id": conversation_id, "document_id": d, "added": now()}
                for d in ids]
        with self.db.atomic():
            self.db["conversation_documents"].insert_all(rows, ignore=True)
            self.db.conn.executemany(
                "update conversation_documents set detached = null "
                "where conversation_id = ? and document_id = ?",
                [(conversation_id, d) for d in ids])

    def detach_documents(self, conversation_id: int) -> None:
        """Back to plain chat: the next question goes to the model alone (see m010)."""
        with self.db.atomic():
            self.db.execute("update conversation_documents set detached = ? "
                            "where conversation_id = ? and detached is null",
                            [now(), conversation_id])

    def conversation_documents(self, conversation_id: int) -> list[int]:
        """The documents the conversation asks now (none: a plain chat)."""
        rows = self.db["conversation_documents"].rows_where(
            "conversation_id = ? and detached is null", [conversation_id],
            order_by="document_id")
        return [row["document_id"] for row in rows]

    def askable_documents(self) -> list[dict]:
        """The documents that can be asked (id, name, path, pages), by folder then name:
        those whose pages are kept and that no summary is reading or waiting to read."""
        return [dict(r) for r in self.db.query(
            "select id, name, path, pages from documents where exists (select 1 from "
            "document_pages where document_id = documents.id) and not exists (select 1 from "
            "summary_jobs where document_id = documents.id and status in "
            "('queued', 'running')) order by path, id")]

    def save_answer_sources(self, message_id: int, sources: dict, checks: list[dict]) -> None:
        self.db["messages"].update(message_id, {
            "sources": json.dumps(sources, ensure_ascii=False),
            "checks": json.dumps(checks, ensure_ascii=False)})

    def answer_sources(self, message_id: int) -> tuple[dict | None, list[dict]]:
        row = self.db["messages"].get(message_id)
        return (json.loads(row["sources"]) if row["sources"] else None,
                json.loads(row["checks"]) if row["checks"] else [])


def _phrase(piece: str) -> str:
    """`piece` as one FTS5 phrase: in the trigram index, found anywhere inside the text."""
    return '"' + piece.replace('"', '""') + '"'
