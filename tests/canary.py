"""A unique word to find: put it in a document and a chat, erase them, then look for it in
every byte of the data folder. It is one lowercase token, so SQLite's full-text index keeps
it as one term; the search looks for its tail too, which survives the prefix compression of
that index's terms, in UTF-8 and in UTF-16 (either byte order)."""

from __future__ import annotations

from pathlib import Path

CANARY = "zqv7k3canary9x2w"
_NEEDLES = [CANARY[-10:].encode(codec) for codec in ("utf-8", "utf-16-le", "utf-16-be")]


def canary_files(folder: Path) -> list[str]:
    """Every file under `folder` whose bytes hold the canary (its tail), by relative path."""
    found = []
    for path in sorted(folder.rglob("*")):
        if path.is_file():
            data = path.read_bytes().lower()
            if any(needle in data for needle in _NEEDLES):
                found.append(str(path.relative_to(folder)))
    return found


def canary_document(folder: Path, name: str = "canary-memo.txt") -> Path:
    """A short real memo (one chunk for the demo model) that carries the canary."""
    path = folder / name
    path.write_text(
        "Memo to the finance committee, 3 March 2026.\n\n"
        f"Project {CANARY} will receive 48,000 ringgit for the new clinic in Kuantan. "
        f"The contractor for {CANARY} must finish the roof before the rainy season, and "
        "the hospital board reviews the spending in June.\n", encoding="utf-8")
    return path
