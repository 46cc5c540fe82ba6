"""Proof that a command and every process it starts stay offline.

pytest-socket blocks sockets in the test process only; the engine host, the document reader
and a frozen app are other processes. Two checks cover them: `internet_syscalls` runs a command
under strace (every child followed) and returns each system call that touched an Internet
address family, and `no_network_prefix` runs it in a network namespace with no interface.

A machine that lacks either tool skips these checks on a developer's machine but fails them
in CI (CI=true), where the set-up (scripts/system_deps.sh) installs what they need: a proof
that silently does not run is no proof.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

# socket() creating, and connect/sendto/sendmsg/bind using, an IPv4 or IPv6 address.
INTERNET = re.compile(r"\b(socket|connect|sendto|sendmsg|bind)\(.*\bAF_INET6?\b")


def unavailable(reason: str) -> None:
    if os.environ.get("CI"):
        pytest.fail(f"{reason} (CI must run this check: see scripts/system_deps.sh)")
    pytest.skip(reason)


def no_network_prefix() -> list[str]:
    """unshare -n (root) or -rn (a user namespace) in front of a command: it then runs with
    no network interface at all."""
    if shutil.which("unshare"):
        for prefix in (["unshare", "-n"], ["unshare", "-rn"]):
            if subprocess.run([*prefix, "true"], capture_output=True).returncode == 0:
                return prefix
    unavailable("network namespaces are not available here (unshare -n / -rn)")
    return []


def internet_syscalls(command: list, log: Path, **kwargs) -> tuple[
        subprocess.CompletedProcess, list[str]]:
    """Run `command` under strace following every child; return its result and the traced
    calls that used AF_INET or AF_INET6 (none is allowed in an offline app)."""
    if shutil.which("strace") is None:
        unavailable("strace is not installed")
    # --seccomp-bpf stops the process only on the traced calls, so the run keeps its speed.
    traced = ["strace", "-f", "-qq", "--seccomp-bpf", "-o", str(log),
              "-e", "trace=execve,socket,connect,sendto,sendmsg,bind"]
    kwargs.setdefault("capture_output", True)
    kwargs.setdefault("text", True)
    result = subprocess.run([*traced, *map(str, command)], **kwargs)
    assert log.is_file(), f"strace did not run: {result.stderr[-500:]}"
    calls = log.read_text(errors="replace").splitlines()
    return result, [line for line in calls if INTERNET.search(line)]
