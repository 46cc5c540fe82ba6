"""Every summary job as a list shows it: newest first, with its document, its flagged
claims and how many of its parts (model calls) are done, counted the way a running job's
progress counts them, so a paused row and a running one read alike."""

from __future__ import annotations

from app.core.store import Store
from app.core.summarize.pace import expected_reduce_steps


def job_list(store: Store) -> list[dict]:
    counts = _chunk_counts(store)
    rows = []
    for job in store.jobs():
        kinds = counts.get(job["id"], {})
        maps_done, maps = kinds.pop("map", (0, 0))
        reduce_done = sum(done for done, _ in kinds.values())
        reduce_total = sum(total for _, total in kinds.values())
        if not reduce_total:  # not planned yet: the same first estimate as the job's ETA
            reduce_total = expected_reduce_steps(maps)
        rows.append({**job, "flags": Store.job_flags(job), "parts_done": maps_done + reduce_done,
                     "parts_total": maps + reduce_total, "map_chunks": maps})
    return rows


def _chunk_counts(store: Store) -> dict[int, dict[str, tuple[int, int]]]:
    sql = ("select job_id, kind, sum(status = 'done') as done, count(*) as total "
           "from job_chunks group by job_id, kind")
    counts: dict[int, dict[str, tuple[int, int]]] = {}
    for job_id, kind, done, total in store.db.execute(sql).fetchall():
        counts.setdefault(job_id, {})[kind] = (done or 0, total)
    return counts
