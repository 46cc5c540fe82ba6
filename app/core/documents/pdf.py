"""PDF text through PDFium (pypdfium2: Apache/BSD, unlike the AGPL PyMuPDF).

A page without a text layer (a scan) is rendered and read by text recognition
(scanned.py); the pages that carry text keep it exactly as PDFium gives it.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import BinaryIO

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from .errors import (
    DamagedDocument,
    DocumentError,
    EmptyDocument,
    NoTextLayer,
    PasswordNeeded,
    PasswordProtected,
    WrongPassword,
)
from .model import Page
from .ocr import PAGE_PIXELS
from .scanned import recognise_pages
from .sizes import open_document

# A page with fewer visible characters than this has no text layer worth the name: it is
# read by text recognition.
_MIN_VISIBLE_CHARS = 3
# A page that is one picture (a scan) with a few characters of text on top (a stamped
# page number, a file reference) is read by text recognition too: the picture holds the
# page's text.
_STAMP_CHARS = 40
_FULL_PAGE_SHARE = 0.6  # of the page's area covered by one picture
# Pages are rendered for recognition at PAGE_PIXELS on the longer side, but never finer
# than 200 dots per inch, the resolution office scanners use: a small page (a receipt, half
# a letter) is not blown up past what the scanner saw, which only blurs its noise into the
# letters (a word or two fewer read right on tests/core/test_ocr.py's scan).
_MAX_DPI = 200

_SECURITY_MESSAGE = (
    "This PDF is password-protected (locked with a security setting this app cannot open), "
    'so the text of "{name}" cannot be read. Open it in your PDF reader, save a copy '
    "without the protection, and try again with that copy."
)

# PDFium marks a word broken by a hyphen at the end of a line with \x02 (the line
# break itself is already gone), and a soft hyphen with U+FFFE.
_LINE_END_HYPHENS = re.compile("[\x02\ufffe]")
# Other control characters come from fonts with broken character maps; in practice they
# stand where a space was drawn.
_CONTROL_CHARACTERS = re.compile("[\x00-\x08\x0b-\x1f\x7f\uffff]")
_RUNS_OF_SPACES = re.compile(r"[ \t\u00a0]+")
_SPACES_AROUND_NEWLINES = re.compile(r" *\n *")
_THREE_OR_MORE_NEWLINES = re.compile(r"\n{3,}")


def read_pdf_file(path: Path, password: str | None = None) -> tuple[Page, ...]:
    """`password` opens an encrypted PDF (every standard kind: RC4 40 and 128 bit, AES 128
    and 256 bit); it is handed to PDFium and kept nowhere else."""
    # PDFium reads through a Python file object rather than a path, so file names
    # in any script work on every operating system.
    with open_document(path, "pdf") as stream:
        document = _open(stream, path.name, password)
        try:
            pages = [_read_page(document, index) for index in range(len(document))]
            scans = [page.number for page in pages if _is_scan(document, page)]
            recognised = recognise_pages(scans, lambda number: _picture(document, number))
        except pdfium.PdfiumError as error:
            raise DamagedDocument(path.name) from error
        finally:
            document.close()
    pages = [recognised.get(page.number, page) for page in pages]
    if recognised and not any(page.text for page in pages):
        raise NoTextLayer(path.name)  # pictures alone, and no text in them
    return tuple(pages)


def tidy_pdf_text(text: str) -> str:
    """PDFium's page text with even spacing; line and paragraph breaks stay."""
    text = _LINE_END_HYPHENS.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))
    text = _RUNS_OF_SPACES.sub(" ", _CONTROL_CHARACTERS.sub(" ", text))
    text = _SPACES_AROUND_NEWLINES.sub("\n", text)
    return _THREE_OR_MORE_NEWLINES.sub("\n\n", text).strip()


def _open(stream: BinaryIO, name: str, password: str | None) -> pdfium.PdfDocument:
    try:
        return pdfium.PdfDocument(stream, password=password)
    except pdfium.PdfiumError as error:
        raise _explain_open_failure(error, name, password is not None) from error


def _explain_open_failure(
    error: pdfium.PdfiumError, name: str, password_given: bool
) -> DocumentError:
    # pypdfium2 raises one PdfiumError for every load failure; PDFium's reason is in err_code.
    if error.err_code == pdfium_c.FPDF_ERR_PASSWORD:
        # A PDF with only an owner password (printing or copying locked) opens without one.
        return WrongPassword(name) if password_given else PasswordNeeded(name)
    if error.err_code == pdfium_c.FPDF_ERR_SECURITY:  # e.g. certificate encryption
        return PasswordProtected(name, _SECURITY_MESSAGE.format(name=name))
    if error.err_code == pdfium_c.FPDF_ERR_SUCCESS:
        # pypdfium2 refuses a well-formed PDF with zero pages, reporting "success".
        return EmptyDocument(name)
    return DamagedDocument(name)


def _read_page(document: pdfium.PdfDocument, index: int) -> Page:
    page = document[index]
    try:
        textpage = page.get_textpage()
        try:
            # get_text_bounded gives full Unicode; get_text_range stops at UCS-2.
            return Page(index + 1, tidy_pdf_text(textpage.get_text_bounded()))
        finally:
            textpage.close()
    finally:
        page.close()


def _is_scan(document: pdfium.PdfDocument, page: Page) -> bool:
    visible = len("".join(page.text.split()))
    if visible < _MIN_VISIBLE_CHARS:
        return True
    return visible < _STAMP_CHARS and _one_picture_covers(document[page.number - 1])


def _one_picture_covers(page: pdfium.PdfPage) -> bool:
    try:
        area = page.get_width() * page.get_height()
        for picture in page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_IMAGE], max_depth=2):
            left, bottom, right, top = picture.get_bounds()
            if (right - left) * (top - bottom) >= _FULL_PAGE_SHARE * area:
                return True
        return False
    finally:
        page.close()


def _picture(document: pdfium.PdfDocument, number: int):
    """The page as a grey PIL image, sized for the recogniser."""
    page = document[number - 1]
    try:
        longer = max(page.get_width(), page.get_height(), 1)  # in points, 72 an inch
        scale = min(PAGE_PIXELS / longer, _MAX_DPI / 72)
        bitmap = page.render(scale=scale, grayscale=True)
        try:
            return bitmap.to_pil().copy()  # its own pixels: the bitmap is freed below
        finally:
            bitmap.close()
    finally:
        page.close()
