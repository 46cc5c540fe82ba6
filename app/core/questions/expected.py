"""What kind of fact a question asks for, read from its words: a figure ("how much",
"berapa", "bao nhiêu", "เท่าไร"), a date ("when", "kapan", "khi nào", "เมื่อไร") or a name
("who", "siapa", "ai", "ใคร"). An answer that states nothing of that kind from the passages
about the question has not answered, however closely its sentences follow them: the demo
model, asked what the documents do not say, copies a nearby sentence rather than say so,
or a figure the documents give for something else. The checker flags it."""

from __future__ import annotations

import re

# The claim kinds (grounding/checks.py) that answer each kind of question.
ANSWERED_BY = {"quantity": ("quantity",), "date": ("date", "year"), "name": ("name", "acronym")}
_KIND_WORDS = {"quantity": "figure", "date": "date", "name": "name"}  # as a sentence says them
# The words that ask for each, in English, Bahasa Indonesia and Melayu, Vietnamese and Thai.
_ASKS = (
    ("quantity", r"\bhow (?:much|many|long|often|far|large|big|high|old)\b"
                 # "what is the fee", "what interest rate", "what was the population"
                 r"|^\W*what\b(?:\W+\w+){0,3}?\W+(?:amount|cost|price|fee|rate|number|"
                 r"percentage|share|total|value|size|limit|sum|salary|wage|fine|budget|"
                 r"population|premium|income|revenue|turnover)s?\b"
                 r"|\bberapa\b|\bbao nhiêu\b|เท่า(?:ไร|ไหร่)|\bกี่"),
    ("date", r"^\W*when\b|\bwhat (?:date|year|day|month)\b|\bby when\b|\bon which date\b"
             r"|\bkapan\b|\bbila(?:kah)?\b|\bbilamana\b|\bkhi nào\b|\bngày nào\b|\bnăm nào\b"
             r"|เมื่อ(?:ไร|ไหร่)"),
    ("name", r"^\W*who(?:m|se)?\b|\bwhich (?:company|bank|person|organi[sz]ation|agency|firm|"
             r"party|ministry|department|insurer|hospital)\b|\bsiapa\b|ใคร"),
)
# Vietnamese "ai" (who) is English "AI" too: it counts only in a question written with the
# letters Vietnamese has and its neighbours lack ("Ai là chủ nhà?").
_VIETNAMESE_WHO = re.compile(r"\bai\b", re.IGNORECASE)
_VIETNAMESE = re.compile("[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]", re.IGNORECASE)
_LATIN = re.compile(r"[A-Za-z]")


def expected_kind(question: str) -> str | None:
    """"quantity", "date" or "name", or None for a question of another kind ("why", "what
    does … cover")."""
    for kind, words in _ASKS:
        if re.search(words, question, re.IGNORECASE):
            return kind
    if _VIETNAMESE_WHO.search(question) and _VIETNAMESE.search(question):
        return "name"
    return None


def gives_no(question: str, answer: str, stated: set[str]) -> str:
    """The kind the question asks for when none of the claim kinds the answer `stated`
    from the passages about the question (checking.py) is of that kind; "" when it is
    answered, or when the check cannot tell: names are found by their capitals, so an
    answer in a script without them (Thai) is not checked for one."""
    kind = expected_kind(question)
    if kind is None or (kind == "name" and not _LATIN.search(answer)):
        return ""
    return "" if stated & set(ANSWERED_BY[kind]) else kind


def gives_no_note(kind: str) -> str:
    """The terminal's and the export's words for it (the window has its own, translated)."""
    return (f"The question asks for a {_KIND_WORDS[kind]}; the answer gives none that the "
            "passages about it state: the documents may not say.")
