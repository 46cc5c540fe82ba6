"""The documents a question is asked of, as stored documents: a file a summary or an
earlier question already read (the same bytes, even renamed) is not read again, its stored
pages are used; any other is read now, in the reader child, and its pages kept."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from app.core.documents import extract_document
from app.core.documents.extract import fingerprint
from app.core.store import Store


def stored_document(store: Store, path: str | Path,
                    read: Callable = extract_document) -> tuple[int, bool]:
    """The document id for this file, and whether its stored pages were reused. `read`
    reads a file not stored yet (the terminal's asks for a password and says each scanned
    page). Raises the reader's DocumentError (in plain words) when the file cannot be read."""
    try:
        sha256, _ = fingerprint(Path(path))
    except OSError:
        sha256 = None  # missing or unreadable: the reader says so in its own words
    known = store.document_with_pages(sha256) if sha256 else None
    if known is not None:
        return known, True
    document = read(Path(path))
    with store.db.atomic():
        document_id = store.add_document(path=document.path, sha256=document.sha256,
                                         size=document.size, pages=document.page_count,
                                         format=document.format)
        store.save_pages(document_id, document.pages)
    return document_id, False
