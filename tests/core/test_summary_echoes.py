"""Whole summaries of real PDFs with the demo model: no sentence twice, no running header.

The checks here are written apart from the code they test (difflib, not the summariser's
own word sets), so a blind spot of that code is not repeated in its test.
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher
from itertools import combinations
from pathlib import Path

import pytest

from app.core.documents import extract_document
from app.core.store import Store
from app.core.summarize import JobFinished, run_summary, start_summary

REPO = Path(__file__).resolve().parents[2]
FEE_STUDY = REPO / "tests" / "data" / "running-headers" / "fee-study.pdf"
HEADER = "Fee Study December 2003"
FOOTER = "internal working paper"


def statements(summary: str) -> list[str]:
    """Each sentence or bullet as plain lower-case words, without the app's references."""
    summary = re.sub(r"\((?:pp?\.|section)[^)]*\)", " ", summary)
    pieces = re.split(r"(?<=[.!?])\s+|\n+", summary)
    return [" ".join(re.findall(r"\w+", piece.lower())) for piece in pieces]


def repeated(summary: str) -> list[tuple[str, str]]:
    long_enough = [s for s in statements(summary) if len(s.split()) >= 4]
    return [(a, b) for a, b in combinations(long_enough, 2)
            if SequenceMatcher(None, a, b).ratio() >= 0.9]


def summarise(store: Store, engine, path: Path) -> tuple[int, str]:
    job_id = start_summary(store, engine, extract_document(path), style="key_points")
    finished = list(run_summary(store, engine, job_id))[-1]
    assert isinstance(finished, JobFinished) and finished.status == "done", finished.message
    return job_id, finished.summary


def test_the_checker_sees_a_repeated_bullet():
    summary = "- The fee rises to $45 (p. 2).\n- Filing online is cheaper.\n- The fee rises to $45."
    assert repeated(summary) == [("the fee rises to 45", "the fee rises to 45")]


def test_a_summary_is_planned_without_the_running_headers(engine, data_home):
    store = Store(data_home / "app.db")
    job_id = start_summary(store, engine, extract_document(FEE_STUDY), style="key_points")
    sources = " ".join(chunk["source"] for chunk in store.chunks(job_id, "map"))
    assert "Staff salaries take sixty percent" in sources
    assert HEADER not in sources and FOOTER not in sources
    # the pages as stored (for references and the Documents page) are the pages as read
    pages = store.pages(store.job(job_id)["document_id"])
    assert all(HEADER in page["text"] and FOOTER in page["text"] for page in pages)
    store.close()


@pytest.mark.slow
def test_a_report_with_running_headers_is_summarised_without_them(engine, data_home):
    store = Store(data_home / "app.db")
    _, summary = summarise(store, engine, FEE_STUDY)
    store.close()
    assert summary.strip()
    assert HEADER.lower() not in summary.lower() and FOOTER not in summary.lower(), summary
    assert repeated(summary) == [], summary


@pytest.mark.long  # minutes each: make test-slow (the fee study above runs in the quick suite)
@pytest.mark.parametrize("name", [
    "026-latex-multicolumn/multicolumn.pdf",
    # blind text that says the same sentences on every page: the model's surest echo, and
    # about ten minutes on two busy cores
    "004-pdflatex-4-pages/pdflatex-4-pages.pdf",
])
def test_a_corpus_pdf_summary_says_each_thing_once(engine, data_home, corpus, name):
    store = Store(data_home / "app.db")
    job_id, summary = summarise(store, engine, corpus / name)
    steps = [chunk["result"] for chunk in store.chunks(job_id)]
    store.close()
    assert summary.strip()
    assert repeated(summary) == [], summary
    for step in steps:  # every map and combine answer too
        assert repeated(step) == [], step
