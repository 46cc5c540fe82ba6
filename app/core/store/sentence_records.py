"""The store's side of provenance: one row per sentence of a finished summary, saying how
well the document supports it and where (see migration m006)."""

from __future__ import annotations

import json


class SentenceRecords:
    """Mixed into Store; `self.db` is its sqlite-utils Database."""

    def save_sentences(self, job_id: int, rows: list[dict]) -> None:
        """Replace the job's sentence rows (dicts with idx, text, start, end, level, scope,
        passages, claims) in one transaction."""
        records = [{**row, "job_id": job_id,
                    "passages": json.dumps(row["passages"], ensure_ascii=False),
                    "claims": json.dumps(row["claims"], ensure_ascii=False)} for row in rows]
        with self.db.atomic():
            self.db["summary_sentences"].delete_where("job_id = ?", [job_id])
            self.db["summary_sentences"].insert_all(records)

    def sentences(self, job_id: int) -> list[dict]:
        """The job's sentence rows in summary order, JSON columns decoded."""
        rows = self.db["summary_sentences"].rows_where("job_id = ?", [job_id], order_by="idx")
        return [{**row, "passages": json.loads(row["passages"]),
                 "claims": json.loads(row["claims"])} for row in rows]

    def has_sentences(self, job_id: int) -> bool:
        return bool(self.db["summary_sentences"].count_where("job_id = ?", [job_id]))
