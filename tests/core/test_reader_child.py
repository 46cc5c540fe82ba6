"""The reading child: it sends back plain data, never a pickle, and cannot reach a network.

The probes run inside the real sandbox child through extract_document's test-only
`_extractor` hook (no document can reach it), after the sandbox has confined the child
as it does for every document.
"""

from __future__ import annotations

import ctypes
import json
import os
import pickle
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from app.core.documents import (
    DamagedDocument,
    DocumentTooLarge,
    ExtractedDocument,
    Page,
    extract_document,
)
from app.core.documents.wire import read_result

# Children for the sandbox tests: module-level, because the "spawn" child imports them.


class _Planted(str):
    """Text that, once unpickled, creates a file: what a child taken over could send."""

    def __reduce__(self):
        return (Path.touch, (Path(f"{self}.planted"),))


def _document_with_planted_text(path: str) -> ExtractedDocument:
    return ExtractedDocument(path, "txt", "0" * 64, 4, (Page(1, _Planted(path)),))


def _libc_socket(family: int) -> str:
    libc = ctypes.CDLL(None, use_errno=True)
    descriptor = libc.socket(family, socket.SOCK_STREAM, 0)
    if descriptor >= 0:
        os.close(descriptor)
        return "opened"
    return os.strerror(ctypes.get_errno())


def _libc_socketpair() -> str:
    libc = ctypes.CDLL(None, use_errno=True)
    pair = (ctypes.c_int * 2)()
    if libc.socketpair(socket.AF_UNIX, socket.SOCK_STREAM, 0, pair) == 0:
        os.close(pair[0])
        os.close(pair[1])
        return "opened"
    return os.strerror(ctypes.get_errno())


def _python_socket(family: int) -> str:
    try:
        socket.socket(family, socket.SOCK_STREAM).close()
    except OSError as error:
        return f"refused: {error}"
    return "opened"


def _probe_confinement(path: str) -> ExtractedDocument:
    report: dict[str, object] = {
        "python AF_INET": _python_socket(socket.AF_INET),
        "python AF_UNIX": _python_socket(socket.AF_UNIX),
    }
    if sys.platform != "win32":
        import resource

        report["core file limit"] = resource.getrlimit(resource.RLIMIT_CORE)[0]
    if sys.platform == "linux":
        report["libc AF_INET"] = _libc_socket(socket.AF_INET)
        report["libc AF_INET6"] = _libc_socket(socket.AF_INET6)
        report["libc AF_UNIX"] = _libc_socket(socket.AF_UNIX)
        report["libc socketpair"] = _libc_socketpair()
        status = Path("/proc/self/status").read_text().splitlines()
        report["NoNewPrivs"] = next(line.split()[1] for line in status if "NoNewPrivs" in line)
        # /proc/net/dev lists the interfaces of this process's own network namespace.
        lines = Path("/proc/net/dev").read_text().splitlines()[2:]
        report["interfaces"] = sorted(line.split(":")[0].strip() for line in lines)
    return ExtractedDocument(path, "txt", "0" * 64, 4, (Page(1, json.dumps(report)),))


def _fill_memory_where_nothing_limits_it(path: str):
    if sys.platform != "win32":
        import resource

        # Lifts the system's limit, as on Windows and macOS, where the app's watch alone holds.
        _, hard = resource.getrlimit(resource.RLIMIT_AS)
        resource.setrlimit(resource.RLIMIT_AS, (hard, hard))
    held = [b"\x01" * (64 * 1024 * 1024) for _ in range(16)]  # 1 GB, every page written
    time.sleep(600)  # as a reader stuck on it would; only the memory watch can end this
    return held


def _confinement(tmp_path: Path) -> dict[str, object]:
    path = tmp_path / "probe.txt"
    path.write_text("text")
    document = extract_document(path, timeout_s=60, _extractor=_probe_confinement)
    return json.loads(document.pages[0].text)


def _namespaces_allowed() -> bool:
    command = ["unshare", "--net", "true"] if os.geteuid() == 0 else ["unshare", "-rn", "true"]
    try:
        return subprocess.run(command, capture_output=True, timeout=30).returncode == 0
    except FileNotFoundError:
        return False


# Plain data back ----------------------------------------------------------------------


