"""#18: a long-running tool on a desktop. Closing the window while documents are summarised
asks whether to keep summarising in the background or stop; in the background the work
goes on, the title (the task bar entry) shows its progress, a notification says when the
batch is done and clicking it brings the window back on the summary; File → Recent
documents reopens what was summarised. Real model, real window, offscreen (no system tray
there: the window is minimised instead of hidden, as on a desktop without one)."""

from __future__ import annotations

import queue
import shutil
import subprocess
import threading

import pytest
from PySide6.QtDBus import QDBusConnection

from app import APP_NAME
from app.ui.background import LauncherProgress
from tests.gui.helpers import SUMMARY_MS, lease, note


def answer(qtbot, window, choice: str) -> None:
    window.close()
    box = window.background.question
    assert box is not None and window.isVisible(), "the close was not asked about"
    qtbot.waitUntil(box.isVisible)
    button = next(b for b in box.buttons() if b.text() == choice)
    button.click()
    qtbot.waitUntil(lambda: window.background.question is None)


def test_closing_while_summarising_keeps_working_and_says_when_done(qtbot, window, tmp_path,
                                                                    artifacts):
    page = window.documents
    notices = []
    window.background.sig_notified.connect(lambda title, text: notices.append((title, text)))
    page.add_paths([str(lease(tmp_path)), str(note(tmp_path, "memo.txt",
                                                   "The office moves to Jalan Ampang in May."))])
    qtbot.waitUntil(lambda: page.queue.current is not None)
    qtbot.waitUntil(lambda: window.windowTitle().endswith(f"% · {APP_NAME}"))

    window.close()
    box = window.background.question
    qtbot.waitUntil(box.isVisible)
    box.grab().save(str(artifacts / "close-while-summarising.png"))
    assert "still being summarised" in box.text() and "next time" in box.informativeText()
    assert sorted(b.text() for b in box.buttons()) == ["Cancel", "Keep summarising",
                                                       "Stop and quit"]
    next(b for b in box.buttons() if b.text() == "Keep summarising").click()
    qtbot.waitUntil(window.isMinimized)
    assert page.queue.current is not None  # still summarising

    qtbot.waitUntil(lambda: bool(notices), timeout=2 * SUMMARY_MS)
    assert notices == [("Summaries ready", "2 documents summarised")]
    assert window.windowTitle() == APP_NAME

    window.background.tray.messageClicked.emit()  # what the desktop sends on a click
    qtbot.waitUntil(lambda: not window.isMinimized())
    assert window.pages.currentIndex() == 1
    assert page.selected_row().name == "memo.txt"  # the one that ended last
    qtbot.waitUntil(lambda: page.summary_view.summary_shown[0] == "memo.txt")

    window.recent_menu.aboutToShow.emit()
    names = [action.text() for action in window.recent_menu.actions()]
    assert names == ["memo.txt", "lease.txt"]
    window.recent_menu.actions()[1].trigger()
    assert page.selected_row().name == "lease.txt"


def test_closing_can_be_cancelled_or_stop_the_work(qtbot, window, tmp_path):
    page = window.documents
    page.add_paths([str(lease(tmp_path))])
    qtbot.waitUntil(lambda: page.queue.current is not None)
    answer(qtbot, window, "Cancel")
    assert window.isVisible() and not window.isMinimized()
    answer(qtbot, window, "Stop and quit")
    qtbot.waitUntil(lambda: not window.isVisible())


def test_an_idle_window_closes_without_a_question(qtbot, window):
    window.close()
    assert window.background.question is None and not window.isVisible()


@pytest.fixture
def session_bus(tmp_path):
    """A private D-Bus session bus and a monitor of the launcher signals on it: the lines
    dbus-monitor prints arrive on a queue, read by a thread (no sleeping)."""
    for program in ("dbus-daemon", "dbus-monitor"):
        if shutil.which(program) is None:
            pytest.fail(f"{program} is missing: run scripts/system_deps.sh")
    bus = subprocess.Popen(["dbus-daemon", "--session", "--nofork", "--print-address=1"],
                           stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    address = bus.stdout.readline().strip()
    monitor = subprocess.Popen(
        ["dbus-monitor", "--address", address,
         f"type='signal',interface='{LauncherProgress.INTERFACE}'"],
        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    lines: queue.Queue[str] = queue.Queue()
    threading.Thread(target=lambda: [lines.put(line) for line in monitor.stdout],
                     daemon=True).start()
    while "NameLost" not in lines.get(timeout=20):  # it has become a monitor: listening
        pass
    try:
        yield QDBusConnection.connectToBus(address, "launcher-test"), lines
    finally:
        QDBusConnection.disconnectFromBus("launcher-test")
        for process in (monitor, bus):
            process.terminate()
            process.wait(10)


def test_the_launcher_shows_the_progress_on_the_session_bus(qtbot, window, tmp_path,
                                                            session_bus):
    """What KDE Plasma or Ubuntu's dock read to draw a progress bar on the app's launcher."""
    bus, lines = session_bus
    window.background.launcher = LauncherProgress(bus)
    page = window.documents
    page.add_paths([str(lease(tmp_path))])
    qtbot.waitUntil(lambda: page.queue.current is not None)
    qtbot.waitUntil(lambda: page.queue.current is None, timeout=SUMMARY_MS)

    heard = []
    while not heard or "boolean false" not in heard[-1]:
        heard.append(lines.get(timeout=20))  # the monitor prints each signal in a few lines
    text = "".join(heard)
    assert "application://offline-assistant.desktop" in text
    shares = [float(line.split()[-1]) for line in heard if line.strip().startswith("variant")
              and "double" in line]
    assert shares and all(0 <= s <= 1 for s in shares) and max(shares) > 0
    assert "boolean true" in text  # shown while it ran, hidden at the end
