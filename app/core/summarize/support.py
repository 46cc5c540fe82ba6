"""PROVISIONAL — replaced when the `claims` branch (issue #10, point 2) is merged: its
module keeps these names and signatures, with a real passage finder and a claim checker
that understands quantities, dates and names.

Until then this is the simplest honest version of that API, built from what the app
already has: passages are the sentences of each page, found by the rare words they share
with a summary sentence (the weighting of `cite.py`), and claims are those of
`grounding.py`, looked up literally (after normalising spacing and case) in the
supporting passage, then in the whole document.

`ClaimCheck.where` is the character offset of the claim in `document_text` (None when it
is not found): the caller, who knows the pages, turns it into a page.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache

from app.core.summarize.cite import terms
from app.core.summarize.grounding import claims, normalise

SUPPORTED = 0.5  # share of a sentence's word weight found in its best passage
PARTLY = 0.25
_BOUNDARY = re.compile(r"(?<=[.!?。！？])\s+|\n\s*\n")
_DATE_WORD = re.compile(r"jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec", re.IGNORECASE)


@dataclass(frozen=True)
class Passage:
    """A sentence of the document: its page and its span in that page's text."""

    page: int
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class ClaimCheck:
    text: str
    kind: str  # number | date | name
    status: str  # supported | elsewhere | not_found
    where: int | None = None  # offset in the document text where it was found


@dataclass(frozen=True)
class SentenceSupport:
    level: str  # supported | partly | not_found
    passages: list[tuple[Passage, float]] = field(default_factory=list)  # best first
    claims: list[ClaimCheck] = field(default_factory=list)


def split_passages(pages: list[tuple[int, str]]) -> list[Passage]:
    """Each page's sentences (and paragraphs without an end mark), with their offsets."""
    passages = []
    for number, text in pages:
        start = 0
        for boundary in [*_BOUNDARY.finditer(text), None]:
            end = boundary.start() if boundary else len(text)
            passages += _trimmed(number, text, start, end)
            start = boundary.end() if boundary else end
    return passages


def _trimmed(page: int, text: str, start: int, end: int) -> list[Passage]:
    piece = text[start:end]
    if not piece.strip():
        return []
    start += len(piece) - len(piece.lstrip())
    end -= len(piece) - len(piece.rstrip())
    return [Passage(page, start, end, text[start:end])]


@lru_cache(maxsize=20_000)
def _terms(text: str) -> frozenset[str]:
    return frozenset(terms(text))


def find_support(sentence: str, passages: list[Passage], k: int = 3
                 ) -> list[tuple[Passage, float]]:
    """The `k` passages that share the most rare words with `sentence`, with the share of
    the sentence's word weight each holds (0–1), best first. Words the document never
    uses count against every passage: an invented detail lowers the support."""
    wanted = _terms(sentence)
    if not wanted or not passages:
        return []
    held = [_terms(p.text) for p in passages]
    frequency = Counter(t for words in held for t in words & wanted)
    rarest = math.log(1 + len(passages))
    weight = {t: math.log(1 + len(passages) / frequency[t]) if frequency[t] else rarest
              for t in wanted}
    total = sum(weight.values())
    scored = [(p, sum(weight[t] for t in wanted & words) / total)
              for p, words in zip(passages, held)]
    scored.sort(key=lambda pair: pair[1], reverse=True)
    return [(p, round(score, 3)) for p, score in scored[:k] if score > 0]


def sentence_support(sentence: str, passages: list[Passage],
                     document_text: str) -> SentenceSupport:
    found = find_support(sentence, passages)
    best = found[0][1] if found else 0.0
    level = "supported" if best >= SUPPORTED else "partly" if best >= PARTLY else "not_found"
    source = found[0][0].text if found else ""
    checks = [_check(claim, source, document_text) for claim in claims(sentence)]
    if level == "supported" and any(c.status != "supported" for c in checks):
        level = "partly"  # the words match, but a name or figure is not in that passage
    return SentenceSupport(level, found, checks)


def _check(claim: str, passage: str, document_text: str) -> ClaimCheck:
    kind = ("date" if _DATE_WORD.search(claim) and re.search(r"\d", claim)
            else "number" if re.search(r"\d", claim) else "name")
    if normalise(claim) in normalise(passage):
        return ClaimCheck(claim, kind, "supported")
    where = _find(claim, document_text)
    return ClaimCheck(claim, kind, "not_found" if where is None else "elsewhere", where)


def _find(claim: str, text: str) -> int | None:
    pattern = r"\s+".join(re.escape(word) for word in claim.split())
    match = re.search(pattern, text, re.IGNORECASE)
    return match.start() if match else None
