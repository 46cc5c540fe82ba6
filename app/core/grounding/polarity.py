"""Does a summary sentence say the opposite of the passage it is traced to?

"Triage times did not fall" shares every content word with "Triage times fell by 22%":
word overlap calls it supported. What differs is polarity, a negation cue ("not", "no",
"never", "no longer", "tidak", "bukan", "không", "ไม่", "不", "没有") that governs the claim
in one text and not in the other.

Negation is scoped to a clause, so both texts are cut into clauses (at commas, semicolons
and contrast words such as "but" or "while"); each clause of the sentence is paired with the
passage clause that holds most of its weight, and the pair is compared. A negation in
another clause of the passage ("…, but not to insurers") is not held against a sentence
about the rest. Forms that look negative but state an affirmative or a bound are not cues:
"not only … but also", "no fewer than", "no later than", "not least", "nothing but", and
two cues in one clause cancel ("not uncommon", "not without", "no … failed to"; but
"neither … nor" is one).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from app.core.grounding.support import terms

# Cues in the users' languages. Vietnamese "không" and Chinese "不", "未", "无", "非" also
# begin words that negate nothing ("không khí" air, "未来" future, "非常" very): those are
# taken out first (_NOT_CUES).
_CUE = re.compile(
    r"\b(?:no\s+longer|not|no|never|none|nobody|nothing|neither|nor|without|cannot|can't|"
    r"won't|"
    r"isn't|aren't|wasn't|weren't|don't|doesn't|didn't|hasn't|haven't|hadn't|shouldn't|"
    r"wouldn't|couldn't|mustn't|needn't|fail(?:s|ed)?\s+to|"
    r"tidak|tak|bukan|belum|tiada|tanpa|jangan|"
    r"không|chưa|chẳng|chả|đừng)\b|n['’]t\b|ไม่|มิได้|หาใช่|没有|沒有|没|沒|不|未|无|無|非|别|別",
    re.IGNORECASE)
# Look negative, state something else: an affirmative, a bound, a contrast, a compound.
_NOT_CUES = re.compile(
    r"\b(?:not|no)\s+(?:only|just|merely|simply)\b|"  # not only … but also
    r"\b(?:no|not)\s+(?:fewer|less|more|later|earlier|greater|higher|lower|sooner|"
    r"longer|shorter|smaller|larger|bigger)\s+than\b|"  # a bound: "no fewer than 172"
    r"\bnot\s+un(?!i|der|til)[a-z]{4,}|"  # "not uncommon": a double negative, affirmative
    r"\bnot\s+least\b|\bnothing\s+but\b|\bno\s+doubt\b|\bwithout\s+(?:doubt|exception)\b|"
    r"\bnot\s+to\s+mention\b|\bnone\s+other\s+than\b|\bno\.\s?\d|"
    r"\btidak\s+hanya\b|\bbukan\s+(?:hanya|saja|sahaja)\b|\btak\s+hanya\b|"
    r"\bkhông\s+(?:chỉ|những|gian|khí|quân|phận|ảnh|lâu)\b|"
    r"ไม่เพียง(?:แต่)?|ไม่ว่า|ไม่กี่|"
    r"不仅|不僅|不但|不过|不過|不断|不斷|不少|不错|不錯|不久|不管|不同|不论|不論|"
    r"未来|未來|无论|無論|非常|并非只|除非|不得不",
    re.IGNORECASE)
# Where a clause ends: punctuation and the words that join two statements.
_CLAUSE = re.compile(
    r"[.!?](?=\s+\D|$)|(?<!\d),|,(?!\d)|[;:()\u2013\u2014]|\s-\s|[，；：、。]|"
    r"\b(?:but|while|whereas|although|however|unlike|except|"
    r"tetapi|tapi|namun|sedangkan|manakala|nhưng|trong khi)\b|但是|但|而|แต่|ส่วน",
    re.IGNORECASE)
MATCHED = 0.5  # a passage clause holding this share of a sentence clause's weight is its pair
MIN_TERMS = 2  # a clause of fewer content words says too little to pair ("in 2024")
WINDOW = 3  # consecutive passage clauses a sentence clause may be paired with
TIE = 0.05  # shares this close to the best are as good: the shortest span wins
PREFIX = 5  # letters of a word compared


@dataclass(frozen=True)
class PolarityClash:
    """The clauses of the sentence whose polarity differs from the passage clause they
    restate."""

    sentence_clause: str
    passage_clause: str
    negated_in_sentence: bool  # True: the sentence negates what the passage affirms

    @property
    def reason(self) -> str:
        if self.negated_in_sentence:
            return "the sentence negates what its passage states"
        return "the passage negates what the sentence states"


def negated(text: str) -> bool:
    """Whether a clause is negative: an odd number of negation cues (two cancel)."""
    return len(_cues(text)) % 2 == 1


def _cues(text: str) -> list[str]:
    found = [cue.lower() for cue in _CUE.findall(_NOT_CUES.sub(" ", text))]
    if "neither" in found and "nor" in found:  # "neither … nor" is one negation, not two
        found.remove("nor")
    return found


def clauses(text: str) -> list[str]:
    return [c.strip() for c in _CLAUSE.split(text) if c and c.strip()]


def polarity_clash(sentence: str, passage: str) -> PolarityClash | None:
    """The first clause of `passage` whose polarity differs from that of the sentence's
    clauses that restate it; None when they agree.

    Each clause of the sentence is paired with the run of passage clauses holding most of
    its weight, and within it with the clause holding most (its head). The sentence clauses
    paired with one passage clause are read together, so a sentence that cuts its subject
    off ("At 62% of the banks, data may not leave …") keeps its negation."""
    parts = clauses(passage)
    if not parts:
        return None
    spans = _spans(parts)
    paired: dict[int, list[str]] = {}
    for clause in clauses(sentence):
        words = _content(clause)
        head = _head(words, spans, parts) if len(words) >= MIN_TERMS else None
        if head is not None:
            paired.setdefault(head, []).append(clause)
    for head, theirs in sorted(paired.items()):
        mine = ", ".join(theirs)
        if negated(mine) != negated(parts[head]):
            return PolarityClash(mine, parts[head], negated(mine))
    return None


def _spans(parts: list[str]) -> list[tuple[range, set[str]]]:
    """Runs of up to WINDOW consecutive clauses, shortest first: a parenthesis or an aside
    may cut a passage's subject from its verb ("The Authority (MAS) requires …")."""
    return [(range(start, start + size), set().union(*map(_content, parts[start:start + size])))
            for size in range(1, WINDOW + 1) for start in range(len(parts) - size + 1)]


