"""OpenDocument texts (.odt): paragraphs, lists and tables in reading order, in sections
under the document's headings, as word.py does for Word.

No library: the text is one part of the zip (content.xml) in a documented XML vocabulary,
and odfpy (the one maintained reader) would build an object per element to give the same
walk. The part is parsed here by lxml with a parser that never replaces an entity by its
text, never loads a DTD or anything from the network, and keeps libxml2's limits on huge
documents (no "billion laughs", no XXE); archive.check_zip runs first (zip bombs).
"""

from __future__ import annotations

import zipfile
from collections.abc import Iterator
from pathlib import Path

from lxml import etree

from .archive import check_zip
from .errors import DamagedDocument, EmptyDocument
from .model import Page, number_sections
from .sizes import open_document

_TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
_TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
_OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
_P, _H = f"{{{_TEXT}}}p", f"{{{_TEXT}}}h"
_SPACE, _TAB, _BREAK = f"{{{_TEXT}}}s", f"{{{_TEXT}}}tab", f"{{{_TEXT}}}line-break"
_COUNT = f"{{{_TEXT}}}c"
# Parts of a paragraph that are not its running text: a footnote's body (printed at the
# foot of the page), a deleted change kept for review, an index's hidden entries.
_LEFT_OUT = frozenset(
    {f"{{{_TEXT}}}note", f"{{{_TEXT}}}tracked-changes", f"{{{_OFFICE}}}annotation"}
)
_TABLE_TAG, _ROW = f"{{{_TABLE}}}table", f"{{{_TABLE}}}table-row"
_CELL = f"{{{_TABLE}}}table-cell"
_BODY_TEXT = f"{{{_OFFICE}}}body/{{{_OFFICE}}}text"

_PARSER = etree.XMLParser(
    resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False
)


def read_odt_file(path: Path) -> tuple[Page, ...]:
    with open_document(path, "odt") as stream:
        check_zip(stream, path, "OpenDocument")
        try:
            with zipfile.ZipFile(stream) as archive:
                content = etree.fromstring(archive.read("content.xml"), _PARSER)
        except (KeyError, zipfile.BadZipFile, etree.XMLSyntaxError) as error:
            raise DamagedDocument(path.name) from error
    body = content.find(_BODY_TEXT)
    pages = number_sections(_sections(body)) if body is not None else ()
    if not pages:
        raise EmptyDocument(path.name)
    return pages


def _sections(body: etree._Element) -> list[tuple[str | None, str]]:
    sections: list[tuple[str | None, list[str]]] = [(None, [])]
    for block in _blocks(body):
        if block.tag == _TABLE_TAG:
            text = _table_text(block)
        else:
            text = _paragraph_text(block).strip()
            if text and block.tag == _H:
                # The heading's words stay in the text too, as in word.py.
                sections.append((" ".join(text.split()), [text]))
                continue
        if text:
            sections[-1][1].append(text)
    return [(heading, "\n\n".join(blocks)) for heading, blocks in sections]


def _blocks(parent: etree._Element) -> Iterator[etree._Element]:
    """Paragraphs, headings and tables in reading order, also inside lists and sections."""
    for child in parent.iterchildren(tag=etree.Element):
        if child.tag in (_P, _H, _TABLE_TAG):
            yield child
        elif child.tag not in _LEFT_OUT:
            yield from _blocks(child)  # text:list, text:list-item, text:section, ...


def _paragraph_text(paragraph: etree._Element) -> str:
    parts = [paragraph.text or ""]
    for child in paragraph.iterchildren(tag=etree.Element):
        if child.tag == _SPACE:
            parts.append(" " * min(int(child.get(_COUNT, "1") or 1), 100))
        elif child.tag == _TAB:
            parts.append("\t")
        elif child.tag == _BREAK:
            parts.append("\n")
        elif child.tag not in _LEFT_OUT:
            parts.append(_paragraph_text(child))  # spans, links, fields
        parts.append(child.tail or "")
    return "".join(parts)


def _table_text(table: etree._Element) -> str:
    """Rows as lines and cells apart by " | ", as word.py writes Word tables."""
    rows = []
    for row in table.iter(_ROW):
        cells = [
            " ".join(" ".join(_paragraph_text(p) for p in _blocks(cell)).split())
            for cell in row.iterchildren(_CELL)
        ]
        if any(cells):
            rows.append(" | ".join(cells))
    return "\n".join(rows)
