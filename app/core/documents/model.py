"""What an extraction hands on: the document's text, kept in pages or sections.

Page boundaries are kept so that a summary can cite "p. 12" (PDF) or a section
heading (Markdown) instead of pointing vaguely at the whole file.
"""

from __future__ import annotations

from dataclasses import dataclass

FORMATS_BY_SUFFIX = {".pdf": "pdf", ".txt": "txt", ".md": "md", ".markdown": "md"}
SUPPORTED_SUFFIXES = tuple(FORMATS_BY_SUFFIX)  # (".pdf", ".txt", ".md", ".markdown")


@dataclass(frozen=True)
class Page:
    """One PDF page, or one section of a text or Markdown file."""

    number: int  # 1-based PDF page number; for TXT/MD the section's ordinal (1-based)
    text: str
    heading: str | None = None  # MD: the heading this section sits under; None otherwise


@dataclass(frozen=True)
class ExtractedDocument:
    path: str
    format: str  # "pdf" | "txt" | "md"
    sha256: str  # hex digest of the file bytes: tells "same document" even after a rename
    size: int  # bytes on disk
    pages: tuple[Page, ...]

    @property
    def page_count(self) -> int:
        # PDF pages without text are kept as empty pages, so this is the real page count.
        return len(self.pages)

    @property
    def text(self) -> str:
        # Empty pages are left out so they do not leave runs of blank lines.
        return "\n\n".join(page.text for page in self.pages if page.text)
