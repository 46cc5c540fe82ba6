"""Summary notes lead a question to the passage they were written from (issue #17 point 2):
a question worded like the notes rather than the document finds its page, the model is
given the document's passage and never the note, and a note no passage holds (an invented
figure) leads nowhere."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from app.core.documents import extract_document
from app.core.documents.model import Page
from app.core.engine import EngineClient
from app.core.questions import find_passages, index_documents
from app.core.questions.answer import build_prompt
from app.core.questions.retrieval import relevant
from app.core.store import Store
from app.core.summarize.job import run_summary, start_summary
from tests.core.test_questions import DATA, add_eval_documents, eval_questions

RENT = ("The Lessee shall pay the Lessor the sum of RM 2,400 on the first day of each "
        "calendar month.")
# Notes as the notes prompt asks for them: the document's figures in the model's words.
FAITHFUL = "- Rent: RM 2,400 a month, due on the first day of each calendar month"
INVENTED = "- Late charge: RM 75 for each week a payment is overdue"


def lease(folder):
    """Three pages of a tenancy agreement: several parts at the tests' context of 2048."""
    pages = []
    for page in range(1, 4):
        clauses = [f"Clause {page}.{i}: the Lessee keeps unit {page * 40 + i} of Wisma Harmoni "
                   f"clean and in good repair, and reports any damage to the Lessor within "
                   f"{i + 3} days of finding it." for i in range(1, 31)]
        if page == 2:
            clauses.insert(12, RENT)
        pages.append("\n\n".join(clauses))
    path = folder / "tenancy.txt"
    path.write_text("\f".join(pages), encoding="utf-8")
    return extract_document(path)


def test_a_note_leads_a_question_in_its_words_to_the_passage_it_was_written_from(
        engine, tmp_path):
    store = Store(tmp_path / "app.db")
    try:
        document = lease(tmp_path)
        job_id = start_summary(store, engine, document, style="key_points")
        document_id = store.job(job_id)["document_id"]
        index_documents(store, [document_id])
        question = "How much is the rent?"  # the lease never says "rent"
        assert not relevant(find_passages(store, question, [document_id]))

        parts = store.chunks(job_id, "map")
        assert len(parts) >= 2  # a one-part document is summarised in its style, no notes
        for part in parts:  # the notes the model wrote of each part
            notes = [f"- Unit upkeep and damage reports, p. {part['first_page']}"]
            if part["first_page"] <= 2 <= part["last_page"]:
                notes += [FAITHFUL, INVENTED]
            store.finish_chunk(job_id, "map", part["idx"], "\n".join(notes))

        found = find_passages(store, question, [document_id])
        assert relevant(found)
        assert (found[0].page, found[0].text) == (2, RENT)
        # the model reads the lease's own sentence, not the note
        messages, given, _, _ = build_prompt(engine, question, found, [document_id],
                                             {document_id: "tenancy.txt"})
        assert RENT in str(messages) and "Rent:" not in str(messages)
        assert RENT in [p.text for p in given]

        # a note whose figures no passage holds leads nowhere
        assert not relevant(find_passages(store, "What is the late charge?", [document_id]))
    finally:
        store.close()


def _eval_figures(store, engine, ids) -> tuple[int, int, int, int]:
    """(answerable questions with the right page among the passages given, answerable,
    unanswerable ones that found nothing relevant, unanswerable) over the evaluation set."""
    documents = list(ids.values())
    names = {i: store.document(i)["name"] for i in documents}
    hits = answerable = refused = unanswerable = 0
    for row in eval_questions():
        found = find_passages(store, row["question"], documents)
        if not row["pages"]:
            unanswerable += 1
            refused += not relevant(found)
            continue
        answerable += 1
        _, given, _, _ = build_prompt(engine, row["question"], found, documents, names)
        wanted = {(ids[key], page) for key, page in row["pages"]}
        hits += bool(wanted & {(p.document_id, p.page) for p in given})
    return hits, answerable, refused, unanswerable


@pytest.mark.long
def test_the_demo_models_own_notes_keep_the_evaluation_figures(tmp_path, engine, model_path,
                                                              capsys):
    """The demo model's notes are poor (prose, figures of its own): leads through them must
    not cost a right page or turn a question the documents do not answer into one they do."""
    store = Store(tmp_path / "app.db")
    reading = EngineClient()
    try:
        ids = add_eval_documents(store)
        index_documents(store, list(ids.values()))
        before = _eval_figures(store, engine, ids)
        reading.load(model_path, n_ctx=1024)  # several parts each: notes, not one summary
        row = store.document(ids["report"])  # stored as `ask` leaves it: no file to read
        pages = [Page(p["number"], p["text"], None) for p in store.pages(ids["report"])]
        report = SimpleNamespace(path=row["path"], sha256=row["sha256"], size=row["size"],
                                 format=row["format"], page_count=len(pages), pages=pages,
                                 text="\n".join(p.text for p in pages))
        fees = extract_document(DATA / "running-headers" / "fee-study.pdf")
        for document in (report, fees):
            job_id = start_summary(store, reading, document, style="key_points")
            assert list(run_summary(store, reading, job_id))[-1].status == "done"
            assert len(store.chunks(job_id, "map")) >= 2
        after = _eval_figures(store, engine, ids)
    finally:
        reading.close()
        store.close()
    with capsys.disabled():
        print(f"\nright page given: {before[0]}/{before[1]} without notes, {after[0]}/"
              f"{after[1]} with the demo model's notes; unanswerable refused: {before[2]}/"
              f"{before[3]} and {after[2]}/{after[3]}")
    assert after[0] >= before[0] and after[2] >= before[2]
