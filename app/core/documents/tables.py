"""A table as Markdown-like rows, so a model sees which values go together.

Used for the tables of workbooks and slides, where a table is the point of the page: a
first row of headings, a rule under it, then one line per row. (Word tables stay in the
lighter "a | b" lines of word.py: there they sit inside running text.)
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence


def markdown_table(rows: Iterable[Sequence[str]]) -> str:
    """'| a | b |' lines; empty rows and empty columns at the right are left out."""
    kept = [[_cell(value) for value in row] for row in rows]
    kept = [row for row in kept if any(row)]
    if not kept:
        return ""
    width = max(_used_width(row) for row in kept)
    lines = ["| " + " | ".join((row + [""] * width)[:width]) + " |" for row in kept]
    lines.insert(1, "|" + " --- |" * width)
    return "\n".join(lines)


def _cell(value: str) -> str:
    # A cell stays on its row's line; a "|" inside it would read as a new column.
    return " ".join(value.split()).replace("|", "/")


def _used_width(row: list[str]) -> int:
    width = len(row)
    while width and not row[width - 1]:
        width -= 1
    return width
