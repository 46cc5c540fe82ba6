"""Asking documents from a conversation (issue #17): documents attached to a chat and
detached again, an answer asked again or its question edited as new versions, exports that
say where each answer comes from, and the audit trail's record of what was asked. The
questions here find nothing relevant, or the answer is checked by the real check against
the real passage index: no model is needed."""

from __future__ import annotations

import json

from app.core.conversations import conversation_json, conversation_markdown
from app.core.policy import forget_policy
from app.core.questions import NOTHING_FOUND, ask_documents, find_passages
from app.core.questions.checking import check_answer
from app.core.store.erase import erase_conversation
from tests.core.test_questions import _trail, eval_store  # noqa: F401  (a fixture)

NOTHING = "Does the insurance cover outpatient dental care?"  # in neither document


def test_a_chat_attaches_documents_goes_back_to_plain_chat_and_attaches_again(
        eval_store):  # noqa: F811
    store, ids = eval_store
    conversation = store.create_conversation("A chat")
    store.add_message(conversation, "user", "Hello")
    store.add_message(conversation, "assistant", "Hello! How can I help?")
    store.attach_documents(conversation, [ids["fees"], ids["report"]])
    assert store.conversation_documents(conversation) == sorted(ids.values())
    store.detach_documents(conversation)
    assert store.conversation_documents(conversation) == []
    store.attach_documents(conversation, [ids["fees"]])
    assert store.conversation_documents(conversation) == [ids["fees"]]
    # the plain turns before it stay as they were
    assert [m["text"] for m in store.messages(conversation)] == [
        "Hello", "Hello! How can I help?"]


def test_a_conversation_back_in_plain_chat_still_keeps_the_text_its_answers_cite(
        eval_store):  # noqa: F811
    store, ids = eval_store
    first = list(ask_documents(store, None, NOTHING, [ids["fees"]]))[-1].conversation_id
    store.detach_documents(first)
    second = list(ask_documents(store, None, NOTHING, [ids["fees"]]))[-1].conversation_id
    erase_conversation(store, second)
    assert store.has_passages(ids["fees"])  # the first conversation's answer cites it
    erase_conversation(store, first)
    assert not store.has_passages(ids["fees"]) and not store.pages(ids["fees"])


def test_asked_again_and_edited_questions_become_versions_answered_from_the_documents(
        eval_store):  # noqa: F811
    store, ids = eval_store
    first = list(ask_documents(store, None, NOTHING, [ids["fees"]]))[-1]
    conversation = first.conversation_id
    question = store.messages(conversation)[0]
    again = list(ask_documents(store, None, "", [ids["fees"]], conversation_id=conversation,
                               question_id=question["id"]))[-1]
    rows = store.messages(conversation)
    assert [r["role"] for r in rows] == ["user", "assistant"]
    assert rows[1]["id"] == again.message_id != first.message_id
    assert rows[1]["versions"] == 2 and rows[1]["text"] == NOTHING_FOUND
    assert store.answer_sources(again.message_id)[0]["documents"] == [ids["fees"]]
    # an edited first question goes beside the old one, and is answered from the documents
    edited = "Is dental care covered by the insurance?"
    answer = list(ask_documents(store, None, edited, [ids["fees"]],
                                conversation_id=conversation, after=None))[-1]
    rows = store.messages(conversation)
    assert [r["text"] for r in rows] == [edited, NOTHING_FOUND]
    assert rows[0]["versions"] == 2 and rows[1]["id"] == answer.message_id


def _answer_with_an_invented_year(store, ids) -> tuple[int, list, dict]:
    """A plain turn, then an answer from both documents as the questions core keeps it,
    checked by the real check: one sentence from a passage, one with a year no page has."""
    question = "What penalty applies if the first report of the triage pilot is late?"
    documents = [ids["report"], ids["fees"]]
    names = {i: store.document(i)["name"] for i in documents}
    given = find_passages(store, question, documents)[:3]
    checked = check_answer(f"{given[0].text} The penalty was agreed in 1950.", given, names)
    assert [r["level"] for r in checked.sentences][-1] == "not_found"
    conversation = store.create_conversation("Pilot")
    store.add_message(conversation, "user", "Hello")
    store.add_message(conversation, "assistant", "Hello! How can I help?", model="Demo")
    store.attach_documents(conversation, documents)
    store.add_message(conversation, "user", question)
    answer = store.add_message(conversation, "assistant", checked.text, model="Demo",
                               finish_reason="stop")
    store.save_answer_sources(answer, {"documents": documents, "prompt_version": "ask-v1",
                                       "passages": [{"id": p.id, "document_id": p.document_id,
                                                     "page": p.page} for p in given]},
                              checked.sentences)
    list(ask_documents(store, None, NOTHING, documents, conversation_id=conversation))
    return conversation, given, names


def test_exports_carry_each_answers_references_passages_model_and_flagged_claims(
        eval_store):  # noqa: F811
    store, ids = eval_store
    conversation, given, names = _answer_with_an_invented_year(store, ids)
    best = given[0]
    record = json.loads(conversation_json(store, conversation))
    plain, answer, unanswered = (record["messages"][i] for i in (1, 3, 5))
    assert "answered_from" not in plain  # a plain chat answer claims no source
    source = answer["answered_from"]
    assert source["model"] == "Demo" and source["prompt_version"] == "ask-v1"
    assert [d["name"] for d in source["documents"]] == [names[ids["report"]],
                                                        names[ids["fees"]]]
    assert {"document": names[best.document_id], "page": best.page} in source["references"]
    assert [(p["id"], p["page"]) for p in source["passages"]] == [(p.id, p.page) for p in given]
    assert [c["text"] for c in source["flagged_claims"]] == ["1950"]
    assert source["unsupported_sentences"] == ["The penalty was agreed in 1950."]
    assert unanswered["answered_from"]["model"] is None  # nothing relevant: nobody asked
    assert unanswered["answered_from"]["passages"] == []

    markdown = conversation_markdown(store, conversation)
    assert f"> - References: {names[best.document_id]} p. {best.page}" in markdown
    assert f"#{best.id} ({names[best.document_id]} p. {best.page})" in markdown
    assert "> - Not found in the passages given: “1950” (year)" in markdown
    assert "model: Demo · prompt: ask-v1" in markdown
    assert markdown.count("> - Answered from:") == 2  # the two answers from documents only


def test_the_audit_trail_names_the_documents_asked_and_keeps_the_question_only_with_outputs(
        eval_store, policy_file):  # noqa: F811
    store, ids = eval_store
    finished = list(ask_documents(store, None, NOTHING, [ids["fees"], ids["report"]]))[-1]
    entry = [e for e in _trail() if e["event"] == "documents_asked"][-1]
    assert entry["conversation"] == finished.conversation_id
    assert [(d["id"], d["file"]) for d in entry["documents"]] == [
        (ids["fees"], "fee-study.pdf"), (ids["report"], "regional-digital-economy-review.json")]
    assert entry["model_asked"] is False and entry["model"] is None
    assert "prompt" not in entry and "answer" not in entry  # no content at "metadata"
    assert NOTHING not in json.dumps(entry)

    policy_file.write_text(json.dumps({"audit": {"level": "with_outputs"}}), encoding="utf-8")
    forget_policy()
    list(ask_documents(store, None, NOTHING, [ids["fees"]],
                       conversation_id=finished.conversation_id))
    entry = [e for e in _trail() if e["event"] == "documents_asked"][-1]
    assert entry["prompt"] == NOTHING and entry["answer"] == NOTHING_FOUND
