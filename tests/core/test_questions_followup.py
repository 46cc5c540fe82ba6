"""Follow-up questions about documents (issue #17): the earlier turns of the conversation go
into the prompt within its budget, and a short follow-up is looked up with the question
before it; with the real demo model."""

from __future__ import annotations

from app.core.engine import Token
from app.core.questions import NOTHING_FOUND, AnswerFinished, AnswerStarted, ask_documents
from app.core.questions.answer import build_prompt
from app.core.questions.followup import earlier_turns, fit_turns, retrieval_question
from app.core.questions.retrieval import find_passages
from tests.core.test_questions import eval_store  # noqa: F401  (a fixture)

FIRST = "What fee does the panel recommend for a land title?"


def test_a_short_follow_up_is_looked_up_with_the_question_before_it():
    turns = [(FIRST, "55 dollars (p. 5).")]
    assert retrieval_question("And for a business name?", turns) == (
        f"{FIRST} And for a business name?")
    # a question that says what it is about is looked up alone
    long = "When will the Board of Registration decide on the new fees?"
    assert retrieval_question(long, turns) == long
    assert retrieval_question("And for a business name?", []) == "And for a business name?"


def test_only_the_latest_turns_that_fit_are_kept():
    turns = [(f"question {i}", "answer " * 20) for i in range(5)]
    def count(texts):
        return [len(t.split()) for t in texts]
    kept = fit_turns(turns, count, 2 * (22 + 8))
    assert kept == turns[-2:]
    assert fit_turns(turns, count, 10) == []
    rows = [{"role": "user", "text": "Say hello."},  # plain chat, before the documents
            {"role": "assistant", "text": "Hello!", "sources": None},
            {"role": "user", "text": "a?"}, {"role": "assistant", "text": "A.", "sources": "{}"},
            {"role": "user", "text": "b?"}]  # the last question never got its answer
    assert earlier_turns(rows) == [("a?", "A.")]


def test_a_follow_up_carries_the_earlier_turn_and_finds_its_page(eval_store, engine):  # noqa: F811
    store, ids = eval_store
    fees = [ids["fees"]]
    first = list(ask_documents(store, engine, FIRST, fees))[-1]
    assert isinstance(first, AnswerFinished) and first.checked is not None
    conversation = first.conversation_id

    follow_up = "And for a business name?"
    alone = find_passages(store, follow_up, fees)
    events = list(ask_documents(store, engine, follow_up, fees, conversation_id=conversation))
    started = next(e for e in events if isinstance(e, AnswerStarted))
    finished = events[-1]
    assert isinstance(finished, AnswerFinished) and any(isinstance(e, Token) for e in events)
    # the recommendation (p. 5) names both fees: looked up alone, "business name" is as
    # much on pages 1 and 3; with the question before it, p. 5 is the best passage
    assert {p.page for p in alone[:3]} != {5}
    assert max(started.passages, key=lambda p: p.relevance).page == 5
    assert started.earlier_turns == 1
    messages, _, tokens, kept = build_prompt(engine, follow_up, alone, fees, None,
                                             earlier_turns(store.messages(conversation))[:1])
    assert kept == 1 and [m["role"] for m in messages] == ["system", "user", "assistant",
                                                          "user"]
    assert messages[1]["content"] == FIRST and messages[2]["content"] == first.text
    assert tokens + 384 <= engine.model.n_ctx
    print(f"\nfollow-up: {started.prompt_tokens} prompt tokens with 1 earlier turn; "
          f"answer: {finished.text!r}")
    stored = store.messages(conversation)
    assert [m["role"] for m in stored] == ["user", "assistant"] * 2
    sources, _ = store.answer_sources(stored[-1]["id"])
    assert sources["earlier_turns"] == 1


def test_a_follow_up_whose_own_words_are_nowhere_is_not_answered_from_the_one_before(
        eval_store):  # noqa: F811
    store, ids = eval_store
    conversation = store.create_conversation(FIRST)  # an earlier turn, as a first ask left it
    store.attach_documents(conversation, [ids["fees"]])
    store.add_message(conversation, "user", FIRST)
    store.add_message(conversation, "assistant", "55 dollars (p. 5).")
    assert find_passages(store, retrieval_question("And dental cover?", [(FIRST, "")]),
                         [ids["fees"]])  # the earlier question alone would find p. 5
    events = list(ask_documents(store, None, "And dental cover?", [ids["fees"]],
                                conversation_id=conversation))
    assert len(events) == 1 and events[0].text == NOTHING_FOUND  # the model is not asked
