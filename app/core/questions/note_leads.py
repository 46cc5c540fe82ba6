"""A document's summary notes as leads to its passages (issue #17 point 2).

A document summarised in several parts has the model's notes of each part
(summarize/notes.py): its facts, figures, names, dates and obligations, one per line, in
words the model chose. A question worded unlike the document ("the monthly rent" of a
lease that says "the sum payable on the first day of each month") can meet a note line
where it meets no passage. The notes never answer: they are the model's words, and an
answer must come from the document and be checked against it. A note line only leads to
the passage of its part that it was written from, the one holding most of the line's own
weight (its names, figures and words); that passage is given to the model like any other.
A line that no passage of its part mostly holds (an invented figure, several sentences run
together) leads nowhere. Notes in scripts written without spaces have no words to trace
this way and lead nowhere either.
"""

from __future__ import annotations

from collections.abc import Callable

from app.core.questions.terms import WORD, idf, question_terms
from app.core.store import Store
from app.core.summarize.prompts import load_prompts

# The share of a note line's weight (rare words weigh more) its source passage must hold.
# The notes prompt asks for names, numbers and amounts exactly as written, so a faithful
# line shares most of its weight with the sentence it was written from.
SOURCE_SHARE = 0.5


def note_leads(store: Store, document_ids: list[int], share: Callable[[str], float],
               floor: float) -> dict[int, tuple[dict, float]]:
    """{passage id: (passage row, relevance)} for the passages that note lines holding at
    least `floor` of the question lead to; relevance is the line's share of the question
    (`share`): the passage counts as holding what its note says of it."""
    leads: dict[int, tuple[dict, float]] = {}
    for part in store.map_notes(document_ids):
        if not _are_notes(part["prompt_version"]):
            continue  # an older prompt set: a part's summary in a style, not its notes
        lines = [(line, holds) for line in _lines(part["result"])
                 if (holds := share(line)) >= floor]
        if not lines:
            continue
        passages = store.passages_between(part["document_id"], part["first_page"],
                                          part["last_page"])
        words = [WORD.findall(p["text"].lower()) for p in passages]
        for line, holds in lines:
            source, sourced = _source(line, passages, words)
            if source is None or sourced < SOURCE_SHARE:
                continue
            if holds > leads.get(source["id"], (source, 0.0))[1]:
                leads[source["id"]] = (source, holds)
    return leads


def _are_notes(prompt_version: str) -> bool:
    try:
        return load_prompts(prompt_version).reads_once
    except (OSError, ValueError):  # a prompt set this version no longer ships
        return False


def _lines(notes: str) -> list[str]:
    """The note lines, without their bullets."""
    return [line.strip().lstrip("-*•").strip() for line in notes.splitlines() if line.strip()]


def _source(line: str, passages: list[dict], words: list[list[str]]) -> tuple[dict | None,
                                                                               float]:
    """The passage holding the largest share of the line's weight, with that share; each
    word weighted by how rare it is among the part's passages."""
    terms = question_terms(line)
    if not terms or not passages:
        return None, 0.0
    holding = {t: [any(w.startswith(t) for w in ws) for ws in words] for t in terms}
    weights = {t: idf(len(passages), sum(holds)) for t, holds in holding.items()}
    scores = [sum(weights[t] for t in terms if holding[t][i]) for i in range(len(passages))]
    best = max(range(len(passages)), key=scores.__getitem__)
    return passages[best], scores[best] / sum(weights.values())
