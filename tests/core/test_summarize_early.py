"""When a first-level combining step may start while parts are still read (early.py): the
groups that are final, counted with the real model's tokens and recorded in a real store.
The calls are not run here (tests/server/test_server_combining.py runs them on a server)."""

from __future__ import annotations

from app.core.store import Store
from app.core.summarize import start_summary
from app.core.summarize.combining import group_budget
from app.core.summarize.early import EarlyCombining
from app.core.summarize.job import _Run
from app.core.summarize.pace import Pace
from app.core.summarize.parallel import Call
from app.core.summarize.stopping import JobControl
from tests.helpers import long_text

PARTS = 6


def _job(engine, tmp_path, data_home):
    store = Store(data_home / "app.db")
    job_id = start_summary(store, engine, long_text(tmp_path, pages=24), style="key_points")
    maps = store.chunks(job_id, "map")[:PARTS]
    assert len(maps) == PARTS
    run = _Run(store, engine, job_id, "minutes.txt", "key_points", JobControl(),
               Pace.for_chunks(maps))
    return store, run, maps


def _notes(run, share: float) -> str:
    """Notes about `share` of a combining prompt's room long."""
    words = max(1, int(group_budget(run) * share))
    return " ".join(["budget"] * words)


def _arrive(early, index: int, text: str) -> list[Call]:
    return early(Call("map", index, PARTS, "", [], {}), text)


def test_a_group_starts_once_its_parts_and_the_next_are_in(engine, tmp_path, data_home):
    store, run, maps = _job(engine, tmp_path, data_home)
    early = EarlyCombining(run, maps, {})
    text = _notes(run, 0.3)  # three parts a group
    assert early(None, None) == []
    assert _arrive(early, 1, text) == [] and _arrive(early, 0, text) == []
    assert _arrive(early, 2, text) == []  # the first group may still take part 3
    [call] = _arrive(early, 3, text)  # part 3 does not fit: parts 0-2 are final
    # notes (their length, not the summary's): the level has a group after this one
    assert (call.kind, call.index, call.params["max_tokens"]) == ("reduce-1", 0, 320)
    [row] = store.chunks(run.job_id, "reduce-1")
    assert row["inputs"] == "[0, 1, 2]" and row["status"] == "pending"
    assert _arrive(early, 4, text) == []
    [last] = _arrive(early, 5, text)  # all in: the rest of the level at once
    assert (last.index, last.total) == (1, 2)
    assert [r["inputs"] for r in store.chunks(run.job_id, "reduce-1")] == ["[0, 1, 2]",
                                                                           "[3, 4, 5]"]
    store.close()


def test_nothing_starts_early_while_no_two_parts_fit_together(engine, tmp_path, data_home):
    # Parts that each fill most of a prompt are grouped alone by the packing, but the level
    # pairs them up instead, which is known only once all are in.
    store, run, maps = _job(engine, tmp_path, data_home)
    early = EarlyCombining(run, maps, {})
    text = _notes(run, 0.7)
    for index in range(PARTS - 1):
        assert _arrive(early, index, text) == []
    assert store.chunks(run.job_id, "reduce-1") == []
    calls = _arrive(early, PARTS - 1, text)
    assert [c.index for c in calls] == [0, 1, 2]  # paired up: 0-1, 2-3, 4-5
    assert [r["inputs"] for r in store.chunks(run.job_id, "reduce-1")] == [
        "[0, 1]", "[2, 3]", "[4, 5]"]
    store.close()


def test_a_resumed_run_takes_the_groups_done_and_starts_the_others(engine, tmp_path,
                                                                    data_home):
    store, run, maps = _job(engine, tmp_path, data_home)
    text = _notes(run, 0.3)
    first = EarlyCombining(run, maps, {})
    for index in range(4):
        _arrive(first, index, text)
    store.finish_chunk(run.job_id, "reduce-1", 0, "the notes of parts 1-3")
    # paused here; the resumed run finds parts 0-3 done and group 0 combined
    again = EarlyCombining(run, maps, dict.fromkeys(range(4), text))
    steps = run.pace.steps_done
    assert again(None, None) == []  # group 0 is taken, not asked again
    assert run.pace.steps_done == steps + 1
    assert [c.index for c in _arrive(again, 4, text) + _arrive(again, 5, text)] == [1]
    rows = store.chunks(run.job_id, "reduce-1")
    assert [(r["idx"], r["status"]) for r in rows] == [(0, "done"), (1, "pending")]
    store.close()
