"""Reading a document in this process: checks first, then the reader for what the file is."""

from __future__ import annotations

import hashlib
import os
import stat
from collections.abc import Callable
from pathlib import Path

from . import file_kind
from .errors import EmptyDocument, PasswordProtected, UnreadableFile, UnsupportedFormat
from .file_kind import FileKind
from .mail import read_eml_file
from .model import FORMATS_BY_SUFFIX, ExtractedDocument, Page
from .opendocument import read_odt_file
from .outlook import read_msg_file
from .pdf import read_pdf_file
from .pictures import read_picture_file
from .plaintext import read_markdown_file, read_text_file
from .readable_text import check_readable
from .rich_text import read_rtf_file
from .sizes import check_file_size
from .slides import read_pptx_file
from .spreadsheet import read_xlsx_file
from .webpage import read_html_file
from .word import read_docx_file

_READERS: dict[str, Callable[[Path], tuple[Page, ...]]] = {
    "pdf": read_pdf_file,
    "docx": read_docx_file,
    "odt": read_odt_file,
    "rtf": read_rtf_file,
    "xlsx": read_xlsx_file,
    "pptx": read_pptx_file,
    "html": read_html_file,
    "eml": read_eml_file,
    "txt": read_text_file,
    "md": read_markdown_file,
    "image": read_picture_file,
}
# Formats whose damaged files the content cannot name: their reader says so in its words.
_NAMED_BY_SUFFIX_WHEN_DAMAGED = frozenset({"pdf", "docx", "odt", "xlsx", "pptx", "msg", "image"})

# The formats whose readers take any text: the name says which way to read it.
_TEXT_FORMATS = frozenset({"txt", "md", "html", "eml"})

_NOT_WHAT_IT_SAYS = '"{name}" is {kind}, although its name ends in {suffix}. {advice}'
_WHAT_IT_IS = '"{name}" is {kind}. {advice}'
_ENCRYPTED = (
    'This {kind} is password-protected, so the text of "{name}" cannot be read. Open it '
    "with its password in the Office program that made it, save a copy without the "
    "password, and try again with that copy."
)
# What an encrypted Office file is, which only its name can tell: the encryption hides
# whether a Word, Excel or PowerPoint file is inside.
_ENCRYPTED_KINDS = {
    ".docx": "Word document",
    ".doc": "Word document",
    ".xlsx": "Excel workbook",
    ".xls": "Excel workbook",
    ".pptx": "PowerPoint presentation",
    ".ppt": "PowerPoint presentation",
}

_NOT_FOUND = '"{name}" was not found. It may have been moved, renamed or deleted: pick it again.'
_A_FOLDER = '"{name}" is a folder, not a file: pick a document inside it.'
_NOT_A_FILE = '"{name}" is not an ordinary file (it may be a device or a pipe): pick a document.'
_NO_PERMISSION = (
    'You are not allowed to open "{name}", or another program is holding it. Close that '
    "program, or ask your IT team for access, and try again."
)

_HASH_BLOCK_BYTES = 1024 * 1024


def extract_text(
    path: str | os.PathLike[str], password: str | None = None
) -> ExtractedDocument:
    """Read the document's text here, in this process; raises DocumentError subclasses.

    `password` opens an encrypted PDF (PasswordNeeded says one is needed, WrongPassword
    that it did not open it); other kinds do not use it. It is never kept.
    """
    file = check_before_reading(path)
    check_file_size(file)  # by size first: a 4 GB file is refused as too big, whatever it holds
    try:
        file_format = format_to_read(file, file_kind.recognise(file))
        pages = _read(file, file_format, password)
        sha256, size = fingerprint(file)
    except OSError as error:
        # Moved, deleted or locked after the checks above.
        raise UnreadableFile(file.name) from error
    check_readable(file.name, pages)
    return ExtractedDocument(str(file), file_format, sha256, size, pages)


def format_to_read(file: Path, kind: FileKind) -> str:
    """The reader for a file of this kind and name, or a DocumentError naming what it is.

    The content wins over the name where they disagree: a PDF named .txt is read as a
    PDF, a web page named .txt as a web page. Plain text has no signature, so there the
    name chooses among the text readers (Markdown, e-mail, web page, text).
    """
    suffix = file.suffix.lower()
    named = FORMATS_BY_SUFFIX.get(suffix)
    if kind is file_kind.TEXT:
        if named is None:  # text, but of a kind the app does not summarise (.csv, .log)
            raise UnsupportedFormat(file.name)
        return named if named in _TEXT_FORMATS else kind.reader
    if kind is file_kind.UNKNOWN_BINARY and named in _NAMED_BY_SUFFIX_WHEN_DAMAGED:
        return named  # its reader tells a damaged PDF or Word file in its own words
    if kind is file_kind.COMPOUND_FILE and named == "msg":
        return named  # a damaged Outlook message: its reader says so
    if kind is file_kind.ENCRYPTED_OFFICE:
        office = _ENCRYPTED_KINDS.get(suffix, "Office document")
        raise PasswordProtected(file.name, _ENCRYPTED.format(kind=office, name=file.name))
    if kind.reader is not None:
        return kind.reader
    raise UnsupportedFormat(file.name, _refusal(file, kind))


def _read(file: Path, file_format: str, password: str | None) -> tuple[Page, ...]:
    if file_format == "msg":
        return read_msg_file(file, read_attachment)
    if file_format == "pdf":
        return read_pdf_file(file, password)
    return _READERS[file_format](file)


def read_attachment(file: Path) -> tuple[Page, ...]:
    """An e-mail's attached file, read as a document of its own (outlook.py).

    An attached Outlook message is listed, not opened: one level of attachments only, so
    a message nested in itself a thousand times costs no more than one. An attached
    picture is listed too: mostly logos and signatures, and recognising each would cost
    seconds for nothing.
    """
    check_file_size(file)
    file_format = format_to_read(file, file_kind.recognise(file))
    if file_format in ("msg", "image"):
        raise UnsupportedFormat(file.name)
    pages = _READERS[file_format](file)
    check_readable(file.name, pages)
    return pages


def _refusal(file: Path, kind: FileKind) -> str:
    suffix = file.suffix.lower()
    if suffix and suffix not in kind.suffixes:
        return _NOT_WHAT_IT_SAYS.format(
            name=file.name, kind=kind.description, suffix=suffix, advice=kind.advice
        )
    return _WHAT_IT_IS.format(name=file.name, kind=kind.description, advice=kind.advice)


def check_before_reading(path: str | os.PathLike[str]) -> Path:
    """The cheap checks that give the clearest errors: exists, is a readable file, not empty.

    The name's suffix is not judged here: a file is judged by its content (format_to_read).
    """
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
