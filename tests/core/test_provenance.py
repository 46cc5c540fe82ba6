"""Provenance without a model: a summary sentence is followed down the combining steps to
its chunks, then to the passage of those chunks' pages that supports it; the rows are
stored once per sentence, and a job finished before they existed gets them on first use."""

from __future__ import annotations

import json
from types import SimpleNamespace

from app.core.store import Store
from app.core.store.erase import erase_everything
from app.core.summarize.alignment import (
    align_job,
    cite_summary,
    ensure_alignment,
    sentence_counts,
)
from app.core.summarize.cite import SourcePage
from app.core.summarize.provenance import steps_by_level, summary_units, trace

PAGES = [
    SourcePage(1, "Introduction. The hospital network of Penang serves 1.7 million people."),
    SourcePage(2, "Budget: the council approved 12 million ringgit for new wards in Seberang."),
    SourcePage(3, "The wards in Seberang open in 2027 with 120 beds. Parking is free."),
    SourcePage(4, "Staffing: 40 additional nurses will be hired from the Penang nursing college."),
    SourcePage(5, "Annex: the Penang nursing college trains 300 nurses a year."),
]
# Map steps of pages 1–2, 3, 4, 5; the first combining step pairs them; the last
# combines both pairs. The second pair's summary is what mentions nurses.
CHUNKS = [
    {"kind": "map", "idx": 0, "first_page": 1, "last_page": 2, "inputs": None,
     "result": "Penang's hospital network serves 1.7 million; the council approved "
               "12 million ringgit for wards."},
    {"kind": "map", "idx": 1, "first_page": 3, "last_page": 3, "inputs": None,
     "result": "The Seberang wards open in 2027 with 120 beds."},
    {"kind": "map", "idx": 2, "first_page": 4, "last_page": 4, "inputs": None,
     "result": "40 nurses will be hired from the nursing college."},
    {"kind": "map", "idx": 3, "first_page": 5, "last_page": 5, "inputs": None,
     "result": "The college trains 300 nurses a year."},
    {"kind": "reduce-1", "idx": 0, "first_page": 1, "last_page": 3, "inputs": "[0, 1]",
     "result": "Money for wards in Seberang, opening 2027 with 120 beds."},
    {"kind": "reduce-1", "idx": 1, "first_page": 4, "last_page": 5, "inputs": "[2, 3]",
     "result": "40 nurses hired from the college, which trains 300 a year."},
    {"kind": "reduce-2", "idx": 0, "first_page": 1, "last_page": 5, "inputs": "[0, 1]",
     "result": "(the final summary)"},
]
FINAL = ("## Summary\n"
         "The council approved 12 million ringgit for new wards in Seberang.\n"
         "- 40 nurses will be hired from the nursing college.\n"
         "- The weather was pleasant in Kuching.\n"
         "- The wards open in 2027 with 200 beds.")


def test_a_sentence_is_followed_down_the_steps_to_its_chunk():
    levels = steps_by_level(CHUNKS)
    assert trace("40 nurses will be hired from the nursing college.", levels) == [2]
    assert trace("The wards open in 2027 with 120 beds.", levels) == [1]
    # a sentence that matches no part keeps every chunk it may have come from
    assert trace("The weather was pleasant in Kuching.", levels) == [0, 1, 2, 3]


def test_steps_planned_before_inputs_were_kept_are_grouped_by_their_pages():
    old = [{**chunk, "inputs": None} for chunk in CHUNKS]
    levels = steps_by_level(old)
    assert [step.inputs for step in levels[1]] == [(0, 1), (2, 3)]
    assert [step.inputs for step in levels[2]] == [(0, 1)]


def test_each_sentence_gets_its_passage_level_reference_and_offsets():
    summary, rows = cite_summary(FINAL, CHUNKS, PAGES, paginated=True)
    assert summary.splitlines()[1:] == [
        "The council approved 12 million ringgit for new wards in Seberang (p. 2).",
        "- 40 nurses will be hired from the nursing college (p. 4).",
        "- The weather was pleasant in Kuching.",  # no source: no reference invented
        "- The wards open in 2027 with 200 beds.",  # a figure it does not state: no reference
    ]
    assert [summary[r["start"]:r["end"]] for r in rows] == [
        line.lstrip("- ") for line in summary.splitlines()[1:]]
    assert [r["level"] for r in rows] == ["supported", "supported", "not_found", "not_found"]
    nurses = rows[1]["passages"][0]
    assert nurses["page"] == 4
    assert PAGES[3].text[nurses["start"]:nurses["end"]].startswith("Staffing: 40 additional")
    # "200" is in neither the passage nor the document; "2027" is in the passage
    claims = {c["text"]: c["status"] for c in rows[3]["claims"]}
    assert claims == {"2027": "supported", "200": "not_found"}
    assert rows[3]["passages"][0]["page"] == 3  # still traced, for the reader to compare
    assert all(r["scope"] == "traced" for r in rows)


