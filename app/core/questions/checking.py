"""Check an answer like a summary: each sentence traced to the passages the model was
given, its claims (numbers, dates, names) checked there, and its page reference written
from that trace, not taken on the model's word. A claim none of the given passages states
is flagged; so is a sentence nothing given resembles.

The grounding code knows one document's pages; an answer may draw on several documents, so
each (document, page) the model was given becomes one numbered "page" for the check and
is mapped back afterwards.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from app.core.grounding import Passage, PassageIndex, check_claims, sentence_support
from app.core.questions.expected import gives_no
from app.core.questions.prompt import source_label
from app.core.questions.retrieval import MIN_RELEVANCE, FoundPassage
from app.core.questions.terms import holds, question_names
from app.core.summarize.prompts import strip_part_labels
from app.core.summarize.provenance import NEAR_BEST, summary_units

# The model's way of saying that the passages do not answer (the prompt asks for the first).
_NOT_STATED = re.compile(
    r"\bnot stated\b|\bdo(?:es)? not (?:say|state|mention)|\bnot mentioned\b|"
    r"\bno information\b", re.IGNORECASE)
_END_MARKS = ".!?。！？"
# The fact a question asks for answers it only where a passage about the question states
# it (_about_the_question). The demo model, asked what the archive's flood insurance
# costs, gave the new fees' 1.2 million dollars a year, stated by a sentence that names
# only "archive" of the question (share 0.24, the best passage 0.54); in
# tests/data/questions_eval every answerable question's fact is in a passage holding 0.30
# or more, or nearly the best share when the question is worded unlike the documents.
_NEXT_GAP = 3  # characters between a passage and the next one on its page (a space, a line)


@dataclass(frozen=True)
class CheckedAnswer:
    text: str  # the answer with our page reference after each supported sentence
    sentences: list[dict]  # one row per sentence: text, level, reference, sources, claims
    not_stated: bool  # the model said the passages do not answer
    # the kind of fact the question asks for ("quantity", "date", "name") when the answer
    # states none from the passages (expected.py); "" when it does or cannot be told
    gives_no: str = ""

    @property
    def flagged(self) -> list[dict]:
        """The claims no given passage states, each with its sentence."""
        return [{**claim, "sentence": row["text"]} for row in self.sentences
                for claim in row["claims"] if claim["status"] == "not_found"]


def check_answer(answer: str, given: list[FoundPassage],
                 names: dict[int, str] | None, question: str = "") -> CheckedAnswer:
    """`names` (document id -> name) when several documents were asked, for the labels;
    `question`, to tell whether the answer gives the kind of fact it asks for."""
    clean = strip_part_labels(answer)  # the model's references go: ours are added
    slots = list(dict.fromkeys((p.document_id, p.page) for p in given))
    number = {slot: i + 1 for i, slot in enumerate(slots)}
    passages = [Passage(number[(p.document_id, p.page)], p.start, p.end, p.text) for p in given]
    index = PassageIndex(passages)
    everything = "\n".join(p.text for p in given)
    pieces, rows, last = [], [], 0
    for idx, unit in enumerate(summary_units(clean)):
        pieces.append(clean[last:unit.start])
        last = unit.end
        if _says_not_stated(unit.text):  # nothing claimed, so nothing to trace or flag
            pieces.append(unit.text)
            rows.append({"idx": idx, "text": unit.text, "level": "not_stated",
                         "reference": "", "sources": [], "claims": []})
            continue
        row = _row(idx, unit.text, sentence_support(unit.text, index, everything), slots)
        row["reference"] = _reference(referenced_pages(row), names)
        pieces.append(with_reference(unit.text, row["reference"]))
        rows.append(row)
    pieces.append(clean[last:])
    said_not_stated = bool(rows) and all(r["level"] == "not_stated" for r in rows)
    missing = "" if said_not_stated else gives_no(
        question, clean, _stated_where_asked(rows, given, everything, question))
    return CheckedAnswer("".join(pieces).strip(), rows, said_not_stated, missing)


def _stated_where_asked(rows: list[dict], given: list[FoundPassage], everything: str,
                        question: str) -> set[str]:
    """The kinds of the answer's claims that a passage about the question states."""
    about = " ".join(_about_the_question(given, question))
    if not about:
        return set()
    return {claim.kind for row in rows if row["level"] != "not_stated"
            for claim in check_claims(row["text"], about, everything)
            if claim.status == "supported"}


def _about_the_question(given: list[FoundPassage], question: str) -> list[str]:
    """The texts of the passages about the question:
    - holding the share of its weight that retrieval asks of a relevant passage, or nearly
      the best passage's share (a question worded unlike the documents holds little of it
      anywhere), or following such a passage on its page, when the model was given both:
      a sentence often leaves its subject to the one before it ("… must insure the
      premises. The premium is …");
    - and naming, with the passage before it, each name of the question that the passages
      name at all, in one of its words ("the Board" for "the Board of Registration"): "How
      many hospitals in Malaysia use AI to read X-rays?" is not answered by the 48
      hospitals in Thailand. A name no passage has ("ICT" for the Department of
      Information and Communications Technology) cannot be asked of any."""
    bar = min(MIN_RELEVANCE, NEAR_BEST * max((p.relevance for p in given), default=0.0))
    names = [named for terms in question_names(question)
             if (named := [t for t in terms if any(holds(p.text, t) for p in given)])]
    ordered = sorted(given, key=lambda p: (p.document_id, p.page, p.start))
    about = []
    for before, passage in zip([None, *ordered], ordered, strict=False):
        follows = (before is not None
                   and (before.document_id, before.page) == (passage.document_id, passage.page)
                   and 0 <= passage.start - before.end <= _NEXT_GAP)
        if passage.relevance < bar and not (follows and before.relevance >= bar):
            continue
        context = f"{before.text} {passage.text}" if follows else passage.text
        if all(any(holds(context, term) for term in name) for name in names):
            about.append(passage.text)
    return about


def _says_not_stated(sentence: str) -> bool:
    """"Not stated in the documents." and its kin, not a longer sentence that says more."""
    return bool(_NOT_STATED.search(sentence)) and len(sentence.split()) <= 12


def referenced_pages(row: dict) -> list[tuple[int, int]]:
    """The (document id, page) pairs a checked sentence's reference names: its best source
    and those nearly as good; none for a sentence no passage supports (no reference rather
    than a wrong one)."""
    if row["level"] == "not_found" or not row["sources"]:
        return []
    best = row["sources"][0]["score"]
    return list(dict.fromkeys((s["document_id"], s["page"]) for s in row["sources"]
                              if s["score"] >= NEAR_BEST * best))


def _reference(pages: list[tuple[int, int]], names: dict[int, str] | None) -> str:
    if not pages:
        return ""
    labels = [source_label(page, names[document_id] if names else None)
              for document_id, page in pages]
    return "(" + "; ".join(labels) + ")"


def with_reference(body: str, reference: str) -> str:
    if not reference:
        return body
    end = body[-1] if body[-1] in _END_MARKS else ""
    return f"{body[: len(body) - len(end)]} {reference}{end}"


def _row(idx: int, text: str, support, slots) -> dict:
    def where(page):
        return slots[page - 1] if page else (None, None)

    return {
        "idx": idx, "text": text, "level": support.level, "reference": "",
        "sources": [{"document_id": where(p.page)[0], "page": where(p.page)[1],
                     "score": score} for p, score in support.passages],
        "claims": [{"text": c.text, "kind": c.kind, "status": c.status,
                    "document_id": where(c.where)[0], "page": where(c.where)[1]}
                   for c in support.claims],
    }
