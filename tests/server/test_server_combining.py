"""The first combining level starts while parts are still being read (early.py), on a real
llama-server with the demo model and two slots: a combining step whose parts are in takes
the next free slot, and a job paused after one resumes without computing a finished step
again."""

from __future__ import annotations

import json

import pytest

from app.core.store import Store
from app.core.summarize import JobFinished, StepDone, StepStarted, run_summary, start_summary
from app.core.summarize.job import CALL_LOG
from app.core.summarize.stopping import JobControl
from tests.helpers import long_text
from tests.llama_server import LOOPBACK

# Minutes on a shared 2-core machine: `make test-slow` runs them.
pytestmark = [pytest.mark.long, pytest.mark.allow_hosts(LOOPBACK)]
# A small context: twelve pages are nine parts, whose notes make several groups.
CTX_PER_SLOT = 1024
PAGES = 12


def _calls(log) -> list[tuple[str, int]]:
    lines = log.read_text().splitlines() if log.exists() else []
    return [(kind, int(idx)) for _, kind, idx in (line.split() for line in lines)]


def _steps(events) -> list[tuple[str, str, int]]:
    return [(type(e).__name__, e.kind, e.index) for e in events
            if isinstance(e, (StepStarted, StepDone))]


def _assert_level_one_groups_the_parts(store, job_id) -> None:
    """The first level's groups, recorded a few at a time, are runs of consecutive parts
    that cover every part once, in order."""
    inputs = [json.loads(r["inputs"]) for r in store.chunks(job_id, "reduce-1")]
    assert [i for group in inputs for i in group] == list(range(len(store.chunks(job_id,
                                                                                 "map"))))


def test_a_combining_step_starts_while_parts_are_still_read(client, tmp_path, data_home,
                                                            monkeypatch):
    monkeypatch.setenv(CALL_LOG, str(tmp_path / "calls.log"))
    store = Store(data_home / "app.db")
    job_id = start_summary(store, client, long_text(tmp_path, pages=PAGES), style="key_points")
    events = list(run_summary(store, client, job_id))
    finished = events[-1]
    assert isinstance(finished, JobFinished) and finished.status == "done", finished.message
    maps, level = store.chunks(job_id, "map"), store.chunks(job_id, "reduce-1")
    assert len(maps) >= 6 and len(level) >= 2 and all(c["status"] == "done" for c in level)
    _assert_level_one_groups_the_parts(store, job_id)
    steps = _steps(events)
    first_combining = steps.index(("StepStarted", "reduce-1", 0))
    last_part = max(i for i, step in enumerate(steps) if step[:2] == ("StepDone", "map"))
    assert first_combining < last_part, f"no combining step began before the parts ended: {steps}"
    # so it was written while the parts were: its row ended before the last part's did
    assert min(r["finished"] for r in level) < max(c["finished"] for c in maps)
    calls = _calls(tmp_path / "calls.log")
    assert len(calls) == len(set(calls)), "a step was asked twice"
    assert store.job(job_id)["summary"] == finished.summary and finished.summary.strip()
    store.close()


def test_a_job_paused_after_an_early_combining_step_resumes_without_redoing_it(
        client, tmp_path, data_home, monkeypatch):
    monkeypatch.setenv(CALL_LOG, str(tmp_path / "calls.log"))
    store = Store(data_home / "app.db")
    job_id = start_summary(store, client, long_text(tmp_path, pages=PAGES), style="key_points")
    control = JobControl()
    events = []
    for event in run_summary(store, client, job_id, control=control):
        events.append(event)
        if isinstance(event, StepDone) and event.kind == "reduce-1" and not control.stopped:
            control.stop("paused")  # a combining step is in, parts are still being read
    paused = events[-1]
    assert isinstance(paused, JobFinished) and paused.status == "paused", paused.message
    before = {(c["kind"], c["idx"]): c["result"] for c in store.chunks(job_id)
              if c["status"] == "done"}
    assert any(kind == "reduce-1" for kind, _ in before), "no combining step was done"
    assert any(c["status"] != "done" for c in store.chunks(job_id, "map")), (
        "the parts had all been read: the combining step was not early")
    calls_before = len(_calls(tmp_path / "calls.log"))

    resumed = list(run_summary(store, client, job_id))
    done = resumed[-1]
    assert isinstance(done, JobFinished) and done.status == "done", done.message
    again = _calls(tmp_path / "calls.log")[calls_before:]
    assert again and not set(again) & set(before), "a finished step was computed again"
    assert len(again) == len(set(again))
    after = {(c["kind"], c["idx"]): c["result"] for c in store.chunks(job_id)}
    assert all(after[step] == result for step, result in before.items())
    assert all(c["status"] == "done" for c in store.chunks(job_id))
    _assert_level_one_groups_the_parts(store, job_id)
    assert done.summary.strip()
    store.close()
