"""The last check on what a reader found: text worth summarising, or garbage.

Bytes that are no text at all still decode to something (every byte is a character in
some code page), and a damaged file can hold one character over and over. A model fed
that writes a confident summary of nothing, so such text is refused in plain words.
Real text in any script passes: only characters no language writes count against it.
"""

from __future__ import annotations

import re
import zlib

from .errors import DamagedDocument
from .model import Page

# Control characters (C0 but whitespace, DEL, C1), surrogates, private use, and the
# replacement character that decoding leaves for bytes no encoding explains.
_UNPRINTABLE = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f\ud800-\uf8ff\ufffd-\uffff]")
_MOST_UNPRINTABLE = 0.25
# Fewer different letters, digits and signs than this is "AAAA…" or "-=-=…", not writing.
_FEWEST_DISTINCT = 4
_FEWEST_CHARACTERS_JUDGED = 20
# Real text, even a log, a table or clauses written from one template, packs to 4 % or
# more of its size; one short piece repeated ("Lorem ipsum. Lorem ipsum. …") to under 1 %.
_LEAST_PACKED_SHARE = 0.015
_SHORTEST_REPEAT_JUDGED = 2000
# Enough text to judge, and judged in well under a second however long the document.
_SAMPLE_CHARS = 1_000_000

_NOT_TEXT = (
    '"{name}" has no readable text: {why}. It may be damaged, or not a text at all. '
    "Open it in the program that made it, save it as a PDF or plain text, and try again "
    "with the saved file."
)
_MOSTLY_UNPRINTABLE = "most of it is control characters and signs that no language uses"
_REPEATED = "it is the same few characters over and over"


def check_readable(name: str, pages: tuple[Page, ...]) -> None:
    """Raise DamagedDocument when the text is garbage; blank text is the readers' concern."""
    text = _visible_sample(pages)
    if len(text) < _FEWEST_CHARACTERS_JUDGED:
        return
    unprintable = len(text) - len(_UNPRINTABLE.sub("", text))
    if unprintable > _MOST_UNPRINTABLE * len(text):
        raise DamagedDocument(name, _NOT_TEXT.format(name=name, why=_MOSTLY_UNPRINTABLE))
    if len(set(text)) < _FEWEST_DISTINCT or _repeats_itself(text):
        raise DamagedDocument(name, _NOT_TEXT.format(name=name, why=_REPEATED))


def _visible_sample(pages: tuple[Page, ...]) -> str:
    """The first characters of the text that are not white space, up to _SAMPLE_CHARS."""
    parts, size = [], 0
    for page in pages:
        # Sliced first: a text file of 50 MB is one page.
        part = "".join(page.text[: 2 * _SAMPLE_CHARS].split())
        parts.append(part)
        size += len(part)
        if size >= _SAMPLE_CHARS:
            break
    return "".join(parts)[:_SAMPLE_CHARS]


def _repeats_itself(text: str) -> bool:
    if len(text) < _SHORTEST_REPEAT_JUDGED:
        return False
    data = text.encode("utf-8", errors="replace")
    return len(zlib.compress(data, 9)) < _LEAST_PACKED_SHARE * len(data)
