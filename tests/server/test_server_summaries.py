"""Summary jobs through the organisation's server (a real llama-server, two slots): the map
step's chunks run two at a time, each committed as it arrives; a server that dies mid-job
pauses it, and the resume after a restart computes no finished chunk again."""

from __future__ import annotations

import threading
import time

import httpx
import pytest

from app.core.engine.remote import ServerClient, ServerConfig
from app.core.store import Store
from app.core.summarize import JobFinished, StepDone, run_summary, start_summary
from app.core.summarize.job import CALL_LOG
from tests.helpers import long_text
from tests.llama_server import LOOPBACK, LlamaServer, llama_server

# Minutes on a shared 2-core machine: `make test-slow` runs them.
pytestmark = [pytest.mark.long, pytest.mark.allow_hosts(LOOPBACK)]
CTX_PER_SLOT = 2048  # as the local engine's tests: twelve pages are three chunks
PAGES = 12


class SlotWatch:
    """Polls the server's own /slots while a job runs: the most slots it saw busy at once."""

    def __init__(self, url: str):
        self.url, self.most_busy, self._stop = url, 0, threading.Event()
        self._thread = threading.Thread(target=self._watch, daemon=True)

    def __enter__(self):
        self._thread.start()
        return self

    def __exit__(self, *exc):
        self._stop.set()
        self._thread.join(timeout=10)

    def _watch(self):
        with httpx.Client(base_url=self.url, trust_env=False, timeout=5) as http:
            while not self._stop.wait(0.25):  # each poll is a task in the server's loop
                try:
                    slots = http.get("/slots").json()
                except httpx.HTTPError:
                    continue
                self.most_busy = max(self.most_busy, sum(s["is_processing"] for s in slots))


def _calls(log) -> list[str]:
    return log.read_text().splitlines() if log.exists() else []


def test_map_step_runs_chunks_in_parallel_on_the_servers_slots(
        model_path, tmp_path, data_home, monkeypatch):
    monkeypatch.setenv(CALL_LOG, str(tmp_path / "calls.log"))
    store = Store(data_home / "app.db")
    with llama_server(model_path, slots=2, ctx_per_slot=CTX_PER_SLOT,
                      log=tmp_path / "server.log") as server:
        client = ServerClient(ServerConfig(base_url=server.url))
        client.connect()
        document = long_text(tmp_path, pages=PAGES)
        job_id = start_summary(store, client, document, style="key_points")
        with SlotWatch(server.url) as watch:
            events = list(run_summary(store, client, job_id))
        client.close()
    finished = events[-1]
    assert isinstance(finished, JobFinished) and finished.status == "done", finished.message
    maps = store.chunks(job_id, "map")
    assert len(maps) >= 3 and all(c["status"] == "done" for c in maps)
    assert watch.most_busy == 2, "the server never had both slots busy at once"
    calls = _calls(tmp_path / "calls.log")
    assert sorted(c for c in calls if " map " in c) == sorted(
        f"{job_id} map {c['idx']}" for c in maps)  # each chunk asked once
    assert store.job(job_id)["summary"] == finished.summary and finished.summary.strip()
    store.close()


def test_server_killed_mid_job_pauses_it_and_the_resume_redoes_no_finished_chunk(
        model_path, tmp_path, data_home, monkeypatch):
    monkeypatch.setenv(CALL_LOG, str(tmp_path / "calls.log"))
    store = Store(data_home / "app.db")
    server = LlamaServer(model_path, slots=2, ctx_per_slot=CTX_PER_SLOT,
                         log=tmp_path / "server.log")
    client = ServerClient(ServerConfig(base_url=server.url))
    try:
        server.start()
        client.connect()
        document = long_text(tmp_path, pages=PAGES)
        job_id = start_summary(store, client, document, style="key_points")
        events = []
        for event in run_summary(store, client, job_id):
            events.append(event)
            if isinstance(event, StepDone) and server.process.poll() is None:
                server.kill()  # the first chunk is in; the other slot is mid-answer
        paused = events[-1]
        assert isinstance(paused, JobFinished) and paused.status == "paused"
        assert "127.0.0.1" in paused.message and "Resume it when the server is back" in (
            paused.message)
        done_before = {c["idx"] for c in store.chunks(job_id, "map") if c["status"] == "done"}
        assert done_before and store.job(job_id)["status"] == "paused"
        calls_before = len(_calls(tmp_path / "calls.log"))

        server.start()  # the same port: the configured server is back
        started = time.monotonic()
        resumed = list(run_summary(store, client, job_id))[-1]
        assert resumed.status == "done", resumed.message
        assert time.monotonic() - started < 600
    finally:
        client.close()
        server.stop()
    again = [int(c.split()[2]) for c in _calls(tmp_path / "calls.log")[calls_before:]
             if " map " in c]
    assert again and not set(again) & done_before, "a finished chunk was computed again"
    assert len(again) == len(set(again))
    assert all(c["status"] == "done" for c in store.chunks(job_id, "map"))
    store.close()
