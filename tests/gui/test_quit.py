"""Quitting the real app (in its own process) while it answers: it exits at once, keeps
what was answered so far, and leaves no engine or reader process behind, even when its
engine is wedged (stopped with SIGSTOP, as a hung process is)."""

from __future__ import annotations

import os
import select
import signal
import subprocess
import sys
import time
from pathlib import Path

import psutil
import pytest

from app import paths
from app.core.store import Store
from tests.conftest import REPO

ASKER = Path(__file__).with_name("quitting_app.py")
ANSWER_STARTS_S = 180  # start-up, model load and the first token, on a busy machine
QUIT_S = 5  # the requirement: 5 s after quitting, nothing of the app is left


def _wait_for_answer(app: subprocess.Popen, timeout_s: float) -> tuple[str, list[str]]:
    """The "answering" line, and every line before it (the notices the window showed)."""
    deadline, said = time.monotonic() + timeout_s, []
    while (left := deadline - time.monotonic()) > 0:
        ready, _, _ = select.select([app.stdout], [], [], left)
        line = app.stdout.readline() if ready else ""
        if not line or line.startswith("answering"):
            return line, said
        said.append(line.rstrip())
    return "", said


def _what_happened(app: subprocess.Popen, data_home: Path, stderr: Path, said: list[str]) -> str:
    logs = data_home / "logs"
    parts = [f"exit code: {app.poll()}", "window said: " + " | ".join(said),
             "stderr: " + stderr.read_text()]
    parts += [f"{log.name}: {log.read_text()}" for log in sorted(logs.glob("*.log"))]
    return "\n".join(parts)


@pytest.mark.parametrize("wedged", [False, True], ids=["answering", "engine-wedged"])
def test_quitting_while_answering_leaves_nothing_behind(data_home, tmp_path, wedged):
    log = (tmp_path / "app.log").open("w+")
    app = subprocess.Popen(
        [sys.executable, str(ASKER)], cwd=REPO, stdout=subprocess.PIPE, stderr=log, text=True,
        env={**os.environ, "OFFLINE_ASSISTANT_HOME": str(data_home),
             "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(REPO)})
    children: list[psutil.Process] = []
    try:
        line, said = _wait_for_answer(app, ANSWER_STARTS_S)
        assert line.startswith("answering"), _what_happened(app, data_home, tmp_path / "app.log",
                                                            said)
        engine_pid = int(line.split()[1])
        children = psutil.Process(app.pid).children(recursive=True)
        assert engine_pid in [child.pid for child in children]
        if wedged:
            os.kill(engine_pid, signal.SIGSTOP)

        quit_at = time.monotonic()
        app.send_signal(signal.SIGTERM)  # what a logout does; File → Quit closes the same way
        assert app.wait(timeout=QUIT_S) == 0, (tmp_path / "app.log").read_text()
        _, alive = psutil.wait_procs(children, timeout=max(0.0, quit_at + QUIT_S
                                                           - time.monotonic()))
        assert [c for c in alive if c.status() != psutil.STATUS_ZOMBIE] == []
    finally:  # a failed check must not leave this test's processes behind either
        if app.poll() is None:
            app.kill()
        for child in children:
            if child.is_running():
                child.kill()
        log.close()

    store = Store(paths.database_path())
    try:
        [conversation] = store.conversations()
        question, answer = store.messages(conversation["id"])
    finally:
        store.close()
    assert question["role"] == "user" and answer["role"] == "assistant"
    assert answer["finish_reason"] == "cancelled" and answer["text"]
