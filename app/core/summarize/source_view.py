"""What the window shows beside a summary sentence: the page its best passage is on, cut
into plain text, the passage, and the passage's words that the sentence shares, so the
reader sees at a glance why the sentence is said to come from there. Worked out off the
GUI thread; the widget only turns the pieces into HTML."""

from __future__ import annotations

import re
from dataclasses import dataclass

from app.core.store import Store
from app.core.summarize.cite import terms


@dataclass(frozen=True)
class SourceView:
    page: int
    heading: str | None
    pieces: list[tuple[str, str]]  # (kind, text): kind is text | passage | word
    sentence: dict  # the stored sentence row


def source_of(store: Store, job_id: int, index: int) -> SourceView | None:
    """The page of sentence `index`'s best passage, with that passage marked; None when
    the sentence has no passage (nothing in the document supports it)."""
    rows = store.sentences(job_id)
    row = next((r for r in rows if r["idx"] == index), None)
    if row is None or not row["passages"]:
        return None
    best = row["passages"][0]
    document_id = store.job(job_id)["document_id"]
    page = next(p for p in store.pages(document_id) if p["number"] == best["page"])
    pieces = highlight(page["text"], best["start"], best["end"], row["text"])
    return SourceView(page["number"], page["heading"], pieces, row)


def highlight(text: str, start: int, end: int, sentence: str) -> list[tuple[str, str]]:
    """`text` in pieces: before the passage, the passage (its words that `sentence` uses
    apart), and after it."""
    shared = set(terms(sentence))
    pieces = [("text", text[:start])]
    last = start
    for word in re.finditer(r"\w+", text[start:end]):
        if word.group(0).lower() in shared:
            pieces += [("passage", text[last:start + word.start()]),
                       ("word", word.group(0))]
            last = start + word.end()
    pieces += [("passage", text[last:end]), ("text", text[end:])]
    return [(kind, piece) for kind, piece in pieces if piece]
