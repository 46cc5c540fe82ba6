"""Find the passages of some documents that a question is about.

The passages (sentences, with their page) are indexed once per document in SQLite's FTS5
(migration m007) and ranked there with BM25. The index has no stemmer, since the documents
are in several languages; a question word is asked for as a prefix instead ("fees" as
`fee*`), which meets plurals and most inflections in the Latin-script languages.

BM25 has no scale, so whether anything relevant was found is judged on another measure:
the share of the question's weight a passage holds, each word weighted by how rare it is
among the passages (its inverse document frequency). A question about dental cover asked
of a fee study finds passages holding "cover" at most: a small share, and the app says the
documents do not say, without asking the model.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from app.core.grounding import split_passages
from app.core.questions.unspaced import UNSPACED, unspaced_terms
from app.core.store import Store

CANDIDATES = 60  # best BM25 passages looked at for one question
UNSPACED_CANDIDATES = 2000  # passages holding a piece of an unspaced question, ranked here
# Below this share of the question's weight in the best passage, nothing relevant was
# found. Chosen on tests/data/questions_eval (see its README): every answerable question
# there scores at least 0.45, and most questions about what the documents lack score
# lower; the rest are left to the prompt ("not stated") and the claim check.
MIN_RELEVANCE = 0.4
_WORD = re.compile(r"[^\W_]+", re.UNICODE)
# Question words and the commonest function words: they say nothing of what is asked.
_STOPWORDS = frozenset(
    "a an the and or of to in on at by for with from as is are was were be been being has "
    "have had it its this that these those which who whom whose what when where why how "
    "will would can could should may does do did there their they them such about into "
    "than then any all each not but if so many much long kind say said says according "
    "document documents yang dan di ke dari untuk pada dengan ini itu adalah apa berapa "
    "siapa kapan".split())


@dataclass(frozen=True)
class FoundPassage:
    id: int
    document_id: int
    page: int
    start: int
    end: int
    text: str
    relevance: float  # share of the question's weight this passage holds (0–1)


def index_documents(store: Store, document_ids: list[int]) -> None:
    """Cut each document's stored pages into passages and index them, once."""
    for document_id in document_ids:
        if store.has_passages(document_id):
            continue
        pages = [(p["number"], p["text"]) for p in store.pages(document_id)]
        store.save_passages(document_id, [
            {"page": p.page, "start": p.start, "end": p.end, "text": p.text}
            for p in split_passages(pages)])


def question_terms(question: str) -> list[str]:
    """The question's content words as prefixes, without repeats, in their order."""
    seen: dict[str, None] = {}
    for word in _WORD.findall(UNSPACED.sub(" ", question.lower())):  # see unspaced.py
        if word in _STOPWORDS or (len(word) < 2 and not word.isdigit()):
            continue
        seen.setdefault(_prefix(word), None)
    return list(seen)


def _prefix(word: str) -> str:
    """Enough to meet "fees" with "fee" and "companies" with "company"."""
    if word.isdigit():
        return word
    if word.endswith("ies") and len(word) > 5:
        return word[:-3]
    for suffix in ("ing", "ed", "s"):
        if word.endswith(suffix) and not word.endswith("ss") and len(word) - len(suffix) >= 3:
            return word[: -len(suffix)]
    return word


def _fts(term: str) -> str:
    return '"' + term.replace('"', '""') + '"*'


def find_passages(store: Store, question: str, document_ids: list[int]) -> list[FoundPassage]:
    """The passages that hold most of the question's weight, best first (BM25 breaks
    ties); empty when the question has no content word or the documents none of them."""
    terms, pieces = question_terms(question), unspaced_terms(question)
    if not (terms or pieces) or not document_ids:
        return []
    total = store.count_passages(document_ids)
    idf = {t: _idf(total, store.count_passages(document_ids, _fts(t))) for t in terms}
    inside = {p: _idf(total, store.count_containing(p, document_ids)) for p in pieces}
    rows = store.search_passages(" OR ".join(map(_fts, terms)), document_ids,
                                 CANDIDATES) if terms else []
    if pieces:  # unranked by SQLite: all that hold a piece, ranked here by their share
        rows += store.passages_containing(pieces, document_ids, UNSPACED_CANDIDATES)
    rows = list({r["id"]: r for r in rows}.values())
    weight = sum(idf.values()) + sum(inside.values())

    def share(text: str) -> float:
        held = _held(text, idf) + sum(w for piece, w in inside.items() if piece in text)
        return round(held / weight, 3)

    found = [FoundPassage(r["id"], r["document_id"], r["page"], r["start"], r["end"],
                          r["text"], share(r["text"])) for r in rows]
    # Python's sort is stable: among equal shares, FTS5's BM25 order stays.
    return sorted(found, key=lambda p: -p.relevance)[:CANDIDATES]


def _idf(total: int, holding: int) -> float:
    return math.log(1 + (total - holding + 0.5) / (holding + 0.5))


def _held(text: str, idf: dict[str, float]) -> float:
    words = _WORD.findall(text.lower())
    return sum(weight for term, weight in idf.items()
               if any(w.startswith(term) for w in words))


def relevant(found: list[FoundPassage]) -> bool:
    return bool(found) and found[0].relevance >= MIN_RELEVANCE
