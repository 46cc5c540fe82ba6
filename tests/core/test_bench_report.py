"""The bench report is a BenchReport, and its JSON file and table are what they were when
the report was a plain dict: a report the bench wrote then (tests/data/bench/) is read
back, written again and printed, to the same keys, text and table."""

from __future__ import annotations

import json
from dataclasses import fields

from app.core.bench.report import REPORT_VERSION, BenchReport, format_table, write_report
from tests.conftest import REPO

DATA = REPO / "tests" / "data" / "bench"


def test_a_version_1_report_is_written_and_printed_as_before(tmp_path):
    before = (DATA / "report-v1.json").read_text(encoding="utf-8")
    data = json.loads(before)
    report = BenchReport(**data)  # any key added, renamed or dropped fails here
    assert [f.name for f in fields(BenchReport)] == list(data)
    assert report.version == REPORT_VERSION == data["version"]

    written = write_report(report, tmp_path / "report.json")
    assert written.read_text(encoding="utf-8") == before
    assert format_table(report) + "\n" == (DATA / "report-v1-table.txt").read_text(
        encoding="utf-8")


def test_a_report_starts_with_its_version_and_what_was_run():
    report = BenchReport(app_version="1.0", created="2026-01-01T00:00:00+0000", argv=["bench"],
                         machine={}, model={}, options={}, settings={})
    assert list(report.as_dict())[:8] == ["version", "app_version", "created", "argv",
                                          "machine", "model", "options", "settings"]
    assert report.gui is None and report.llama_bench is None
