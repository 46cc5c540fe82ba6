"""Follow a summary sentence down the map/reduce tree to the chunks it came from.

Each map step summarised known pages; each combining step was given known parts of the
level below (`job_chunks.inputs`). A sentence of the final summary is aligned with the
parts its step was given (by the rare words they share), the best-matching parts are
followed down the same way, and the map chunks reached say which pages to look in for
the sentence's source passage.
"""

from __future__ import annotations

import json
import math
import re
from collections import Counter
from dataclasses import dataclass

from app.core.summarize.cite import terms

NEAR_BEST = 0.8  # parts scoring this close to the best one are followed too
MIN_SCORE = 0.2  # below this the sentence matches no part: follow them all
_BULLET = re.compile(r"^\s*(?:[-*•]|\d+[.)])\s+")
_SENTENCE_END = re.compile(r"(?<=[.!?。！？])\s+")
_TABLE_RULE = re.compile(r"^\s*\|?[\s:|-]+\|?\s*$")
REFERENCE = re.compile(r"\s*\((?:pp?\.|§|sections?) [^)]*\)")


@dataclass(frozen=True)
class Unit:
    """One sentence, bullet or table row of a summary: its span in the summary (with any
    reference of ours) and its words without that reference."""

    start: int
    end: int
    text: str


def summary_units(summary: str) -> list[Unit]:
    units: list[Unit] = []
    offset = 0
    lines = summary.splitlines(keepends=True)
    for line, after in zip(lines, [*lines[1:], ""]):
        if not _TABLE_RULE.match(after) or not after.strip():  # a table's header row: no claim
            units += _line_units(line.rstrip("\r\n"), offset)
        offset += len(line)
    return units


def _line_units(line: str, offset: int) -> list[Unit]:
    if not line.strip() or line.lstrip().startswith("#") or _TABLE_RULE.match(line):
        return []  # headings and table rules state nothing
    bullet = _BULLET.match(line)
    if bullet or line.lstrip().startswith("|"):
        spans = [(bullet.end() if bullet else len(line) - len(line.lstrip()), len(line))]
    else:
        spans, start = [], 0
        # "(p. 4)" ends no sentence: look for ends with our references' dots hidden
        masked = REFERENCE.sub(lambda m: m.group(0).replace(".", "_"), line)
        for end in _SENTENCE_END.finditer(masked):
            spans.append((start, end.start()))
            start = end.end()
        spans.append((start, len(line)))
    units = []
    for start, end in spans:
        piece = line[start:end]
        start += len(piece) - len(piece.lstrip())
        end -= len(piece) - len(piece.rstrip())
        text = REFERENCE.sub("", line[start:end]).strip(" |")
        if re.search(r"\w", text):
            units.append(Unit(offset + start, offset + end, text))
    return units


@dataclass(frozen=True)
class Step:
    """One model call's output: a map chunk (level 0) or a combining step."""

    first_page: int
    last_page: int
    text: str
    inputs: tuple[int, ...]  # indices of the parts of the level below; () for a map


def steps_by_level(chunks: list[dict]) -> list[list[Step]]:
    """The job's finished steps, level by level (maps first), from its job_chunks rows."""
    kinds = sorted({c["kind"] for c in chunks},
                   key=lambda k: 0 if k == "map" else int(k.split("-")[1]))
    levels: list[list[Step]] = []
    for kind in kinds:
        rows = sorted((c for c in chunks if c["kind"] == kind), key=lambda c: c["idx"])
        below = levels[-1] if levels else []
        inputs = [json.loads(r["inputs"]) if r.get("inputs") else None for r in rows]
        if kind != "map" and None in inputs:  # a job planned before inputs were kept
            inputs = _members_by_pages(below, rows)
        levels.append([Step(r["first_page"], r["last_page"], r["result"] or "",
                            tuple(i or ())) for r, i in zip(rows, inputs)])
    return levels


def _members_by_pages(below: list[Step], rows: list[dict]) -> list[list[int]]:
    """Groups are runs of consecutive parts: give each part, in order, to the first group
    whose pages hold it and that has not yet reached its last page."""
    members: list[list[int]] = [[] for _ in rows]
    group = 0
    for index, part in enumerate(below):
        while group < len(rows) - 1 and members[group] and (
                part.first_page > rows[group]["last_page"]
                or below[members[group][-1]].last_page == rows[group]["last_page"]
                and part.first_page >= rows[group + 1]["first_page"]):
            group += 1
        members[group].append(index)
    return members


def trace(sentence: str, levels: list[list[Step]]) -> list[int]:
    """The map chunks (indices) a sentence of the last level's summary draws on."""
    if not levels:
        return []
    chosen = list(range(len(levels[-1])))
    for depth in range(len(levels) - 1, 0, -1):
        given = [i for step in chosen for i in levels[depth][step].inputs]
        if not given:  # a step with no recorded parts: it may have drawn on any chunk
            return list(range(len(levels[0])))
        chosen = _closest(sentence, given, levels[depth - 1])
    return chosen


def _closest(sentence: str, given: list[int], parts: list[Step]) -> list[int]:
    wanted = set(terms(sentence))
    held = [set(terms(parts[i].text)) for i in given]
    frequency = Counter(t for words in held for t in words & wanted)
    weight = {t: math.log(1 + len(given) / n) + 0.1 for t, n in frequency.items()}
    total = sum(weight.values()) or 1.0
    scores = [sum(weight.get(t, 0.0) for t in words & wanted) / total for words in held]
    best = max(scores, default=0.0)
    if best < MIN_SCORE:
        return given  # nothing to tell them apart by: keep every part it was given
    return [i for i, score in zip(given, scores) if score >= NEAR_BEST * best]


def traced_pages(chunks: list[int], maps: list[Step]) -> set[int]:
    return {page for i in chunks for page in range(maps[i].first_page, maps[i].last_page + 1)}


def insert_at_ends(summary: str, notes: list[tuple[int, str]]) -> str:
    """`summary` with each (end offset, text) note put where that sentence ends; in a
    table row, inside its last cell."""
    out, last = [], 0
    for end, note in sorted(notes, key=lambda pair: pair[0]):
        end = min(end, len(summary))
        if summary[last:end].endswith("|"):
            end = len(summary[:end - 1].rstrip())
        out += [summary[last:end], note]
        last = end
    return "".join(out) + summary[last:]
