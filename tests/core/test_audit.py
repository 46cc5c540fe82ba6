"""The audit trail as compliance reads it: real files, fsynced appends from two processes at
once that still make one chain, and `verify_chain` finding an entry that was edited,
deleted, moved or cut short."""

from __future__ import annotations

import csv
import json
import multiprocessing
from datetime import datetime, timezone
from pathlib import Path

import pytest

from app.core.audit import AuditTrail, AuditUnavailable, entries_since, verify_chain, write_csv

WRITES_EACH = 100


def write_entries(path: str, writer: str, count: int) -> None:
    trail = AuditTrail(Path(path))
    for index in range(count):
        trail.record("test_write", writer=writer, index=index)


@pytest.fixture
def trail(tmp_path) -> AuditTrail:
    trail = AuditTrail(tmp_path / "audit" / "audit.jsonl")
    for index in range(5):
        trail.record("document_summarised", file=f"report-{index}.pdf", pages=index + 1,
                     sha256="ab" * 32)
    return trail


def lines_of(path: Path) -> list[str]:
    return path.read_text(encoding="utf-8").splitlines(keepends=True)


def test_entries_carry_who_where_when_and_the_previous_hash(trail):
    assert verify_chain(trail.path).intact and verify_chain(trail.path).entries == 5
    first, second = (json.loads(line) for line in lines_of(trail.path)[:2])
    assert first["user"] and first["machine"] and first["prev_entry_sha256"] == "0" * 64
    assert second["prev_entry_sha256"] == first["entry_sha256"]
    assert first["sha256"] == "ab" * 32  # the event's own field is kept apart from the chain
    assert datetime.fromisoformat(first["time"]).utcoffset().total_seconds() == 0
    with pytest.raises(ValueError, match="trail's own"):
        trail.record("forged", entry_sha256="0" * 64)


@pytest.mark.parametrize("tamper, broken_at, words", [
    (lambda ls: ls[:2] + [ls[2].replace("report-2.pdf", "other.pdf")] + ls[3:], 3,
     "content was changed"),
    (lambda ls: ls[:2] + ls[3:], 3, "an entry was removed"),  # the third entry deleted
    (lambda ls: ls[:1] + [ls[2], ls[1]] + ls[3:], 2, "an entry was removed, inserted or moved"),
    (lambda ls: ls[1:], 1, "entries before it were removed"),  # the first entry deleted
    (lambda ls: ls[:4] + [ls[4][:40]], 5, "not a complete JSON entry"),  # cut short
    (lambda ls: ls[:4] + [ls[4].replace('"pages":5', '"pages":50')], 5, "content was changed"),
])
def test_verify_finds_the_first_broken_entry(trail, tamper, broken_at, words):
    trail.path.write_text("".join(tamper(lines_of(trail.path))), encoding="utf-8")
    report = verify_chain(trail.path)
    assert not report.intact
    assert report.broken_at == broken_at and words in report.why
    assert report.entries == broken_at - 1


def test_two_processes_writing_at_once_make_one_chain(tmp_path):
    path = tmp_path / "shared" / "audit.jsonl"
    context = multiprocessing.get_context("spawn")
    writers = [context.Process(target=write_entries, args=(str(path), name, WRITES_EACH))
               for name in ("window", "terminal")]
    for writer in writers:
        writer.start()
    for writer in writers:
        writer.join(timeout=120)
        assert writer.exitcode == 0
    report = verify_chain(path)
    assert report.intact and report.entries == 2 * WRITES_EACH
    by_writer = [json.loads(line)["writer"] for line in lines_of(path)]
    assert by_writer.count("window") == by_writer.count("terminal") == WRITES_EACH


def test_texts_are_kept_only_at_the_with_outputs_level(tmp_path):
    metadata = AuditTrail(tmp_path / "a.jsonl", "metadata").record(
        "chat_answered", conversation=1, prompt="secret question", answer="secret answer")
    outputs = AuditTrail(tmp_path / "b.jsonl", "with_outputs").record(
        "chat_answered", conversation=1, prompt="secret question", answer="secret answer")
    assert "prompt" not in metadata and "answer" not in metadata
    assert "secret" not in (tmp_path / "a.jsonl").read_text()
    assert outputs["prompt"] == "secret question" and outputs["answer"] == "secret answer"


def test_a_trail_that_cannot_be_written_is_said_in_plain_words(tmp_path):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the audit folder should be")
    trail = AuditTrail(blocker / "audit" / "audit.jsonl")
    with pytest.raises(AuditUnavailable) as failed:
        trail.record("app_started")
    message = str(failed.value)
    assert str(trail.path) in message and "will not work until" in message


def test_export_writes_the_entries_since_a_date_as_csv(trail, tmp_path):
    out = tmp_path / "audit.csv"
    assert write_csv(entries_since(trail.path, datetime(2000, 1, 1)), out) == 5
    rows = list(csv.DictReader(out.open(encoding="utf-8")))
    assert [row["file"] for row in rows] == [f"report-{i}.pdf" for i in range(5)]
    assert rows[0]["pages"] == "1" and rows[0]["event"] == "document_summarised"
    assert list(rows[0])[:4] == ["time", "event", "user", "machine"]
    tomorrow = datetime.now(timezone.utc).replace(year=datetime.now().year + 1)
    assert entries_since(trail.path, tomorrow) == []
