"""Ask the documents (issue #17): retrieval measured on tests/data/questions_eval, the model
left out when nothing is relevant, answers checked, referenced and kept, erasure complete."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from app.core.audit import trail_in_force
from app.core.documents import extract_document
from app.core.documents.model import Page
from app.core.engine import Token
from app.core.questions import (
    NOTHING_FOUND,
    AnswerFinished,
    AnswerStarted,
    ask_documents,
    find_passages,
    index_documents,
)
from app.core.questions.answer import build_prompt
from app.core.questions.retrieval import MIN_RELEVANCE, relevant
from app.core.questions.terms import question_terms
from app.core.store import Store
from app.core.store.erase import erase_conversation, erase_document

DATA = Path(__file__).parents[1] / "data"
EVAL = DATA / "questions_eval" / "questions.tsv"


def eval_questions() -> list[dict]:
    """Rows of the set: `pages` as {(document key, page)}, empty for unanswerable ones."""
    rows = []
    with EVAL.open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle, delimiter="\t"):
            pages = {(key, int(page)) for key, page in
                     (item.split(":") for item in row["pages"].split(",") if item)}
            rows.append({"question": row["question"], "pages": pages})
    return rows


def add_eval_documents(store: Store) -> dict[str, int]:
    """The set's two documents in the store, as `summarize` or `ask` would leave them."""
    report = json.loads((DATA / "grounding_eval" / "document.json").read_text("utf-8"))
    report_id = store.add_document(path="regional-digital-economy-review.json",
                                   sha256="0" * 64, size=1, pages=len(report["pages"]),
                                   format="text")
    store.save_pages(report_id, [Page(p["number"], p["text"], None) for p in report["pages"]])
    fees = extract_document(DATA / "running-headers" / "fee-study.pdf")
    fees_id = store.add_document(path=fees.path, sha256=fees.sha256, size=fees.size,
                                 pages=fees.page_count, format=fees.format)
    store.save_pages(fees_id, fees.pages)
    return {"report": report_id, "fees": fees_id}


def stored_pages(store: Store, ids: dict[str, int]) -> set[tuple[int, int]]:
    """Every (document id, page) of the set's documents: what a reference may name."""
    return {(i, page["number"]) for i in ids.values() for page in store.pages(i)}


@pytest.fixture
def eval_store(tmp_path):
    store = Store(tmp_path / "app.db")
    ids = add_eval_documents(store)
    index_documents(store, list(ids.values()))
    yield store, ids
    store.close()


def test_set_has_40_questions_with_pages_and_10_the_documents_do_not_answer():
    rows = eval_questions()
    assert len(rows) >= 40
    assert sum(not row["pages"] for row in rows) >= 10


def test_the_right_page_is_among_the_passages_given_for_answerable_questions(eval_store,
                                                                           engine, capsys):
    store, ids = eval_store
    documents = list(ids.values())
    names = {i: store.document(i)["name"] for i in documents}
    hits, answerable, refused, unanswerable, tokens = 0, 0, [], 0, []
    for row in eval_questions():
        found = find_passages(store, row["question"], documents)
        if not row["pages"]:
            unanswerable += 1
            if not relevant(found):
                refused.append(row["question"])
            continue
        answerable += 1
        assert relevant(found), f"nothing relevant found for {row['question']!r}"
        _, given, prompt_tokens, _ = build_prompt(engine, row["question"], found, documents,
                                                  names)
        wanted = {(ids[key], page) for key, page in row["pages"]}
        hits += bool(wanted & {(p.document_id, p.page) for p in given})
        tokens.append(prompt_tokens)
        assert prompt_tokens <= engine.model.n_ctx
    with capsys.disabled():
        print(f"\nretrieval recall: {hits}/{answerable} answerable questions have the right "
              f"page among the passages given ({hits / answerable:.0%}); prompts "
              f"{min(tokens)}–{max(tokens)} tokens; unanswerable: {len(refused)}/"
              f"{unanswerable} found nothing relevant (relevance < {MIN_RELEVANCE}), "
              f"the rest go to the model with 'not stated' allowed")
    assert hits / answerable >= 0.9
    assert len(refused) >= 4  # what the threshold was chosen for; see the set's README


