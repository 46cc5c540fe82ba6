"""Cut a document's pages into sentence-level passages, each with its page and offsets.

A summary sentence is traced to one of these, so they must be small enough to point at
("the second sentence of page 4") yet whole sentences, so that a claim and its context stay
together. Sentences end at . ! ? and their CJK forms, at a line break after a sentence end,
and at a blank line (headings, list items). Thai writes no full stop: a Thai sentence ends
where the writer leaves a space, which is too fine for a passage, so Thai text stays in one
passage up to the next line break.
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Passage:
    """A sentence-level span of the document."""

    page: int  # page number as stored (1-based)
    start: int  # character offsets into that page's text
    end: int
    text: str


# An end mark, then closing quotes or brackets, then white space. Not after a lone capital
# or a common abbreviation ("Dr.", "p.", "No."), which would cut a name in two; not inside
# a number ("3.8").
_ABBREVIATIONS = r"(?<!\b[A-Z])(?<!\bDr)(?<!\bMr)(?<!\bMs)(?<!\bMrs)(?<!\bSt)(?<!\bNo)" \
    r"(?<!\bp)(?<!\bpp)(?<!\bvs)(?<!\be\.g)(?<!\bi\.e)(?<!\bet al)(?<!\bBhd)(?<!\bSdn)"
_BOUNDARY = re.compile(
    _ABBREVIATIONS + r"[.!?…][\"'”’)\]]*\s+|[。！？]\s*|\n\s*\n|(?<=[.!?:;])[\"'”’)]*\n"
)
MIN_CHARS = 2  # a stray bullet mark or page number alone is no passage


def split_passages(pages: list[tuple[int, str]]) -> list[Passage]:
    """The sentence spans of each (page number, page text), in reading order."""
    passages = []
    for number, text in pages:
        start = 0
        for boundary in _BOUNDARY.finditer(text):
            passages.extend(_span(number, text, start, boundary.end()))
            start = boundary.end()
        passages.extend(_span(number, text, start, len(text)))
    return passages


def _span(number: int, text: str, start: int, end: int) -> list[Passage]:
    piece = text[start:end]
    stripped = piece.strip()
    if len(stripped) < MIN_CHARS:
        return []
    first = start + piece.index(stripped)
    return [Passage(number, first, first + len(stripped), stripped)]
