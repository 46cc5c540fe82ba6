"""Checks on a zip-based document (DOCX now; XLSX, PPTX and ODT are zips too) before any
library unpacks it.

A few kilobytes of zip can unpack to gigabytes (a "zip bomb"). Only the zip's table of
contents is read here, which costs nothing whatever the entries hold. The sizes it
declares can be trusted as upper bounds: Python's zipfile stops unpacking an entry at
its declared size, so a lying entry gives less, never more.
"""

from __future__ import annotations

import zipfile
from pathlib import Path
from typing import BinaryIO

from .errors import DamagedDocument, DocumentTooLarge

MAX_ENTRIES = 10_000  # a long Word document with many pictures has a few hundred
MAX_UNPACKED_BYTES = 500 * 1000 * 1000
# Text and XML pack 5 to 20 times; more than this is padding made to unpack big.
MAX_RATIO = 200
RATIO_CHECKED_ABOVE_BYTES = 1000 * 1000  # small entries can pack very well for real

_NOT_A_ZIP = (
    '"{name}" could not be read: it is not really a {kind} file inside, even though its '
    "name ends in {suffix}. It may be damaged or renamed from another kind of file: open "
    "it in the program that made it and save it again as a {suffix} file."
)
_TOO_MANY_ENTRIES = (
    '"{name}" could not be read: it is made of {count:,} separate parts, far more than any '
    "real {kind} file. The file may be damaged or made to harm: open it in the program "
    "that made it and save it again as a new file, or ask your IT team to look at it."
)
_PACKED_TOO_TIGHT = (
    '"{name}" could not be read: part of it would unpack to more than {ratio:,} times its '
    "size, which real {kind} files never do. The file may be damaged or made to harm: "
    "open it in the program that made it and save it again as a new file, or ask your IT "
    "team to look at it."
)


def check_zip(stream: BinaryIO, path: Path, kind: str) -> None:
    """Raise a DocumentError unless `stream`, the file at `path`, is a zip that unpacks to a
    sane size.

    `kind` names the format in messages as its users know it: "Word", "Excel".
    """
    name = path.name
    try:
        with zipfile.ZipFile(stream) as archive:
            entries = archive.infolist()  # read from the table of contents alone
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, EOFError) as error:
        message = _NOT_A_ZIP.format(name=name, kind=kind, suffix=path.suffix.lower())
        raise DamagedDocument(name, message) from error
    if len(entries) > MAX_ENTRIES:
        message = _TOO_MANY_ENTRIES.format(name=name, count=len(entries), kind=kind)
        raise DamagedDocument(name, message)
    if sum(entry.file_size for entry in entries) > MAX_UNPACKED_BYTES:
        limit = f"unpacked, it would take more than {MAX_UNPACKED_BYTES // 1000**2:,} MB"
        raise DocumentTooLarge(name, limit=limit)
    for entry in entries:
        if _packed_too_tight(entry):
            message = _PACKED_TOO_TIGHT.format(name=name, ratio=MAX_RATIO, kind=kind)
            raise DamagedDocument(name, message)


def _packed_too_tight(entry: zipfile.ZipInfo) -> bool:
    if entry.file_size <= RATIO_CHECKED_ABOVE_BYTES:
        return False
    return entry.file_size > MAX_RATIO * max(entry.compress_size, 1)
