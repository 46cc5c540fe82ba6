"""Read once, write many. From prompt set v4 on, a document of several parts is read into
notes (each part's facts, figures, names, dates, obligations) and notes are combined into
notes, with no style and no language: only the last combining step writes the summary in
the style and language the user picked. So a second style, or the same style in another
language, of a document already summarised takes every earlier step from the first job
and asks the model only for that last step.

A step's answer is taken only when it was written from the very same input, by the same
model file, prompt set and sampling (and, in Fast reading, the same reader: reading.py):
a part's notes when the part's text is the same (and a document of one part, summarised
in one pass in its style, gives none); a combining step's when the notes it combined,
and how they were grouped, are the same. The answers are copied into the new job's own
steps, so each job stays whole on its own: its references, its export, its deletion.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from app.core.summarize.pace import CHARS_PER_TOKEN
from app.core.summarize.sampling import SAMPLING


@dataclass
class EarlierNotes:
    jobs: list[dict[str, list[dict]]]  # each earlier job's steps: kind -> rows in order

    @classmethod
    def of(cls, store, job: dict, reads_once: bool) -> EarlierNotes:
        """The steps of the document's earlier jobs that this job can take as they are."""
        if not reads_once:  # an older prompt set: every step was written in its style
            return cls([])
        same = _sampling(json.loads(job["settings"] or "{}"))
        jobs = []
        for earlier in store.earlier_jobs(job):
            if _sampling(json.loads(earlier["settings"] or "{}")) == same:
                steps: dict[str, list[dict]] = {}
                for row in store.chunks(earlier["id"]):
                    steps.setdefault(row["kind"], []).append(row)
                if len(steps.get("map", ())) > 1:  # one part: a style's one-pass summary
                    jobs.append(steps)
        return cls(jobs)

    def for_parts(self, maps: list[dict]) -> dict[int, str]:
        """{idx: notes} for the unfinished parts of `maps` an earlier job has read."""
        if len(maps) < 2:
            return {}
        known = {}
        for steps in self.jobs:
            for row in steps["map"]:
                if row["status"] == "done":
                    known.setdefault(_part_key(row), row["result"])
        return {row["idx"]: known[_part_key(row)] for row in maps
                if row["status"] != "done" and _part_key(row) in known}

    def for_level(self, kind: str, spans: list[tuple], inputs: list[str]) -> dict[int, str]:
        """{idx: notes} of a combining level (not the last) an earlier job wrote from the
        same `inputs` (the level below's answers, in order) grouped the same way."""
        level = int(kind.split("-")[1])
        below = "map" if level == 1 else f"reduce-{level - 1}"
        groups = [(s[0], s[1], list(s[4])) for s in spans]
        for steps in self.jobs:
            rows = steps.get(kind, [])
            if ([row["result"] for row in steps.get(below, [])] == inputs
                    and [(r["first_page"], r["last_page"], json.loads(r["inputs"] or "[]"))
                         for r in rows] == groups):
                return {row["idx"]: row["result"] for row in rows if row["status"] == "done"}
        return {}


def _part_key(row: dict) -> tuple:
    return row["first_page"], row["last_page"], row["source"]


def _sampling(settings: dict) -> dict:
    """What else an answer depends on: the sampling, and in Fast reading the reader."""
    reader = (settings.get("reader") or {}).get("sha256")
    return {"reader": reader, **{key: settings.get(key) for key in (*SAMPLING, "seed")}}


def prompt_overhead(count_prompt, prompts, document: str) -> int:
    """The most tokens the instructions of any step take around its text, whatever the
    style: chunks and groups planned within what is left are the same for every style,
    so their notes can be shared."""
    candidates = [prompts.map_messages(document=document, pages="p. 000–000", text="",
                                       style=style) for style in prompts.styles]
    candidates += [prompts.reduce_messages(document=document, text="", style=style)
                   for style in prompts.styles]
    if prompts.reads_once:
        candidates += [prompts.notes_messages(document=document, pages="p. 000–000", text=""),
                       prompts.merge_messages(document=document, text="")]
    return max(count_prompt(messages) for messages in candidates)


RECENT_NOTES = 40  # the latest parts' notes a length is expected from


def notes_length(store, job: dict) -> float | None:
    """Tokens a part's notes had on average in this model's and prompt set's latest jobs
    of several parts (a one-part job's one answer is a summary, not notes); None before the
    first. The ETA's guess while parts written at once have not ended (pace.py)."""
    sql = ("select avg(length(result)) from (select job_chunks.result from job_chunks join "
           "summary_jobs on summary_jobs.id = job_chunks.job_id where summary_jobs.model = ? "
           "and summary_jobs.prompt_version = ? and summary_jobs.id != ? and "
           "job_chunks.kind = 'map' and job_chunks.status = 'done' and (select count(*) from "
           "job_chunks as other where other.job_id = summary_jobs.id and other.kind = 'map') "
           "> 1 order by job_chunks.id desc limit ?)")
    (chars,), = store.db.execute(sql, [job["model"], job["prompt_version"], job["id"],
                                       RECENT_NOTES]).fetchall()
    return chars / CHARS_PER_TOKEN if chars else None
