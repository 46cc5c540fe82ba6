"""Say each thing once: a summary step's answer without sentences or bullets it repeats.

Small models echo: the same point again in other bullets, a paragraph copied under every
part it combined. The engine stops a loop while it decodes (engine/loops.py); what a
looser echo leaves behind is taken out here, from every map and combine answer and from
the final summary, so a reader never gets the same sentence twice.

Sentences are compared by their words (lower case, punctuation and Markdown marks
ignored): two are the same when they share at least `SAME_SHARE` of the longer one's
words and all of their numbers, so "The fee rises to $45." and "**The fee** rises to $45"
are one sentence, while sentences that differ in a number (2002 and 2003), however long
and alike otherwise, are both kept: they say different things.
"""

from __future__ import annotations

import re

SAME_SHARE = 0.9
# Shorter pieces ("e.g.", "Yes.") are what a sentence splitter cuts from inside a
# sentence, or are too short to be an echo: removing them would only mangle the text.
MIN_WORDS = 4

_SENTENCE_END = re.compile(r"(?<=[.!?。！？])\s+")
_WORD = re.compile(r"\w+", re.UNICODE)
_LEAD = re.compile(r"^(\s*(?:[-*•+]|\d+[.)]|#+)?\s*)")  # a bullet, a number or a heading mark


def drop_repeats(text: str) -> str:
    """`text` with every sentence (or bullet) that repeats an earlier one left out."""
    seen: list[frozenset[str]] = []
    lines = []
    for line in text.splitlines():
        kept = _unseen_sentences(line, seen)
        if kept is not None:
            lines.append(kept)
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


def _unseen_sentences(line: str, seen: list[frozenset[str]]) -> str | None:
    """The line with its repeated sentences left out; None when nothing new is left."""
    lead = _LEAD.match(line).group(1)
    body = line[len(lead):]
    if not body.strip():
        return line  # a blank line keeps paragraphs apart
    sentences = _SENTENCE_END.split(body)
    kept = [s for s in sentences if not _repeats(s, seen)]
    if not kept:
        return None
    return line if len(kept) == len(sentences) else lead + " ".join(kept)


def _repeats(sentence: str, seen: list[frozenset[str]]) -> bool:
    words = _WORD.findall(sentence.lower())
    if len(words) < MIN_WORDS:
        return False
    mine = frozenset(words)
    if any(_same(mine, earlier) for earlier in seen):
        return True
    seen.append(mine)
    return False


def _same(one: frozenset[str], other: frozenset[str]) -> bool:
    if _numbers(one) != _numbers(other):
        return False
    return len(one & other) >= SAME_SHARE * max(len(one), len(other))


def _numbers(words: frozenset[str]) -> frozenset[str]:
    return frozenset(w for w in words if any(c.isdigit() for c in w))
