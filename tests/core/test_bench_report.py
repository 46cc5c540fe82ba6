"""The bench report is a BenchReport. A version 1 report (written when the report was a plain
dict) is still read back and written again to the same keys and text, and printed; a
version 2 report (llama-bench in turn with the others) is printed to the table it got when
it was measured (tests/data/bench/)."""

from __future__ import annotations

import json
from dataclasses import fields

import pytest

from app.core.bench.report import REPORT_VERSION, BenchReport, format_table, write_report
from app.core.bench.summary_run import describe as describe_summary
from app.core.bench.summary_run import eta_errors
from tests.conftest import REPO

DATA = REPO / "tests" / "data" / "bench"


def test_a_version_1_report_is_still_read_written_and_printed(tmp_path):
    before = (DATA / "report-v1.json").read_text(encoding="utf-8")
    data = json.loads(before)
    report = BenchReport(**data)  # any key renamed or dropped fails here
    assert [f.name for f in fields(BenchReport)][:len(data)] == list(data)
    assert report.version == 1

    written = write_report(report, tmp_path / "report.json")
    assert written.read_text(encoding="utf-8") == before
    table = format_table(report)
    assert "llama-bench: not measured." in table  # version 1 had none on this machine
    assert "Prefill tok/s" in table and "2.405" in table  # its app/raw ratio


def test_a_version_2_report_is_printed_with_three_columns(tmp_path):
    data = json.loads((DATA / "report-v2.json").read_text(encoding="utf-8"))
    report = BenchReport(**data)
    assert report.version == 2 and REPORT_VERSION == 4
    assert format_table(report) + "\n" == (DATA / "report-v2-table.txt").read_text(
        encoding="utf-8")


def test_a_report_starts_with_its_version_and_what_was_run():
    report = BenchReport(app_version="1.0", created="2026-01-01T00:00:00+0000", argv=["bench"],
                         machine={}, model={}, options={}, settings={})
    assert list(report.as_dict())[:8] == ["version", "app_version", "created", "argv",
                                          "machine", "model", "options", "settings"]
    assert report.gui is None and report.llama_bench is None


def test_eta_error_counts_the_estimates_after_a_tenth_of_the_job():
    # a 100 s job: the estimate at 5 s is too early to count; at 20 s it promised 110 s
    # (10 % off), at 60 s it promised 95 s (5 % off)
    eta = eta_errors([(5.0, 10.0), (20.0, 90.0), (60.0, 35.0)], wall_s=100.0)
    assert eta["estimates"] == 2 and eta["first_at_s"] == 20.0
    assert eta["first_error"] == pytest.approx(0.10) and eta["max_error"] == pytest.approx(0.10)
    assert eta_errors([(1.0, 50.0)], wall_s=100.0)["first_error"] is None


def test_a_summary_figure_is_printed_with_how_it_was_measured():
    summary = {"document": "r.pdf", "pages": 6, "chunks": 3, "combines": 1, "wall_s": 50.0,
               "read_s": 1.0, "plan_s": 0.5, "prefill_s": 20.0, "decode_s": 25.0,
               "amplification": 1.084, "prefilled_tokens": 3252, "document_tokens": 3000,
               "method": "start_summary + run_summary", "eta": eta_errors([], 50.0)}
    lines = "\n".join(describe_summary(summary))
    assert "prefill amplification 1.08: 3,252 tokens prefilled for a 3,000-token" in lines
    assert "no estimate was shown" in lines and "How: start_summary" in lines
