"""Follow-up questions in a conversation about documents: the earlier questions and answers
go into the prompt (the latest that fit a share of the context, so that the passages keep
their room), and a short follow-up such as "and in 2023?" is looked up together with the
question before it, whose subject it leaves out."""

from __future__ import annotations

from collections.abc import Callable

from app.core.questions.terms import question_terms
from app.core.questions.unspaced import unspaced_pieces

# A follow-up with this many content words or fewer leans on the question before it.
SHORT_FOLLOW_UP = 2
# The earlier turns may take this share of what the prompt has room for: the passages
# answer the question, the earlier turns only say what it refers to.
HISTORY_SHARE = 1 / 3


def earlier_turns(rows: list[dict]) -> list[tuple[str, str]]:
    """The (question, answer) pairs of a conversation's thread answered from documents,
    oldest first. Left out: a question left unanswered (the engine failed), and a turn of
    plain chat before "Ask about documents…" or after "Back to plain chat" (an answer with
    no sources): the model's own words there are no context for what the pages say, and
    "Say hello" is not the question a short follow-up leans on."""
    turns = []
    for question, answer in zip(rows, rows[1:], strict=False):
        if ((question["role"], answer["role"]) == ("user", "assistant") and answer["text"]
                and answer.get("sources")):
            turns.append((question["text"], answer["text"]))
    return turns


def retrieval_question(question: str, turns: list[tuple[str, str]]) -> str:
    """What the passages are looked up with: a short follow-up with the question before it."""
    words = len(question_terms(question)) + len(unspaced_pieces(question))
    if turns and words <= SHORT_FOLLOW_UP:
        return f"{turns[-1][0]} {question}"
    return question


def fit_turns(turns: list[tuple[str, str]], count_tokens: Callable[[list[str]], list[int]],
              budget: int) -> list[tuple[str, str]]:
    """The latest turns whose text fits in `budget` tokens, oldest first."""
    if not turns or budget <= 0:
        return []
    sizes = count_tokens([f"{q}\n{a}" for q, a in turns])
    kept, used = [], 0
    for turn, size in zip(reversed(turns), reversed(sizes), strict=True):
        if used + size + 8 > budget:  # 8: what the chat template adds around two messages
            break
        kept.append(turn)
        used += size + 8
    return kept[::-1]


def as_messages(turns: list[tuple[str, str]]) -> list[dict]:
    return [m for q, a in turns for m in ({"role": "user", "content": q},
                                          {"role": "assistant", "content": a})]