def test_support_outside_the_traced_pages_is_found_in_the_document_and_marked():
    # the steps say "nurses" came from pages 4–5, but this sentence is about page 1
    final = "The hospital network of Penang serves 1.7 million people."
    chunks = [dict(CHUNKS[2]), {**CHUNKS[2], "idx": 1, "first_page": 5, "last_page": 5},
              {**CHUNKS[6], "kind": "reduce-1", "inputs": "[0, 1]"}]
    summary, [row] = cite_summary(final, chunks, PAGES, paginated=True)
    assert row["scope"] == "document" and row["passages"][0]["page"] == 1
    assert summary.endswith("(p. 1).")
    assert sentence_counts([row])["elsewhere"] == 1


def test_a_claim_found_only_on_another_page_says_where():
    final = "40 additional nurses will be hired from the Penang nursing college in 2027."
    _, [row] = cite_summary(final, CHUNKS, PAGES, paginated=True)
    where = {c["text"]: (c["status"], c["page"]) for c in row["claims"]}
    assert row["passages"][0]["page"] == 4 and row["level"] == "partly"
    assert where["40"] == ("supported", 4) and where["2027"] == ("elsewhere", 3)


def test_units_keep_references_out_of_their_words_and_skip_table_headers():
    text = ("## Key facts\nWorth 12 million (p. 2). Opens 2027 (p. 3–4).\n\n"
            "| Item | Value |\n|---|---|\n| Beds | 120 (p. 3) |")
    units = summary_units(text)
    assert [u.text for u in units] == ["Worth 12 million.", "Opens 2027.", "Beds | 120"]
    assert [text[u.start:u.end] for u in units] == [
        "Worth 12 million (p. 2).", "Opens 2027 (p. 3–4).", "| Beds | 120 (p. 3) |"]


def finished_job(store: Store) -> int:
    """A job of PAGES with its four map steps done, not yet finished."""
    document = store.add_document(path="/tmp/penang.pdf", sha256="cd" * 32, size=1,
                                  pages=len(PAGES), format="pdf")
    store.save_pages(document, [SimpleNamespace(number=p.number, heading=None, text=p.text)
                                for p in PAGES])
    job = store.create_job(document, style="brief", model="demo", prompt_version="v2",
                           settings={})
    store.plan_chunks(job, "map", [(c["first_page"], c["last_page"], 0) for c in CHUNKS[:4]])
    for chunk in CHUNKS[:4]:
        store.finish_chunk(job, "map", chunk["idx"], chunk["result"])
    return job


def test_rows_are_stored_with_the_summary_and_read_back(tmp_path):
    store = Store(tmp_path / "app.db")
    job = finished_job(store)
    summary, rows = cite_summary(FINAL, store.chunks(job), PAGES, paginated=True)
    store.finish_job(job, summary, [], rows)
    store.close()
    store = Store(tmp_path / "app.db")
    assert store.sentences(job) == [{**row, "id": i + 1, "job_id": job}
                                    for i, row in enumerate(rows)]
    erase_everything(store)  # the rows go with their job
    assert store.db["summary_sentences"].count == 0


def test_a_job_finished_before_alignment_gets_its_rows_on_first_use(tmp_path):
    store = Store(tmp_path / "app.db")
    job = finished_job(store)
    stored = "The council approved 12 million ringgit (p. 2). The sky is green in Kuching."
    store.set_job_status(job, "done", summary=stored)
    assert not store.has_sentences(job)
    rows = ensure_alignment(store, job)
    assert [(r["text"], r["level"]) for r in rows] == [
        ("The council approved 12 million ringgit.", "supported"),
        ("The sky is green in Kuching.", "not_found")]
    assert stored[rows[0]["start"]:rows[0]["end"]] == (
        "The council approved 12 million ringgit (p. 2).")
    assert json.loads(store.db["summary_sentences"].get(1)["passages"])[0]["page"] == 2
    assert ensure_alignment(store, job) == rows  # stored once, then read
    assert [{**r, "id": i + 1, "job_id": job} for i, r in enumerate(align_job(store, job))] == rows
