"""How well the document supports each sentence of a summary, as a reader sees it.

- "supported": the passages it is traced to state every claim it makes, and share most of
  its words;
- "partly": nothing in it is invented, but some claim is stated only elsewhere in the
  document, or few of its words are in its passages (a blend or a loose paraphrase), or it
  negates what its passage states, or states what its passage negates (polarity.py);
- "not_found": it states a claim the document does not, or nothing in the document
  resembles it, or the model check (when asked for) says its passage does not support it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from app.core.grounding.checks import APP_REFERENCE, ClaimCheck, check_claims
from app.core.grounding.passages import Passage
from app.core.grounding.polarity import clauses, polarity_clash
from app.core.grounding.support import PassageIndex

TRACED = 3  # passages looked at for a sentence: a summary sentence may join two or three
NEAR_BEST = 0.8  # ...and it is traced to those with nearly the best one's share of its words
WEAK = 0.5  # below this share of its weight in its passages, support is weak
NONE = 0.2  # below this, nothing in the document resembles the sentence

# The model check: (sentence, passage) -> True/False, or None when it could not answer.
Judge = Callable[[str, str], "bool | None"]


@dataclass(frozen=True)
class SentenceSupport:
    sentence: str
    level: str  # "supported", "partly" or "not_found"
    passages: tuple[tuple[Passage, float], ...]  # traced to, best first, with their share
    claims: tuple[ClaimCheck, ...]


def sentence_support(sentence: str, passages: list[Passage] | PassageIndex,
                     document_text: str, *, judge: Judge | None = None) -> SentenceSupport:
    """Trace `sentence` to its passages and check its claims and its polarity. `judge` (the
    model check, off unless given) is asked only where words leave doubt: a sentence they
    do not find fully supported."""
    index = passages if isinstance(passages, PassageIndex) else PassageIndex(passages)
    found = index.best(sentence, TRACED)
    top = max((share for _, share in found), default=0.0)
    found = [(p, share) for p, share in found if share >= NEAR_BEST * top]
    traced = " ".join(p.text for p, _ in found)
    claims = check_claims(sentence, traced, document_text, _pages(index.passages),
                          [(p.page, p.text) for p, _ in found])
    claims += _opposite(sentence, [p for p, _ in found])
    best = index.joint_share(sentence, [p for p, _ in found])
    level = _level(best, claims)
    if judge and found and level != "supported":
        if judge(APP_REFERENCE.sub("", sentence), found[0][0].text) is False:
            claims.append(ClaimCheck(sentence, "meaning", "not_found", None))
            level = "not_found"
    return SentenceSupport(sentence, level, tuple(found), tuple(claims))


def _opposite(sentence: str, found: list[Passage]) -> list[ClaimCheck]:
    """A "negation" claim when the sentence's polarity differs from its passages': its
    clause, and the page of the passage clause it contradicts."""
    clash = polarity_clash(APP_REFERENCE.sub("", sentence), " ".join(p.text for p in found))
    if clash is None:
        return []
    first = clauses(clash.passage_clause)[0]
    page = next((p.page for p in found if first in p.text), found[0].page)
    return [ClaimCheck(clash.sentence_clause.rstrip(" ."), "negation", "opposite", page)]


def _level(best: float, claims: list[ClaimCheck]) -> str:
    if best < NONE or any(c.status == "not_found" for c in claims):
        return "not_found"
    if best < WEAK or any(c.status in ("elsewhere", "opposite") for c in claims):
        return "partly"
    return "supported"


def _pages(passages: list[Passage]) -> list[tuple[int, str]]:
    pages: dict[int, list[str]] = {}
    for passage in passages:
        pages.setdefault(passage.page, []).append(passage.text)
    return [(number, " ".join(texts)) for number, texts in pages.items()]
