"""Split a document into chunks that fit the loaded model's context, counted in the
model's own tokens, cutting at paragraph and then sentence boundaries, never mid-word
unless a single 'sentence' is itself too long."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

TokenCounter = Callable[[list[str]], list[int]]

_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")
_SENTENCE_END = re.compile(r"(?<=[.!?。！？])\s+")


@dataclass(frozen=True)
class Passage:
    page: int
    text: str
    tokens: int


@dataclass(frozen=True)
class Chunk:
    index: int
    first_page: int
    last_page: int
    text: str
    tokens: int


def split_passages(pages: Iterable, count: TokenCounter, budget: int) -> list[Passage]:
    """Paragraphs with their page and token count; any paragraph over budget is cut smaller."""
    pieces = [(page.number, para.strip()) for page in pages
              for para in _PARAGRAPH_BREAK.split(page.text) if para.strip()]
    counts = count([text for _, text in pieces]) if pieces else []
    passages: list[Passage] = []
    for (page, text), tokens in zip(pieces, counts):
        if tokens <= budget:
            passages.append(Passage(page, text, tokens))
        else:
            passages.extend(_split_long(page, text, count, budget))
    return passages


def _split_long(page: int, text: str, count: TokenCounter, budget: int) -> list[Passage]:
    sentences = [s for s in _SENTENCE_END.split(text) if s.strip()]
    if len(sentences) == 1:
        return _split_words(page, text, count, budget)
    out: list[Passage] = []
    for sentence, tokens in zip(sentences, count(sentences)):
        if tokens <= budget:
            out.append(Passage(page, sentence, tokens))
        else:
            out.extend(_split_words(page, sentence, count, budget))
    return out


def _split_words(page: int, text: str, count: TokenCounter, budget: int) -> list[Passage]:
    words = text.split()
    total = count([text])[0]
    per_piece = max(1, int(len(words) * budget / max(total, 1) * 0.9))
    parts = [" ".join(words[i : i + per_piece]) for i in range(0, len(words), per_piece)]
    return [Passage(page, part, tokens) for part, tokens in zip(parts, count(parts))]


def pack(passages: Sequence[Passage], budget: int, separator_tokens: int = 2) -> list[Chunk]:
    """Greedy packing in reading order; each chunk stays within `budget` tokens."""
    chunks: list[Chunk] = []
    current: list[Passage] = []
    used = 0
    for passage in passages:
        cost = passage.tokens + separator_tokens
        if current and used + cost > budget:
            chunks.append(_make_chunk(len(chunks), current, used))
            current, used = [], 0
        current.append(passage)
        used += cost
    if current:
        chunks.append(_make_chunk(len(chunks), current, used))
    return chunks


def _make_chunk(index: int, passages: list[Passage], tokens: int) -> Chunk:
    return Chunk(
        index=index,
        first_page=passages[0].page,
        last_page=passages[-1].page,
        text="\n\n".join(p.text for p in passages),
        tokens=tokens,
    )


def plan_chunks(pages: Iterable, count: TokenCounter, budget: int) -> list[Chunk]:
    if budget < 64:
        raise ValueError("the model's context is too small to summarise anything")
    return pack(split_passages(pages, count, budget), budget)
