"""The Documents page's summary reader stands on its own: built and driven without a main
window or a model, against a real database file, it shows a finished summary, the
document's own text behind a page reference, and exports with its provenance."""

from __future__ import annotations

from types import SimpleNamespace

from app import paths
from app.core.store import Store
from app.ui.documents.summary_reader import SummaryReader
from app.ui.queue_rows import QueueRow


def finished_job() -> int:
    store = Store(paths.database_path())
    try:
        document = store.add_document(path="/tmp/budget.txt", sha256="ab" * 32, size=120,
                                      pages=2, format="txt")
        store.save_pages(document, [SimpleNamespace(number=1, heading=None,
                                                    text="The budget is 42 million."),
                                    SimpleNamespace(number=2, heading=None, text="Annex.")])
        job = store.create_job(document, style="brief", model="demo", prompt_version="1",
                               settings={})
        store.set_job_status(job, "done", summary="The budget is 42 million (p. 1).")
    finally:
        store.close()
    return job


def test_the_reader_shows_a_summary_its_source_and_exports_it(qtbot, tmp_path):
    job = finished_job()
    reader = SummaryReader()
    qtbot.addWidget(reader)
    reader.show_row(QueueRow(f"job:{job}", "budget.txt", "brief", "done", job_id=job,
                             done=1, total=1, summary="The budget is 42 million (p. 1)."))
    assert reader.export_button.isEnabled()
    assert "42 million" in reader.summary_view.toPlainText()

    with qtbot.waitSignal(reader.sig_source_shown) as shown:
        reader.show_source("p. 1")
    assert shown.args == ["p. 1"]
    shown_text = reader.source.text.toPlainText()  # beside the summary, that page alone
    assert reader.source.title.text() == "Source: p. 1"
    assert shown_text.startswith("Page 1") and "Annex" not in shown_text

    target = tmp_path / "budget summary.md"
    messages = []
    reader.sig_message.connect(messages.append)
    with qtbot.waitSignal(reader.sig_exported) as exported:
        reader.export_to(job, target)
    assert exported.args == [str(target)]
    assert messages == [f"Saved {target}"]  # for the window's status bar
    text = target.read_text(encoding="utf-8")
    assert "42 million" in text and "ab" * 32 in text

    reader.clear()
    assert not reader.export_button.isEnabled() and reader.shown_job is None