def test_the_app_never_unpickles_what_the_child_sends(tmp_path):
    path = tmp_path / "report.txt"
    path.write_text("text")

    document = extract_document(path, _extractor=_document_with_planted_text)

    assert not Path(f"{path}.planted").exists()
    assert document.pages[0].text == str(path)
    assert type(document.pages[0].text) is str


@pytest.mark.parametrize(
    "data",
    [
        pickle.dumps(("ok", ExtractedDocument("a.txt", "txt", "0" * 64, 1, ()))),
        b"\x80\x04not json",
        b"[]",
        b'{"document": {"format": "exe", "sha256": "' + b"0" * 64 + b'", "size": 1, "pages": []}}',
        b'{"document": {"format": "txt", "sha256": "x", "size": 1, "pages": []}}',
        b'{"document": {"format": "txt", "sha256": "' + b"0" * 64 + b'", "size": -1, "pages": []}}',
        b'{"document": {"format": "txt", "sha256": "' + b"0" * 64 + b'", "size": 1, "pages": '
        b'[{"number": "1", "text": "a", "heading": null}]}}',
        b'{"error": {"kind": "DocumentTooLarge", "message": 7}}',
        b"[" * 100_000 + b"]" * 100_000,
    ],
)
def test_a_result_that_is_not_the_agreed_plain_data_reads_as_damaged(tmp_path, data):
    with pytest.raises(DamagedDocument):
        read_result(data, str(tmp_path / "a.txt"), "a.txt")


def test_an_error_from_the_child_keeps_its_kind_and_words(tmp_path):
    data = b'{"error": {"kind": "PasswordProtected", "message": "Locked: use a copy."}}'
    with pytest.raises(Exception, match="Locked: use a copy.") as raised:
        read_result(data, str(tmp_path / "a.pdf"), "a.pdf")
    assert type(raised.value).__name__ == "PasswordProtected"
    assert raised.value.file_name == "a.pdf"


# Memory --------------------------------------------------------------------------------


def test_the_app_stops_a_child_over_its_memory_where_the_system_does_not(tmp_path):
    path = tmp_path / "expands.pdf"
    path.write_text("text")
    # Without the watch this ends as ExtractionTimedOut, a minute later.
    with pytest.raises(DocumentTooLarge, match="more than 256 MB of memory"):
        extract_document(
            path, timeout_s=60, memory_limit_mb=256, _extractor=_fill_memory_where_nothing_limits_it
        )


# No network in the child ---------------------------------------------------------------


def test_the_child_cannot_open_sockets_through_python(tmp_path):
    report = _confinement(tmp_path)
    assert report["python AF_INET"].startswith("refused"), report
    assert report["python AF_UNIX"].startswith("refused"), report


@pytest.mark.skipif(sys.platform != "linux", reason="seccomp and no_new_privs are Linux's")
def test_the_child_cannot_open_sockets_even_below_python_nor_gain_privileges(tmp_path):
    report = _confinement(tmp_path)

    refused = os.strerror(1)  # EPERM, from the seccomp filter
    for call in ("libc AF_INET", "libc AF_INET6", "libc AF_UNIX", "libc socketpair"):
        assert report[call] == refused, report
    assert report["NoNewPrivs"] == "1", report


@pytest.mark.skipif(sys.platform != "linux", reason="network namespaces are Linux's")
def test_the_child_has_a_network_namespace_with_no_network(tmp_path):
    if not _namespaces_allowed():
        pytest.skip("this system forbids network namespaces; the socket filter still applies")
    assert _confinement(tmp_path)["interfaces"] == ["lo"]


@pytest.mark.skipif(sys.platform == "win32", reason="core files are a POSIX matter")
def test_a_crashing_child_leaves_no_core_file_holding_the_document(tmp_path):
    import resource

    # As on a machine set up for debugging: the child would inherit core files of any size.
    soft, hard = resource.getrlimit(resource.RLIMIT_CORE)
    if hard == 0:
        pytest.skip("core files are off for good here: nothing for the child to turn off")
    resource.setrlimit(resource.RLIMIT_CORE, (hard, hard))
    try:
        assert _confinement(tmp_path)["core file limit"] == 0
    finally:
        resource.setrlimit(resource.RLIMIT_CORE, (soft, hard))