def _head(words: set[str], spans: list[tuple[range, set[str]]], parts: list[str]) -> int | None:
    """The passage clause a sentence clause restates: in the shortest run of clauses that
    holds (nearly) the best share of its words, the clause holding most of them. None when
    no run holds enough of them to be sure."""
    shares = [(_share(words, held), run, held) for run, held in spans]
    best = max(share for share, _, _ in shares)
    share, run, held = next(item for item in shares if item[0] >= best - TIE)
    if share < MATCHED or len(words & held) < MIN_TERMS:
        return None
    return max(run, key=lambda i: (_share(words, _content(parts[i])), -i))


# Words that carry no claim: auxiliaries and adverbs a negation brings along ("did not",
# "had not yet"), compared with nothing.
_FILLER = frozenset("do does did doe done had has have yet still ever already any".split())


def _content(text: str) -> set[str]:
    """A clause's content words, the cues left out: they are what is being compared. Cut
    to their first five letters, enough to meet "requires" with "require" and
    "deploying" with "deployed"."""
    words = terms(_CUE.sub(" ", _NOT_CUES.sub(" ", text)))
    return {w[:PREFIX] if w.isalpha() and w.isascii() else w for w in words
            if w not in _FILLER}


def _share(words: set[str], held: set[str]) -> float:
    # longer words weigh more ("approv" outweighs "bank"); digits and CJK pairs count too
    weight = {w: min(len(w), PREFIX) for w in words}
    return sum(weight[w] for w in words & held) / sum(weight.values())
