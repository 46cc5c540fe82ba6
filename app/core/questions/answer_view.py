"""What the window shows of a checked answer: where each checked sentence ends in the
stored answer (to put its mark there), and the page behind a sentence with the passage the
model was given there shaded. Worked out off the GUI thread; the widgets only draw it."""

from __future__ import annotations

from dataclasses import dataclass

from app.core.questions.checking import with_reference
from app.core.store import Store
from app.core.summarize.cite import terms
from app.core.summarize.source_view import SourceView, highlight


@dataclass(frozen=True)
class AnswerSource:
    document: str  # the document's file name
    view: SourceView  # its page, the passage shaded


def sentence_ends(text: str, checks: list[dict]) -> list[int]:
    """Where each checked sentence (with the reference the check wrote) ends in `text`,
    the answer as stored; -1 for one not found (an answer stored before the checks' form).
    The check wrote the answer from these very pieces, in this order."""
    ends, cursor = [], 0
    for row in checks:
        written = row["text"] if row["level"] == "not_stated" else with_reference(
            row["text"], row["reference"])
        at = text.find(written, cursor)
        if at < 0:
            ends.append(-1)
            continue
        cursor = at + len(written)
        ends.append(cursor)
    return ends


def answer_source(store: Store, message_id: int, index: int) -> AnswerSource | None:
    """The page of sentence `index`'s best source, with the passage given to the model
    there that shares most words with the sentence shaded; None when no page supports it
    (a sentence found nowhere keeps the passages nearest to it, which do not support it)."""
    sources, checks = store.answer_sources(message_id)
    row = next((r for r in checks if r["idx"] == index), None)
    if row is None or not row["sources"] or sources is None or row["level"] == "not_found":
        return None
    best = row["sources"][0]
    where = (best["document_id"], best["page"])
    ids = [p["id"] for p in sources["passages"] if (p["document_id"], p["page"]) == where]
    given = [store.db["passages"].get(i) for i in ids]
    page = next((p for p in store.pages(where[0]) if p["number"] == where[1]), None)
    if page is None:  # the document's text was erased since
        return None
    words = set(terms(row["text"]))
    passage = max(given, key=lambda p: len(words & set(terms(p["text"]))), default=None)
    start, end = (passage["start"], passage["end"]) if passage else (0, 0)
    view = SourceView(page["number"], page["heading"],
                      highlight(page["text"], start, end, row["text"]), row)
    return AnswerSource(store.document(where[0])["name"], view)
