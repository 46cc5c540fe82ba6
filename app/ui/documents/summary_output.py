"""A finished summary leaving the window other than as a Word or Markdown file: printed, saved
as a PDF, or copied as formatted text. All three lay out the Markdown export (file, SHA-256,
model, each sentence's source and check, the claims not found in the document) with Qt's
own text engine, so the page says what the exported file says."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMarginsF, QMimeData
from PySide6.QtGui import QPagedPaintDevice, QPageLayout, QPageSize, QPdfWriter, QTextDocument

from app.core.summarize.export import finished_job, recorded_export, to_markdown

PAGE_MARGINS_MM = QMarginsF(20, 18, 20, 18)


def summary_document(markdown: str) -> QTextDocument:
    document = QTextDocument()
    document.setMarkdown(markdown)
    return document


def print_summary(markdown: str, device: QPagedPaintDevice) -> None:
    """Lay the summary out on a printer (or any paged device), A4 with readable margins
    unless the device was set otherwise."""
    summary_document(markdown).print_(device)


def write_pdf(markdown: str, path: Path) -> Path:
    """A PDF of the summary (safe off the GUI thread: no widget is involved)."""
    writer = QPdfWriter(str(path))
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4),
                                     QPageLayout.Orientation.Portrait, PAGE_MARGINS_MM,
                                     QPageLayout.Unit.Millimeter))
    writer.setTitle(markdown.split("\n", 1)[0].lstrip("# ").strip())
    writer.setCreator("Offline Assistant")
    print_summary(markdown, writer)  # the file is complete when printing ends
    return path


def export_pdf(store, job_id: int, path: Path) -> Path:
    """As export_job for .md and .docx: the same policy, checks and audit entry."""
    finished_job(store, job_id)
    return recorded_export(job_id, write_pdf(to_markdown(store, job_id), path))


def formatted(markdown: str) -> QMimeData:
    """For the clipboard: rich text for a word processor or e-mail, the Markdown for the
    rest."""
    data = QMimeData()
    data.setHtml(summary_document(markdown).toHtml())
    data.setText(markdown)
    return data
