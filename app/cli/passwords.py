"""The password of a protected document, asked for in the terminal when a file needs one.

On a terminal it is typed without being shown (getpass), up to three times. When standard
input is not a terminal (a script: `printf '%s\n' "$PW" | offline-assistant summarize
statement.pdf`), one line is read from it, once: a script cannot retype. Never an argument:
a command line is seen by every user of the machine (ps) and kept in shell histories.

The password is handed to the reader child and dropped; it is never logged, stored or
printed. The audit trail records only that one was used (audit.document_unlocked).
"""

from __future__ import annotations

import getpass
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from app.cli.output import say

if TYPE_CHECKING:
    from app.core.documents import ExtractedDocument

_TRIES_AT_A_TERMINAL = 3


def read_document(path: Path, on_reading=None, ocr_languages=()) -> ExtractedDocument:
    """The document read in the reader child, asking for its password if it needs one;
    `on_reading` is told each scanned page as its text recognition starts, which reads
    `ocr_languages` (empty: all it can).

    Raises the DocumentError of the last try: PasswordNeeded when no password came,
    WrongPassword when the last one typed did not open it.
    """
    from app.core import audit
    from app.core.documents import PasswordNeeded, WrongPassword, extract_document

    try:
        return extract_document(path, on_reading=on_reading, ocr_languages=ocr_languages)
    except PasswordNeeded as needed:
        say(str(needed))
        failure: Exception = needed
    at_terminal = _at_terminal()
    tries = _TRIES_AT_A_TERMINAL if at_terminal else 1
    for tried in range(1, tries + 1):
        password = _ask(path.name, at_terminal)
        if password is None:
            break
        try:
            document = extract_document(path, password=password, on_reading=on_reading,
                                        ocr_languages=ocr_languages)
        except WrongPassword as wrong:
            failure = wrong
            if tried < tries:  # the last one is said by the caller, with the others
                say(str(wrong))
            continue
        finally:
            del password  # the last reference here: the child that used it is gone
        audit.document_unlocked(path.name, document.sha256)
        return document
    raise failure


def _at_terminal() -> bool:
    return sys.stdin is not None and sys.stdin.isatty()


def ask_secret(what: str) -> str | None:
    """A secret (a server's token), typed unseen at a terminal or one line of standard input
    from a script; None when none came."""
    return _ask(what, _at_terminal(), prompt="{name} (not shown as you type): ")


def _ask(name: str, at_terminal: bool,
         prompt: str = "Password for {name} (not shown as you type): ") -> str | None:
    """The password typed, or None when none came (an empty line, or no input at all)."""
    if at_terminal:
        try:
            typed = getpass.getpass(prompt.format(name=name))
        except EOFError:  # Ctrl+D
            return None
    else:
        typed = sys.stdin.readline() if sys.stdin is not None else ""
    typed = typed.rstrip("\r\n")
    return typed or None
