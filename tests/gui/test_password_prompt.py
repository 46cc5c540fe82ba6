"""A protected PDF added to the real window asks for its password in a dialog that does not
block the window; a wrong password asks again; the right one reads and summarises it, and
only the use of a password is audited. Skipping lists it as not read. Real model, real
window, a PDF encrypted by pikepdf (tests/data/encrypted)."""

from __future__ import annotations

import json

from PySide6.QtWidgets import QInputDialog, QLineEdit

from app import paths
from tests.conftest import REPO
from tests.gui.helpers import SUMMARY_MS, row_named, status_of

ENCRYPTED = REPO / "tests" / "data" / "encrypted" / "aes-128.pdf"
SECRET = "Riverside-2026"
ASK_MS = 120_000  # reading in the child, on a loaded machine


def _prompt(qtbot, page) -> QInputDialog:
    shown: list[QInputDialog] = []

    def open_prompt() -> bool:
        shown[:] = [dialog for dialog in page.findChildren(QInputDialog, "password_prompt")
                    if dialog.isVisible()]
        return bool(shown)

    qtbot.waitUntil(open_prompt, timeout=ASK_MS)
    return shown[0]


def _answer(dialog: QInputDialog, password: str) -> None:
    dialog.setTextValue(password)
    dialog.accept()


def test_a_protected_pdf_asks_again_when_wrong_then_is_summarised(qtbot, window):
    page = window.documents
    page.add_paths([str(ENCRYPTED)])

    asked = _prompt(qtbot, page)
    assert 'password-protected: type its password to read "aes-128.pdf"' in asked.labelText()
    assert asked.textEchoMode() == QLineEdit.EchoMode.Password
    assert status_of(page, "aes-128.pdf") == "waiting"
    _answer(asked, "riverside-2026")

    again = _prompt(qtbot, page)
    assert 'That password does not open "aes-128.pdf"' in again.labelText()
    _answer(again, SECRET)

    qtbot.waitUntil(lambda: status_of(page, "aes-128.pdf") == "done", timeout=SUMMARY_MS)
    audit_file = paths.data_dir() / "audit" / "audit.jsonl"
    entries = [json.loads(line) for line in audit_file.read_text().splitlines()]
    assert [e["file"] for e in entries if e["event"] == "document_unlocked"] == ["aes-128.pdf"]
    written = [path.read_bytes() for path in paths.data_dir().rglob("*") if path.is_file()]
    assert not [data for data in written if SECRET.encode() in data]


def test_skipping_the_password_lists_the_file_as_not_read(qtbot, window):
    page = window.documents
    page.add_paths([str(ENCRYPTED)])
    _prompt(qtbot, page).reject()
    qtbot.waitUntil(lambda: status_of(page, "aes-128.pdf") == "failed")
    assert row_named(page, "aes-128.pdf").message == (
        '"aes-128.pdf" was not read: it needs its password.')
