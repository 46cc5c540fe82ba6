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

from dataclasses import dataclass

from app.core.grounding import split_passages
from app.core.questions.note_leads import note_leads
from app.core.questions.terms import held, idf, question_terms
from app.core.questions.unspaced import unspaced_terms
from app.core.store import Store

CANDIDATES = 60  # best BM25 passages looked at for one question
UNSPACED_CANDIDATES = 2000  # passages holding a piece of an unspaced question, ranked here
# Below this share of the question's weight in the best passage, nothing relevant was
# found. Chosen on tests/data/questions_eval (see its README): its answerable questions,
# asked in the documents' words or in others ("What did scams using deepfakes cost
# companies?"), score 0.30 or more; five of its questions about what the documents lack
# score 0.28 or less, and the rest are left to the prompt ("not stated") and the checker.
# Refusing is the costlier mistake: a question refused here is told the documents do not
# say, while one let through gets a checked answer.
MIN_RELEVANCE = 0.3
# The best relevant passages whose next sentence on the page is found with them: a
# sentence often leaves its subject to the one before ("Malaysia's Ministry of Health
# signed a contract … to pilot AI triage … The pilot runs for 36 months …"), so the
# answer to "How long will the Malaysian triage trial last?" shares no word with it.
FOLLOWED = 4


@dataclass(frozen=True)
class FoundPassage:
    id: int
    document_id: int
    page: int
    start: int
    end: int
    text: str
    relevance: float  # share of the question's weight this passage holds (0–1)
    # the id of the relevant passage this one follows on its page, when it was found only
    # as that one's next sentence (FOLLOWED)
    follows: int | None = None


def index_documents(store: Store, document_ids: list[int]) -> None:
    """Cut each document's stored pages into passages and index them, once."""
    for document_id in document_ids:
        if store.has_passages(document_id):
            continue
        pages = [(p["number"], p["text"]) for p in store.pages(document_id)]
        store.save_passages(document_id, [
            {"page": p.page, "start": p.start, "end": p.end, "text": p.text}
            for p in split_passages(pages)])


def _fts(term: str) -> str:
    return '"' + term.replace('"', '""') + '"*'


def find_passages(store: Store, question: str, document_ids: list[int]) -> list[FoundPassage]:
    """The passages that hold most of the question's weight, best first (BM25 breaks
    ties); empty when the question has no content word or the documents none of them.
    A passage the documents' summary notes lead to (note_leads.py) counts as holding what
    its note line holds of the question, where that is more than its own share."""
    terms, pieces = question_terms(question), unspaced_terms(question)
    if not (terms or pieces) or not document_ids:
        return []
    total = store.count_passages(document_ids)
    weights = {t: idf(total, store.count_passages(document_ids, _fts(t))) for t in terms}
    inside = {p: idf(total, store.count_containing(p, document_ids)) for p in pieces}
    rows = store.search_passages(" OR ".join(map(_fts, terms)), document_ids,
                                 CANDIDATES) if terms else []
    if pieces:  # unranked by SQLite: all that hold a piece, ranked here by their share
        rows += store.passages_containing(pieces, document_ids, UNSPACED_CANDIDATES)
    whole = sum(weights.values()) + sum(inside.values())

    def share(text: str) -> float:
        holds = held(text, weights) + sum(w for piece, w in inside.items() if piece in text)
        return round(holds / whole, 3)

    leads = note_leads(store, document_ids, share, MIN_RELEVANCE)
    rows = list({r["id"]: r for r in [*rows, *(row for row, _ in leads.values())]}.values())
    found = [FoundPassage(r["id"], r["document_id"], r["page"], r["start"], r["end"],
                          r["text"], max(share(r["text"]), leads.get(r["id"], (r, 0))[1]))
             for r in rows]
    # Python's sort is stable: among equal shares, FTS5's BM25 order stays.
    return _with_next_sentences(store, sorted(found, key=lambda p: -p.relevance)[:CANDIDATES],
                                share)


def _with_next_sentences(store: Store, found: list[FoundPassage],
                         share) -> list[FoundPassage]:
    """`found` with the next sentence of each of its FOLLOWED best relevant passages just
    after it, where that sentence was not found on its own words."""
    ids = {p.id for p in found}
    result = []
    for rank, passage in enumerate(found):
        result.append(passage)
        if rank >= FOLLOWED or passage.relevance < MIN_RELEVANCE:
            continue
        row = store.passage_after(passage.document_id, passage.page, passage.end)
        if row and row["id"] not in ids:
            ids.add(row["id"])
            result.append(FoundPassage(row["id"], row["document_id"], row["page"],
                                       row["start"], row["end"], row["text"],
                                       share(row["text"]), follows=passage.id))
    return result


def relevant(found: list[FoundPassage]) -> bool:
    return bool(found) and found[0].relevance >= MIN_RELEVANCE
