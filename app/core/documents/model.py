"""What an extraction hands on: the document's text, kept in pages or sections.

Page boundaries are kept so that a summary can cite "p. 12" (PDF) or a section
heading (Markdown, Word, web page, e-mail) instead of pointing vaguely at the whole file.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

FORMATS_BY_SUFFIX = {
    ".pdf": "pdf",
    ".docx": "docx",
    ".html": "html",
    ".htm": "html",
    ".eml": "eml",
    ".txt": "txt",
    ".md": "md",
    ".markdown": "md",
    ".odt": "odt",
    ".rtf": "rtf",
    ".xlsx": "xlsx",
    ".xlsm": "xlsx",
    ".pptx": "pptx",
    ".msg": "msg",
    ".png": "image",
    ".jpg": "image",
    ".jpeg": "image",
    ".tif": "image",
    ".tiff": "image",
}
SUPPORTED_SUFFIXES = tuple(FORMATS_BY_SUFFIX)  # for file dialogs and drop filters

# Each format as its reader would name it, in the order the app lists them to the user.
FORMAT_NAMES = {
    "pdf": "PDF",
    "docx": "Word (.docx)",
    "odt": "OpenDocument text (.odt)",
    "rtf": "Rich Text (.rtf)",
    "xlsx": "Excel (.xlsx)",
    "pptx": "PowerPoint (.pptx)",
    "msg": "Outlook message (.msg)",
    "html": "web page (.html, .htm)",
    "eml": "e-mail (.eml)",
    "txt": "plain text (.txt)",
    "md": "Markdown (.md)",
    "image": "picture (.png, .jpg, .tif)",  # a scanned page, read by text recognition
}


@dataclass(frozen=True)
class Page:
    """One PDF page, or one section of any other format."""

    # 1-based PDF page or slide number; for every other format the section's ordinal
    number: int
    text: str
    # The title of the section (MD, DOCX, ODT, HTML, EML, MSG), the sheet's name (XLSX),
    # the slide's title (PPTX); None for PDF, TXT, RTF and text before
    # a document's first heading
    heading: str | None = None
    # A page read by text recognition (a scan): the engine's mean confidence, 0–1.
    # None: the text came from the file itself.
    ocr_confidence: float | None = None
    # How long the recognition of this page took (this machine's pace), 0 for a text page.
    ocr_seconds: float = 0.0

    @property
    def scanned(self) -> bool:
        return self.ocr_confidence is not None


@dataclass(frozen=True)
class ExtractedDocument:
    path: str
    format: str  # a value of FORMATS_BY_SUFFIX: "pdf", "docx", "xlsx", "msg", ...
    sha256: str  # hex digest of the file bytes: tells "same document" even after a rename
    size: int  # bytes on disk
    pages: tuple[Page, ...]

    @property
    def ocr_seconds(self) -> float:
        """Seconds spent recognising the text of scanned pages, all of them together."""
        return sum(page.ocr_seconds for page in self.pages)

    @property
    def scanned_pages(self) -> tuple[int, ...]:
        return tuple(page.number for page in self.pages if page.scanned)

    @property
    def page_count(self) -> int:
        # PDF pages without text are kept as empty pages, so this is the real page count.
        return len(self.pages)

    @property
    def text(self) -> str:
        # Empty pages are left out so they do not leave runs of blank lines.
        return "\n\n".join(page.text for page in self.pages if page.text)


def number_sections(sections: Iterable[tuple[str | None, str]]) -> tuple[Page, ...]:
    """Pages from (heading, text) sections in reading order, leaving out empty ones.

    Numbers count only the sections kept, so "section 3" is the third one the reader sees.
    """
    kept = [(heading, text.strip()) for heading, text in sections if text.strip()]
    return tuple(
        Page(number, text, heading) for number, (heading, text) in enumerate(kept, start=1)
    )
