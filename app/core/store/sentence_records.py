"""The store's side of provenance: one row per sentence of a finished summary, saying how
well the document supports it and where (see migration m006)."""

from __future__ import annotations

import json


class SentenceRecords:
    """Mixed into Store; `self.db` is its sqlite-utils Database."""

    def save_sentences(self, job_id: int, rows: list[dict]) -> None:
        """Replace the job's sentence rows (dicts with idx, text, start, end, level, scope,
        passages, claims, and model: the thorough check's "yes"/"no", if asked) in one
        transaction."""
        records = [{"model": None, **row, "job_id": job_id,
                    "passages": json.dumps(row["passages"], ensure_ascii=False),
                    "claims": json.dumps(row["claims"], ensure_ascii=False)} for row in rows]
        with self.db.atomic():
            self.db["summary_sentences"].delete_where("job_id = ?", [job_id])
            self.db["summary_sentences"].insert_all(records)

    def record_model_check(self, job_id: int, row: dict) -> None:
        """One sentence's model verdict, with the level and claims it leads to, committed
        at once: a kill after it never asks the model about that sentence again."""
        with self.db.atomic():
            self.db.execute(
                "update summary_sentences set model = ?, level = ?, claims = ? "
                "where job_id = ? and idx = ?",
                [row["model"], row["level"], json.dumps(row["claims"], ensure_ascii=False),
                 job_id, row["idx"]])

    def sentences(self, job_id: int) -> list[dict]:
        """The job's sentence rows in summary order, JSON columns decoded."""
        rows = self.db["summary_sentences"].rows_where("job_id = ?", [job_id], order_by="idx")
        return [{**row, "passages": json.loads(row["passages"]),
                 "claims": json.loads(row["claims"])} for row in rows]

    def has_sentences(self, job_id: int) -> bool:
        return bool(self.db["summary_sentences"].count_where("job_id = ?", [job_id]))
