"""Whatever stops a summary, the window's queue goes on with the next document: a disk
that fills up mid-job (a real tmpfs as the data folder) and "Delete everything" pressed
mid-summary each end the running job with a plain message. Real model, real window."""

from __future__ import annotations

import errno
import os
import sqlite3
import subprocess

import pytest

from app import paths
from app.core.settings import AppSettings
from app.core.store import Store
from app.ui.app import close_window, create_window
from tests.gui.conftest import ANSWER_TIMEOUT_MS
from tests.gui.helpers import SUMMARY_MS, click, note, row_named, status_of
from tests.helpers import minutes_text

DISK_FULL = "The disk is full: free some space, then resume this document."


@pytest.fixture
def small_disk(data_home):
    """The data folder on its own small tmpfs, unmounted afterwards."""
    if os.geteuid() != 0:
        pytest.skip("mounting a tmpfs needs root (the CI and the development machines are)")
    data_home.mkdir(parents=True, exist_ok=True)
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=8m", "tmpfs", str(data_home)],
                             capture_output=True, text=True)
    assert mounted.returncode == 0, f"could not mount a tmpfs as the data folder: {mounted.stderr}"
    yield data_home
    if subprocess.run(["umount", str(data_home)], capture_output=True).returncode:
        subprocess.run(["umount", "--lazy", str(data_home)], check=True)


def fill_up(folder):
    """Write a file until the disk refuses another byte, as a download or a backup would."""
    ballast = folder / "ballast"
    handle = os.open(ballast, os.O_WRONLY | os.O_CREAT)
    try:
        for block in (1 << 20, 4096, 1):
            try:
                while True:
                    os.write(handle, b"\0" * block)
            except OSError as exc:
                assert exc.errno == errno.ENOSPC
    finally:
        os.close(handle)
    return ballast


def started_window(qtbot, model_path):
    """The window with a small context (many short parts, so a job is mid-way quickly) and
    one thread (the test machines are shared: spinning threads wait on each other)."""
    store = Store(paths.database_path())
    try:
        AppSettings(context_length=1024, threads=1).save(store)
    finally:
        store.close()
    window = create_window(str(model_path))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.model_ready, timeout=ANSWER_TIMEOUT_MS)
    return window


def memo(folder) -> str:
    return str(note(folder, "memo.txt", "Minutes: the fund grew 4% in 2023."))


def parts_done(page) -> int:
    live = page.queue.live
    return live.done if live is not None else 0


def test_a_full_disk_pauses_the_job_in_plain_words_and_the_queue_goes_on(
        qtbot, model_path, small_disk, tmp_path):
    window = started_window(qtbot, model_path)
    try:
        page, finished, notices = window.documents, [], []
        window.sig_summary_shown.connect(finished.append)
        window.sig_error_shown.connect(notices.append)
        page.add_paths([str(minutes_text(tmp_path / "minutes.txt", pages=3)), memo(tmp_path)])
        qtbot.waitUntil(lambda: parts_done(page) >= 1, timeout=SUMMARY_MS)
        ballast = fill_up(small_disk)  # the next finished part cannot be saved

        qtbot.waitUntil(lambda: len(finished) == 1, timeout=SUMMARY_MS)
        assert (finished[0].status, finished[0].message) == ("paused", DISK_FULL)
        assert f"minutes.txt: {DISK_FULL}" in notices
        # the queue went on: the next document started, and stopped on the full disk too
        qtbot.waitUntil(lambda: page.queue.current is None and not page.queue.waiting
                        and status_of(page, "memo.txt") in ("failed", "paused"),
                        timeout=SUMMARY_MS)
        assert "The disk is full: free some space" in row_named(page, "memo.txt").message

        ballast.unlink()  # the user frees some space and resumes
        with qtbot.waitSignal(window.sig_summary_shown, timeout=SUMMARY_MS) as resumed:
            click(page, "minutes.txt", "resume")
        assert resumed.args[0].status == "done", resumed.args[0].message
    finally:
        close_window(window)
    with sqlite3.connect(paths.database_path()) as db:
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    db.close()


def test_delete_everything_mid_summary_ends_the_job_and_the_queue_goes_on(
        qtbot, model_path, tmp_path):
    window = started_window(qtbot, model_path)
    try:
        page, finished = window.documents, []
        window.sig_summary_shown.connect(finished.append)
        page.add_paths([str(minutes_text(tmp_path / "minutes.txt", pages=3)), memo(tmp_path)])
        qtbot.waitUntil(lambda: parts_done(page) >= 1, timeout=SUMMARY_MS)
        window.preferences._clear_all()  # what the Settings dialog's confirmed button calls

        qtbot.waitUntil(lambda: len(finished) == 2, timeout=SUMMARY_MS)
        assert [(e.status, e.message) for e in finished] == [
            ("cancelled", "This summary was deleted."), ("done", "")]
        qtbot.waitUntil(lambda: row_named(page, "minutes.txt") is None)
        assert status_of(page, "memo.txt") == "done"
    finally:
        close_window(window)
    with sqlite3.connect(paths.database_path()) as db:
        names = [row[0] for row in db.execute("select name from documents")]
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    db.close()
    assert names == ["memo.txt"]
