"""How big a document each reader accepts, checked before reading and again while reading.

The size on disk is checked twice. The parent checks it before a child is started, which
costs nothing and refuses a 4 GB text file at once. Every reader then opens its file
through `open_document` here, which checks the size of what it opened (the file may
have been swapped or grown since) and keeps checking while it is read (the file may
still be growing). So memory stays bounded by these limits on every operating system,
also where the child's memory cannot be limited by the system (Windows, macOS).

What a file unpacks to inside (a zip in a Word document) is checked by archive.py.
"""

from __future__ import annotations

import io
import os
from pathlib import Path
from typing import BinaryIO

from app.core.units import format_bytes

from .errors import DocumentTooLarge
from .model import FORMAT_NAMES, FORMATS_BY_SUFFIX

_MB = 1000 * 1000  # decimal, as every size the app shows (app/core/units.py)
# Far above the real documents of each kind, far below what would strain a reader's memory
# (the e-mail parser needs about six times a message's size).
MAX_BYTES_BY_FORMAT = {
    "pdf": 256 * _MB,  # a 60-page scanned-and-OCRed report is about 50 MB
    "docx": 128 * _MB,  # mostly pictures; its text is held to archive.py's unpacked limit
    "html": 64 * _MB,  # a page saved with its pictures inside it
    "eml": 160 * _MB,  # 100 MB of attachments, a third bigger once written into the mail
    "txt": 32 * _MB,  # over 5 million characters in any encoding
    "md": 32 * _MB,
    "odt": 128 * _MB,  # as Word: mostly pictures, text held by archive.py's limit
    "rtf": 64 * _MB,  # pictures inside an RTF are written out in hexadecimal, twice the size
    "xlsx": 128 * _MB,
    "pptx": 256 * _MB,  # slides full of photos
    "msg": 160 * _MB,  # as an e-mail: its attachments inside it
    "image": 128 * _MB,  # a multi-page TIFF of a long scan, uncompressed
}

_TOO_BIG = "it is {size}, and {kind} files can be up to {limit}"


def check_file_size(path: Path) -> None:
    """Refuse a file over the limit for the kind its name says, from its size alone."""
    file_format = FORMATS_BY_SUFFIX.get(path.suffix.lower())
    limit = MAX_BYTES_BY_FORMAT.get(file_format, max(MAX_BYTES_BY_FORMAT.values()))
    try:
        size = path.stat().st_size
    except OSError:
        return  # gone since the first checks: the reading says so in its own words
    if size > limit:
        raise _too_large(path.name, size, file_format, limit)


def open_document(path: Path, file_format: str) -> BinaryIO:
    """The file opened for reading, refusing it once it is, or grows, over its kind's limit."""
    raw = open(path, "rb", buffering=0)  # closed with the stream returned
    try:
        stream = _WithinLimit(raw, path.name, file_format)
        stream.check(os.fstat(raw.fileno()).st_size)
    except BaseException:
        raw.close()
        raise
    return io.BufferedReader(stream)


def read_document(path: Path, file_format: str) -> bytes:
    with open_document(path, file_format) as stream:
        return stream.read()


def _too_large(name: str, size: int, file_format: str | None, limit: int) -> DocumentTooLarge:
    kind = FORMAT_NAMES.get(file_format, "such") if file_format else "such"
    words = _TOO_BIG.format(size=format_bytes(size), kind=kind, limit=format_bytes(limit))
    return DocumentTooLarge(name, limit=words)


class _WithinLimit(io.RawIOBase):
    """A file that raises DocumentTooLarge as soon as a read or seek goes past the limit.

    Readers that seek to the end first to learn the length (PDFium, zipfile) are refused
    there; readers that stream (the e-mail parser) are refused at the first block past it.
    """

    def __init__(self, raw: io.FileIO, name: str, file_format: str) -> None:
        super().__init__()
        self._raw = raw
        self._name = name
        self._format = file_format
        self._limit = MAX_BYTES_BY_FORMAT[file_format]

    def check(self, end: int) -> None:
        if end > self._limit:
            raise _too_large(self._name, end, self._format, self._limit)

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return True

    def seek(self, offset: int, whence: int = os.SEEK_SET) -> int:
        position = self._raw.seek(offset, whence)
        self.check(position)
        return position

    def tell(self) -> int:
        return self._raw.tell()

    def readinto(self, buffer) -> int | None:
        start = self._raw.tell()
        count = self._raw.readinto(buffer)
        if count:
            self.check(start + count)
        return count

    def close(self) -> None:
        self._raw.close()
        super().close()
