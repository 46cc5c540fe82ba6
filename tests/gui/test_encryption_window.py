"""The window under a policy that requires encryption: it encrypts the plain data file
before it opens, saying so on its opening notice, and without a keychain it says why and
does not start (no unencrypted file is made). Real keychain, real window offscreen."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from app.cli.output import ExitCode
from app.core.store import Store
from app.core.store.connection import use_key
from app.core.store.encryption import is_encrypted
from tests.canary import CANARY, canary_files
from tests.gui.helpers import listed
from tests.gui.test_startup import launch, window_of  # noqa: F401 (launch: a fixture)
from tests.keychain import NO_BUS, secret_service


@pytest.fixture
def require_encryption(policy_file):
    policy_file.write_text(json.dumps({"encrypt_database": True}), encoding="utf-8")
    yield
    use_key(None)


def test_the_window_encrypts_the_plain_data_then_opens_it(qtbot, launch, data_home,  # noqa: F811
                                                          tmp_path, monkeypatch,
                                                          require_encryption, artifacts):
    store = Store(data_home / "offline-assistant.db")
    store.create_conversation(f"Budget {CANARY}")
    store.close()
    with secret_service(tmp_path / "keychain") as env:
        monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", env["DBUS_SESSION_BUS_ADDRESS"])
        startup = launch()
        window = window_of(qtbot, startup)
        qtbot.waitUntil(lambda: f"Budget {CANARY}" in listed(window.sidebar.conversations))
        assert "Your data is encrypted" in startup.notice.text()  # its last step shown
        assert is_encrypted(data_home / "offline-assistant.db")
        window.grab().save(str(artifacts / "window-encrypted-data.png"))
        from app.ui.app import close_window
        close_window(window)
        startup.window = None
    assert canary_files(data_home) == []


def test_without_a_keychain_the_window_says_why_and_does_not_start(qtbot, launch,  # noqa: F811
                                                                   data_home, monkeypatch,
                                                                   require_encryption):
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", NO_BUS)
    said = []

    def answer_the_message_box():  # it is modal: read it, then press OK as a user would
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            said.append(box.text())
            box.accept()

    watcher = QTimer(interval=50)
    watcher.timeout.connect(answer_the_message_box)
    watcher.start()
    try:
        startup = launch()
        qtbot.waitUntil(lambda: bool(said), timeout=30_000)
    finally:
        watcher.stop()
    assert "no keychain can be used" in said[0]
    assert "will not keep your data unencrypted" in said[0]
    assert startup.exit_code == ExitCode.DATA and startup.window is None
    assert not (data_home / "offline-assistant.db").exists()
