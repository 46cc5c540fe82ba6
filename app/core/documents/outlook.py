"""Outlook messages (.msg): who wrote to whom and when, the message, what was attached, and
the text of each attachment this app can read, as its own sections.

A .msg is a compound file (the container of old Office files) holding one stream per MAPI
property, named "__substg1.0_" + the property's tag and type in hex; fixed-size values
(dates) sit together in the "__properties_version1.0" stream, and each attachment is a
storage of its own ([MS-OXMSG] 2.1 and 2.2). olefile (BSD) reads the container; the
property names and types here are from [MS-OXPROPS]. extract-msg is not used: it is GPL.

An attachment is read by the app's own readers, inside the same child and limits, after
being written to a private temporary folder (the readers open files by path). An
attached message or an attachment of a kind the app does not read is listed, not read.
"""

from __future__ import annotations

import datetime
import struct
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import olefile

from app.core.units import format_bytes

from .encoding import decode_text
from .errors import (
    DamagedDocument,
    DocumentError,
    EmptyDocument,
    PasswordProtected,
    UnsupportedFormat,
)
from .model import Page, number_sections
from .sizes import open_document
from .webpage import decode_html, html_to_text

# Property ids ([MS-OXPROPS]) and the stream types they are stored as.
_SUBJECT, _SENDER_NAME, _SENDER_EMAIL, _SENDER_SMTP = 0x0037, 0x0C1A, 0x0C1F, 0x5D01
_DISPLAY_TO, _DISPLAY_CC, _BODY, _BODY_HTML = 0x0E04, 0x0E03, 0x1000, 0x1013
_SUBMIT_TIME, _DELIVERY_TIME = 0x0039, 0x0E06
_ATTACH_LONG_NAME, _ATTACH_NAME, _ATTACH_DISPLAY_NAME = 0x3707, 0x3704, 0x3001
_ATTACH_DATA = 0x3701
_UNICODE, _STRING8, _BINARY, _SYSTIME = 0x001F, 0x001E, 0x0102, 0x0040
_ATTACHMENT_PREFIX = "__attach_version1.0_#"
_PROPERTIES = "__properties_version1.0"
# The fixed-size property entries start after a header: 32 bytes in the message's own
# stream, 8 in an attachment's ([MS-OXMSG] 2.4.1); each entry is 16 bytes.
_MESSAGE_HEADER_BYTES, _ENTRY_BYTES = 32, 16
_FILETIME_EPOCH = datetime.datetime(1601, 1, 1, tzinfo=datetime.timezone.utc)
_SAFE_SUFFIX_CHARS = frozenset("abcdefghijklmnopqrstuvwxyz0123456789")

_NOT_READ = {
    UnsupportedFormat: "not read: a kind of file this app cannot read",
    PasswordProtected: "not read: it is password-protected",
}

ReadAttachment = Callable[[Path], tuple[Page, ...]]


@dataclass(frozen=True)
class _Attachment:
    name: str
    data: bytes | None  # None: an attached message, kept as a storage, not as bytes


def read_msg_file(path: Path, read_attachment: ReadAttachment) -> tuple[Page, ...]:
    """`read_attachment` reads one attached file as a document (extract.py gives it)."""
    try:
        with open_document(path, "msg") as stream, olefile.OleFileIO(stream) as message:
            headers = list(_header_lines(message))
            body = _body(message)
            attachments = list(_attachments(message))
    except (OSError, struct.error, ValueError, IndexError, TypeError) as error:
        # olefile raises OSError for a damaged container and others for damaged entries.
        raise DamagedDocument(path.name) from error
    listed, read = _read_attachments(attachments, read_attachment)
    sections = [("Headers", "\n".join(headers)), ("Message", body)]
    if listed:
        sections.append(("Attachments", "\n".join(["Attachments:", *listed])))
    pages = number_sections(sections + read)
    if not pages:
        raise EmptyDocument(path.name)
    return pages


def _header_lines(message: olefile.OleFileIO) -> Iterator[str]:
    sender = _text(message, "", _SENDER_NAME)
    address = _text(message, "", _SENDER_SMTP) or _text(message, "", _SENDER_EMAIL)
    if address and address != sender and "@" in address:
        sender = f"{sender} <{address}>" if sender else address
    sent = _time(message, _SUBMIT_TIME) or _time(message, _DELIVERY_TIME)
    values = (
        ("From", sender),
        ("To", _text(message, "", _DISPLAY_TO)),
        ("Cc", _text(message, "", _DISPLAY_CC)),
        ("Date", sent.strftime("%d %B %Y, %H:%M UTC") if sent else ""),
        ("Subject", _text(message, "", _SUBJECT)),
    )
    for name, value in values:
        if value.strip():
            yield f"{name}: {' '.join(value.split())}"


