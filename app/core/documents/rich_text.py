"""Rich Text documents (.rtf): the text, without its formatting, through striprtf.

RTF is 7-bit text whose other characters are escapes (\\'e9 in the document's code page,
\\u233 for Unicode), so the bytes are read as Latin-1, which maps each byte to one
character and never fails, and striprtf turns the escapes into characters. RTF has no
marked headings that a program agrees on, so the document is one section; its
paragraphs are kept, which is where the summariser may cut it.
"""

from __future__ import annotations

import re
from pathlib import Path

from striprtf.striprtf import rtf_to_text

from .errors import DamagedDocument, EmptyDocument
from .model import Page, number_sections
from .sizes import read_document

# The code page the document declares (\ansicpgN); Windows' Western one when it says none.
_CODE_PAGE = re.compile(rb"\\ansicpg(\d{3,5})")
_DEFAULT_CODE_PAGE = "cp1252"


def read_rtf_file(path: Path) -> tuple[Page, ...]:
    data = read_document(path, "rtf")
    try:
        text = rtf_to_text(data.decode("latin-1"), encoding=_code_page(data), errors="replace")
    except (ValueError, IndexError, LookupError, RecursionError) as error:
        raise DamagedDocument(path.name) from error
    pages = number_sections([(None, _paragraphs(text))])
    if not pages:
        raise EmptyDocument(path.name)
    return pages


def _paragraphs(text: str) -> str:
    """Paragraphs apart by a blank line, where the summariser may cut; a table's rows stay
    together. striprtf ends each table cell with "|": rows as word.py writes them."""
    blocks: list[str] = []
    was_row = False
    for line in text.splitlines():
        is_row = line.endswith("|")
        line = line.rstrip("|").replace("|", " | ").strip() if is_row else line.strip()
        if not line:
            continue
        if is_row and was_row:
            blocks[-1] += "\n" + line
        else:
            blocks.append(line)
        was_row = is_row
    return "\n\n".join(blocks)


def _code_page(data: bytes) -> str:
    found = _CODE_PAGE.search(data[:4096])
    if found is None:
        return _DEFAULT_CODE_PAGE
    name = f"cp{int(found.group(1))}"
    try:
        "".encode(name)
    except LookupError:
        return _DEFAULT_CODE_PAGE
    return name
