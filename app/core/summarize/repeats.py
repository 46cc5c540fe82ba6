"""Say each thing once: a summary step's answer without sentences or bullets it repeats.

Small models echo: the same point again in other bullets, a paragraph copied under every
part it combined. The engine stops a loop while it decodes (engine/loops.py); what a
looser echo leaves behind is taken out here, from every map and combine answer and from
the final summary, so a reader never gets the same sentence twice.

Sentences are compared by their words (lower case, punctuation and Markdown marks
ignored): two are the same when they have all of their numbers in common and either share
at least `SAME_SHARE` of the longer one's words or read alike letter for letter (a
`difflib` ratio of `SAME_SHARE`: "Australia's capital cities grow faster … reported by" cut
short is the same point as "Australian capital cities grow faster … reported by the
panel"). So "The fee rises to $45." and "**The fee** rises to $45" are one sentence, while
sentences that differ in a number (2002 and 2003), however long and alike otherwise, are
both kept: they say different things.

The model also breaks its lines where the source's lines broke; a line that goes on in
lower case continues the sentence above it and is joined to it first, so a sentence is
compared (and later given its reference) whole.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from difflib import SequenceMatcher

SAME_SHARE = 0.9
# Shorter pieces ("e.g.", "Yes.") are what a sentence splitter cuts from inside a
# sentence, or are too short to be an echo: removing them would only mangle the text.
MIN_WORDS = 4

_SENTENCE_END = re.compile(r"(?<=[.!?。！？])\s+")
_WORD = re.compile(r"\w+", re.UNICODE)
_LEAD = re.compile(r"^(\s*(?:[-*•+]|\d+[.)]|#+)?\s*)")  # a bullet, a number or a heading mark
_OPEN_END = re.compile(r"[^\s.!?:;。！？|]\s*$")  # a line that stops mid-sentence
_GOES_ON = re.compile(r"^\s*[a-z(]")  # …and a line that carries on from it


@dataclass(frozen=True)
class _Said:
    words: frozenset[str]
    text: str  # the words in order, one space apart


def drop_repeats(text: str) -> str:
    """`text` with every sentence (or bullet) that repeats an earlier one left out."""
    seen: list[_Said] = []
    lines = []
    for line in join_wrapped_lines(text).splitlines():
        kept = _unseen_sentences(line, seen)
        if kept is not None:
            lines.append(kept)
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


def join_wrapped_lines(text: str) -> str:
    """`text` with each line that carries on the sentence above it joined to that line."""
    lines: list[str] = []
    for line in text.splitlines():
        above = lines[-1] if lines else ""
        # a heading or a table row goes on in no line below it
        if (_GOES_ON.match(line) and _OPEN_END.search(above)
                and not above.lstrip().startswith(("#", "|"))):
            lines[-1] = f"{above.rstrip()} {line.strip()}"
        else:
            lines.append(line)
    return "\n".join(lines)


def _unseen_sentences(line: str, seen: list[_Said]) -> str | None:
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


def _repeats(sentence: str, seen: list[_Said]) -> bool:
    words = _WORD.findall(sentence.lower())
    if len(words) < MIN_WORDS:
        return False
    mine = _Said(frozenset(words), " ".join(words))
    if any(_same(mine, earlier) for earlier in seen):
        return True
    seen.append(mine)
    return False


def _same(one: _Said, other: _Said) -> bool:
    if _numbers(one.words) != _numbers(other.words):
        return False
    if len(one.words & other.words) >= SAME_SHARE * max(len(one.words), len(other.words)):
        return True
    alike = SequenceMatcher(None, one.text, other.text, autojunk=False)
    # the quick upper bounds first: most pairs are told apart without the full comparison
    return (alike.real_quick_ratio() >= SAME_SHARE and alike.quick_ratio() >= SAME_SHARE
            and alike.ratio() >= SAME_SHARE)


def _numbers(words: frozenset[str]) -> frozenset[str]:
    return frozenset(w for w in words if any(c.isdigit() for c in w))
