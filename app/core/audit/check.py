"""Checking the audit trail's hash chain (`audit verify`) and writing it as CSV for
compliance (`audit export`)."""

from __future__ import annotations

import csv
import json
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from app.core.audit.trail import GENESIS, OWN_HASH, PREV_HASH, entry_hash

CSV_FIRST = ("time", "event", "user", "machine")
CSV_LAST = (PREV_HASH, OWN_HASH)


@dataclass(frozen=True)
class ChainReport:
    entries: int  # read before the first break (all of them when intact)
    broken_at: int | None = None  # line number, from 1
    why: str = ""

    @property
    def intact(self) -> bool:
        return self.broken_at is None


def verify_chain(path: Path) -> ChainReport:
    """Walk the chain from the first entry; the first line that is not valid JSON, whose
    own hash does not match its content, or whose `prev` is not the entry before it."""
    previous = GENESIS
    count = 0
    with open(path, "rb") as handle:
        for number, raw in enumerate(handle, start=1):
            problem, entry = _problem(raw, previous)
            if problem:
                return ChainReport(count, number, problem)
            previous, count = entry[OWN_HASH], count + 1
    return ChainReport(count)


def _problem(raw: bytes, previous: str) -> tuple[str | None, dict]:
    try:
        entry = json.loads(raw)
    except ValueError:
        return "it is not a complete JSON entry (cut short or edited)", {}
    if not isinstance(entry, dict) or OWN_HASH not in entry or PREV_HASH not in entry:
        return f"it is not an audit entry (no {OWN_HASH} or {PREV_HASH})", {}
    if entry_hash(entry) != entry[OWN_HASH]:
        return "its content was changed after it was written (its SHA-256 does not match)", {}
    if entry[PREV_HASH] != previous:
        if previous == GENESIS:
            return "the entries before it were removed (it does not start the chain)", {}
        return ("it does not follow the entry before it: an entry was removed, inserted "
                "or moved here"), {}
    return None, entry


def entries_since(path: Path, since: datetime) -> list[dict]:
    if since.tzinfo is None:
        since = since.replace(tzinfo=timezone.utc)
    chosen = []
    with open(path, "rb") as handle:
        for raw in handle:
            try:
                entry = json.loads(raw)
                when = datetime.fromisoformat(entry["time"])
            except (ValueError, KeyError, TypeError):
                continue  # `verify` is the place that reports damage
            if when >= since:
                chosen.append(entry)
    return chosen


def write_csv(entries: list[dict], out: Path) -> int:
    """One row per entry; the columns are every field met, the common ones first. Values
    that are not text (token counts of a chat) are written as JSON."""
    extra = sorted({k for e in entries for k in e} - set(CSV_FIRST) - set(CSV_LAST))
    columns = [*CSV_FIRST, *extra, *CSV_LAST]
    with open(out, "w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=columns)
        writer.writeheader()
        for entry in entries:
            writer.writerow({k: "" if v is None else v if isinstance(v, str) else json.dumps(v)
                             for k, v in entry.items()})
    return len(entries)
