"""Scanned pages read by the real OCR engine inside the real reader child (#15).

The scans are made here from a known text (tests/scans.py: printed, tilted, noisy), so
what comes back can be scored: the character error rate and the share of words read right
are printed, and at least 95 % of the words must be right.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pypdfium2 as pdfium
import pytest
from PIL import Image

from app.core.documents import NoTextLayer, extract_document, extract_text
from app.core.documents.ocr import LOW_CONFIDENCE
from app.core.summarize.scanned_note import pages_label, scanned_note
from tests.conftest import CORPUS
from tests.scans import (
    KNOWN_TEXT,
    character_error_rate,
    page_image,
    save_scan,
    word_accuracy,
)

FOUR_PAGES = CORPUS / "004-pdflatex-4-pages" / "pdflatex-4-pages.pdf"
# The corpus's image-only PDFs: a photo from a plane, a drawing, six 4-point pixels.
PICTURES_ONLY = ["023-cmyk-image/cmyk-image.pdf", "019-grayscale-image/grayscale-image.pdf",
                 "007-imagemagick-images/imagemagick-images.pdf"]
SHORT_TEXTS = (
    "Minutes of the audit committee, 3 April 2025. Present: the chair and four members.",
    "Ringkasan mesyuarat: bajet tahun hadapan diluluskan tanpa sebarang pindaan.",
)
# The top of an A4 page at 200 dpi, where the letter's text is: the whole page is read
# as fast, less the blank paper (a full page takes 6–15 s on 2 busy cores).
LETTER_PAGE = (1654, 820)
SMALL_PAGE = (1654, 600)


@pytest.fixture(scope="module")
def scans(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("scans")
    page = page_image(size=LETTER_PAGE)
    save_scan([page], folder / "letter.pdf")
    save_scan([page], folder / "letter.png")
    strips = [page_image(text, size=SMALL_PAGE, seed=i, tilt=-0.6)
              for i, text in enumerate(SHORT_TEXTS)]
    save_scan(strips, folder / "minutes.tif")
    return folder


def _score(expected: str, read: str) -> float:
    words, cer = word_accuracy(expected, read), character_error_rate(expected, read)
    print(f"word accuracy {words:.1%}, character error rate {cer:.2%}")
    return words


@pytest.mark.parametrize("name", ["letter.pdf", "letter.png"])
def test_a_scan_of_a_known_text_comes_back_with_its_words(scans, name):
    document = extract_document(scans / name)

    [page] = document.pages
    assert document.format == ("pdf" if name.endswith(".pdf") else "image")
    assert _score(KNOWN_TEXT, page.text) >= 0.95
    assert page.scanned and LOW_CONFIDENCE <= page.ocr_confidence <= 1
    assert "4,215" in page.text and "14 March 2025" in page.text  # figures a summary cites
    assert 0 < page.ocr_seconds == document.ocr_seconds
    print(f"OCR {page.ocr_seconds:.1f} s for the top of an A4 page at 200 dpi")


def test_a_mixed_pdf_keeps_its_text_pages_as_they_are_and_reads_only_the_scan(
        scans, tmp_path):
    mixed = pdfium.PdfDocument(FOUR_PAGES)
    mixed.import_pages(pdfium.PdfDocument(scans / "letter.pdf"), index=2)  # a scan as p. 3
    mixed.save(tmp_path / "mixed.pdf")
    text_only = extract_text(FOUR_PAGES)

    document = extract_document(tmp_path / "mixed.pdf")

    assert document.page_count == 5
    assert document.scanned_pages == (3,)
    kept = document.pages[:2] + document.pages[3:]
    assert [(p.text, p.ocr_confidence, p.ocr_seconds) for p in kept] == [
        (p.text, None, 0.0) for p in text_only.pages]
    assert _score(KNOWN_TEXT, document.pages[2].text) >= 0.95


def test_a_scan_stamped_with_a_few_characters_of_text_is_still_read_by_ocr(scans, tmp_path):
    # A scanner or a filing system stamps a reference on the page as real text: the page
    # has a text layer of a dozen characters, and its picture still holds the letter.
    import pikepdf

    with pikepdf.open(scans / "letter.pdf") as pdf:
        page = pdf.pages[0]
        page.Resources.Font = pikepdf.Dictionary(
            F1=pikepdf.Dictionary(Type=pikepdf.Name.Font, Subtype=pikepdf.Name.Type1,
                                  BaseFont=pikepdf.Name.Helvetica))
        page.contents_add(pdf.make_stream(b"BT /F1 8 Tf 20 10 Td (REF 2025/114) Tj ET"))
        pdf.save(tmp_path / "stamped.pdf")
    stamped = pdfium.PdfDocument(tmp_path / "stamped.pdf")
    assert stamped[0].get_textpage().get_text_bounded().strip() == "REF 2025/114"
    stamped.close()

    document = extract_document(tmp_path / "stamped.pdf")

    assert document.scanned_pages == (1,)
    assert "REF 2025/114" in document.pages[0].text  # the stamp is read with the rest
    # The letter's words (the 95 % mark is held by the test of the plain scan above; the
    # stamp's line lands beside the last one and costs a word there).
    assert _score(KNOWN_TEXT, document.pages[0].text) >= 0.9


def test_a_multi_page_tiff_gives_each_picture_as_a_page_telling_each_as_it_starts(scans):
    told = []

    document = extract_document(scans / "minutes.tif", on_reading=told.append)

    assert [page.number for page in document.pages] == [1, 2]
    for expected, page in zip(SHORT_TEXTS, document.pages):
        assert _score(expected, page.text) >= 0.95
    assert [(r.page, r.scanned_done, r.scanned_total) for r in told] == [(1, 0, 2), (2, 1, 2)]
    assert told[0].eta_s is None  # no guess before a page has been measured
    assert told[1].seconds_per_page == pytest.approx(document.pages[0].ocr_seconds, rel=0.01)


@pytest.mark.parametrize("name", PICTURES_ONLY)
def test_the_corpus_pdfs_of_pictures_alone_are_read_and_say_they_hold_no_text(name):
    told = []
    with pytest.raises(NoTextLayer, match="text recognition \\(OCR\\) found no text"):
        extract_document(CORPUS / name, timeout_s=60, on_reading=told.append)
    assert told and told[0].page == 1  # recognised, not refused unread as before


def test_a_coarse_noisy_scan_is_read_with_low_confidence_and_the_note_warns(tmp_path):
    # A page as a poor fax gives it: printed, shrunk to a fifth, blown up again, grainy.
    page = page_image(size=LETTER_PAGE, noise=0)
    width, height = page.size
    coarse = page.resize((width * 18 // 100, height * 18 // 100), Image.Resampling.BILINEAR)
    grain = np.random.default_rng(3).normal(0, 60, (height, width))
    spoiled = np.asarray(coarse.resize(page.size, Image.Resampling.NEAREST), np.float32)
    fax = Image.fromarray(np.clip(spoiled + grain, 0, 255).astype(np.uint8))

    document = extract_document(save_scan([fax], tmp_path / "fax.png"))

    [read] = document.pages
    print(f"confidence {read.ocr_confidence:.2f}, word accuracy "
          f"{word_accuracy(KNOWN_TEXT, read.text):.0%}")
    assert read.scanned and read.ocr_confidence < LOW_CONFIDENCE
    assert "low confidence on p. 1" in scanned_note(document.pages).label


def test_the_ocr_note_names_the_pages_their_confidence_and_the_poor_ones():
    pages = [{"number": n, "ocr_confidence": c}
             for n, c in [(1, None), (4, 0.97), (5, 0.62), (6, 0.95), (9, 0.9)]]

    note = scanned_note(pages)

    assert note.pages == (4, 5, 6, 9) and note.doubtful == (5, 9)
    assert note.label == ("p. 4–6, 9 read by OCR (mean confidence 86%); low confidence on "
                          "p. 5, 9: check its words and figures against the paper")
    assert scanned_note([{"number": 1, "ocr_confidence": None}]) is None
    assert pages_label([3]) == "p. 3"


def test_the_languages_chosen_keep_the_reading_to_their_letters(scans):
    # English and Malay print read as if only Chinese were expected: the recogniser may
    # no longer pick a Latin letter, so none comes out (digits and signs still do).
    document = extract_document(scans / "letter.png", ocr_languages=("zh",))

    text = document.pages[0].text
    assert not any(allowed_latin(c) for c in text), text[:200]
    assert "2025" in text.replace(" ", "")


def allowed_latin(character: str) -> bool:
    return character.isascii() and character.isalpha()


def test_a_picture_of_too_many_pixels_is_refused_before_it_is_decoded(tmp_path):
    from app.core.documents import DocumentTooLarge

    huge = tmp_path / "poster.png"  # 20,000 × 20,000 white pixels: a few kilobytes
    Image.new("1", (20_000, 20_000), 1).save(huge)
    with pytest.raises(DocumentTooLarge, match="bigger than 100,000,000 pixels"):
        extract_document(huge, timeout_s=30)


def test_a_long_scan_is_not_stopped_by_the_time_limit_set_for_text(scans):
    # Three seconds, and a CPU backstop of eight: each page told gives the child a page's
    # time (sandbox.py), so both scanned pages are read.
    document = extract_document(scans / "minutes.tif", timeout_s=3)
    assert document.scanned_pages == (1, 2) and all(p.text for p in document.pages)


def test_which_letters_each_language_reads():
    from app.core.documents.ocr import allowed

    assert allowed("a", ["latin"]) and allowed("ă", ["latin"]) and not allowed("a", ["zh"])
    assert allowed("中", ["zh"]) and not allowed("中", ["latin"]) and allowed("カ", ["ja"])
    assert all(allowed(c, ["zh"]) for c in "0123456789.,%()-")  # in every language


def test_the_first_scanned_page_has_a_time_left_from_earlier_scans_on_this_machine(tmp_path):
    from app.core.documents import Page
    from app.core.documents.progress import PageReading, with_known_pace
    from app.core.store import Store

    store = Store(tmp_path / "app.db")
    try:
        assert store.ocr_pace() is None  # nothing scanned yet: no guess
        document = store.add_document(path="/tmp/scan.pdf", sha256="cd" * 32, size=10,
                                      pages=3, format="pdf")
        store.save_pages(document, [Page(1, "text page"),
                                    Page(2, "scan", ocr_confidence=0.98, ocr_seconds=4.0),
                                    Page(3, "scan", ocr_confidence=0.97, ocr_seconds=6.0)])
        pace = store.ocr_pace()
    finally:
        store.close()
    told = []

    listener = with_known_pace(told.append, pace)
    listener(PageReading(1, 0, 10))
    listener(PageReading(2, 1, 10, seconds_per_page=7.0))  # the document's own, measured

    assert pace == 5.0
    assert [r.eta_s for r in told] == [50.0, 63.0]
