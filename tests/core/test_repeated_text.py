"""Banners and blocks a document repeats are read once: left out of the chunks a summary is
made from (prefill time, and text a small model copies), kept in the pages stored."""

from __future__ import annotations

from app.core.documents import Page, extract_document
from app.core.documents.repeated_text import without_repeated_text
from app.core.store import Store
from app.core.summarize import start_summary
from tests.core.test_running_lines import body

BANNER = "CONFIDENTIAL - for internal use of the Registration Office only"
DISCLAIMER = ("Figures in this section are provisional and may change after the audit of "
              "the accounts by the national audit department.")


def test_a_banner_anywhere_on_most_pages_goes_and_the_pages_own_text_stays():
    pages = [Page(n, f"{body(n)}\n{BANNER}\nClosing remark {n}." if n != 3 else body(n))
             for n in range(1, 7)]
    kept = without_repeated_text(pages)
    assert all(BANNER not in p.text for p in kept)
    assert [p.text.replace("\n", " ").split() for p in kept] == [
        (body(n) + ("" if n == 3 else f" Closing remark {n}.")).split() for n in range(1, 7)]
    assert [p.number for p in kept] == list(range(1, 7))


def test_a_block_said_again_is_read_once_and_short_repeats_stay():
    pages = [Page(1, f"{body(1)}\n\n{DISCLAIMER}\n\nApproved."),
             Page(2, f"{body(2)}\n\n{DISCLAIMER}\n\nApproved."),
             # the same words, laid out on other lines, are the same block
             Page(3, f"{DISCLAIMER.replace(' the ', chr(10) + 'the ', 2)}\n\n{body(3)}")]
    kept = without_repeated_text(pages)
    assert [p.text.count("provisional") for p in kept] == [1, 0, 0]
    assert [p.text.count("Approved.") for p in kept] == [1, 1, 0]  # under BLOCK_MIN_WORDS
    assert kept[1].text == f"{body(2)}\n\nApproved." and kept[2].text == body(3)


def test_a_banner_on_fewer_than_half_the_pages_or_in_a_short_document_stays():
    few = [Page(n, f"{body(n)}\n{BANNER}" if n <= 2 else body(n)) for n in range(1, 7)]
    assert without_repeated_text(few) == few
    short = [Page(n, f"{body(n)}\n{BANNER}") for n in (1, 2)]
    assert without_repeated_text(short) == short


def test_a_block_on_most_pages_is_a_banner_and_goes_everywhere():
    pages = [Page(n, f"{body(n)}\n\n{DISCLAIMER}") for n in range(1, 5)]
    kept = without_repeated_text(pages)
    assert [p.text.split() for p in kept] == [body(n).split() for n in range(1, 5)]


def test_a_document_that_is_all_repeats_is_left_as_it_is():
    pages = [Page(n, BANNER) for n in range(1, 5)]
    assert without_repeated_text(pages) == pages


def test_a_summary_plan_leaves_them_out_and_the_stored_pages_keep_them(engine, tmp_path,
                                                                          data_home):
    # the banner on every page; the disclaimer said after two of the six sections
    sections = [f"{body(n)}\n{BANNER}" + (f"\n\n{DISCLAIMER}" if n in (2, 5) else "")
                for n in range(1, 7)]
    path = tmp_path / "report.txt"
    path.write_text("\f".join(sections), encoding="utf-8")
    document = extract_document(path)
    store = Store(data_home / "app.db")
    try:
        job_id = start_summary(store, engine, document)
        source = "\n".join(c["source"] for c in store.chunks(job_id, "map"))
        assert BANNER not in source
        assert source.count("provisional") == 1
        assert all(body(n) in source for n in range(1, 7))
        stored = store.pages(store.job(job_id)["document_id"])
        assert all(BANNER in p["text"] for p in stored)
        assert [p["number"] for p in stored if "provisional" in p["text"]] == [2, 5]
    finally:
        store.close()
