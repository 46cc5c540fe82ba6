"""The words that carry weight in a question, a passage or a note: content words cut to a
prefix ("fees" is looked for as `fee*`), each weighted by how rare it is among the passages
(its inverse document frequency). Retrieval (retrieval.py) and the notes' leads
(note_leads.py) weigh text the same way."""

from __future__ import annotations

import math
import re

from app.core.grounding.names import find_names
from app.core.questions.unspaced import UNSPACED

WORD = re.compile(r"[^\W_]+", re.UNICODE)
# Question words and the commonest function words: they say nothing of what is asked.
_STOPWORDS = frozenset(
    "a an the and or of to in on at by for with from as is are was were be been being has "
    "have had it its this that these those which who whom whose what when where why how "
    "will would can could should may does do did there their they them such about into "
    "than then any all each not but if so many much long kind say said says according "
    "document documents yang dan di ke dari untuk pada dengan ini itu adalah apa berapa "
    "siapa kapan".split())


def question_terms(question: str) -> list[str]:
    """The text's content words as prefixes, without repeats, in their order."""
    seen: dict[str, None] = {}
    for written in WORD.findall(UNSPACED.sub(" ", question)):  # see unspaced.py
        word = written.lower()
        if word in _STOPWORDS or (len(word) < 2 and not word.isdigit()):
            continue
        seen.setdefault(_prefix(word, proper=written[0].isupper()), None)
    return list(seen)


def question_names(question: str) -> list[list[str]]:
    """The terms of each name the question gives ("hospitals in Malaysia", "the Board of
    Registration": [["malaysia"], ["board", "registration"]])."""
    return [terms for name in find_names(question) if (terms := question_terms(name.text))]


def _prefix(word: str, proper: bool = False) -> str:
    """Enough to meet "fees" with "fee", "companies" with "company", "branches" with
    "branch", and a people's or a language's adjective with its country ("Malaysian",
    "Singaporean", "Vietnamese": the questions of this region's users name them so), when
    written with a capital (`proper`), so that "median" stays itself."""
    if word.isdigit():
        return word
    if word.endswith("ies") and len(word) > 5:
        return word[:-3]
    if re.search(r"(?:ss|sh|ch|x|z)es$", word):
        return word[:-2]
    for suffix in ("ese", "ean", "ian", "an") if proper else ():
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: -len(suffix)]
    for suffix in ("ing", "ed", "s"):
        if word.endswith(suffix) and not word.endswith("ss") and len(word) - len(suffix) >= 3:
            return word[: -len(suffix)]
    return word


def idf(total: int, holding: int) -> float:
    """How rare a word held by `holding` of `total` passages is (BM25's own measure)."""
    return math.log(1 + (total - holding + 0.5) / (holding + 0.5))


def holds(text: str, term: str) -> bool:
    return any(word.startswith(term) for word in WORD.findall(text.lower()))


def held(text: str, weights: dict[str, float]) -> float:
    """The weight of the terms (prefixes) that `text` holds."""
    words = WORD.findall(text.lower())
    return sum(weight for term, weight in weights.items()
               if any(w.startswith(term) for w in words))
