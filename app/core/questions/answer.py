"""Ask some documents a question: find the passages it is about, give the model those that
fit its context, check its answer against them, and keep the question, the answer, the
passages used and the model in a conversation. A plain generator of events, like a summary
job: the terminal prints them, a worker would relay them as signals.

When no passage is relevant the answer is "The documents do not say." and the model is not
asked: a small model given unrelated passages invents an answer from them.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from app.core import audit
from app.core.engine import EngineClient, EngineFailure, Finished, Token
from app.core.policy import policy_in_force
from app.core.policy.documents import NotAllowedByPolicy, policy_problem
from app.core.questions.checking import CheckedAnswer, check_answer
from app.core.questions.followup import (
    HISTORY_SHARE,
    as_messages,
    earlier_turns,
    fit_turns,
    retrieval_question,
)
from app.core.questions.prompt import load_ask_prompt, passage_block
from app.core.questions.retrieval import (
    FoundPassage,
    find_passages,
    index_documents,
    relevant,
)
from app.core.questions.selection import ANSWER_ROOM, choose_passages
from app.core.store import ACTIVE_LEAF, Position, Store

NOTHING_FOUND = "The documents do not say."
SAMPLING = {"temperature": 0.1, "top_p": 0.9, "repeat_penalty": 1.15}  # facts, not prose


@dataclass(frozen=True)
class AnswerStarted:
    """The model is being asked, given these passages in a prompt of this many tokens."""

    passages: tuple[FoundPassage, ...]
    prompt_tokens: int
    earlier_turns: int = 0  # earlier questions and answers of the conversation given too


@dataclass(frozen=True)
class AnswerFinished:
    conversation_id: int
    message_id: int
    text: str  # as stored: with our page references
    checked: CheckedAnswer | None  # None when the model was not asked
    passages: tuple[FoundPassage, ...]
    prompt_tokens: int  # 0 when the model was not asked
    finish_reason: str  # the model's, or "nothing_found"
    timings: object | None = None  # the engine's Timings; None when the model was not asked


def admit_for_questions(path: str | Path) -> None:
    """Raise NotAllowedByPolicy (after an audit entry) when the policy refuses the file."""
    path = Path(path)
    problem = policy_problem(policy_in_force(), path, None)
    if problem:
        audit.record("document_refused", file=path.name, reason=problem)
        raise NotAllowedByPolicy(path.name, problem)


def ask_documents(store: Store, engine: EngineClient, question: str, document_ids: list[int],
                  *, conversation_id: int | None = None, after: int | None | Position = ACTIVE_LEAF,
                  question_id: int | None = None) -> Iterator:
    """Yields AnswerStarted (unless nothing is relevant), the model's Tokens, then
    AnswerFinished; or an EngineFailure, after which the question stays saved unanswered.

    The question follows `after` (by default the thread's last message; an edited question
    goes beside the one it replaces, after that one's parent). With `question_id` a question
    already saved is asked again (Regenerate): `question` is ignored and the new answer
    becomes a version beside the old. Either way the earlier turns are those before it."""
    document_ids = list(dict.fromkeys(document_ids))
    index_documents(store, document_ids)
    with store.db.atomic():
        if conversation_id is None:
            conversation_id = store.create_conversation(_title(question))
        store.attach_documents(conversation_id, document_ids)
        if question_id is None:
            question_id = store.add_message(conversation_id, "user", question, parent_id=after)
    thread = store.messages(conversation_id)
    ids = [row["id"] for row in thread]
    if question_id not in ids:
        raise ValueError(f"message {question_id} is not in the thread shown")
    question = thread[ids.index(question_id)]["text"]
    turns = earlier_turns(thread[:ids.index(question_id)])
    found = find_passages(store, retrieval_question(question, turns), document_ids)
    if found and not find_passages(store, question, document_ids):
        found = []  # the follow-up's own words are nowhere: the earlier question's are no answer
    if not relevant(found):
        yield _finish(store, engine, (conversation_id, question_id), document_ids, None, (),
                      0, None)
        return
    names = _names(store, document_ids)
    messages, given, prompt_tokens, kept = build_prompt(engine, question, found, document_ids,
                                                        names, turns)
    yield AnswerStarted(given, prompt_tokens, kept)
    for event in engine.generate(messages, max_tokens=ANSWER_ROOM, **SAMPLING):
        if isinstance(event, Token):
            yield event
        elif isinstance(event, EngineFailure):
            yield event
            return
        elif isinstance(event, Finished):
            checked = check_answer(event.text, list(given), names, question)
            yield _finish(store, engine, (conversation_id, question_id), document_ids, checked,
                          given, prompt_tokens, event, kept)


def build_prompt(engine: EngineClient, question: str, found: list[FoundPassage],
                 document_ids: list[int], names: dict[int, str] | None,
                 turns: list[tuple[str, str]] = ()):
    """The messages, the passages in them, the prompt's tokens and how many earlier turns
    it holds: the latest earlier turns that fit HISTORY_SHARE of the room, then the best
    passages that leave ANSWER_ROOM free in the model's context (labels and template
    counted too)."""
    prompt = load_ask_prompt()
    n_ctx = engine.model.n_ctx
    room = n_ctx - ANSWER_ROOM - engine.count_prompt(
        prompt.messages(passages="", question=question))
    kept = fit_turns(list(turns), engine.count_tokens, int(room * HISTORY_SHARE))
    earlier = as_messages(kept)
    bare = engine.count_prompt(prompt.messages(passages="", question=question, earlier=earlier))
    given = choose_passages(found, engine.count_tokens, n_ctx - ANSWER_ROOM - bare, document_ids)
    while True:
        messages = prompt.messages(passages=passage_block(given, names), question=question,
                                   earlier=earlier)
        tokens = engine.count_prompt(messages)
        if tokens + ANSWER_ROOM <= n_ctx or len(given) <= 1:
            return messages, tuple(given), tokens, len(kept)
        given.remove(min(given, key=lambda p: p.relevance))  # the labels cost more than guessed


def _finish(store: Store, engine: EngineClient, turn: tuple[int, int], document_ids: list[int],
            checked: CheckedAnswer | None, given: tuple[FoundPassage, ...], prompt_tokens: int,
            finished: Finished | None, earlier: int = 0) -> AnswerFinished:
    conversation_id, question_id = turn
    text = checked.text if checked else NOTHING_FOUND
    sources = {"documents": document_ids, "prompt_version": load_ask_prompt().version,
               "earlier_turns": earlier, "gives_no": checked.gives_no if checked else "",
               "passages": [{"id": p.id, "document_id": p.document_id, "page": p.page}
                            for p in given]}
    with store.db.atomic():
        message_id = store.add_message(
            conversation_id, "assistant", text, parent_id=question_id,
            model=engine.model.name if finished else None,
            timings=finished.timings.as_record() if finished else None,
            finish_reason=finished.finish_reason if finished else "nothing_found",
            load_options=engine.model.options.as_dict() if finished else None)
        store.save_answer_sources(message_id, sources, checked.sentences if checked else [])
    _audit(store, turn, document_ids, len(given), prompt_tokens, text,
           engine.model.name if finished else None)
    return AnswerFinished(conversation_id, message_id, text, checked, given, prompt_tokens,
                          finished.finish_reason if finished else "nothing_found",
                          finished.timings if finished else None)


def _audit(store: Store, turn: tuple[int, int], document_ids: list[int], passages: int,
           prompt_tokens: int, answer: str, model: str | None) -> None:
    """Which documents were asked about, always (names, content hashes, ids); the question
    and the answer only at the "with_outputs" level, as for a chat answer."""
    conversation_id, question_id = turn
    documents = [store.document(d) for d in document_ids]
    audit.record("documents_asked", conversation=conversation_id,
                 documents=[{"id": d["id"], "file": d["name"], "sha256": d["sha256"]}
                            for d in documents],
                 passages=passages, prompt_tokens=prompt_tokens,
                 model=model, model_asked=model is not None,
                 prompt=store.db["messages"].get(question_id)["text"], answer=answer)


def _names(store: Store, document_ids: list[int]) -> dict[int, str] | None:
    if len(document_ids) < 2:
        return None
    return {d: store.document(d)["name"] for d in document_ids}


def _title(question: str) -> str:
    question = " ".join(question.split())
    return question if len(question) <= 60 else question[:59] + "…"
