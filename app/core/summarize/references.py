"""Read a page reference of a summary back into the page numbers it names."""

from __future__ import annotations

import re


def pages_for(reference: str, pages: list[dict]) -> list[dict]:
    """The stored pages (dicts with number, heading, text) that `reference` points at:
    "p. 4", "p. 12–13", "section 3", "sections 2–4" or "§ Heading"."""
    if reference.startswith("§"):
        heading = reference[1:].strip()
        return [p for p in pages if (p["heading"] or "").strip() == heading]
    numbers = [int(n) for n in re.findall(r"\d+", reference)]
    if not numbers:
        return []
    first, last = numbers[0], numbers[-1]
    return [p for p in pages if first <= p["number"] <= last]
