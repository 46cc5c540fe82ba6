"""The words a summary sentence and a source passage are matched by, and the reference
written after a sentence, e.g. "(p. 12–13)" or "(§ Scope)".

Small models do not cite reliably, so references are found afterwards (alignment.py): a
sentence is matched with the passages of the document by the rare words they share.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from app.core.summarize.prompts import page_label

_STOPWORDS = frozenset(
    "the and for that with this from are was were has have had not but its his her their "
    "which will would can could should also into than then there these those such been "
    "being about over under more most other some any all each per our your they them".split()
)


@dataclass(frozen=True)
class SourcePage:
    number: int
    text: str
    heading: str | None = None


def terms(text: str) -> list[str]:
    """Lower-case content words; long runs of unspaced script (Thai, Chinese) as trigrams."""
    out = []
    for word in re.findall(r"\w+", text.lower()):
        if len(word) > 6 and not word.isascii():
            out.extend(word[i : i + 3] for i in range(len(word) - 2))
        elif len(word) >= 3 and word not in _STOPWORDS or word.isdigit():
            out.append(word)
    return out


def reference_label(first: SourcePage, last: SourcePage, paginated: bool) -> str:
    """"(p. 12–13)", or for a document without pages its section: "(§ Scope)"."""
    if paginated:
        return f"({page_label(first.number, last.number)})"
    if first.heading:
        return f"(§ {first.heading})"
    return f"(section {first.number})" if first == last else (
        f"(sections {first.number}–{last.number})")
