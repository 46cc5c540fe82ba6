"""Find the passages of a document that best support a summary sentence.

Ranking is Okapi BM25 over the passages, the standard for short-text retrieval. It is
written out here (a dozen lines) rather than taken from `bm25s` or `rank_bm25`: both would
still need our own tokenizer for Thai and Chinese (no spaces between words), `rank_bm25`
is no longer maintained, and the formula is the whole of what they would add.

The score returned with each passage is not the BM25 value (which has no scale) but the
share of the sentence's weight, each word weighted by how rare it is in the document,
that the passage contains: 1.0 when every content word is there, below about 0.5 when the
support is weak (the model check and the "partly" level use that).
"""

from __future__ import annotations

import math
import re
from collections import Counter

from app.core.grounding.passages import Passage

K1, B = 1.5, 0.75  # the usual BM25 constants
_WORD = re.compile(r"\d+(?:[.,]\d+)*|[^\W\d_]+", re.UNICODE)
_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
_THAI = re.compile(r"[\u0e00-\u0e7f]")
_STOPWORDS = frozenset(
    "a an the and or of to in on at by for with from as is are was were be been being has "
    "have had it its this that these those which who whom will would can could should may "
    "also into than then there their they them such about over under more most other some "
    "any all each per our your not but yang dan di ke dari untuk pada dengan ini itu adalah "
    "của và là các những được trong cho với có".split()
)


def terms(text: str) -> list[str]:
    """Content words, lower-cased and lightly stemmed; Chinese as character pairs and
    Thai as character triples, since neither marks where a word ends."""
    out = []
    for word in _WORD.findall(text.lower()):
        if _CJK.match(word):
            out.extend(word[i : i + 2] for i in range(max(len(word) - 1, 1)))
        elif _THAI.match(word):
            out.extend(word[i : i + 3] for i in range(max(len(word) - 2, 1)))
        elif word[0].isdigit():
            out.append(word.replace(",", ""))
        elif word not in _STOPWORDS and len(word) > 1:
            out.append(_stem(word))
    return out


def _stem(word: str) -> str:
    """Enough to meet "users" with "user" and "rates" with "rate"; not a linguist's stem."""
    for suffix in ("ies", "es", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3 and not word.endswith("ss"):
            return word[: -len(suffix)] + ("y" if suffix == "ies" else "")
    return word


class PassageIndex:
    """The passages of one document, indexed once for many sentences."""

    def __init__(self, passages: list[Passage]):
        self.passages = passages
        self.counts = [Counter(terms(p.text)) for p in passages]
        lengths = [sum(c.values()) for c in self.counts]
        self.lengths = lengths
        self.average = sum(lengths) / max(len(lengths), 1) or 1.0
        self.postings: dict[str, list[int]] = {}  # term -> the passages holding it
        for i, counts in enumerate(self.counts):
            for term in counts:
                self.postings.setdefault(term, []).append(i)
        frequency = {t: len(held) for t, held in self.postings.items()}
        n = len(passages)
        self.idf = {t: math.log(1 + (n - f + 0.5) / (f + 0.5)) for t, f in frequency.items()}

    def bm25(self, query: set[str], i: int) -> float:
        counts, norm = self.counts[i], K1 * (1 - B + B * self.lengths[i] / self.average)
        return sum(self.idf[t] * counts[t] * (K1 + 1) / (counts[t] + norm)
                   for t in query if t in counts)

    def coverage(self, query: set[str], i: int) -> float:
        total = sum(self.idf.get(t, 1.0) for t in query)  # a word the document lacks counts too
        found = sum(self.idf[t] for t in query if t in self.counts[i])
        return found / total if total else 0.0

    def joint_share(self, sentence: str, chosen: list[Passage]) -> float:
        """The share of `sentence`'s weight that the `chosen` passages hold together."""
        query = set(terms(sentence))
        held = set().union(*(terms(p.text) for p in chosen)) if chosen else set()
        total = sum(self.idf.get(t, 1.0) for t in query)
        return sum(self.idf[t] for t in query if t in held) / total if total else 0.0

    def best(self, sentence: str, k: int = 3) -> list[tuple[Passage, float]]:
        query = set(terms(sentence))
        candidates = {i for t in query for i in self.postings.get(t, ())}
        scores = {i: self.bm25(query, i) for i in candidates}
        ranked = sorted(candidates, key=lambda i: (-scores[i], i))[:k]
        return [(self.passages[i], round(self.coverage(query, i), 3)) for i in ranked]


def find_support(sentence: str, passages: list[Passage], k: int = 3) -> list[tuple[Passage, float]]:
    """The `k` passages that best support `sentence`, best first, each with the share of the
    sentence's weight it holds (0–1). Index once with PassageIndex for many sentences."""
    return PassageIndex(passages).best(sentence, k)
