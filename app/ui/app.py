"""Start the window: the Qt application, the engine lane, and the default model load."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QThreadPool
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from app import APP_NAME, DESKTOP_ID, paths
from app.cli.output import ExitCode, say
from app.log_file import start_window_log
from app.ui.i18n import install_english_plurals, install_fonts, install_translations
from app.ui.single_instance import SingleInstance

# The window's modules take seconds to import: a second launch, which only hands over to
# the first window, must not wait for them (they are imported where they are needed).
if TYPE_CHECKING:
    from app.ui.main_window import MainWindow


def create_window(model_path: str | None = None) -> MainWindow:
    """A window with its own engine lane; the model starts loading at once, off this thread."""
    from app.ui.main_window import MainWindow
    from app.workers.engine_lane import start_lane

    install_fonts()
    lane, thread = start_lane()
    window = MainWindow(lane)
    window.lane_thread = thread
    lane.request_load.emit(model_path)
    return window


def close_window(window: MainWindow) -> None:
    """Close a window and wait until its lane has ended (tests open several windows in one
    process; the app itself quits through shut_down)."""
    from app.workers.engine_lane import stop_lane

    window.background.leaving = True  # a test's running summary: close, do not ask
    window.close()
    stop_lane(window.lane, window.lane_thread)
    window.lane_thread.wait()
    QThreadPool.globalInstance().waitForDone(5000)  # let the last saves finish


def run_app(files: list[str] = ()) -> int:
    start_window_log()  # a slot that raises is logged, not only printed
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName("OfflineAssistant")
    app.setDesktopFileName(DESKTOP_ID)  # matches the .desktop entry of the .deb
    app.setWindowIcon(QIcon(str(paths.resources_dir() / "icons" / "offline-assistant.png")))
    app.plurals = install_english_plurals(app)  # before the catalogues: they go first
    startup = start(app, files)
    if isinstance(startup, int):
        return startup
    from app.ui.shutdown import quit_on_terminate, shut_down

    quit_on_terminate(app)
    code = app.exec() or startup.exit_code
    if startup.window is None:
        stuck = not QThreadPool.globalInstance().waitForDone(5000)
    else:
        stuck = not shut_down(startup.window)
    startup.finish()
    if stuck:
        # A thread is stuck where no deadline reaches it (hashing a huge file, say): Qt
        # aborts a process that exits with a thread still running, so leave at once.
        # Everything saved is committed; the engine and readers are gone already.
        os._exit(code)
    return code


def start(app: QApplication, files: list[str] = (), window_factory=None):
    """One window per data folder: a second launch brings the first forward (with `files`
    queued there) and returns its exit code; the first begins opening the data and
    returns the Startup that will show the window."""
    instance = SingleInstance(paths.data_dir())
    if not instance.claim():
        return _hand_over(instance, files)
    from app.ui.startup import Startup

    app.translators = install_translations(app)  # the system's, until the data says which
    startup = Startup(app, window_factory or create_window, files, instance)
    instance.sig_show.connect(startup.show_request)
    startup.begin()
    return startup


def _hand_over(instance: SingleInstance, files: list[str]) -> int:
    if instance.hand_over([str(Path(f).resolve()) for f in files]):
        return 0
    say(f"Offline Assistant is already open on the data folder {paths.data_dir()} (process "
        f"{instance.holder_pid()}) but does not answer. Close it, or end that process.")
    return ExitCode.BUSY
