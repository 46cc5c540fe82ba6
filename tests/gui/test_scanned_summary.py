"""A scanned PDF summarised in the real window with the real demo model (#15): while its
page is recognised the queue says "Reading p. 1 (scanned)"; the finished summary says
which pages were read by OCR and how sure the engine was, and so does the export."""

from __future__ import annotations

import pypdfium2 as pdfium
import pytest

from tests.conftest import CORPUS
from tests.gui.conftest import ANSWER_TIMEOUT_MS
from tests.gui.helpers import shot, summarise_in_window
from tests.scans import page_image, save_scan

SUMMARY_MS = 600_000
FIRST_PAGE_OF_TEXT = CORPUS / "001-trivial" / "minimal-document.pdf"


@pytest.mark.slow
def test_a_scanned_pdf_is_read_by_ocr_and_the_summary_and_export_say_so(
        qtbot, window, tmp_path, artifacts):
    scan = save_scan([page_image(size=(1654, 820))], tmp_path / "board minutes scan.pdf")
    page = window.documents
    steps = []
    page.queue.sig_progress.connect(
        lambda: steps.extend(r.step for r in page.queue.rows() if r.status == "running"))

    finished = summarise_in_window(qtbot, window, scan, timeout=SUMMARY_MS)

    assert finished.status == "done", finished.message
    assert "Reading p. 1 (scanned)" in steps
    note = "p. 1 read by OCR (mean confidence 9"  # 9x %: a clean enough scan
    qtbot.waitUntil(lambda: note in page.reader.summary_view.toPlainText(),
                    timeout=ANSWER_TIMEOUT_MS)
    shot(qtbot, window, artifacts, "documents-scanned-summary")

    target = tmp_path / "minutes.md"
    with qtbot.waitSignal(page.sig_exported, timeout=ANSWER_TIMEOUT_MS):
        page.export_to(finished.job_id, target)
    exported = target.read_text(encoding="utf-8")
    assert f"- **Read by OCR:** {note}" in exported


def test_a_finished_summary_of_a_mixed_scan_names_its_ocr_pages_in_window_and_export(
        qtbot, window, tmp_path, artifacts):
    """The same marks for a document read here by the real OCR (a text page, then a scan)
    whose summary is stored as a finished job: the window and the export name p. 2 alone."""
    from app import paths
    from app.core.documents import extract_document
    from app.core.store import Store

    scan = save_scan([page_image(size=(1654, 820))], tmp_path / "scan.pdf")
    mixed = pdfium.PdfDocument(FIRST_PAGE_OF_TEXT)
    mixed.import_pages(pdfium.PdfDocument(scan))
    mixed.save(tmp_path / "minutes with a scan.pdf")
    document = extract_document(tmp_path / "minutes with a scan.pdf")
    assert document.scanned_pages == (2,)
    store = Store(paths.database_path())
    try:
        document_id = store.add_document(path=document.path, sha256=document.sha256,
                                         size=document.size, pages=2, format="pdf")
        store.save_pages(document_id, document.pages)
        job = store.create_job(document_id, style="brief", model="demo", prompt_version="1",
                               settings={})
        store.set_job_status(job, "done", summary="The board met on 14 March 2025 (p. 2).")
    finally:
        store.close()
    page = window.documents
    window.show_page(1)
    page.refresh()
    qtbot.waitUntil(lambda: page.row(f"job:{job}") is not None, timeout=ANSWER_TIMEOUT_MS)
    page.select(f"job:{job}")

    note = "p. 2 read by OCR (mean confidence 9"
    qtbot.waitUntil(lambda: note in page.reader.summary_view.toPlainText(),
                    timeout=ANSWER_TIMEOUT_MS)
    shot(qtbot, window, artifacts, "documents-mixed-scan-summary")
    target = tmp_path / "minutes.md"
    with qtbot.waitSignal(page.sig_exported, timeout=ANSWER_TIMEOUT_MS):
        page.export_to(job, target)
    assert f"- **Read by OCR:** {note}" in target.read_text(encoding="utf-8")


def test_the_step_says_which_scanned_page_is_read_and_the_time_left(qapp):
    from app.core.documents.progress import PageReading
    from app.ui.summary_progress import LiveJob

    live = LiveJob()
    assert live.apply(PageReading(4, 0, 3))
    assert live.step == "Reading p. 4 (scanned)" and live.eta == "measuring speed…"
    live.apply(PageReading(5, 1, 3, seconds_per_page=70.0))
    assert live.step == "Reading p. 5 (scanned)" and live.eta_short == "about 2 min"
