"""Start the window: the Qt application, the engine lane, and the default model load."""

from __future__ import annotations

import os
import sys

from PySide6.QtCore import QThreadPool
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from app import APP_NAME
from app.core.settings import AppSettings
from app.core.store import Store
from app.paths import database_path, resources_dir
from app.ui.i18n import install_english_plurals, install_translations
from app.ui.main_window import MainWindow
from app.ui.shutdown import quit_on_terminate, shut_down
from app.workers.engine_lane import start_lane, stop_lane


def create_window(model_path: str | None = None) -> MainWindow:
    """A window with its own engine lane; the model starts loading at once, off this thread."""
    lane, thread = start_lane()
    window = MainWindow(lane)
    window.lane_thread = thread
    lane.request_load.emit(model_path)
    return window


def close_window(window: MainWindow) -> None:
    """Close a window and wait until its lane has ended (tests open several windows in one
    process; the app itself quits through shut_down)."""
    window.close()
    stop_lane(window.lane, window.lane_thread)
    window.lane_thread.wait()
    QThreadPool.globalInstance().waitForDone(5000)  # let the last saves finish


def _interface_language() -> str:
    """Read once before any window exists: widgets take their texts when they are built."""
    store = Store(database_path())
    try:
        return AppSettings.from_store(store).language
    finally:
        store.close()


def run_app() -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName("OfflineAssistant")
    app.setDesktopFileName("offline-assistant")  # matches the .desktop entry of the .deb
    app.setWindowIcon(QIcon(str(resources_dir() / "icons" / "offline-assistant.png")))
    app.plurals = install_english_plurals(app)  # before the catalogues: they go first
    app.translators = install_translations(app, _interface_language())
    window = create_window()
    quit_on_terminate(app, window)
    window.show()
    code = app.exec()
    if not shut_down(window):
        # A thread is stuck where no deadline reaches it (hashing a huge file, say): Qt
        # aborts a process that exits with a thread still running, so leave at once.
        # Everything saved is committed; the engine and readers are gone already.
        os._exit(code)
    return code
