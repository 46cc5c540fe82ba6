"""Give each sentence or bullet of a summary the pages it came from, e.g. "(p. 12–13)".

Small models do not cite reliably, so the pages are found afterwards: each summary unit is
matched against every page by the rare words they share (weighted by how few pages use
them). A unit that matches nothing well gets no reference rather than a wrong one.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from app.core.summarize.prompts import page_label

MIN_SCORE = 0.25  # share of a unit's weight that must be found on its best page
NEAR_BEST = 0.8  # neighbouring pages this close to the best are cited with it
_BULLET = re.compile(r"^\s*(?:[-*•]|\d+[.)])\s+")
_SENTENCE_END = re.compile(r"(?<=[.!?。！？])\s+")
_STOPWORDS = frozenset(
    "the and for that with this from are was were has have had not but its his her their "
    "which will would can could should also into than then there these those such been "
    "being about over under more most other some any all each per our your they them".split()
)


@dataclass(frozen=True)
class SourcePage:
    number: int
    text: str
    heading: str | None = None


def terms(text: str) -> list[str]:
    """Lower-case content words; long runs of unspaced script (Thai, Chinese) as trigrams."""
    out = []
    for word in re.findall(r"\w+", text.lower()):
        if len(word) > 6 and not word.isascii():
            out.extend(word[i : i + 3] for i in range(len(word) - 2))
        elif len(word) >= 3 and word not in _STOPWORDS or word.isdigit():
            out.append(word)
    return out


class PageIndex:
    def __init__(self, pages: Sequence[SourcePage]):
        self.pages = list(pages)
        self.page_terms = [set(terms(p.text)) for p in self.pages]
        document_frequency = Counter(t for page in self.page_terms for t in page)
        total = max(len(self.pages), 1)
        self.weight = {t: math.log(1 + total / n) for t, n in document_frequency.items()}

    def best_pages(self, unit: str) -> list[int]:
        """Positions in self.pages (a contiguous run) that best support `unit`."""
        wanted = {t for t in terms(unit) if t in self.weight}
        if not wanted:
            return []
        total = sum(self.weight[t] for t in wanted)
        scores = [sum(self.weight[t] for t in wanted & page) / total for page in self.page_terms]
        best = max(range(len(scores)), key=scores.__getitem__)
        if scores[best] < MIN_SCORE:
            return []
        first = last = best
        while first > 0 and scores[first - 1] >= NEAR_BEST * scores[best]:
            first -= 1
        while last + 1 < len(scores) and scores[last + 1] >= NEAR_BEST * scores[best]:
            last += 1
        return list(range(first, last + 1))

    def reference(self, unit: str, paginated: bool) -> str:
        found = self.best_pages(unit)
        if not found:
            return ""
        return reference_label(self.pages[found[0]], self.pages[found[-1]], paginated)


def reference_label(first: SourcePage, last: SourcePage, paginated: bool) -> str:
    """"(p. 12–13)", or for a document without pages its section: "(§ Scope)"."""
    if paginated:
        return f"({page_label(first.number, last.number)})"
    if first.heading:
        return f"(§ {first.heading})"
    return f"(section {first.number})" if first == last else (
        f"(sections {first.number}–{last.number})")


def cite(summary: str, pages: Sequence[SourcePage], *, paginated: bool) -> str:
    """The summary with a page (or section) reference after each bullet or sentence."""
    index = PageIndex(pages)
    lines = []
    for line in summary.splitlines():
        if not line.strip():
            lines.append(line)
        elif _BULLET.match(line):
            lines.append(_with_reference(line, index, paginated))
        else:
            sentences = _SENTENCE_END.split(line.strip())
            lines.append(" ".join(_with_reference(s, index, paginated) for s in sentences))
    return "\n".join(lines)


def _with_reference(unit: str, index: PageIndex, paginated: bool) -> str:
    reference = index.reference(unit, paginated)
    if not reference:
        return unit
    body = unit.rstrip()
    end = body[-1] if body[-1] in ".!?。！？" else ""
    return f"{body[: len(body) - len(end)]} {reference}{end}"
