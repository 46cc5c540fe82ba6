"""Running headers and footers: the lines a PDF prints at the top or bottom of every page
("Copyright Office Summary December 2003 Page 5", "4 1.1. TOPOLOGICAL SPACES", "12").

They are layout, not content. Left in the text a model summarises, a small model copies
them into the summary, once per part it combined. `without_running_lines` gives the
pages without them, for the text that is chunked and summarised; the pages as read stay
as they are (the Documents page shows them, references point into them).

A line is running when a line of the same words, at the same edge of the page (among
the first or last `EDGE_LINES`), is on at least `MIN_PAGES` pages, and every number in
it is either the same on each of those pages (a year, an edition) or moves with the page
number (a page number, however offset from the PDF's own count: "Page 5", "5 of 18").
So "Example 11" heading three pages is kept: its numbers do not follow the pages. A line
with no page number in it must also be on `SHARE_WITHOUT_NUMBER` of the pages, or a
heading that happens to open three of a book's chapters ("Exercises") would go. A
chapter's header seen on only two pages counts too when its page number follows the
pages exactly as the document's other running lines do.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from .model import Page

EDGE_LINES = 2
MIN_PAGES = 3
# Headers and footers are short; a longer line that repeats is the document's own text.
MAX_WORDS = 15
SHARE_WITHOUT_NUMBER = 0.2

_NUMBER = re.compile(r"\d+")
_SPACES = re.compile(r"\s+")


@dataclass(frozen=True)
class _EdgeLine:
    page: int  # the page's number
    index: int  # the line's place in the page's text
    edge: str  # "top" | "bottom"
    shape: str  # the words with every number as "#"
    numbers: tuple[int, ...]


def without_running_lines(pages: Sequence) -> list[Page]:
    """`pages` (anything with .number, .text and .heading) without their running headers and
    footers; unchanged when that would leave no text at all (every page one repeated line)."""
    running = running_lines(pages)
    stripped = [Page(p.number, _drop(p.text, running.get(p.number, set())), p.heading)
                for p in pages]
    return stripped if any(p.text.strip() for p in stripped) else list(pages)


def running_lines(pages: Sequence) -> dict[int, set[int]]:
    """page number -> indexes (in text.splitlines()) of its running header and footer lines."""
    groups: dict[tuple[str, str], list[_EdgeLine]] = defaultdict(list)
    for page in pages:
        for line in _edge_lines(page):
            groups[(line.edge, line.shape)].append(line)
    found: dict[int, set[int]] = defaultdict(set)
    offsets: set[int] = set()  # how the printed page numbers of running lines follow the pages
    fixed_lines_need = max(MIN_PAGES, round(SHARE_WITHOUT_NUMBER * len(pages)))
    for lines in groups.values():
        for kept, group_offsets in _running(lines, MIN_PAGES):
            if group_offsets or len(kept) >= fixed_lines_need:
                offsets |= group_offsets
                _mark(found, kept)
    for lines in groups.values():  # a header on two pages: trusted when it follows `offsets`
        for kept, group_offsets in _running(lines, 2):
            if group_offsets and group_offsets <= offsets:
                _mark(found, kept)
    return dict(found)


def _edge_lines(page) -> list[_EdgeLine]:
    lines = page.text.splitlines()
    filled = [i for i, line in enumerate(lines) if line.strip()]
    top, bottom = filled[:EDGE_LINES], filled[-EDGE_LINES:]
    edges = [(i, "top") for i in top] + [(i, "bottom") for i in bottom if i not in top]
    found = []
    for index, edge in edges:
        line = _SPACES.sub(" ", lines[index].strip().casefold())
        if len(line.split()) <= MAX_WORDS:
            numbers = tuple(int(n) for n in _NUMBER.findall(line))
            found.append(_EdgeLine(page.number, index, edge, _NUMBER.sub("#", line), numbers))
    return found


def _running(lines: list[_EdgeLine], min_pages: int) -> list[tuple[list[_EdgeLine], set[int]]]:
    """The sets of `lines` (one shape at one edge) whose numbers agree as running lines do,
    each on at least `min_pages` pages, with the page offsets their page numbers follow."""
    varying = [len({line.numbers[i] for line in lines}) > 1 for i in range(len(lines[0].numbers))]

    def signature(line: _EdgeLine) -> tuple[int, ...]:
        return tuple(n - line.page if moves else n for n, moves in zip(line.numbers, varying))

    by_signature = defaultdict(list)
    for line in lines:
        by_signature[signature(line)].append(line)
    result = []
    for sign, members in by_signature.items():
        if len({line.page for line in members}) >= min_pages:
            result.append((members, {n for n, moves in zip(sign, varying) if moves}))
    return result


def _mark(found: dict[int, set[int]], lines: list[_EdgeLine]) -> None:
    for line in lines:
        found[line.page].add(line.index)


def _drop(text: str, indexes: set[int]) -> str:
    if not indexes:
        return text
    return "\n".join(line for i, line in enumerate(text.splitlines()) if i not in indexes)