def _body(message: olefile.OleFileIO) -> str:
    body = _text(message, "", _BODY)
    if body.strip():
        return body.replace("\r\n", "\n").replace("\r", "\n").strip()
    html = _stream(message, "", _BODY_HTML, _BINARY)
    if html is None:
        return _text(message, "", _BODY_HTML).strip()
    return html_to_text(decode_html(html)).strip()


def _attachments(message: olefile.OleFileIO) -> Iterator[_Attachment]:
    storages = sorted({entry[0] for entry in message.listdir(streams=True, storages=True)})
    for storage in storages:
        if not storage.startswith(_ATTACHMENT_PREFIX):
            continue
        prefix = storage + "/"
        name = (
            _text(message, prefix, _ATTACH_LONG_NAME)
            or _text(message, prefix, _ATTACH_NAME)
            or _text(message, prefix, _ATTACH_DISPLAY_NAME)
            or "(no name)"
        )
        yield _Attachment(" ".join(name.split()), _stream(message, prefix, _ATTACH_DATA, _BINARY))


def _read_attachments(
    attachments: list[_Attachment], read_attachment: ReadAttachment
) -> tuple[list[str], list[tuple[str | None, str]]]:
    """A line per attachment for the list, and the sections of those that were read."""
    listed: list[str] = []
    read: list[tuple[str | None, str]] = []
    with tempfile.TemporaryDirectory(prefix="offline-assistant-") as folder:
        for number, attachment in enumerate(attachments, start=1):
            if attachment.data is None:
                listed.append(f"- {attachment.name} (an attached message, not read)")
                continue
            file = Path(folder, f"attachment-{number}{_safe_suffix(attachment.name)}")
            size = format_bytes(len(attachment.data))
            try:
                file.write_bytes(attachment.data)
                pages = read_attachment(file)
            except DocumentError as error:
                listed.append(f"- {attachment.name} ({size}, {_why_not_read(error)})")
                continue
            finally:
                file.unlink(missing_ok=True)  # the text leaves the disk at once
            listed.append(f"- {attachment.name} ({size}, read below)")
            read.extend(_attachment_sections(attachment.name, pages))
    return listed, read


def _why_not_read(error: DocumentError) -> str:
    for kind, words in _NOT_READ.items():
        if isinstance(error, kind):
            return words
    return "not read: it looks damaged"


def _attachment_sections(name: str, pages: tuple[Page, ...]) -> Iterator[tuple[str, str]]:
    for page in pages:
        where = page.heading or f"page {page.number}"
        yield f"Attachment {name}: {where}", page.text


def _safe_suffix(name: str) -> str:
    # The suffix only: a text attachment is read as text, Markdown or a web page by it.
    suffix = Path(name).suffix.lower()
    if 1 < len(suffix) <= 10 and set(suffix[1:]) <= _SAFE_SUFFIX_CHARS:
        return suffix
    return ""


def _text(message: olefile.OleFileIO, prefix: str, property_id: int) -> str:
    data = _stream(message, prefix, property_id, _UNICODE)
    if data is not None:
        return data.decode("utf-16-le", errors="replace").rstrip("\x00")
    data = _stream(message, prefix, property_id, _STRING8)
    return decode_text(data).rstrip("\x00") if data is not None else ""


def _stream(message: olefile.OleFileIO, prefix: str, property_id: int, kind: int) -> bytes | None:
    name = f"{prefix}__substg1.0_{property_id:04X}{kind:04X}"
    if not message.exists(name) or message.get_type(name) != olefile.STGTY_STREAM:
        return None
    return message.openstream(name).read()


def _time(message: olefile.OleFileIO, property_id: int) -> datetime.datetime | None:
    if not message.exists(_PROPERTIES):
        return None
    data = message.openstream(_PROPERTIES).read()
    wanted = (property_id << 16) | _SYSTIME
    for start in range(_MESSAGE_HEADER_BYTES, len(data) - _ENTRY_BYTES + 1, _ENTRY_BYTES):
        tag, _flags, value = struct.unpack_from("<IIQ", data, start)
        if tag == wanted and value:
            try:
                return _FILETIME_EPOCH + datetime.timedelta(microseconds=value // 10)
            except OverflowError:
                return None
    return None
