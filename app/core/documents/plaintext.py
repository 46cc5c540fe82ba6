"""Plain text and Markdown: decode whatever bytes the user has, then find the sections."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

from .encoding import decode_text
from .errors import EmptyDocument
from .model import Page, number_sections
from .sizes import read_document

# "# Title", "## Title ##": up to three spaces of indent, one to six hashes, then a space.
_ATX_HEADING = re.compile(r"^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$")
_CODE_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})")


def read_text_file(path: Path) -> tuple[Page, ...]:
    text = _read_decoded(path, "txt")
    # A form feed is how plain text marks a page break (pdftotext, printed reports).
    # Blank pages stay, so section numbers keep matching the original pages.
    parts = text.strip().split("\f")
    return tuple(Page(number, part.strip()) for number, part in enumerate(parts, start=1))


def read_markdown_file(path: Path) -> tuple[Page, ...]:
    lines = _read_decoded(path, "md").split("\n")
    # Only the text before the first heading can be blank: every other section
    # starts with its heading line, which stays in the text the model reads.
    return number_sections(
        (heading, "\n".join(body)) for heading, body in _split_at_headings(lines)
    )


def _read_decoded(path: Path, file_format: str) -> str:
    text = decode_text(read_document(path, file_format))
    if not text.strip():
        raise EmptyDocument(path.name)
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _split_at_headings(lines: list[str]) -> Iterator[tuple[str | None, list[str]]]:
    heading: str | None = None
    body: list[str] = []
    fence: str | None = None
    for line in lines:
        # A "# comment" inside a fenced code block is code, not a heading.
        match = None if fence else _ATX_HEADING.match(line)
        if match:
            yield heading, body
            heading, body = (match.group(2) or "").strip() or None, []
        body.append(line)
        fence = _fence_after(line, fence)
    yield heading, body


def _fence_after(line: str, open_fence: str | None) -> str | None:
    """The code fence still open after `line` (None when outside any code block)."""
    match = _CODE_FENCE.match(line)
    if not match:
        return open_fence
    marker = match.group(1)
    if open_fence is None:
        return marker
    # Only a fence of the same character, at least as long, closes the block.
    closes = marker[0] == open_fence[0] and len(marker) >= len(open_fence)
    return None if closes else open_fence
