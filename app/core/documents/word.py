"""Word documents (.docx): paragraphs and tables in reading order, in sections under the
document's headings.

XML safety. python-docx parses every part with its own lxml parser, built in
docx/oxml/parser.py and docx/opc/oxml.py (python-docx 1.2.0) as
`etree.XMLParser(remove_blank_text=True, resolve_entities=False)`, and lxml's defaults
leave `no_network=True`, `load_dtd=False` and `huge_tree=False`. So an entity declared in
a DOCTYPE is never replaced by its text (no "billion laughs"), an external entity is
never loaded from a file or the network (no XXE), and libxml2's own limits stop a
declaration made to blow up before it is used ("Maximum entity amplification factor
exceeded", which is read here as a damaged file). Entity references simply stay out of
the text. tests/core/test_document_formats.py checks all of this on crafted files, so an
upgrade of python-docx or lxml that changed it would fail there. No pre-scan is needed.

Zip safety: the zip's table of contents is checked first (archive.check_zip). A compound
file named .docx (an older .doc, or a .docx encrypted with a password) never gets here:
file_kind.py tells it by its content.
"""

from __future__ import annotations

import re
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

import docx
from docx.opc.exceptions import PackageNotFoundError
from docx.oxml.ns import nsmap, qn
from lxml import etree

from .archive import check_zip
from .errors import DamagedDocument, EmptyDocument
from .model import Page, number_sections
from .sizes import open_document

_P, _TBL, _TR, _TC = qn("w:p"), qn("w:tbl"), qn("w:tr"), qn("w:tc")
_SDT, _SDT_CONTENT, _CUSTOM_XML = qn("w:sdt"), qn("w:sdtContent"), qn("w:customXml")
_PPR, _PSTYLE, _VAL = qn("w:pPr"), qn("w:pStyle"), qn("w:val")

_MARKUP_COMPATIBILITY = "http://schemas.openxmlformats.org/markup-compatibility/2006"
# The runs whose text a reader of the document sees, including tracked insertions,
# hyperlinks, fields and content controls. Left out: tracked deletions, text moved away,
# text boxes (paragraphs of their own, drawn elsewhere on the page), and the copy of a
# text box that Word keeps for older readers (mc:Fallback).
_VISIBLE_RUNS = etree.XPath(
    ".//w:r[not(ancestor::w:del or ancestor::w:moveFrom or ancestor::w:txbxContent"
    " or ancestor::mc:Fallback)]",
    namespaces={"w": nsmap["w"], "mc": _MARKUP_COMPATIBILITY},
)
# The built-in styles that start a section. Word keeps their English names in the file
# whatever the language of its menus ("heading 1"), and python-docx shows them as here.
_HEADING_STYLE = re.compile(r"(heading [1-9]|title)", re.IGNORECASE)

def read_docx_file(path: Path) -> tuple[Page, ...]:
    # One opening for every check and the reading: what was checked is what is read.
    with open_document(path, "docx") as stream:
        check_zip(stream, path, "Word")
        document = _open(stream, path.name)
    body = document.element.find(qn("w:body"))
    headings = _heading_style_ids(document)
    pages = number_sections(_sections(body, headings)) if body is not None else ()
    if not pages:
        raise EmptyDocument(path.name)
    return pages


def _open(stream: BinaryIO, name: str) -> docx.document.Document:
    try:
        # The whole package is read while opening, so the file can be closed right after.
        stream.seek(0)
        return docx.Document(stream)
    except (
        PackageNotFoundError,  # a zip without the parts of a Word document
        KeyError,  # a part named by the package but missing from the zip
        ValueError,  # another Office kind (.docm, .dotx, .xlsx) named .docx
        zipfile.BadZipFile,  # an entry that does not unpack (bad checksum, cut off)
        etree.XMLSyntaxError,  # broken XML, or entities made to blow up
    ) as error:
        raise DamagedDocument(name) from error


def _heading_style_ids(document: docx.document.Document) -> frozenset[str]:
    # Paragraphs name their style by id, which Word translates ("berschrift1" in German),
    # so the ids are looked up from the names.
    return frozenset(
        style.style_id
        for style in document.styles
        if style.name and _HEADING_STYLE.fullmatch(style.name)
    )


def _sections(body: etree._Element, headings: frozenset[str]):
    """(heading, text) for the text before the first heading, then for each heading."""
    sections: list[tuple[str | None, list[str]]] = [(None, [])]
    for block in _blocks(body, (_P, _TBL)):
        if block.tag == _TBL:
            text = _table_text(block, row_separator="\n")
        else:
            text = _paragraph_text(block).strip()
            if text and _style_id(block) in headings:
                # The heading's words stay in the text too, as Markdown's heading lines do.
                sections.append((" ".join(text.split()), [text]))
                continue
        if text:
            sections[-1][1].append(text)
    # A blank line between paragraphs is where the summariser may cut the text.
    return [(heading, "\n\n".join(blocks)) for heading, blocks in sections]


def _blocks(parent: etree._Element, tags: tuple[str, ...]) -> Iterator[etree._Element]:
    """The children of `parent` with these tags, in order, also those inside content
    controls and custom XML (templates and forms wrap whole pages in them)."""
    for child in parent.iterchildren():
        if child.tag in tags:
            yield child
        elif child.tag == _SDT:
            content = child.find(_SDT_CONTENT)
            if content is not None:
                yield from _blocks(content, tags)
        elif child.tag == _CUSTOM_XML:
            yield from _blocks(child, tags)


def _paragraph_text(paragraph: etree._Element) -> str:
    # A run's text property turns tabs, line breaks and non-breaking hyphens into text.
    return "".join(run.text for run in _VISIBLE_RUNS(paragraph))


def _style_id(paragraph: etree._Element) -> str | None:
    properties = paragraph.find(_PPR)
    style = properties.find(_PSTYLE) if properties is not None else None
    return style.get(_VAL) if style is not None else None


def _table_text(table: etree._Element, row_separator: str) -> str:
    """Rows as lines and cells apart by " | ", so the model sees which values go together.

    A merged cell is one cell in the XML: it is not repeated across the columns or rows
    it spans, and the rows below a vertical merge show an empty cell there.
    """
    rows = []
    for row in _blocks(table, (_TR,)):
        cells = [_cell_text(cell) for cell in _blocks(row, (_TC,))]
        if any(cells):
            rows.append(" | ".join(cells))
    return row_separator.join(rows)


def _cell_text(cell: etree._Element) -> str:
    parts = []
    for block in _blocks(cell, (_P, _TBL)):
        if block.tag == _TBL:  # a table inside a cell: its rows apart by "; "
            text = _table_text(block, row_separator="; ")
        else:
            text = _paragraph_text(block)
        text = " ".join(text.split())  # the whole row stays on one line
        if text:
            parts.append(text)
    return " ".join(parts)
