"""The suite's own guard (tests/conftest.py): a test that leaves a process running fails."""

from __future__ import annotations

import subprocess
import sys

import psutil

from tests.conftest import end_processes_left_behind


def test_a_process_left_running_is_reported_and_ended():
    before = {child.pid for child in psutil.Process().children(recursive=True)}
    stray = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(600)"])
    try:
        left = end_processes_left_behind(before)
        assert len(left) == 1 and "time.sleep(600)" in left[0]
        assert stray.wait(timeout=10) != 0  # it was killed
    finally:
        if stray.poll() is None:
            stray.kill()


def test_a_process_that_ended_is_not_reported():
    before = {child.pid for child in psutil.Process().children(recursive=True)}
    subprocess.run([sys.executable, "-c", "pass"], check=True)
    assert end_processes_left_behind(before) == []
