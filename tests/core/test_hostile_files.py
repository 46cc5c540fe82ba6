"""Every file of tests/data/hostile through the real sandboxed reader: misnamed files are
read as what they are or refused in words that name what they are, hostile ones give text
or a clear error within the time limit, and nothing gives a traceback.

The files are committed (scripts/make_hostile_corpus.py made them with LibreOffice, qpdf,
gcc, msoffcrypto-tool and Python's email package), so no tool is needed here.
manifest.json says what each one must give.
"""

from __future__ import annotations

import json
import time
from pathlib import Path

from app.core.documents import DocumentError, extract_document
from tests.conftest import REPO

HOSTILE = REPO / "tests" / "data" / "hostile"
# Far below the app's default of 120 s; every file here is small.
LIMIT_S = 30
# Starting the reading process and collecting it, on a loaded 2-core machine.
START_AND_STOP_S = 10
# Words of a Python error report, or of an operating-system error, that a user must
# never see in a message.
TECHNICAL_WORDS = ("Traceback", "Errno", "Error:", "Exception", 'File "', "0x")


def _manifest() -> dict[str, dict]:
    return json.loads((HOSTILE / "manifest.json").read_text(encoding="utf-8"))


def _read(path: Path) -> tuple[str, object, float]:
    started = time.monotonic()
    try:
        outcome: object = extract_document(path, timeout_s=LIMIT_S)
        kind = "text"
    except DocumentError as error:
        outcome, kind = error, "error"
    return kind, outcome, time.monotonic() - started


def test_corpus_and_manifest_match():
    files = {path.name for path in HOSTILE.iterdir()} - {"manifest.json", "README.md"}
    assert files == set(_manifest())
    assert sum(path.stat().st_size for path in HOSTILE.iterdir()) < 3_000_000


def test_every_hostile_file_gives_text_or_a_clear_error_in_time(artifacts):
    failures, outcomes = [], []
    for name, expected in _manifest().items():
        kind, outcome, seconds = _read(HOSTILE / name)
        summary = (
            f"{outcome.format}, {len(outcome.text):,} characters"
            if kind == "text"
            else f"{type(outcome).__name__}: {outcome}"
        )
        outcomes.append(f"{seconds:5.1f} s  {name}: {summary}")
        problem = _judge(name, expected, kind, outcome, seconds)
        if problem:
            failures.append(f"{name}: {problem}")
    report = "\n".join(outcomes)
    (artifacts / "hostile-files.txt").write_text(report + "\n", encoding="utf-8")
    print("\n" + report)  # shown with -s or -rP, and on failure
    assert failures == []


def _judge(name: str, expected: dict, kind: str, outcome, seconds: float) -> str | None:
    if seconds > LIMIT_S + START_AND_STOP_S:
        return f"took {seconds:.0f} s, past the limit of {LIMIT_S} s"
    if kind == "error":
        message = str(outcome)
        if name not in message:
            return f"the message does not name the file: {message}"
        if any(word in message for word in TECHNICAL_WORDS):
            return f"the message has technical words: {message}"
    if expected["expect"] == "either":
        return None
    if kind != expected["expect"]:
        return f"expected {expected['expect']}, got {kind}: {outcome}"
    if kind == "text":
        if outcome.format != expected["format"]:
            return f"read as {outcome.format}, not {expected['format']}"
        if expected["words"] not in outcome.text:
            return f"{expected['words']!r} missing from the text: {outcome.text[:200]!r}"
        return None
    if type(outcome).__name__ != expected["error"]:
        return f"expected {expected['error']}, got {type(outcome).__name__}: {outcome}"
    missing = [words for words in expected["says"] if words not in str(outcome)]
    return f"the message lacks {missing}: {outcome}" if missing else None
