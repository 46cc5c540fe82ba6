"""The thorough check, a summary's last step when the user asked for it: each sentence whose
words leave doubt (partly supported or not found) is put to the model with the passage it
is traced to, and the model's yes or no is kept with the sentence.

The sentence rows are saved before the first question and each answer is committed as it
comes, so a job killed halfway resumes with the sentences already checked left alone (the
summary itself is computed again from its finished steps, which costs no model call).
The model's "no" makes a sentence "not found"; its "yes" removes no flag the words raised:
a small model is a poor judge, and it is the reader who signs off.
"""

from __future__ import annotations

from app.core.engine.events import EngineFailure
from app.core.grounding.model_check import check_messages, model_verdict
from app.core.summarize.events import StepDone, StepStarted
from app.core.summarize.parallel import slot_of
from app.core.summarize.prompts import page_label

VERDICTS = {True: "yes", False: "no"}


def weak(row: dict) -> bool:
    """A sentence the model is asked about: not fully supported, with a passage to show."""
    return row["level"] != "supported" and bool(row["passages"])


def keep_earlier_verdicts(rows: list[dict], earlier: list[dict]) -> list[dict]:
    """`rows` with the verdicts (and what they changed) of a run cut short, where the
    sentence is the same one."""
    before = {row["idx"]: row for row in earlier if row.get("model")}
    for row in rows:
        old = before.get(row["idx"])
        if old is not None and old["text"] == row["text"]:
            row.update(model=old["model"], level=old["level"], claims=old["claims"])
    return rows


def passage_text(row: dict, pages: dict[int, str]) -> str:
    best = row["passages"][0]
    return pages[best["page"]][best["start"]:best["end"]]


def check_sentences(run, rows: list[dict], document_id: int):
    """Ask the model about each weak sentence not yet checked; yields job events, returns
    the rows with their verdicts. `run` is the job's _Run (engine, store, pace, control)."""
    pages = {page["number"]: page["text"] for page in run.store.pages(document_id)}
    rows = keep_earlier_verdicts(rows, run.store.sentences(run.job_id))
    run.store.save_sentences(run.job_id, rows)  # a kill from here on keeps every verdict
    todo = [row for row in rows if weak(row) and not row.get("model")]
    prompts = [check_messages(row["text"], passage_text(row, pages)) for row in todo]
    run.pace.plan_checks([run.engine.count_prompt(messages) for messages in prompts],
                         steps_done=len(run.store.chunks(run.job_id)))
    yield run.pace.progress()
    for number, row in enumerate(todo):
        run.check()
        where = page_label(row["passages"][0]["page"], row["passages"][0]["page"])
        # on a server, once one of its slots is free: other jobs share them (slots.py)
        with slot_of(run.engine, lambda: run.control.stopped) as held:
            if not held:
                run.check()  # a pause or a cancel while it waited: stop as those do
            yield StepStarted("check", number, len(todo), where)
            run.log_call("check", row["idx"])
            verdict, timings = model_verdict(run.engine, row["text"],
                                             passage_text(row, pages))
        if verdict is None:
            run.check()  # a pause or a cancel: stop as those do
            raise run.stop_for(EngineFailure(
                "The model gave no answer to the thorough check; the summary's finished "
                "parts and the sentences already checked are kept.", "generate"))
        _apply(row, verdict)
        run.store.record_model_check(run.job_id, row)
        run.pace.record_check(timings)
        yield StepDone("check", number, len(todo), VERDICTS[verdict], timings)
        yield run.pace.progress()
    return rows


def _apply(row: dict, verdict: bool) -> None:
    row["model"] = VERDICTS[verdict]
    if not verdict:
        row["level"] = "not_found"
        row["claims"] = [*row["claims"], {"text": row["text"], "kind": "meaning",
                                          "status": "not_found", "page": None}]


def verdict_counts(rows: list[dict]) -> dict[str, int]:
    """How many sentences the model confirmed and rejected."""
    return {"confirmed": sum(r.get("model") == "yes" for r in rows),
            "rejected": sum(r.get("model") == "no" for r in rows)}
