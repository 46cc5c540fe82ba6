"""kill -9 in a loop: the CLI summarises a many-chunk document and is killed at random
moments (while it starts, reads, plans, calls the model, or just after it saved a chunk),
then run again, until the job is done. Every model call is logged by the job itself
(OFFLINE_ASSISTANT_CALL_LOG), so the test sees that no chunk finished before a run is
computed again in that run. The seed is printed: `KILL_LOOP_SEED=N` replays a failure.

The quick suite kills 3 times; `make test-slow` kills 50 times."""

from __future__ import annotations

import os
import random
import sqlite3
import subprocess
import sys
import time
from collections import Counter
from dataclasses import dataclass, field

import pytest

from app.core.models.plan import PARALLEL_SEQUENCES
from app.core.summarize.job import CALL_LOG
from app.core.summarize.provenance import summary_units
from tests.helpers import env_for, kill_tree, minutes_text

CTX = "1024"  # small chunks: many model calls from a short text
POLL_S = 0.02


@dataclass
class Loop:
    home: object
    document: object
    calls: object
    rng: random.Random
    kills: int = 0
    runs: int = 0
    # (calls logged before the run, chunks already done when it started) per run
    runs_seen: list = field(default_factory=list)
    first_commit_s: list = field(default_factory=list)

    @property
    def db(self):
        return self.home / "offline-assistant.db"

    @property
    def output(self):
        return self.calls.with_name("runs.log")

    def done_chunks(self) -> set[tuple[int, str, int]]:
        """Finished chunks; nothing while the app has not created its tables yet."""
        if not self.db.exists():
            return set()
        db = sqlite3.connect(self.db, timeout=5)
        try:
            return set(db.execute("select job_id, kind, idx from job_chunks "
                                  "where status = 'done'").fetchall())
        except sqlite3.OperationalError:  # "no such table": the first run is creating it
            return set()
        finally:
            db.close()

    def job_done(self) -> bool:
        db = sqlite3.connect(self.db, timeout=5)
        try:
            return db.execute("select count(*) from summary_jobs where status = 'done'"
                              ).fetchone()[0] > 0
        finally:
            db.close()

    def logged_calls(self) -> list[tuple[int, str, int]]:
        if not self.calls.exists():
            return []
        lines = self.calls.read_text(encoding="utf-8").splitlines()
        return [(int(job), kind, int(idx)) for job, kind, idx in (line.split() for line in lines)]

    def start(self) -> subprocess.Popen:
        # A re-run of summarize finds the unfinished job; `jobs resume` picks up all of them.
        if self.runs and self.rng.random() < 0.5:
            command = ["jobs", "resume", "--ctx", CTX]
        else:
            command = ["summarize", str(self.document), "--ctx", CTX]
        self.runs += 1
        self.runs_seen.append((len(self.logged_calls()), self.done_chunks()))
        env = {**env_for(self.home), CALL_LOG: str(self.calls)}
        with open(self.output, "a", encoding="utf-8") as output:
            output.write(f"--- run {self.runs}: {' '.join(command)}\n")
            output.flush()
            return subprocess.Popen([sys.executable, "-m", "app", *command], env=env,
                                    stdout=subprocess.DEVNULL, stderr=output)

    def tail(self) -> str:
        return self.output.read_text(encoding="utf-8")[-3000:]

    def run_and_kill(self) -> subprocess.Popen | None:
        """Kill one run at a random moment, never later than just after its first newly
        saved chunk (so each kill lets at most one step finish); None if it was killed,
        else the process, which ended by itself."""
        # Kill within about the time a run takes to save its first chunk: half the kills
        # land before (start-up, planning, the call), half on the commit. Until a run has
        # saved one, the horizon grows with each kill, whatever the machine's speed.
        if self.first_commit_s:
            horizon = 1.3 * sorted(self.first_commit_s)[len(self.first_commit_s) // 2]
        else:
            horizon = 8.0 * (1 + self.kills)
        deadline = self.rng.uniform(0, horizon)
        before = len(self.done_chunks())
        process = self.start()
        started = time.monotonic()
        while process.poll() is None:
            waited = time.monotonic() - started
            if len(self.done_chunks()) > before:
                self.first_commit_s.append(waited)
                break
            if waited >= deadline:
                break
            time.sleep(POLL_S)
        if process.poll() is not None:
            return process
        kill_tree(process)
        self.kills += 1
        return None


def kill_loop(tmp_path, data_home, kills: int, pages: int) -> Loop:
    seed = int(os.environ.get("KILL_LOOP_SEED", random.randrange(1 << 30)))
    print(f"kill loop: seed {seed}, {kills} kills (replay with KILL_LOOP_SEED={seed})")
    loop = Loop(data_home, minutes_text(tmp_path / "minutes.txt", pages=pages),
                tmp_path / "calls.log", random.Random(seed))
    started = time.monotonic()
    while loop.kills < kills:
        ended = loop.run_and_kill()
        # A run may end by itself only when it had nothing to do (`jobs resume` before
        # the first run made the job); a finished job means the document was too short.
        if ended is not None and (ended.returncode != 0 or loop.job_done()):
            pytest.fail(f"a run ended (exit {ended.returncode}) after {loop.kills} kills: "
                        f"{loop.tail()}")
    final = loop.start()
    assert final.wait(timeout=1800) == 0, loop.tail()
    loop.runs_seen.append((len(loop.logged_calls()), loop.done_chunks()))
    print(f"kill loop: {loop.kills} kills in {loop.runs} runs, "
          f"{time.monotonic() - started:.0f} s")
    return loop


def check_nothing_computed_twice(loop: Loop) -> None:
    calls = loop.logged_calls()
    for (first, done_before), (last, _) in zip(loop.runs_seen, loop.runs_seen[1:]):
        in_run = calls[first:last]
        again = [call for call in in_run if call in done_before]
        assert not again, f"finished chunks computed again: {again}"
        twice = [call for call, n in Counter(in_run).items() if n > 1]
        assert not twice, f"chunks computed twice in one run: {twice}"

    with sqlite3.connect(loop.db) as db:
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        [(job_id, status, summary)] = db.execute("select id, status, summary from summary_jobs")
        steps = db.execute("select job_id, kind, idx, status from job_chunks").fetchall()
        sentences = db.execute("select start, end from summary_sentences where job_id = ? "
                               "order by idx", [job_id]).fetchall()
    db.close()
    assert status == "done" and summary
    # the kills did not cost the summary its sources: one row per sentence
    assert sentences == [(u.start, u.end) for u in summary_units(summary)] != []
    assert all(row[3] == "done" for row in steps)
    assert {call for call in calls} == {row[:3] for row in steps}  # every step, by the model
    # each kill interrupts at most the calls in progress: one, or the parts written at once
    interrupted = len(calls) - len(steps)
    print(f"kill loop: {len(calls)} model calls for {len(steps)} chunks and combining steps, "
          f"{interrupted} interrupted by a kill")
    assert 0 <= interrupted <= loop.kills * max(PARALLEL_SEQUENCES)


def test_three_kills_resume_to_one_summary_without_recomputing(tmp_path, data_home):
    loop = kill_loop(tmp_path, data_home, kills=3, pages=3)
    check_nothing_computed_twice(loop)


@pytest.mark.slow_loop
def test_fifty_kills_resume_to_one_summary_without_recomputing(tmp_path, data_home):
    loop = kill_loop(tmp_path, data_home, kills=50, pages=40)  # over 50 steps: never done early
    check_nothing_computed_twice(loop)
