"""PowerPoint presentations (.pptx): each slide a page, its title as the heading, then its
text and tables in the order of the slide's shapes, then the speaker's notes.

XML safety. python-pptx parses every part with its own lxml parser (pptx/oxml/__init__.py,
python-pptx 1.0.2: `etree.XMLParser(remove_blank_text=True, resolve_entities=False)`), as
python-docx does (word.py says what that guards against). Zip safety: archive.check_zip.
"""

from __future__ import annotations

import zipfile
from collections.abc import Iterable, Iterator
from pathlib import Path

import pptx
from lxml import etree
from pptx.exc import PackageNotFoundError
from pptx.shapes.base import BaseShape
from pptx.shapes.group import GroupShape

from .archive import check_zip
from .errors import DamagedDocument, EmptyDocument
from .model import Page
from .sizes import open_document
from .tables import markdown_table


def read_pptx_file(path: Path) -> tuple[Page, ...]:
    with open_document(path, "pptx") as stream:
        check_zip(stream, path, "PowerPoint")
        try:
            stream.seek(0)
            presentation = pptx.Presentation(stream)
            pages = tuple(
                _slide_page(number, slide)
                for number, slide in enumerate(presentation.slides, start=1)
            )
        except (
            PackageNotFoundError,
            KeyError,
            ValueError,  # another Office kind named .pptx
            zipfile.BadZipFile,
            etree.XMLSyntaxError,
        ) as error:
            raise DamagedDocument(path.name) from error
    if not any(page.text for page in pages):
        raise EmptyDocument(path.name)
    return pages


def _slide_page(number: int, slide) -> Page:
    """A slide keeps its number even when it is empty, so "p. 4" is the fourth slide."""
    title_shape = slide.shapes.title
    title = " ".join(title_shape.text_frame.text.split()) if title_shape is not None else ""
    blocks = [text for text in _shape_texts(slide.shapes) if text]
    if slide.has_notes_slide:
        notes = slide.notes_slide.notes_text_frame
        if notes is not None and notes.text.strip():
            blocks.append("Notes: " + notes.text.strip())
    return Page(number, "\n\n".join(blocks), title or None)


def _shape_texts(shapes: Iterable[BaseShape]) -> Iterator[str]:
    for shape in shapes:
        if isinstance(shape, GroupShape):
            yield from _shape_texts(shape.shapes)
        elif getattr(shape, "has_table", False):
            rows = [[cell.text for cell in row.cells] for row in shape.table.rows]
            yield markdown_table(rows)
        elif shape.has_text_frame:
            yield shape.text_frame.text.strip()