def test_question_words_meet_their_plurals_and_their_countries():
    """Each term is a prefix the documents' words are matched on: "branches" must meet
    "branch", and a people's adjective its country, which is how users here ask."""
    assert question_terms("Which branches and businesses pay taxes?") == [
        "branch", "business", "pay", "tax"]
    assert question_terms("Do Singaporean, Malaysian and Vietnamese banks?") == [
        "singapor", "malays", "vietnam", "bank"]
    assert question_terms("What is the median?") == ["median"]  # not a people's name


def test_nothing_relevant_is_answered_without_the_model(eval_store):
    store, ids = eval_store
    # No engine at all: asking the model would fail here.
    events = list(ask_documents(store, None, "Does the insurance policy cover outpatient "
                                "dental treatment?", [ids["fees"]]))
    assert len(events) == 1 and isinstance(events[0], AnswerFinished)
    finished = events[0]
    assert finished.text == NOTHING_FOUND and finished.prompt_tokens == 0
    messages = store.messages(finished.conversation_id)
    assert [m["role"] for m in messages] == ["user", "assistant"]
    assert messages[1]["model"] is None and messages[1]["finish_reason"] == "nothing_found"
    assert store.conversation_documents(finished.conversation_id) == [ids["fees"]]


def test_an_answer_is_checked_referenced_and_kept_with_its_passages(eval_store, engine):
    store, ids = eval_store
    question = "What penalty applies if the first report of the triage pilot is late?"
    events = list(ask_documents(store, engine, question, [ids["report"], ids["fees"]]))
    started = next(e for e in events if isinstance(e, AnswerStarted))
    assert any(isinstance(e, Token) for e in events)
    finished = events[-1]
    assert isinstance(finished, AnswerFinished) and finished.checked is not None
    assert (ids["report"], 3) in {(p.document_id, p.page) for p in started.passages}
    pages = stored_pages(store, ids)
    for row in finished.checked.sentences:
        for source in row["sources"]:
            assert (source["document_id"], source["page"]) in pages
    answer = store.messages(finished.conversation_id)[-1]
    assert answer["text"] == finished.text and answer["model"] == engine.model.name
    assert answer["prompt_tokens"] == started.prompt_tokens
    sources, checks = store.answer_sources(answer["id"])
    stored = {row["id"]: row for row in store.db["passages"].rows}
    assert [p["id"] for p in sources["passages"]] == [p.id for p in started.passages]
    assert all(stored[p["id"]]["page"] == p["page"] for p in sources["passages"])
    assert checks == finished.checked.sentences
    entry = [e for e in _trail() if e["event"] == "documents_asked"][-1]
    assert {d["sha256"] for d in entry["documents"]} == {
        store.document(i)["sha256"] for i in ids.values()}
    assert "answer" not in entry  # the answer itself only at the "with_outputs" level


def test_an_invented_figure_in_an_answer_is_flagged():
    from app.core.questions.checking import check_answer
    from app.core.questions.retrieval import FoundPassage

    text = "The guidance applies to 26 commercial banks and 16 Islamic banks."
    given = [FoundPassage(1, 5, 3, 0, len(text), text, 1.0)]
    checked = check_answer("It applies to 17 Islamic banks.", given, None)
    assert [c["text"] for c in checked.flagged] == ["17"]
    checked = check_answer("It applies to 16 Islamic banks (p. 9).", given, None)
    assert checked.flagged == [] and checked.text == "It applies to 16 Islamic banks (p. 3)."
    # the model's own labels and references give way to the traced one
    checked = check_answer("[fees.pdf, p. 9] It applies to 16 Islamic banks (fees.pdf, p. 9).",
                           given, {5: "review.json", 6: "fees.pdf"})
    assert checked.flagged == []
    assert checked.text == "It applies to 16 Islamic banks (review.json, p. 3)."
    checked = check_answer("Not stated in the documents.", given, None)
    assert checked.not_stated and checked.flagged == []
    assert checked.sentences[0]["level"] == "not_stated"


