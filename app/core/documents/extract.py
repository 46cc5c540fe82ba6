"""Reading a document in this process: checks first, then the reader for its format."""

from __future__ import annotations

import hashlib
import os
import stat
from collections.abc import Callable
from pathlib import Path

from .errors import EmptyDocument, UnreadableFile, UnsupportedFormat
from .mail import read_eml_file
from .model import FORMATS_BY_SUFFIX, ExtractedDocument, Page
from .pdf import read_pdf_file
from .plaintext import read_markdown_file, read_text_file
from .webpage import read_html_file
from .word import read_docx_file

_READERS: dict[str, Callable[[Path], tuple[Page, ...]]] = {
    "pdf": read_pdf_file,
    "docx": read_docx_file,
    "html": read_html_file,
    "eml": read_eml_file,
    "txt": read_text_file,
    "md": read_markdown_file,
}

# What to do with the unsupported kinds people pick most often, in their own programs' words.
_ADVICE_BY_SUFFIX = {
    ".doc": (
        'This is an older Word document: open it in Word, choose Save As and "Word '
        'Document (.docx)", and try again with the new file.'
    ),
    ".rtf": 'Open it in Word, choose Save As and "Word Document (.docx)", and try again.',
    ".msg": (
        "This is an Outlook message: open it in Outlook, choose Save As and HTML or "
        '"Text Only", and try again with the saved file.'
    ),
}

_NOT_FOUND = '"{name}" was not found. It may have been moved, renamed or deleted: pick it again.'
_A_FOLDER = '"{name}" is a folder, not a file: pick a document inside it.'
_NOT_A_FILE = '"{name}" is not an ordinary file (it may be a device or a pipe): pick a document.'
_NO_PERMISSION = (
    'You are not allowed to open "{name}", or another program is holding it. Close that '
    "program, or ask your IT team for access, and try again."
)

_HASH_BLOCK_BYTES = 1024 * 1024


def extract_text(path: str | os.PathLike[str]) -> ExtractedDocument:
    """Read the document's text here, in this process; raises DocumentError subclasses."""
    file = check_before_reading(path)
    file_format = FORMATS_BY_SUFFIX[file.suffix.lower()]
    try:
        pages = _READERS[file_format](file)
        sha256, size = fingerprint(file)
    except OSError as error:
        # Moved, deleted or locked after the checks above.
        raise UnreadableFile(file.name) from error
    return ExtractedDocument(str(file), file_format, sha256, size, pages)


def check_before_reading(path: str | os.PathLike[str]) -> Path:
    """The cheap checks that give the clearest errors: exists, is a readable file, known type."""
    file = Path(os.path.abspath(path))  # absolute, ".." folded, symlinks kept
    name = file.name or str(file)
    try:
        info = file.stat()
    except FileNotFoundError as error:
        raise UnreadableFile(name, _NOT_FOUND.format(name=name)) from error
    except OSError as error:
        raise UnreadableFile(name, _NO_PERMISSION.format(name=name)) from error
    if stat.S_ISDIR(info.st_mode):
        raise UnreadableFile(name, _A_FOLDER.format(name=name))
    # Opening a pipe or a device could block or never end: refuse before opening.
    if not stat.S_ISREG(info.st_mode):
        raise UnreadableFile(name, _NOT_A_FILE.format(name=name))
    suffix = file.suffix.lower()
    if suffix not in FORMATS_BY_SUFFIX:
        advice = _ADVICE_BY_SUFFIX.get(suffix)
        raise UnsupportedFormat(name, **({"advice": advice} if advice else {}))
    _check_can_open(file)
    if info.st_size == 0:
        raise EmptyDocument(name)
    return file


def fingerprint(file: Path) -> tuple[str, int]:
    """SHA-256 hex digest and size in bytes, streamed so a big file never sits in memory."""
    digest = hashlib.sha256()
    size = 0
    with file.open("rb") as stream:
        while block := stream.read(_HASH_BLOCK_BYTES):
            digest.update(block)
            size += len(block)
    return digest.hexdigest(), size


def _check_can_open(file: Path) -> None:
    # Asking the operating system is the only reliable test (ACLs, Windows file locks).
    try:
        with file.open("rb"):
            pass
    except OSError as error:
        raise UnreadableFile(file.name, _NO_PERMISSION.format(name=file.name)) from error
