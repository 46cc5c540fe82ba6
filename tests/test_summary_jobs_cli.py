"""Summary jobs survive what users' machines do to them: a killed process, a restart, a
117-page document. Run through the real CLI in separate processes."""

from __future__ import annotations

import hashlib
import re
import sqlite3
import subprocess
import sys
import time

import pytest

from app.cli.output import ExitCode
from app.core.models import embedded_model_path
from app.core.store import Store
from app.core.summarize.prompts import PROMPT_VERSION
from tests.helpers import cli, env_for, kill_tree, minutes_text

GEOTOPO = "009-pdflatex-geotopo/GeoTopo-komprimiert.pdf"


def done_chunks(db_path) -> list[int]:
    """Finished map chunks; none while the app has not created its tables yet (the file
    exists from the first open, before its migrations have run)."""
    if not db_path.exists():
        return []
    with sqlite3.connect(db_path) as db:
        if not db.execute("select 1 from sqlite_master where name = 'job_chunks'").fetchone():
            return []
        rows = db.execute("select idx from job_chunks where kind = 'map' and status = 'done'")
        return sorted(r[0] for r in rows)


def test_killed_job_resumes_without_recomputing_finished_chunks(tmp_path, data_home):
    # four pages at a context of 1024: four parts, so two can be finished before the kill
    document = minutes_text(tmp_path / "minutes.txt", pages=4)
    db_path = data_home / "offline-assistant.db"
    first = subprocess.Popen(
        [sys.executable, "-m", "app", "summarize", str(document), "--ctx", "1024"],
        env=env_for(data_home), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 600
    while time.monotonic() < deadline and first.poll() is None:
        if len(done_chunks(db_path)) >= 2:
            break
        time.sleep(0.2)
    assert first.poll() is None, "the first run ended before it could be killed"
    kill_tree(first)
    kept = done_chunks(db_path)
    with sqlite3.connect(db_path) as db:
        total = db.execute("select count(*) from job_chunks where kind = 'map'").fetchone()[0]
    assert 2 <= len(kept) < total

    resumed = cli("jobs", "resume", "--ctx", "1024", home=data_home)
    assert resumed.returncode == 0, resumed.stderr
    redone = [int(n) - 1 for n in re.findall(r"map (\d+)/\d+ \(", resumed.stderr)]
    assert sorted(redone) == [i for i in range(total) if i not in kept]  # one call per chunk
    assert f"{len(kept)} already done" in resumed.stderr

    store = Store(db_path)
    try:
        assert store.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        [job] = store.jobs()
        assert job["status"] == "done" and job["summary"]
        assert all(c["status"] == "done" for c in store.chunks(job["id"]))
    finally:
        store.close()


def test_jobs_lists_and_export_writes_markdown_with_provenance(tmp_path, data_home):
    document = minutes_text(tmp_path / "short.txt", pages=1)
    summarized = cli("summarize", str(document), "--style", "key_points", home=data_home,
                     timeout=600)
    assert summarized.returncode == 0
    # the benchmark line: where the time went, model against wall clock
    cost = re.search(r"Job 1: 1 page\(s\), 1 chunk\(s\) and 0 combining step\(s\) computed, "
                     r"([\d,]+) prompt and ([\d,]+) written tokens; model: prefill ([\d.]+) s, "
                     r"decode ([\d.]+) s \(reading the parts [\d.]+ s, combining and writing "
                     r"[\d.]+ s\); wall ([\d.]+) s; pipeline overhead ([\d.]+) s",
                     summarized.stderr)
    assert cost, summarized.stderr
    prompt, written = (int(cost.group(i).replace(",", "")) for i in (1, 2))
    prefill, decode, wall, overhead = (float(cost.group(i)) for i in (3, 4, 5, 6))
    assert prompt > 100 and written > 0 and prefill > 0 and decode > 0
    assert abs(wall - prefill - decode - overhead) < 0.2
    # what the model read against the document's own tokens (one chunk: its instructions)
    read = re.search(r"Prefill amplification ([\d.]+): ([\d,]+) tokens read by the model for "
                     r"a document of ([\d,]+)", summarized.stderr)
    assert read, summarized.stderr
    ratio, prefilled, own = float(read.group(1)), *(int(read.group(i).replace(",", ""))
                                                    for i in (2, 3))
    assert prefilled == prompt and 1 < ratio == pytest.approx(prefilled / own, abs=0.005)
    # how well the document supports the summary, counted over its stored sentences
    counted = re.search(r"Sentences: (\d+) supported(?: \(\d+ partly\))?, (\d+) found "
                        r"elsewhere in the document, (\d+) not found in the document\.",
                        summarized.stderr)
    assert counted, summarized.stderr
    store = Store(data_home / "offline-assistant.db")
    try:
        assert sum(map(int, counted.groups())) == len(store.sentences(1)) > 0
    finally:
        store.close()
    listing = cli("jobs", home=data_home)
    assert re.search(r"1\s+done\s+1/1 chunks\s+key_points\s+short.txt", listing.stdout)

    out = tmp_path / "summary.md"
    exported = cli("export", "1", str(out), home=data_home)
    assert exported.returncode == 0, exported.stderr
    text = out.read_text(encoding="utf-8")
    model_sha256 = hashlib.sha256(embedded_model_path().read_bytes()).hexdigest()
    for field in ("**Document:** short.txt", "**SHA-256:**", "**Model:** SmolLM2",
                  f"**Model SHA-256:** {model_sha256}",
                  f"**Prompt version:** {PROMPT_VERSION}", "## Summary",
                  "## Sources, sentence by sentence\n\n1. "):
        assert field in text
    assert f"SHA-256 {model_sha256}" in listing.stdout
    assert cli("export", "99", str(out), home=data_home).returncode == ExitCode.REFUSED


def test_unknown_style_is_refused_before_any_work(tmp_path, data_home):
    document = minutes_text(tmp_path / "short.txt", pages=1)
    result = cli("summarize", str(document), "--style", "poem", home=data_home, timeout=600)
    assert result.returncode == ExitCode.REFUSED and "unknown summary style" in result.stderr


@pytest.mark.long
def test_117_page_pdf_end_to_end_every_chunk_reaches_the_reduce(corpus, data_home):
    result = cli("summarize", str(corpus / GEOTOPO), home=data_home)
    assert result.returncode == 0, result.stderr[-3000:]
    assert result.stdout.strip()
    store = Store(data_home / "offline-assistant.db")
    try:
        [job] = store.jobs()
        assert job["pages"] == 117 and job["status"] == "done"
        maps = store.chunks(job["id"], "map")
        assert maps[0]["first_page"] == 1 and maps[-1]["last_page"] == 117
        assert all(c["status"] == "done" and c["result"] for c in maps)
        # every map chunk feeds exactly one first-level reduce step, in order, none skipped
        level = store.chunks(job["id"], "reduce-1")
        covered = [(r["first_page"], r["last_page"]) for r in level]
        assert covered[0][0] == 1 and covered[-1][1] == 117
        assert all(a[1] <= b[0] for a, b in zip(covered, covered[1:]))
        starts = {c["first_page"] for c in maps}
        assert all(first in starts for first, _ in covered)
        levels = {c["kind"] for c in store.chunks(job["id"]) if c["kind"].startswith("reduce")}
        assert len(store.chunks(job["id"], f"reduce-{len(levels)}")) == 1  # one final summary
    finally:
        store.close()
