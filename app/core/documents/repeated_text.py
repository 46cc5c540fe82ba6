"""Text a document repeats: a banner printed on most pages ("CONFIDENTIAL - for internal use
only", wherever it sits on the page) and a block that appears again word for word (a
disclaimer after every section, a table of terms pasted twice, a mail's quoted reply).

Read again by the model, such text costs prefill time on every chunk and tells it nothing
new; a small model also copies it into the summary. `without_repeated_text` gives the pages
without it, for the text that is chunked; the stored pages keep it, since references and
the Documents page show the pages as they are. Running headers and footers at a page's
edge (with their moving page numbers) are running_lines.py's part.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from .model import Page

BANNER_MIN_WORDS = 3  # "Page 4" or "Yes" on many pages is not a banner
BANNER_MIN_PAGES = 3
BANNER_SHARE = 0.5  # of the pages
BLOCK_MIN_WORDS = 8  # a repeated short line ("Approved.", "See below") stays

_PARAGRAPH_BREAK = re.compile(r"(\n\s*\n)")


def without_repeated_text(pages: Sequence) -> list[Page]:
    """`pages` (anything with .number, .text and .heading) without banner lines and without
    the second and later copies of a repeated block; unchanged when nothing would be left."""
    banners = _banner_lines(pages)
    seen: set[str] = set()
    kept = []
    for page in pages:
        text = _without_lines(page.text, banners) if banners else page.text
        kept.append(Page(page.number, _without_seen_blocks(text, seen), page.heading))
    return kept if any(p.text.strip() for p in kept) else list(pages)


def _key(text: str) -> str:
    return " ".join(text.split()).casefold()


def _banner_lines(pages: Sequence) -> set[str]:
    """Lines of several words found on at least half the pages (and on three or more)."""
    if len(pages) < BANNER_MIN_PAGES:
        return set()
    on_pages: Counter[str] = Counter()
    for page in pages:
        on_pages.update({key for line in page.text.splitlines()
                         if len((key := _key(line)).split()) >= BANNER_MIN_WORDS})
    need = max(BANNER_MIN_PAGES, BANNER_SHARE * len(pages))
    return {key for key, count in on_pages.items() if count >= need}


def _without_lines(text: str, banners: set[str]) -> str:
    return "\n".join(line for line in text.splitlines() if _key(line) not in banners)


def _without_seen_blocks(text: str, seen: set[str]) -> str:
    """The page's text without blocks already in `seen`; its new blocks are added to it.
    Blank lines between the blocks kept stay as they were (chunking splits on them)."""
    parts = _PARAGRAPH_BREAK.split(text)  # block, break, block, break, …
    out: list[str] = []
    for i in range(0, len(parts), 2):
        block = parts[i]
        key = _key(block)
        if len(key.split()) >= BLOCK_MIN_WORDS:
            if key in seen:
                continue
            seen.add(key)
        if out and i > 0:
            out.append(parts[i - 1])
        out.append(block)
    return "".join(out)
