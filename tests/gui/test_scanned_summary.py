"""A scanned PDF summarised in the real window with the real demo model (#15): while its
page is recognised the queue says "Reading p. 1 (scanned)"; the finished summary says
which pages were read by OCR and how sure the engine was, and so does the export."""

from __future__ import annotations

from tests.gui.conftest import ANSWER_TIMEOUT_MS
from tests.gui.helpers import shot, summarise_in_window
from tests.scans import page_image, save_scan

SUMMARY_MS = 600_000


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
