"""The reading child: it sends back plain data, never a pickle.

The child's side runs in the real sandbox child through extract_document's test-only
`_extractor` hook (no document can reach it).
"""

from __future__ import annotations

import pickle
from pathlib import Path

import pytest

from app.core.documents import DamagedDocument, ExtractedDocument, Page, extract_document
from app.core.documents.wire import read_result

# Children for the sandbox tests: module-level, because the "spawn" child imports them.


class _Planted(str):
    """Text that, once unpickled, creates a file: what a child taken over could send."""

    def __reduce__(self):
        return (Path.touch, (Path(f"{self}.planted"),))


def _document_with_planted_text(path: str) -> ExtractedDocument:
    return ExtractedDocument(path, "txt", "0" * 64, 4, (Page(1, _Planted(path)),))


# Plain data back ----------------------------------------------------------------------


def test_the_app_never_unpickles_what_the_child_sends(tmp_path):
    path = tmp_path / "report.txt"
    path.write_text("text")

    document = extract_document(path, _extractor=_document_with_planted_text)

    assert not Path(f"{path}.planted").exists()
    assert document.pages[0].text == str(path)
    assert type(document.pages[0].text) is str


@pytest.mark.parametrize(
    "data",
    [
        pickle.dumps(("ok", ExtractedDocument("a.txt", "txt", "0" * 64, 1, ()))),
        b"\x80\x04not json",
        b"[]",
        b'{"document": {"format": "exe", "sha256": "' + b"0" * 64 + b'", "size": 1, "pages": []}}',
        b'{"document": {"format": "txt", "sha256": "x", "size": 1, "pages": []}}',
        b'{"document": {"format": "txt", "sha256": "' + b"0" * 64 + b'", "size": -1, "pages": []}}',
        b'{"document": {"format": "txt", "sha256": "' + b"0" * 64 + b'", "size": 1, "pages": '
        b'[{"number": "1", "text": "a", "heading": null}]}}',
        b'{"error": {"kind": "DocumentTooLarge", "message": 7}}',
        b"[" * 100_000 + b"]" * 100_000,
    ],
)
def test_a_result_that_is_not_the_agreed_plain_data_reads_as_damaged(tmp_path, data):
    with pytest.raises(DamagedDocument):
        read_result(data, str(tmp_path / "a.txt"), "a.txt")


def test_an_error_from_the_child_keeps_its_kind_and_words(tmp_path):
    data = b'{"error": {"kind": "PasswordProtected", "message": "Locked: use a copy."}}'
    with pytest.raises(Exception, match="Locked: use a copy.") as raised:
        read_result(data, str(tmp_path / "a.pdf"), "a.pdf")
    assert type(raised.value).__name__ == "PasswordProtected"
    assert raised.value.file_name == "a.pdf"
