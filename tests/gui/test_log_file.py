"""The window's side of the log file: Settings says where it is (IT asks for it after a
fault), and an exception that no code caught on the GUI thread lands in it."""

from __future__ import annotations

import logging
import sys

import pytest
from PySide6.QtCore import QObject, Qt, QTimer, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QLineEdit, QPushButton

from app.core.settings import AppSettings
from app.log_file import start_window_log
from app.ui.dialogs import SettingsDialog


class OpenedUrls(QObject):
    """Takes the file manager's place: QDesktopServices hands it the URLs to open."""

    def __init__(self):
        super().__init__()
        self.urls: list[QUrl] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.urls.append(url)


def test_settings_shows_the_log_file_and_opens_its_folder(qtbot, data_home):
    dialog = SettingsDialog(AppSettings(), [])
    qtbot.addWidget(dialog)
    log = data_home / "logs" / "offline-assistant.log"
    [shown] = [field for field in dialog.findChildren(QLineEdit) if field.text() == str(log)]
    assert shown.isReadOnly()
    [button] = [b for b in dialog.findChildren(QPushButton) if b.text() == "Open folder"]
    opened = OpenedUrls()
    QDesktopServices.setUrlHandler("file", opened, "open")
    try:
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    finally:
        QDesktopServices.unsetUrlHandler("file")
    assert opened.urls == [QUrl.fromLocalFile(str(log.parent))]


@pytest.mark.qt_no_exception_capture  # the window's own hook is the one under test
def test_an_exception_no_code_caught_on_the_gui_thread_is_logged(qtbot, data_home,
                                                                  monkeypatch):
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # put back after the test
    root = logging.getLogger()
    before = list(root.handlers)
    log = data_home / "logs" / "offline-assistant.log"
    try:
        start_window_log()

        def broken_slot():
            raise RuntimeError("slot fault 4711")

        QTimer.singleShot(0, broken_slot)
        qtbot.waitUntil(lambda: log.exists() and "slot fault 4711" in log.read_text("utf-8"))
    finally:
        for handler in [h for h in root.handlers if h not in before]:
            root.removeHandler(handler)
            handler.close()
    logged = log.read_text(encoding="utf-8")
    assert "unexpected error on the GUI thread" in logged and "Traceback" in logged
