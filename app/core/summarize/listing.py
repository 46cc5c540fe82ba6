"""Every summary job as a list shows it: newest first, with its document, its flagged
claims, the pages read by OCR ("scanned": "p. 4–6 read by OCR (…)", or "") and how many
of its parts (model calls) are done, counted the way a running job's progress counts
them, so a paused row and a running one read alike."""

from __future__ import annotations

from app.core.store import Store
from app.core.summarize.pace import expected_reduce_steps
from app.core.summarize.scanned_note import scanned_note


def job_list(store: Store) -> list[dict]:
    counts = _chunk_counts(store)
    scanned = _scanned_notes(store)
    rows = []
    for job in store.jobs():
        kinds = counts.get(job["id"], {})
        maps_done, maps = kinds.pop("map", (0, 0))
        reduce_done = sum(done for done, _ in kinds.values())
        reduce_total = sum(total for _, total in kinds.values())
        if not reduce_total:  # not planned yet: the same first estimate as the job's ETA
            reduce_total = expected_reduce_steps(maps)
        rows.append({**job, "flags": Store.job_flags(job), "parts_done": maps_done + reduce_done,
                     "parts_total": maps + reduce_total, "map_chunks": maps,
                     "scanned": scanned.get(job["document_id"], "")})
    return rows


def _scanned_notes(store: Store) -> dict[int, str]:
    sql = ("select document_id, number, ocr_confidence from document_pages "
           "where ocr_confidence is not null order by document_id, number")
    pages: dict[int, list[dict]] = {}
    for document_id, number, confidence in store.db.execute(sql).fetchall():
        pages.setdefault(document_id, []).append(
            {"number": number, "ocr_confidence": confidence})
    return {document_id: scanned_note(rows).label for document_id, rows in pages.items()}


def _chunk_counts(store: Store) -> dict[int, dict[str, tuple[int, int]]]:
    sql = ("select job_id, kind, sum(status = 'done') as done, count(*) as total "
           "from job_chunks group by job_id, kind")
    counts: dict[int, dict[str, tuple[int, int]]] = {}
    for job_id, kind, done, total in store.db.execute(sql).fetchall():
        counts.setdefault(job_id, {})[kind] = (done or 0, total)
    return counts
