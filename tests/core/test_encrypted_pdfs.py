"""Password-protected PDFs through the real reader child: every standard encryption asks for
the password, a wrong one is told apart, the right one opens it, and the password is
seen nowhere but inside the child's reader.

The PDFs were encrypted by pikepdf (scripts/make_encrypted_pdfs.py; tests/data/encrypted
says how and with which passwords).
"""

from __future__ import annotations

import logging
import os
from pathlib import Path

import pytest

from app.core.documents import (
    ExtractedDocument,
    Page,
    PasswordNeeded,
    PasswordProtected,
    WrongPassword,
    extract_document,
)
from tests.conftest import REPO

ENCRYPTED = REPO / "tests" / "data" / "encrypted"
PASSWORD = "Riverside-2026"
VARIANTS = ["rc4-40.pdf", "rc4-128.pdf", "aes-128.pdf", "aes-256-r5.pdf", "aes-256-r6.pdf"]


@pytest.mark.parametrize("name", VARIANTS)
def test_every_encryption_asks_then_tells_a_wrong_password_then_opens(name):
    path = ENCRYPTED / name
    asks = f'password-protected: type its password to read "{name}"'
    with pytest.raises(PasswordNeeded, match=asks):
        extract_document(path)
    with pytest.raises(WrongPassword, match=f'That password does not open "{name}"'):
        extract_document(path, password="riverside-2026")  # capital letters count
    document = extract_document(path, password=PASSWORD)
    assert document.format == "pdf"
    assert "41,500 cubic metres a day" in document.text


def test_the_kinds_stay_password_protected_errors_for_older_callers():
    # The window and the queue catch PasswordProtected: both new kinds are one.
    assert issubclass(PasswordNeeded, PasswordProtected)
    assert issubclass(WrongPassword, PasswordProtected)


def test_a_pdf_locked_only_against_changes_opens_without_asking():
    document = extract_document(ENCRYPTED / "owner-only.pdf")
    assert "41,500 cubic metres a day" in document.text


def test_the_password_is_not_logged(caplog):
    caplog.set_level(logging.DEBUG)
    extract_document(ENCRYPTED / "aes-256-r6.pdf", password=PASSWORD)
    with pytest.raises(WrongPassword):
        extract_document(ENCRYPTED / "aes-256-r6.pdf", password=PASSWORD + "x")
    assert PASSWORD not in caplog.text


# Runs in the spawn child, so at module level: what a process on the machine could read of
# the child (its command line and environment), and that the password did arrive.
def _where_the_password_shows(path: str, password: str) -> ExtractedDocument:
    cmdline = Path("/proc/self/cmdline").read_bytes().decode(errors="replace")
    seen = [where for where, text in (("cmdline", cmdline), ("env", str(os.environ)))
            if password in text]
    text = f"received={password == PASSWORD} seen={seen}"
    return ExtractedDocument(path, "txt", "0" * 64, 1, (Page(1, text),))


@pytest.mark.skipif(not Path("/proc/self/cmdline").exists(), reason="Linux's /proc")
def test_the_password_is_not_on_the_childs_command_line_nor_environment():
    document = extract_document(
        ENCRYPTED / "aes-128.pdf", password=PASSWORD, _extractor=_where_the_password_shows
    )
    assert document.pages[0].text == "received=True seen=[]"


@pytest.mark.parametrize("kind", ["rc4-40", "rc4-128", "aes-128", "aes-256-r5", "aes-256-r6"])
def test_the_pdfs_qpdf_encrypted_open_with_their_password(kind):
    # The hostile corpus's PDFs, encrypted by qpdf itself rather than through pikepdf.
    path = REPO / "tests" / "data" / "hostile" / f"pdf-{kind}-user-password.pdf"
    with pytest.raises(PasswordNeeded):
        extract_document(path)
    assert "credit risk" in extract_document(path, password="secret").text
