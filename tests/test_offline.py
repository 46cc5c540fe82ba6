"""Offline is a promise for every process the app starts, not only the test process: the
CLI summary (engine host and document reader included) and the self-test run under strace,
and no system call of theirs may touch an Internet address family."""

from __future__ import annotations

import os
import sys

import pytest

from tests.offline import internet_syscalls


def test_the_audit_sees_a_connection_attempt(tmp_path):
    """The check itself can fail: a child process that tries 127.0.0.1 is caught."""
    probe = ("import socket, subprocess, sys; subprocess.run([sys.executable, '-c', "
             "\"import socket; socket.socket().connect_ex(('127.0.0.1', 9))\"])")
    _, calls = internet_syscalls([sys.executable, "-c", probe], tmp_path / "trace.log")
    assert any("connect(" in call and "127.0.0.1" in call for call in calls), calls


@pytest.mark.slow
def test_cli_summary_opens_no_internet_socket_in_any_process(tmp_path, data_home):
    document = tmp_path / "minutes.txt"  # one chunk: the proof needs every process, not length
    document.write_text("\n\n".join(
        f"Item {i}: the committee approved invoice {4100 + i} of {i * 250} ringgit, payable "
        f"within {i + 10} days to the district office in Kuching." for i in range(8)))
    env = {**os.environ, "OFFLINE_ASSISTANT_HOME": str(data_home)}
    result, calls = internet_syscalls(
        [sys.executable, "-m", "app", "summarize", document, "--ctx", "1024"],
        tmp_path / "trace.log", env=env, timeout=600)
    assert result.returncode == 0, result.stderr
    assert calls == []
    assert len(traced_processes(tmp_path / "trace.log")) >= 3  # CLI, reader, engine host


def traced_processes(log) -> set[str]:
    """The pids strace followed (each line starts with one)."""
    return {line.split()[0] for line in log.read_text().splitlines() if line.strip()}


@pytest.mark.slow
def test_self_test_opens_no_internet_socket_in_any_process(tmp_path):
    env = {**os.environ, "OFFLINE_ASSISTANT_HOME": str(tmp_path / "untouched"),
           "QT_QPA_PLATFORM": "offscreen"}
    result, calls = internet_syscalls([sys.executable, "-m", "app", "--self-test"],
                                      tmp_path / "trace.log", env=env, timeout=600)
    assert result.returncode == 0, result.stdout + result.stderr
    assert calls == []
    assert len(traced_processes(tmp_path / "trace.log")) >= 2  # the app and its engine host
