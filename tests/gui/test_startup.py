"""From launch to the window, with the data folder in the states users' machines leave it:
damaged, locked by another program, read-only, already open in another window, or left
locked by a window that crashed. Real files, real processes, the real window offscreen."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

import pytest

from app.cli.output import ExitCode
from app.core.store import Store
from app.core.store.backups import back_up
from app.core.store.health import START_LOCK_WAIT_S, check_database
from app.ui.app import close_window, create_window, start
from app.ui.single_instance import LOCK_NAME
from tests.core.damaged_data import (
    corrupt_header,
    locked_by_another_process,
    make_database,
    read_only_folder,
    truncate_half,
)
from tests.gui.conftest import ANSWER_TIMEOUT_MS
from tests.gui.helpers import listed
from tests.helpers import env_for, hold_in_child

DIALOG_MS = 30_000


@pytest.fixture
def launch(qtbot, qapp, model_path):
    """Start as run_app does, in this process; everything started is closed afterwards."""
    started = []

    def go(files=()):
        startup = start(qapp, files, lambda: create_window(str(model_path)))
        if not isinstance(startup, int):  # an exit code: it handed over to another window
            started.append(startup)
        return startup

    yield go
    for startup in started:
        if startup.window is not None:
            close_window(startup.window)
        for widget in (startup.dialog, startup.notice):
            if widget is not None:
                widget.close()
        startup.finish()


def dialog_of(qtbot, startup):
    qtbot.waitUntil(lambda: startup.dialog is not None and startup.dialog.isVisible(),
                    timeout=DIALOG_MS)
    return startup.dialog


def choices(dialog) -> list[str]:
    return [b.text() for b in dialog.choices]


def button(dialog, start_of_text: str):
    [found] = [b for b in dialog.choices if b.text().startswith(start_of_text)]
    return found


def window_of(qtbot, startup):
    qtbot.waitUntil(lambda: startup.window is not None and startup.window.isVisible(),
                    timeout=ANSWER_TIMEOUT_MS)
    return startup.window


def test_a_damaged_file_is_moved_aside_kept_and_a_fresh_one_starts(qtbot, launch, data_home,
                                                                    artifacts):
    db = make_database(data_home / "offline-assistant.db")
    damaged = corrupt_header(db)
    startup = launch()
    assert startup.notice.isVisible() and "Opening your data" in startup.notice.text()
    dialog = dialog_of(qtbot, startup)
    assert dialog.text() == "Your data file is damaged."
    assert str(db) in dialog.informativeText()
    assert choices(dialog) == ["Move it aside and start fresh", "Quit"]
    dialog.grab().save(str(artifacts / "startup-damaged-file.png"))

    button(dialog, "Move it aside").click()
    window = window_of(qtbot, startup)
    assert not startup.notice.isVisible()
    [aside] = data_home.glob("offline-assistant-damaged-*.db")
    assert aside.read_bytes() == damaged  # kept, byte for byte
    assert check_database(db).ok
    store = Store(db)
    assert store.conversations() == []  # the fresh file the window now writes to
    store.close()
    assert window.isVisible()


def test_a_damaged_file_can_be_replaced_by_the_last_backup(qtbot, launch, data_home, artifacts):
    db = make_database(data_home / "offline-assistant.db")
    back_up(db)
    truncate_half(db)
    startup = launch()
    dialog = dialog_of(qtbot, startup)
    restore = button(dialog, "Restore the last backup (")
    dialog.grab().save(str(artifacts / "startup-damaged-with-backup.png"))

    restore.click()
    window = window_of(qtbot, startup)
    # The window reads the restored file: the conversations kept in the backup are listed.
    qtbot.waitUntil(lambda: "Conversation 29" in listed(window.sidebar.conversations))
    assert len(list(data_home.glob("offline-assistant-damaged-*.db"))) == 1


def test_a_locked_file_is_waited_for_off_the_gui_thread_then_tried_again(qtbot, launch,
                                                                          data_home):
    db = make_database(data_home / "offline-assistant.db")
    with locked_by_another_process(db):
        began = time.monotonic()
        startup = launch()
        # The bounded wait for the lock runs on a worker: the launch itself returned at once.
        assert time.monotonic() - began < START_LOCK_WAIT_S
        dialog = dialog_of(qtbot, startup)
        assert dialog.text() == "Your data file is in use by another program."
        assert choices(dialog) == ["Try again", "Quit"]
    button(dialog, "Try again").click()
    window_of(qtbot, startup)


def test_a_read_only_folder_is_named(qtbot, launch, data_home, artifacts):
    make_database(data_home / "offline-assistant.db")
    with read_only_folder(data_home):
        startup = launch()
        dialog = dialog_of(qtbot, startup)
        assert dialog.text() == "The data folder is read-only."
        assert f"{data_home} cannot be written to" in dialog.informativeText()
        assert choices(dialog) == ["Try again", "Quit"]
        dialog.grab().save(str(artifacts / "startup-read-only-folder.png"))


def test_a_second_launch_brings_the_window_forward_and_commands_leave_its_queue_alone(
        qtbot, launch, data_home, tmp_path):
    notes = tmp_path / "notes.txt"
    notes.write_text("The board approved the new budget on Monday.", encoding="utf-8")
    startup = launch()
    window = window_of(qtbot, startup)
    asked = []
    startup.instance.sig_show.connect(asked.append)

    began = time.monotonic()
    second = subprocess.Popen([sys.executable, "-m", "app", "open", str(notes)],
                              env=env_for(data_home), stderr=subprocess.PIPE, text=True)
    qtbot.waitUntil(lambda: second.poll() is not None, timeout=ANSWER_TIMEOUT_MS)
    print(f"second launch exited after {time.monotonic() - began:.1f} s")
    assert second.returncode == 0, second.stderr.read()
    assert asked == [[str(notes)]]
    qtbot.waitUntil(lambda: window.pages.currentIndex() == 1)
    assert not list(data_home.glob("*damaged*"))

    summarize = subprocess.run([sys.executable, "-m", "app", "summarize", str(notes)],
                               env=env_for(data_home), capture_output=True, text=True,
                               timeout=120)
    assert summarize.returncode == ExitCode.BUSY
    assert summarize.stderr.startswith(
        "The Offline Assistant window is running on this data folder")
    listing = subprocess.run([sys.executable, "-m", "app", "jobs"], env=env_for(data_home),
                             capture_output=True, text=True, timeout=120)
    assert listing.returncode == 0


def test_the_lock_of_a_crashed_window_is_taken_over(qtbot, launch, data_home):
    crashed = subprocess.Popen([sys.executable, "-m", "app"], env=env_for(data_home),
                               start_new_session=True, stderr=subprocess.DEVNULL)
    lock = data_home / LOCK_NAME

    def holds_lock() -> bool:
        return lock.exists() and lock.read_text().split("\n")[0] == str(crashed.pid)

    try:
        qtbot.waitUntil(holds_lock, timeout=ANSWER_TIMEOUT_MS)
    finally:
        os.killpg(crashed.pid, signal.SIGKILL)  # the window and its engine: no cleanup
        crashed.wait(timeout=30)
    startup = launch()
    assert not isinstance(startup, int)  # this launch is the window now, not a hand-over
    window_of(qtbot, startup)


def test_summaries_wait_while_a_terminal_command_runs_the_queue(qtbot, launch, data_home):
    command = hold_in_child(data_home, "summarize")
    try:
        startup = launch()
        window = window_of(qtbot, startup)
        qtbot.waitUntil(lambda: window.model_ready, timeout=ANSWER_TIMEOUT_MS)
        assert window.documents.queue_held and not window.documents.queue.model_ready
        assert (f"A summary started from the command line (process {command.pid})"
                in window.notice.text())
    finally:
        command.stdin.close()
        command.wait(timeout=30)
    # The window tries again by itself and takes the queue once the command has ended.
    qtbot.waitUntil(lambda: window.documents.queue.model_ready, timeout=ANSWER_TIMEOUT_MS)
    assert not window.documents.queue_held and not window.notice.isVisible()
