"""Reading a document in the terminal, for `summarize` and `ask` alike: its password asked
for when it has one (passwords.py), text recognition in the languages the settings or the
policy choose, each scanned page said as it starts with the time left for the scan, and
which pages were scanned, how surely and how fast, once it is read."""

from __future__ import annotations

from pathlib import Path

from app.cli.output import say
from app.core.store import Store


def read_in_terminal(store: Store, path: Path):
    """The document read in the reader child; raises its DocumentError in plain words."""
    from app.cli.passwords import read_document
    from app.core.documents.progress import with_known_pace
    from app.core.settings import ocr_languages_in_force

    told = with_known_pace(_say_page_reading, store.ocr_pace())
    document = read_document(path, on_reading=told, ocr_languages=ocr_languages_in_force(store))
    _say_scanned(document)
    return document


def _say_page_reading(reading) -> None:
    left = "" if reading.eta_s is None else f", about {reading.eta_s:.0f} s left for the scan"
    say(f"  Reading p. {reading.page} (scanned, {reading.scanned_done + 1} of "
        f"{reading.scanned_total}){left} …")


def _say_scanned(document) -> None:
    """Which pages text recognition read, how sure it was, and its pace on this machine."""
    from app.core.summarize.scanned_note import scanned_note

    note = scanned_note(document.pages)
    if note is None:
        return
    pace = document.ocr_seconds / len(note.pages)
    say(f"{note.label}.\nOCR: {pace:.1f} s a page on this machine "
        f"({document.ocr_seconds:.1f} s for {len(note.pages)} page(s)).")
