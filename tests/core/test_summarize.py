"""Summary jobs with the real model: chunks planned by its tokens, each committed."""

from __future__ import annotations

import threading

from app.core.documents import extract_document
from app.core.store import Store
from app.core.summarize import JobFinished, StepDone, StepStarted, run_summary, start_summary
from app.core.summarize.chunking import plan_chunks

PARAGRAPH = ("The council approved a budget of {n} million for road repairs in district {n}. "
             "Work starts in spring and must finish before the rainy season. ")


def long_text(tmp_path, pages=6):
    sections = ["\n\n".join(PARAGRAPH.format(n=p * 10 + i) for i in range(12))
                for p in range(1, pages + 1)]
    path = tmp_path / "minutes.txt"
    path.write_text("\f".join(sections), encoding="utf-8")
    return extract_document(path)


def test_chunks_fit_the_budget_and_keep_pages(engine, tmp_path):
    document = long_text(tmp_path)
    chunks = plan_chunks(document.pages, engine.count_tokens, budget=300)
    assert len(chunks) > 3
    assert all(c.tokens <= 300 for c in chunks)
    assert chunks[0].first_page == 1 and chunks[-1].last_page == 6
    assert all(a.last_page <= b.first_page for a, b in zip(chunks, chunks[1:]))
    joined = " ".join(c.text for c in chunks).split()
    assert joined == document.text.split()  # nothing lost, nothing repeated


def test_multi_chunk_job_maps_every_chunk_then_reduces(engine, tmp_path, data_home):
    store = Store(data_home / "app.db")
    document = long_text(tmp_path)
    job_id = start_summary(store, engine, document, style="key_points")
    events = list(run_summary(store, engine, document, job_id))
    finished = events[-1]
    assert isinstance(finished, JobFinished) and finished.status == "done", finished.message
    maps = store.chunks(job_id, "map")
    reduces = [c for c in store.chunks(job_id) if c["kind"].startswith("reduce")]
    assert len(maps) >= 2 and all(c["status"] == "done" for c in maps)
    assert reduces and reduces[-1]["first_page"] == 1 and reduces[-1]["last_page"] == 6
    assert store.job(job_id)["summary"] == finished.summary == reduces[-1]["result"]
    store.close()


def test_cancelled_job_keeps_finished_chunks_and_resumes_without_redoing_them(
        engine, tmp_path, data_home):
    store = Store(data_home / "app.db")
    document = long_text(tmp_path)
    job_id = start_summary(store, engine, document)
    cancel = threading.Event()
    for event in run_summary(store, engine, document, job_id, cancel=cancel):
        if isinstance(event, StepDone):
            cancel.set()  # the user pressed Cancel after the first chunk
    assert store.job(job_id)["status"] == "cancelled"
    kept = [c for c in store.chunks(job_id, "map") if c["status"] == "done"]
    assert len(kept) == 1

    started = [e for e in run_summary(store, engine, document, job_id)
               if isinstance(e, StepStarted)]
    assert (("map", kept[0]["idx"]) not in {(e.kind, e.index) for e in started})
    assert store.job(job_id)["status"] == "done"
    assert store.chunks(job_id, "map")[0]["result"] == kept[0]["result"]
    store.close()
