"""What encryption at rest costs the store: opening the data file (with its migrations), a
search and the conversation list, and the commit that keeps each finished part of a
summary, measured on a plain and on an SQLCipher file of the same rows. The key is made
here (the keychain holds a real one; where it is kept does not change SQLCipher's cost)."""

from __future__ import annotations

import os
import statistics
import tempfile
import time
from pathlib import Path

from app.core.store import Store
from app.core.store.connection import key_in_force, use_key

MEASURES = ("open (with migrations)", "search + list", "finish_chunk (commit)")


def store_cost(messages: int = 200, parts: int = 100, opens: int = 15) -> dict[str, dict]:
    """{"plain": {measure: median seconds}, "encrypted": {...}}, from fresh files in a
    temporary folder; the key in force before is restored."""
    before = key_in_force()
    timings = {}
    try:
        with tempfile.TemporaryDirectory(prefix="oa-store-cost-") as folder:
            for label, key in (("plain", None), ("encrypted", os.urandom(32))):
                use_key(key)
                db = Path(folder) / f"{label}.db"
                job = _filled(db, messages, parts)
                timings[label] = _timed(db, job, parts, opens)
    finally:
        use_key(before)
    return timings


def describe(timings: dict[str, dict]) -> list[str]:
    lines = ["store cost of encryption (medians; SQLCipher 4 vs plain SQLite, same rows):"]
    for what in MEASURES:
        plain, encrypted = timings["plain"][what], timings["encrypted"][what]
        lines.append(f"  {what:<24} plain {plain * 1000:7.2f} ms   encrypted "
                     f"{encrypted * 1000:7.2f} ms   ×{encrypted / max(plain, 1e-9):.2f}")
    return lines


def _filled(db: Path, messages: int, parts: int) -> int:
    store = Store(db)
    try:
        conversation = store.create_conversation("Clinic budget")
        for n in range(messages):
            store.add_message(conversation, "user" if n % 2 == 0 else "assistant",
                              f"Message {n} about the clinic roof and its budget.")
        document = store.add_document(path="/bench/report.txt", sha256="cd" * 32, size=1,
                                      pages=1, format="txt")
        job = store.create_job(document, style="brief", model="bench", prompt_version="v1",
                               settings={})
        store.plan_chunks(job, "map", [(1, 1, 10)] * parts)
        return job
    finally:
        store.close()


def _timed(db: Path, job: int, parts: int, opens: int) -> dict[str, float]:
    opened, queried, committed = [], [], []
    for _ in range(opens):
        started = time.perf_counter()
        store = Store(db)
        opened.append(time.perf_counter() - started)
        started = time.perf_counter()
        store.search_messages("clinic roof")
        store.conversations()
        queried.append(time.perf_counter() - started)
        store.close()
    store = Store(db)
    try:
        for index in range(parts):
            started = time.perf_counter()
            store.finish_chunk(job, "map", index, "A part of the summary. " * 20)
            committed.append(time.perf_counter() - started)
    finally:
        store.close()
    return dict(zip(MEASURES, map(statistics.median, (opened, queried, committed))))
