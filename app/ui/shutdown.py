"""Quitting: the window closes at once, and within QUIT_S nothing the app started is left.

The engine lane is asked to stop (its engine client kills a host that does not obey), a
document reader it may be waiting on is killed with every other child process, and the
last database saves get what time is left. SIGTERM (a logout, `kill`) quits the same way
as File → Quit.
"""

from __future__ import annotations

import os
import signal
import time

import psutil
from PySide6.QtCore import QSocketNotifier, QThreadPool
from PySide6.QtWidgets import QApplication

from app.ui.background import QUITTING
from app.workers.engine_lane import stop_lane

QUIT_S = 4.0  # from the window closing to the process ending: under 5 s
LANE_WAIT_MS = 2500  # a Stop ends any engine request within 2 s


def shut_down(window) -> bool:
    """Stop everything `window` started, the app being about to exit. Returns False when
    some thread could not be ended in time (stuck in work no deadline reaches)."""
    deadline = time.monotonic() + QUIT_S
    stop_lane(window.lane, window.lane_thread)
    ended = window.lane_thread.wait(LANE_WAIT_MS)
    end_child_processes()  # a reader the lane waits on: its death ends that wait

    def left_ms() -> int:
        return max(0, int((deadline - time.monotonic()) * 1000))

    ended = ended or window.lane_thread.wait(left_ms())
    return QThreadPool.globalInstance().waitForDone(left_ms()) and ended


def end_child_processes() -> None:
    """Kill every process this one started (engine host, document readers): a wedged or
    stopped one would ignore a polite request, and none may outlive the app."""
    for child in psutil.Process().children(recursive=True):
        try:
            child.kill()
        except psutil.NoSuchProcess:
            pass


def quit_on_terminate(app: QApplication) -> None:
    """Make SIGTERM close the window and quit, as File → Quit does. Python runs a signal
    handler only when it gets control, and Qt's event loop is C++: the signal's wake-up
    byte, written to a pipe that Qt watches, gives it control. POSIX only: Windows sends no
    SIGTERM to a GUI app."""
    if os.name != "posix":
        return
    reader, writer = os.pipe()
    os.set_blocking(reader, False)
    os.set_blocking(writer, False)
    signal.set_wakeup_fd(writer)
    notifier = QSocketNotifier(reader, QSocketNotifier.Type.Read, app)
    notifier.activated.connect(lambda *_: _drain(reader))

    def terminate(_signum, _frame) -> None:
        app.setProperty(QUITTING, True)  # a logout waits for no question about summaries
        app.closeAllWindows()  # the window saves its layout as on File → Quit
        app.quit()

    signal.signal(signal.SIGTERM, terminate)
    app.terminate_notifier = notifier  # kept alive as long as the application


def _drain(fd: int) -> None:
    try:
        os.read(fd, 512)
    except BlockingIOError:
        pass
