"""What the reading child sends back: plain JSON, checked before the app believes it.

The child has read a file that may have been made to harm, so what it sends is untrusted
input: never a pickle (unpickling can run any code), and only as much as a document within
the limits can take. The parent rebuilds the document or the error from checked values.

A result is {"document": {"format", "sha256", "size", "pages": [{"number", "text",
"heading", "ocr_confidence", "ocr_seconds"}]}} or {"error": {"kind", "message"}}, with
`kind` a DocumentError class name. Before it, while scanned pages are recognised, come
{"reading": {"page", "scanned_done", "scanned_total", "seconds_per_page"}} messages.
"""

from __future__ import annotations

import json
import re

from .errors import ERRORS_BY_NAME, DamagedDocument, DocumentError
from .model import FORMATS_BY_SUFFIX, ExtractedDocument, Page
from .progress import PageReading

# JSON writes every character outside ASCII as "\\uXXXX" (two of them for an emoji).
_BYTES_PER_CHAR = 12
_ENVELOPE_BYTES = 64 * 1024
_MAX_MESSAGE_CHARS = 2000  # an error message is a few sentences
MAX_READING_BYTES = 512  # a progress message: four numbers

_SHA256 = re.compile(r"[0-9a-f]{64}")
_FORMATS = frozenset(FORMATS_BY_SUFFIX.values())


def max_result_bytes(max_chars: int) -> int:
    """The most bytes the result for a document of at most `max_chars` characters may take.

    Headings count as much again as the text: each heading is also its section's first
    line, or one of the e-mail's three section names. Page numbers and field names fit in
    what is left over by text that is not all emoji.
    """
    return 2 * _BYTES_PER_CHAR * max_chars + _ENVELOPE_BYTES


def document_result(document: ExtractedDocument) -> bytes:
    pages = [
        {"number": page.number, "text": page.text, "heading": page.heading,
         "ocr_confidence": page.ocr_confidence, "ocr_seconds": page.ocr_seconds}
        for page in document.pages
    ]
    body = {
        "format": document.format,
        "sha256": document.sha256,
        "size": document.size,
        "pages": pages,
    }
    return _dump({"document": body})


def reading_message(reading: PageReading) -> bytes:
    return _dump({"reading": {"page": reading.page, "scanned_done": reading.scanned_done,
                              "scanned_total": reading.scanned_total,
                              "seconds_per_page": reading.seconds_per_page}})


def read_reading(data: bytes) -> PageReading | None:
    """The progress the child told, or None when `data` is its result (or malformed: the
    result reader says so)."""
    try:
        body = json.loads(data)["reading"]
        counts = [body["page"], body["scanned_done"], body["scanned_total"]]
        pace = body["seconds_per_page"]
    except (ValueError, TypeError, KeyError, RecursionError):
        return None
    if any(type(n) is not int or n < 0 for n in counts):
        return None
    if pace is not None and (not isinstance(pace, (int, float)) or not 0 <= pace < 1e6):
        return None
    return PageReading(*counts, seconds_per_page=pace)


def error_result(kind: str, message: str) -> bytes:
    return _dump({"error": {"kind": kind, "message": message}})


def read_result(data: bytes, path: str, name: str) -> ExtractedDocument:
    """The document the child sent, or its error raised; a result that is not as described
    above reads as a damaged file (the child's parser was made to misbehave)."""
    try:
        result = json.loads(data)
        if "error" in result:
            raise _error(result["error"], name)
        return _document(result["document"], path)
    except (ValueError, TypeError, KeyError, AttributeError, RecursionError) as problem:
        raise DamagedDocument(name) from problem


def _dump(value: dict) -> bytes:
    # ASCII only: a lone surrogate (an e-mail header's undecodable byte) travels as "\\udcXX".
    return json.dumps(value, ensure_ascii=True, separators=(",", ":")).encode("ascii")


def _error(error: dict, name: str) -> DocumentError:
    kind, message = error["kind"], error["message"]
    if not isinstance(message, str) or not message or len(message) > _MAX_MESSAGE_CHARS:
        raise ValueError("error message missing or too long")
    return ERRORS_BY_NAME.get(kind, DamagedDocument)(name, message)


def _document(body: dict, path: str) -> ExtractedDocument:
    file_format, sha256, size = body["format"], body["sha256"], body["size"]
    if file_format not in _FORMATS or not _SHA256.fullmatch(sha256):
        raise ValueError("unknown format or malformed digest")
    if type(size) is not int or size < 0:
        raise ValueError("malformed size")
    pages = tuple(_page(page) for page in body["pages"])
    return ExtractedDocument(path, file_format, sha256, size, pages)


def _page(page: dict) -> Page:
    number, text, heading = page["number"], page["text"], page["heading"]
    confidence, seconds = page["ocr_confidence"], page["ocr_seconds"]
    if type(number) is not int or not isinstance(text, str):
        raise ValueError("malformed page")
    if heading is not None and not isinstance(heading, str):
        raise ValueError("malformed heading")
    if confidence is not None and not _fraction(confidence):
        raise ValueError("malformed confidence")
    if not isinstance(seconds, (int, float)) or not 0 <= seconds < 1e6:
        raise ValueError("malformed recognition time")
    return Page(number, text, heading, confidence, seconds)


def _fraction(value: object) -> bool:
    return isinstance(value, (int, float)) and 0 <= value <= 1
