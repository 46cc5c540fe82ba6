"""The terminal with a data folder it cannot use as is: a damaged, locked or read-only data
file, or a summary queue another process runs. Real processes, real files, exit codes."""

from __future__ import annotations

import subprocess
import sys

import pytest

from app.cli.output import ExitCode
from app.core.queue_lock import WINDOW
from tests.core.damaged_data import (
    corrupt_header,
    locked_by_another_process,
    make_database,
    read_only_folder,
    truncate_half,
)
from tests.helpers import cli, env_for, hold_in_child


@pytest.fixture
def notes(tmp_path):
    path = tmp_path / "notes.txt"
    path.write_text("The committee met on Monday and agreed the budget.", encoding="utf-8")
    return path


@pytest.mark.parametrize("damage", [corrupt_header, truncate_half])
def test_a_damaged_data_file_is_explained_and_left_untouched(data_home, notes, damage):
    db = make_database(data_home / "offline-assistant.db")
    damaged = damage(db)
    for command in (["jobs"], ["summarize", str(notes)]):
        result = cli(*command, home=data_home)
        assert result.returncode == ExitCode.DATA
        assert "Your data file is damaged" in result.stderr and str(db) in result.stderr
        assert "Traceback" not in result.stderr
    assert db.read_bytes() == damaged
    assert list(data_home.glob("*damaged*")) == []  # only the window moves it, when asked


def test_a_locked_data_file_is_explained_after_a_bounded_wait(data_home):
    db = make_database(data_home / "offline-assistant.db")
    with locked_by_another_process(db):
        result = cli("jobs", home=data_home)
    assert result.returncode == ExitCode.DATA
    assert "is locked by another program" in result.stderr


def test_a_read_only_data_folder_is_named(data_home):
    make_database(data_home / "offline-assistant.db")
    with read_only_folder(data_home):
        result = cli("models", home=data_home)
    assert result.returncode == ExitCode.DATA
    assert f"{data_home} is read-only" in result.stderr


def test_while_the_window_runs_the_queue_commands_say_so_and_reads_work(data_home, notes):
    window = hold_in_child(data_home, WINDOW)
    try:
        summarize = cli("summarize", str(notes), home=data_home)
        resume = cli("jobs", "resume", home=data_home)
        listing = cli("jobs", home=data_home)
    finally:
        window.stdin.close()
        window.wait(timeout=30)
    assert summarize.returncode == ExitCode.BUSY
    assert summarize.stderr.startswith(
        "The Offline Assistant window is running on this data folder; its queue runs the "
        "summaries")
    assert summarize.stdout == "" and "Loaded" not in summarize.stderr  # no model was loaded
    assert resume.returncode == ExitCode.BUSY
    assert "its queue will resume the unfinished summaries by itself" in resume.stderr
    assert listing.returncode == 0 and "No summaries yet." in listing.stderr


def test_a_second_command_is_refused_or_waits_for_the_first(data_home, notes):
    first = hold_in_child(data_home, "summarize")
    try:
        refused = cli("summarize", str(notes), home=data_home)
        waiting = subprocess.Popen([sys.executable, "-m", "app", "jobs", "resume", "--wait"],
                                   env=env_for(data_home),
                                   stderr=subprocess.PIPE, text=True)
        assert waiting.stderr.readline().startswith(
            f"Waiting for another `offline-assistant summarize` (process {first.pid})")
        assert waiting.poll() is None
    finally:
        first.stdin.close()
        first.wait(timeout=30)
    assert waiting.wait(timeout=120) == 0
    assert "No unfinished summaries." in waiting.stderr.read()
    assert refused.returncode == ExitCode.BUSY
    assert (f"Another `offline-assistant summarize` (process {first.pid}) is running summaries "
            f"on this data folder") in refused.stderr
