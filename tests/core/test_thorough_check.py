"""The thorough check (#10): after the summary, the model is asked about each sentence the
words leave in doubt; its verdicts are stored per sentence, counted in the ETA, shown in
the exports, and a job killed halfway through the checks resumes without asking again."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.core.documents import extract_document
from app.core.engine.events import Timings
from app.core.store import Store
from app.core.summarize import (
    JobFinished,
    JobProgress,
    StepDone,
    StepStarted,
    run_summary,
    start_summary,
)
from app.core.summarize.export import to_markdown
from app.core.summarize.job import CALL_LOG
from app.core.summarize.pace import Pace
from app.core.summarize.thorough import weak

PAGES = [
    "The hospital board approved the new triage system in March 2024. Waiting times in "
    "the emergency department fell by a fifth in the first year. The board did not renew "
    "the cleaning contract with Mega Services.",
    "The pharmacy budget rose to RM 4.2 million in 2024. Staff numbers stayed at 310 "
    "nurses and 95 doctors.",
]
# What the model wrote, as it stands when a job was killed after summarising: two
# sentences of opposite polarity to their passage, one invented figure, one faithful.
SUMMARY = (
    "The hospital board did not approve the new triage system in March 2024. Waiting times "
    "in the emergency department fell by 40% in the first year. The board renewed the "
    "cleaning contract with Mega Services. The pharmacy budget rose to RM 4.2 million in 2024."
)


def _document(tmp_path: Path):
    path = tmp_path / "board minutes.txt"
    path.write_text("\f".join(PAGES), encoding="utf-8")
    return extract_document(path)


def _calls(log: Path) -> list[tuple[str, int]]:
    if not log.exists():
        return []
    return [(kind, int(idx)) for _, kind, idx in
            (line.split() for line in log.read_text(encoding="utf-8").splitlines())]


@pytest.mark.slow
def test_verdicts_are_stored_per_sentence_and_a_killed_check_resumes(
        engine, tmp_path, data_home, monkeypatch):
    store = Store(data_home / "app.db")
    job_id = start_summary(store, engine, _document(tmp_path), thorough=True)
    (chunk,) = store.chunks(job_id, "map")
    store.finish_chunk(job_id, "map", chunk["idx"], SUMMARY)  # summarised before a kill
    log = tmp_path / "calls.log"
    monkeypatch.setenv(CALL_LOG, str(log))

    first_run, events = run_summary(store, engine, job_id), []
    for event in first_run:
        events.append(event)
        if isinstance(event, StepDone) and event.kind == "check":
            break
    first_run.close()  # killed after the first answer was committed
    assert store.job(job_id)["status"] == "running"
    checked = [row for row in store.sentences(job_id) if row["model"]]
    assert len(checked) == 1 and checked[0]["model"] in ("yes", "no")
    asked_first = _calls(log)
    assert asked_first == [("check", checked[0]["idx"])]  # no map or reduce call: all done
    planned = next(e for e in events if isinstance(e, JobProgress) and e.steps_total > 1)
    weak_rows = [row for row in store.sentences(job_id) if weak(row)]
    assert len(weak_rows) == 3  # the negated, the invented and the un-negated sentence
    assert planned.steps_total == 1 + len(weak_rows)  # the one summary step and the checks
    assert [e.total for e in events if isinstance(e, StepStarted)] == [3]

    rest = list(run_summary(store, engine, job_id))
    finished = rest[-1]
    assert isinstance(finished, JobFinished) and finished.status == "done", finished.message
    asked_again = _calls(log)[len(asked_first):]
    assert [kind for kind, _ in asked_again] == ["check", "check"]
    assert {idx for _, idx in asked_first + asked_again} == {row["idx"] for row in weak_rows}
    progress = [e for e in rest if isinstance(e, JobProgress) and e.steps_total > 1]
    assert progress[0].steps_total == 1 + 2  # only the two sentences not yet checked
    assert progress[1].steps_done == 2 and progress[1].eta_s > 0  # one check measured
    assert progress[-1].steps_done == progress[-1].steps_total and progress[-1].eta_s == 0

    rows = store.sentences(job_id)
    assert [row["model"] is not None for row in rows] == [weak(row) for row in rows]
    assert [row["model"] for row in rows if row["idx"] == checked[0]["idx"]] == [
        checked[0]["model"]]  # the first run's verdict kept, not asked again
    for row in rows:
        if row["model"] == "no":
            assert row["level"] == "not_found"
    markdown = to_markdown(store, job_id)
    for row in rows:
        if row["model"]:
            verdict = "supports" if row["model"] == "yes" else "does not support"
            assert f"the model: the passage {verdict} this" in markdown
    assert "says the opposite" in markdown  # the negation claims are listed with their page


def _timings(prompt: int, output: int) -> Timings:
    return Timings(prompt_tokens=prompt, output_tokens=output, prefill_s=prompt / 100,
                   decode_s=output / 10)


def test_the_eta_counts_the_checks_first_guessed_then_planned():
    maps = [{"status": "pending", "input_tokens": 400} for _ in range(2)]
    plain, thorough = Pace.for_chunks(maps), Pace.for_chunks(maps, thorough=True)
    for pace in (plain, thorough):
        pace.record(_timings(500, 100))  # 100 prompt tokens/s, 10 written tokens/s
    assert thorough.eta() > plain.eta()  # the guessed checks cost time before they are known
    thorough.plan_checks([300, 200, 500], steps_done=3)
    assert (thorough.steps_done, thorough.steps_total) == (3, 6)
    assert thorough.eta() == pytest.approx(1000 / 100 + 3 / 10)  # their prompts, one word each
    thorough.record_check(_timings(300, 1))
    assert thorough.eta() == pytest.approx(700 / 100 + 2 / 10)
    assert (thorough.steps_done, thorough.steps_total) == (4, 6)
