"""Where each sentence of a finished summary comes from: traced down the summary steps to
its chunks, then to the passage(s) of those chunks' pages that support it (or, when they
do not, of the whole document, marked so), with its claims checked. Worked out once, when
the job finishes (`cite_summary`), or on the first look at a job finished before this
existed (`ensure_alignment`), and stored per sentence: the window, the exports and the
terminal read the rows, never recompute them."""

from __future__ import annotations

from dataclasses import dataclass

from app.core.grounding import PassageIndex, SentenceSupport, sentence_support, split_passages
from app.core.store import Store
from app.core.summarize.cite import SourcePage, reference_label
from app.core.summarize.provenance import (
    NEAR_BEST,
    Step,
    Unit,
    steps_by_level,
    summary_units,
    trace,
    traced_pages,
)

PAGINATED_FORMATS = ("pdf",)
_END_MARKS = ".!?。！？"
_RANK = {"not_found": 0, "partly": 1, "supported": 2}
CLEARLY_BETTER = 0.15  # a passage outside the traced pages must beat theirs by this much


@dataclass(frozen=True)
class Aligned:
    unit: Unit
    support: SentenceSupport
    scope: str  # traced: found in the pages the steps lead to; document: only elsewhere


def source_pages(store: Store, document_id: int) -> list[SourcePage]:
    return [SourcePage(p["number"], p["text"], p["heading"]) for p in store.pages(document_id)]


def align_units(units: list[Unit], levels: list[list[Step]],
                pages: list[SourcePage]) -> list[Aligned]:
    document = "\n".join(p.text for p in pages)
    everything = split_passages([(p.number, p.text) for p in pages])
    whole = PassageIndex(everything)  # indexed once: every sentence may look in all of it
    aligned = []
    for unit in units:
        wanted = traced_pages(trace(unit.text, levels), levels[0]) if levels else set()
        within = [p for p in everything if p.page in wanted]
        support, scope = sentence_support(unit.text, within, document), "traced"
        if len(within) < len(everything):
            # the steps may have led astray: a clearly better passage elsewhere wins
            wider = sentence_support(unit.text, whole, document)
            if not within or _RANK[wider.level] > _RANK[support.level] or (
                    _best(wider) > _best(support) + CLEARLY_BETTER):
                support, scope = wider, "document"
        aligned.append(Aligned(unit, support, scope))
    return aligned


def _best(support: SentenceSupport) -> float:
    return support.passages[0][1] if support.passages else 0.0


def cite_summary(final: str, chunks: list[dict], pages: list[SourcePage], *,
                 paginated: bool) -> tuple[str, list[dict]]:
    """The final summary with each supported sentence's reference after it, and the
    sentence rows to store (offsets into the summary returned)."""
    aligned = align_units(summary_units(final), steps_by_level(chunks), pages)
    pieces, rows, last = [], [], 0
    for index, item in enumerate(aligned):
        pieces.append(final[last:item.unit.start])
        start = sum(map(len, pieces))
        pieces.append(_with_reference(final[item.unit.start:item.unit.end],
                                      _reference(item.support, pages, paginated)))
        rows.append(_row(index, item, start, start + len(pieces[-1])))
        last = item.unit.end
    pieces.append(final[last:])
    return "".join(pieces), rows


def _reference(support: SentenceSupport, pages: list[SourcePage], paginated: bool) -> str:
    if support.level == "not_found" or not support.passages:
        return ""  # no reference rather than a wrong one
    best, score = support.passages[0]
    near = [p.page for p, s in support.passages if s >= NEAR_BEST * score]
    first, last = min(near), max(near)
    if last - first > 1:  # close scores far apart: cite the best page alone
        first = last = best.page
    by_number = {p.number: p for p in pages}
    return reference_label(by_number[first], by_number[last], paginated)


def _with_reference(body: str, reference: str) -> str:
    if not reference:
        return body
    end = body[-1] if body[-1] in _END_MARKS else ""
    return f"{body[: len(body) - len(end)]} {reference}{end}"


def _row(index: int, item: Aligned, start: int, end: int) -> dict:
    return {
        "idx": index, "text": item.unit.text, "start": start, "end": end,
        "level": item.support.level, "scope": item.scope,
        "passages": [{"page": p.page, "start": p.start, "end": p.end, "score": score}
                     for p, score in item.support.passages],
        "claims": [{"text": c.text, "kind": c.kind, "status": c.status, "page": c.where}
                   for c in item.support.claims],
        "model": None,  # the thorough check's verdict, when asked (thorough.py)
    }


def align_job(store: Store, job_id: int) -> list[dict]:
    """Sentence rows for a summary already stored (its references stay as written)."""
    job = store.job(job_id)
    pages = source_pages(store, job["document_id"])
    units = summary_units(job["summary"] or "")
    aligned = align_units(units, steps_by_level(store.chunks(job_id)), pages)
    return [_row(i, item, item.unit.start, item.unit.end)
            for i, item in enumerate(aligned)]


def ensure_alignment(store: Store, job_id: int) -> list[dict]:
    """The finished job's sentence rows, worked out and saved first if it has none (a job
    finished before they existed). Needs a Store that writes in that case."""
    if not store.has_sentences(job_id) and store.job(job_id)["status"] == "done":
        store.save_sentences(job_id, align_job(store, job_id))
    return store.sentences(job_id)


def sentence_counts(rows: list[dict]) -> dict[str, int]:
    """Sentences supported (of which partly), found elsewhere only, and not found."""
    counts = {"supported": 0, "partly": 0, "elsewhere": 0, "not_found": 0}
    for row in rows:
        if row["level"] == "not_found":
            counts["not_found"] += 1
        elif row["scope"] == "document" or any(c["status"] == "elsewhere"
                                               for c in row["claims"]):
            counts["elsewhere"] += 1
        else:
            counts["supported"] += 1
            counts["partly"] += row["level"] == "partly"
    return counts
