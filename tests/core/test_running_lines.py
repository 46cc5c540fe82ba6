"""Running headers and footers found in real PDFs and in made-up page lists, and left out
of the text a summary is made from."""

from __future__ import annotations

from app.core.documents import Page
from app.core.documents.pdf import read_pdf_file
from app.core.documents.running_lines import running_lines, without_running_lines

GEOTOPO = "009-pdflatex-geotopo/GeoTopo-komprimiert.pdf"
FOUR_PAGES = "004-pdflatex-4-pages/pdflatex-4-pages.pdf"

TOPICS = ["fees", "staff", "letters", "claims", "records", "visitors", "rules", "budgets",
          "meetings", "reports", "archives", "loans", "forms", "notices", "permits", "audits",
          "courses", "offices"]


def body(n: int) -> str:
    """A page's own text: different words on every page, as in a real document."""
    topic, other = TOPICS[n % len(TOPICS)], TOPICS[(n * 7 + 3) % len(TOPICS)]
    return (f"The section on {topic} was read aloud and discussed at length.\n"
            f"Members asked how {other} compare with last year.\n"
            f"A note on {topic} and {other} follows.")


def pages_with(header=None, footer=None, count=18) -> list[Page]:
    pages = []
    for n in range(1, count + 1):
        lines = [header.format(n=n, count=count)] if header else []
        lines.append(body(n))
        lines += [footer.format(n=n, count=count)] if footer else []
        pages.append(Page(n, "\n".join(lines)))
    return pages


def dropped(pages) -> list[str]:
    found = running_lines(pages)
    return [page.text.splitlines()[i] for page in pages for i in sorted(found.get(page.number, ()))]


def test_a_header_with_the_page_number_is_found_on_every_page():
    pages = pages_with(header="Copyright Office Summary December 2003 Page {n}")
    assert dropped(pages) == [f"Copyright Office Summary December 2003 Page {n}"
                              for n in range(1, 19)]
    stripped = without_running_lines(pages)
    assert [p.text for p in stripped] == [body(n) for n in range(1, 19)]
    assert [p.number for p in stripped] == list(range(1, 19))


def test_footers_of_page_numbers_counts_and_dates_are_found():
    for footer in ("{n} of {count}", "- {n} -", "{n}", "Printed 14 March 2025 | page {n}"):
        pages = pages_with(footer=footer)
        assert len(dropped(pages)) == 18, footer


def test_printed_page_numbers_may_be_offset_from_the_pdfs_own():
    pages = [Page(n, f"Annual Report {n - 4}\n" + body(n)) for n in range(5, 15)]
    assert len(dropped(pages)) == 10


def test_lines_whose_numbers_do_not_follow_the_pages_are_content():
    # Every page opens with an example, numbered as examples are, not as pages are.
    pages = [Page(n, f"Example {n * n}\n" + body(n)) for n in range(1, 9)]
    assert dropped(pages) == []


def test_a_long_repeated_sentence_and_a_two_page_repeat_are_content():
    sentence = ("This page was left blank on purpose because the chapter that follows "
                "starts on the right-hand side of the printed book, as all chapters do.")
    pages = [Page(n, body(n) + "\n" + sentence) for n in range(1, 6)]
    assert dropped(pages) == []
    pages = pages_with(header="Minutes of the board", count=2)
    assert dropped(pages) == []


def test_a_document_of_one_repeated_line_keeps_its_text():
    pages = [Page(n, "habibi") for n in range(1, 5)]
    assert without_running_lines(pages) == pages


def test_the_117_page_pdf_loses_its_chapter_headers_and_keeps_its_headings(corpus):
    pages = read_pdf_file(corpus / GEOTOPO)
    lines = dropped(pages)
    assert "4 1.1. TOPOLOGISCHE RÄUME" in lines  # printed page 4 on PDF page 7
    assert "10 1.3. STETIGKEIT" in lines  # a section two pages long: its number follows
    assert len(lines) >= 95
    # the headings that open a chapter or a part are the document's own text
    assert not {"1 Topologische Grundbegriffe", "Übungsaufgaben", "Inhaltsverzeichnis"} & set(lines)
    assert all(len(line.split()) <= 8 for line in lines)


def test_a_four_page_pdf_loses_only_its_page_numbers(corpus):
    pages = read_pdf_file(corpus / FOUR_PAGES)
    assert dropped(pages) == ["1", "2", "3", "4"]
    stripped = without_running_lines(pages)
    assert all(p.text == o.text.rsplit("\n", 1)[0] for p, o in zip(stripped, pages))
