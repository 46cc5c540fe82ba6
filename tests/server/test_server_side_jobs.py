"""Several summary jobs at once on the organisation's server (workers/side_jobs.py), on a
real llama-server with the demo model and two slots: a second queued document starts in
the first slot freed instead of waiting for the whole first job, each job with its
own client; pausing one leaves the other to finish, and the paused one resumes from what
it kept, asking no finished part again. Each runs in a thread of its own with its own
database connection, as the window's lane hands them over."""

from __future__ import annotations

import threading
import time

import pytest

from app import paths
from app.core.documents import extract_document
from app.core.store import Store
from app.core.summarize import JobFinished, StepDone, StepStarted, run_summary, start_summary
from app.core.summarize.job import CALL_LOG
from app.workers.side_jobs import SideJobs
from tests.helpers import long_text
from tests.llama_server import LOOPBACK

pytestmark = [pytest.mark.allow_hosts(LOOPBACK)]
CTX_PER_SLOT = 1024  # four pages of minutes are three parts
PAGES = 4
TIMEOUT_S = 600
PAUSE_S = 10  # a Pause ends the job's answers within seconds


class Events:
    """What the jobs report, by request key, as the lane's signal would carry it."""

    def __init__(self):
        self.by_key: dict[str, list] = {}
        self.changed = threading.Condition()

    def __call__(self, key: str, event) -> None:
        with self.changed:
            self.by_key.setdefault(key, []).append(event)
            self.changed.notify_all()

    def wait(self, condition) -> None:
        with self.changed:
            assert self.changed.wait_for(lambda: condition(self), TIMEOUT_S), self.by_key

    def finished(self, key: str) -> JobFinished | None:
        return next((e for e in self.by_key.get(key, ()) if isinstance(e, JobFinished)), None)

    def started(self, key: str) -> bool:
        return self.count(key, StepStarted) > 0

    def count(self, key: str, kind: type) -> int:
        return sum(isinstance(e, kind) for e in self.by_key.get(key, ()))


def _memo(tmp_path, name: str, topic: str):
    """A one-part document."""
    path = tmp_path / name
    path.write_text("\n\n".join(
        f"Memo {i} on {topic}. The unit reviewed case {i} and closed it within {i + 2} "
        f"days; the next review of {topic} is due in week {i + 10}." for i in range(1, 9)),
        encoding="utf-8")
    return extract_document(path)


def test_a_queued_document_takes_a_free_slot_and_one_job_pauses_alone(
        client, tmp_path, data_home, monkeypatch):
    monkeypatch.setenv(CALL_LOG, str(tmp_path / "calls.log"))
    store = Store(paths.database_path())
    (tmp_path / "long").mkdir()
    first = start_summary(store, client, long_text(tmp_path / "long", pages=PAGES))
    second = start_summary(store, client, _memo(tmp_path, "claims.txt", "travel claims"))
    parts = len(store.chunks(first, "map"))
    assert parts >= 3 and len(store.chunks(second, "map")) == 1
    events = Events()
    side = SideJobs(events)
    side.start("long", client, first)
    events.wait(lambda e: e.count("long", StepStarted) == 2)  # its parts take both slots
    side.start("memo", client, second)  # the window's next document
    # The memo waits for a slot (never a third request at once), then takes the first one
    # freed, before the long document's next part, which asked after it.
    events.wait(lambda e: e.started("memo"))
    assert events.finished("long") is None and events.count("long", StepStarted) == 2
    assert client._gate.busy <= 2
    paused_at = time.monotonic()
    assert side.stop("long", "paused")
    # at once, even for a part whose prompt the server is still reading (it sends nothing
    # then): a blocked read used to wait out the 120 s read deadline
    events.wait(lambda e: e.finished("long"))
    assert time.monotonic() - paused_at < PAUSE_S
    events.wait(lambda e: e.finished("memo"))
    side.join(30)
    assert len(side) == 0 and client._gate.busy == 0
    paused, done = events.finished("long"), events.finished("memo")
    assert paused.status == "paused", paused
    assert done.status == "done" and done.summary.strip(), done
    assert store.job(first)["status"] == "paused" and store.job(second)["status"] == "done"
    kept = [c["idx"] for c in store.chunks(first, "map") if c["status"] == "done"]

    resumed = list(run_summary(store, client, first))  # on the lane's own client, alone
    assert resumed[-1].status == "done", resumed[-1]
    calls = (tmp_path / "calls.log").read_text().splitlines()
    assert calls.count(f"{second} map 0") == 1
    for idx in range(parts):  # each part asked once, or twice if it was cut off by the pause
        asked = calls.count(f"{first} map {idx}")
        assert asked == 1 if idx in kept else asked in (1, 2), (idx, kept, calls)
    store.close()


@pytest.mark.long
def test_two_documents_side_by_side_take_less_time_than_one_after_another(
        client, tmp_path, data_home, capsys):
    """A figure for the issue note: two one-part documents on a 2-slot server, first one
    after another, then side by side (different texts, so the server's prompt cache
    cannot favour the second run)."""
    store = Store(paths.database_path())

    def jobs(tag: str) -> list[int]:
        return [start_summary(store, client, _memo(tmp_path, f"{tag}-{topic}.txt", topic))
                for topic in (f"{tag} leave", f"{tag} claims")]

    started = time.perf_counter()
    for job_id in jobs("one"):
        assert list(run_summary(store, client, job_id))[-1].status == "done"
    one_after_another = time.perf_counter() - started

    events, pair = Events(), jobs("two")
    side = SideJobs(events)
    started = time.perf_counter()
    for job_id in pair:
        side.start(str(job_id), client, job_id)
    events.wait(lambda e: all(e.finished(str(j)) for j in pair))
    side_by_side = time.perf_counter() - started
    assert all(events.finished(str(j)).status == "done" for j in pair)
    steps = sum(isinstance(e, StepDone) for k in events.by_key.values() for e in k)
    with capsys.disabled():
        print(f"\ntwo one-part documents on the 2-slot llama-server (demo model): one after "
              f"another {one_after_another:.1f} s, side by side {side_by_side:.1f} s "
              f"({one_after_another / side_by_side:.2f}x; {steps} model calls), measured "
              f"with time.perf_counter around run_summary and SideJobs")
    store.close()