def test_erasing_a_document_takes_its_passages_out_of_the_index(eval_store):
    store, ids = eval_store
    assert find_passages(store, "Kasikornbank fraud losses", [ids["report"]])
    erase_document(store, ids["report"])
    assert not store.db["passages"].count_where("document_id = ?", [ids["report"]])
    assert store.count_passages([ids["report"]], '"kasikornbank"*') == 0
    assert find_passages(store, "land title fee", [ids["fees"]])  # the other one stays


def test_erasing_the_last_conversation_about_a_document_erases_its_text(eval_store):
    store, ids = eval_store
    question = "Does the insurance cover dental care?"  # nothing relevant: no model needed
    first = list(ask_documents(store, None, question, [ids["fees"]]))[-1].conversation_id
    second = list(ask_documents(store, None, question, [ids["fees"]]))[-1].conversation_id
    erase_conversation(store, first)
    assert store.has_passages(ids["fees"])  # the second conversation still asks about it
    erase_conversation(store, second)
    assert not store.db["documents"].count_where("id = ?", [ids["fees"]])
    assert not store.has_passages(ids["fees"]) and not store.pages(ids["fees"])
    assert store.has_passages(ids["report"])  # never asked about here: kept


def _trail() -> list[dict]:
    path = trail_in_force().path
    return [json.loads(line) for line in path.read_text("utf-8").splitlines()]


@pytest.mark.long  # the demo model answers 22 questions at random seeds (make test-slow)
def test_demo_model_end_to_end_answers_refer_to_existing_pages(eval_store, engine, capsys):
    store, ids = eval_store
    documents = list(ids.values())
    pages = stored_pages(store, ids)
    rows = eval_questions()
    answerable = [r for r in rows if r["pages"]][::5]
    unanswerable = [r for r in rows if not r["pages"]]
    referenced, cited_right, handled, said_lacking = 0, 0, {}, 0
    for row in answerable + unanswerable:
        finished = list(ask_documents(store, engine, row["question"], documents))[-1]
        assert isinstance(finished, AnswerFinished), finished
        sentences = finished.checked.sentences if finished.checked else []
        cited = {(s["document_id"], s["page"]) for r in sentences for s in r["sources"]}
        assert cited <= pages
        if row["pages"]:
            referenced += any(r["reference"] for r in sentences)
            wanted = {(ids[key], page) for key, page in row["pages"]}
            cited_right += bool(wanted & cited)
            said_lacking += bool(wanted & cited and finished.checked.gives_no)
        else:
            handled[row["question"]] = _handling(finished)
    with capsys.disabled():
        print(f"\ndemo model: {referenced}/{len(answerable)} answers carry a page reference "
              f"(a sentence with a claim no passage states gets none); {cited_right} trace to "
              f"the right page; {said_lacking} of those are flagged as giving no fact of the "
              f"kind asked for")
        for question, how in handled.items():
            print(f"  unanswerable: {how:<40} {question}")
    # The 135M demo model garbles many answers: the floors are what it reached, less one.
    assert referenced >= 2 and cited_right >= len(answerable) * 2 // 3
    assert sum(how == "nothing relevant: model not asked" for how in handled.values()) >= 4
    # No miss in 5 runs since a fact counts only where a passage about the question states
    # it (checking.py); before, 1 in most runs: the new fees' income given as the cost of
    # the archive's flood insurance
    assert [q for q, how in handled.items() if how.endswith("(a miss)")] == []


def _handling(finished: AnswerFinished) -> str:
    if finished.checked is None:
        return "nothing relevant: model not asked"
    if finished.checked.not_stated:
        return "model: not stated in the documents"
    unsupported = [r for r in finished.checked.sentences if r["level"] == "not_found"]
    if finished.checked.flagged or unsupported:
        return (f"checker flags {len(finished.checked.flagged)} claim(s), "
                f"{len(unsupported)} sentence(s)")
    if finished.checked.gives_no:
        return f"checker: no {finished.checked.gives_no} the documents state"
    return "answered, nothing flagged (a miss)"
