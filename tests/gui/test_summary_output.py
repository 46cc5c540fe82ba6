"""#18: a finished summary printed, saved as a PDF and copied as formatted text, each with its
provenance, each sentence's source and the claims the document does not hold, under the
same policy and audit trail as a file export. The PDFs are opened and read back."""

from __future__ import annotations

import json
from types import SimpleNamespace

import pypdfium2
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication

from app import paths
from app.core.store import Store
from app.ui.documents.summary_reader import SummaryReader
from app.ui.queue_rows import QueueRow

SUMMARY = "The budget is 42 million (p. 1). The hospital in Chiang Mai opens in 2031."


def finished_job() -> int:
    store = Store(paths.database_path())
    try:
        document = store.add_document(path="/tmp/budget.txt", sha256="cd" * 32, size=120,
                                      pages=2, format="txt")
        store.save_pages(document, [
            SimpleNamespace(number=1, heading=None, text="The budget is 42 million baht."),
            SimpleNamespace(number=2, heading=None, text="Annex: staff list.")])
        job = store.create_job(document, style="brief", model="demo", prompt_version="1",
                               settings={})
        store.set_job_status(job, "done", summary=SUMMARY)
    finally:
        store.close()
    return job


def reader_showing(qtbot, job: int) -> SummaryReader:
    reader = SummaryReader()
    qtbot.addWidget(reader)
    reader.show_row(QueueRow(f"job:{job}", "budget.txt", "brief", "done", job_id=job,
                             done=1, total=1, summary=SUMMARY))
    return reader


def pdf_text(path) -> str:
    pdf = pypdfium2.PdfDocument(str(path))
    try:
        return " ".join(" ".join(page.get_textpage().get_text_range().split()) for page in pdf)
    finally:
        pdf.close()


def audit_events() -> list[str]:
    trail = paths.data_dir() / "audit" / "audit.jsonl"
    return [json.loads(line)["event"] for line in trail.read_text().splitlines()]


def test_print_to_pdf_carries_the_sources_and_the_unsupported_claims(qtbot, tmp_path):
    job = finished_job()
    reader = reader_showing(qtbot, job)
    assert all(b.isEnabled() for b in reader.output_buttons)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    with qtbot.waitSignal(reader.sig_printed, timeout=30_000):
        reader.print_to(job, printer)
    text = pdf_text(tmp_path / "printed.pdf")
    assert "Summary of budget.txt" in text and "cd" * 32 in text
    assert "42 million (p. 1)" in text
    assert "Chiang Mai opens in 2031. (not found in the document)" in text
    assert "The budget is 42 million. — p. 1 (supported" in text
    assert "“The budget is 42 million baht.”" in text  # the passage itself, quoted
    assert "Not found in the document" in text and "2031" in text.split("Not found in the")[-1]
    assert "export_printed" in audit_events()


def test_export_as_pdf_is_a_recorded_export(qtbot, tmp_path):
    job = finished_job()
    reader = reader_showing(qtbot, job)
    target = tmp_path / "budget summary.pdf"
    with qtbot.waitSignal(reader.sig_exported, timeout=30_000) as exported:
        reader.export_to(job, target)
    assert exported.args == [str(target)]
    assert target.read_bytes().startswith(b"%PDF")
    text = pdf_text(target)
    assert "42 million" in text and "(not found in the document)" in text
    assert audit_events()[-1] == "export_written"


def test_copy_puts_formatted_text_and_markdown_on_the_clipboard(qtbot):
    job = finished_job()
    reader = reader_showing(qtbot, job)
    QApplication.clipboard().clear()
    with qtbot.waitSignal(reader.sig_copied, timeout=30_000):
        reader.copy_button.click()
    data = QApplication.clipboard().mimeData()
    assert data.hasHtml() and data.hasText()
    assert "<h1" in data.html() and "42 million" in data.html()
    assert "(not found in the document)" in data.html()
    assert data.text().startswith("# Summary of budget.txt")
    assert "export_copied" in audit_events()


def test_the_policy_that_forbids_export_forbids_print_and_copy_too(qtbot):
    job = finished_job()
    reader = reader_showing(qtbot, job)
    reader.forbid_export()
    assert not any(b.isEnabled() for b in reader.output_buttons)
