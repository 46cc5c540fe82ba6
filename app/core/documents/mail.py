"""E-mails saved as .eml: who wrote to whom and when, the message, and what was attached.

Three sections, so a summary can cite them: "Headers", "Message" and "Attachments".
Attachments are listed by name, kind and size, never opened: a summary of an e-mail is
about the e-mail, and each attachment can be summarised as a document of its own.
"""

from __future__ import annotations

import email
import email.policy
from collections.abc import Iterator
from email.header import decode_header, make_header
from email.message import EmailMessage, Message
from pathlib import Path

from app.core.units import format_bytes

from .encoding import decode_text
from .errors import DamagedDocument, EmptyDocument
from .model import Page, number_sections
from .sizes import open_document
from .webpage import decode_html, html_to_text

_HEADERS = ("From", "To", "Cc", "Date", "Subject")

# Plain names for the kinds of attachment people send most; others keep their MIME type.
_KIND_NAMES = {
    "application/pdf": "PDF",
    "application/msword": "Word document",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "Word document",
    "application/vnd.ms-excel": "Excel workbook",
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": "Excel workbook",
    "application/vnd.ms-powerpoint": "PowerPoint presentation",
    "application/vnd.openxmlformats-officedocument.presentationml.presentation": (
        "PowerPoint presentation"
    ),
    "application/zip": "ZIP archive",
    "application/vnd.ms-outlook": "Outlook message",
    "message/rfc822": "e-mail",
    "text/plain": "text",
    "text/html": "web page",
    "text/csv": "CSV table",
    "text/calendar": "calendar invitation",
}


_TOO_DEEP = (
    '"{name}" could not be read: its parts are nested inside each other thousands of '
    "levels deep, which no mail program writes. The file may be damaged or made to harm: "
    "open it in your mail program and save it again, or ask your IT team to look at it."
)


def read_eml_file(path: Path) -> tuple[Page, ...]:
    try:
        with open_document(path, "eml") as stream:
            message = email.message_from_binary_file(stream, policy=email.policy.default)
        body_part, body = _body(message)
        attachments = [_describe(part) for part in _attachments(message, body_part)]
    except RecursionError as error:
        # The parser and the walks below go one Python call deeper for each level.
        raise DamagedDocument(path.name, _TOO_DEEP.format(name=path.name)) from error
    pages = number_sections(
        [
            ("Headers", "\n".join(_header_lines(message))),
            ("Message", body),
            # The list gets a first line of its own: without it a model reading this part
            # alone would take the file names for part of the message.
            ("Attachments", "\n".join(["Attachments:", *attachments]) if attachments else ""),
        ]
    )
    if not pages:
        raise EmptyDocument(path.name)
    return pages


def _header_lines(message: EmailMessage) -> Iterator[str]:
    # The first of each header counts, as mail programs show it.
    raw = {name.lower(): value for name, value in reversed(list(message.raw_items()))}
    for name in _HEADERS:
        if name.lower() in raw:
            value = " ".join(_header_value(message, name, raw[name.lower()]).split())
            if value:
                yield f"{name}: {value}"


def _header_value(message: EmailMessage, name: str, raw: str) -> str:
    # The default policy decodes =?UTF-8?B?...?= words and addresses; a badly broken
    # header can trip it, and then the older decoder reads the raw value.
    try:
        return str(message[name])
    except Exception:
        pass
    try:
        return str(make_header(decode_header(raw)))
    except Exception:
        return raw


def _body(message: EmailMessage) -> tuple[Message | None, str]:
    """The part read as the message, and its text: plain text if it has words, else HTML."""
    for kind in ("plain", "html"):
        part = message.get_body(preferencelist=(kind,))
        if part is None:
            continue
        text = _part_text(part, kind)
        if text.strip():
            return part, text.strip()
    return None, ""


def _part_text(part: Message, kind: str) -> str:
    data = part.get_payload(decode=True) or b""
    # The part's charset is trusted over anything the bytes say, as mail programs do;
    # without one, the bytes are decoded as a text file's would be.
    charset = part.get_content_charset()
    if kind == "html":
        return html_to_text(decode_html(data, charset))
    return decode_text(data, charset).replace("\r\n", "\n").replace("\r", "\n")


def _attachments(message: Message, body_part: Message | None) -> Iterator[Message]:
    for part in _leaf_parts(message):
        if part is body_part:
            continue
        # An inline part without a name (the HTML twin of a plain-text body, a signature
        # line) is part of the message, not something attached to it.
        if (
            part.get_content_disposition() == "attachment"
            or part.get_filename()
            or part.get_content_type() == "message/rfc822"
        ):
            yield part


def _leaf_parts(part: Message) -> Iterator[Message]:
    # An attached e-mail counts as one attachment: its own parts are not looked into.
    if part.get_content_maintype() == "multipart" and part.is_multipart():
        for inner in part.get_payload():
            yield from _leaf_parts(inner)
    else:
        yield part


def _describe(part: Message) -> str:
    kind = part.get_content_type()
    details = [_KIND_NAMES.get(kind, kind)]
    size = _size(part)
    if size is not None:
        details.append(format_bytes(size))
    return f"- {_attachment_name(part)} ({', '.join(details)})"


def _attachment_name(part: Message) -> str:
    name = part.get_filename()
    if name:
        return " ".join(name.split())
    if part.get_content_type() == "message/rfc822" and part.is_multipart():
        subject = part.get_payload(0).get("Subject")
        if subject:
            return f'e-mail "{" ".join(str(subject).split())}"'
    return "(no name)"


def _size(part: Message) -> int | None:
    """Bytes of the attachment once decoded from the e-mail's text form."""
    try:
        if part.is_multipart():  # an attached e-mail
            return len(part.get_payload(0).as_bytes())
        data = part.get_payload(decode=True)
    except Exception:
        return None  # an attachment too broken to measure is still listed
    return None if data is None else len(data)

