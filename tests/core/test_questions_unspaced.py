"""Questions in Chinese and Thai, written without spaces between words (issue #17): the word
index sees whole phrases, so they are looked up in pieces through the trigram index
(migration m008). Measured on tests/data/questions_eval/unspaced (see its README)."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from app.core.documents import extract_document
from app.core.questions import find_passages, index_documents
from app.core.questions.retrieval import relevant
from app.core.questions.unspaced import unspaced_pieces, unspaced_terms
from app.core.store import Store
from app.core.store.erase import erase_document

SET = Path(__file__).parents[1] / "data" / "questions_eval" / "unspaced"


@pytest.fixture
def unspaced_store(tmp_path):
    store = Store(tmp_path / "app.db")
    ids = {}
    for key in ("zh", "th"):
        document = extract_document(SET / f"fees-{key}.txt")
        ids[key] = store.add_document(path=document.path, sha256=document.sha256,
                                      size=document.size, pages=document.page_count,
                                      format=document.format)
        store.save_pages(ids[key], document.pages)
    index_documents(store, list(ids.values()))
    yield store, ids
    store.close()


def test_question_words_are_left_out_and_the_rest_cut_in_pieces():
    assert unspaced_pieces("这里的土地所有权证收费多少？") == ["这里的土地所有权证收费"]
    assert unspaced_terms("收费多少？") == ["收费"]
    assert unspaced_pieces("คณะกรรมการเสนออะไร") == ["คณะกรรมการเสนอ"]
    assert unspaced_terms("ที่ดิน")[:2] == ["ที่", "ี่ด"]  # ที่ is part of ที่ดิน, kept
    assert unspaced_terms("What is the land title fee?") == []


def test_the_right_page_is_found_first_and_unanswerable_questions_find_nothing(
        unspaced_store, capsys):
    store, ids = unspaced_store
    first, answerable, refused, unanswerable = 0, 0, 0, 0
    with (SET / "questions.tsv").open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t"))
    for row in rows:
        chinese = any("\u4e00" <= c <= "\u9fff" for c in row["question"])
        found = find_passages(store, row["question"], [ids["zh" if chinese else "th"]])
        if not row["pages"]:
            unanswerable += 1
            refused += not relevant(found)
            continue
        answerable += 1
        page = int(row["pages"].split(":")[1])
        assert relevant(found), row["question"]
        first += found[0].page == page
    with capsys.disabled():
        print(f"\nunspaced scripts: the right page first for {first}/{answerable} answerable "
              f"questions; {refused}/{unanswerable} unanswerable found nothing relevant")
    assert answerable >= 10 and unanswerable >= 4
    assert first / answerable >= 0.9 and refused == unanswerable


def test_erasing_a_document_takes_its_text_out_of_the_trigram_index(unspaced_store):
    store, ids = unspaced_store
    assert store.count_containing("土地", [ids["zh"]]) == 3
    erase_document(store, ids["zh"])
    assert store.count_containing("土地", [ids["zh"]]) == 0
    assert store.db.execute("select count(*) from passages_trigram where text like ?",
                            ["%土地%"]).fetchone()[0] == 0
    assert store.count_containing("ที่ดิน", [ids["th"]]) == 3  # the other one stays
