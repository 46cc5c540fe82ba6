"""End to end with the real demo model on a real one-page PDF of the corpus (quick enough
for every run): every sentence of the final summary has a stored source, the window marks
each and its page reference opens that page's passage beside the summary, and the export
carries each sentence's source. The 4-page run in test_documents_view does the same with
combining steps."""

from __future__ import annotations

from app import paths
from app.core.store import Store
from app.core.summarize.provenance import REFERENCE, summary_units
from app.core.summarize.references import pages_for
from tests.gui.conftest import ANSWER_TIMEOUT_MS

SUMMARY_MS = 600_000
MARKS = {"supported": "✓", "partly": "◐ partly", "not_found": "✗ not found"}


def check_sentence_sources(qtbot, page, job_id: int, click_link) -> tuple[list, list, str]:
    """Every sentence has its row; its mark is shown; its reference opens a page it names,
    that page's own text beside the summary. Returns the rows, those with a reference,
    and the stored summary."""
    store = Store(paths.database_path())
    try:
        sentences = store.sentences(job_id)
        pages = {p["number"]: p["text"] for p in store.pages(store.job(job_id)["document_id"])}
    finally:
        store.close()
    stored = page.selected_row().summary
    assert [(r["start"], r["end"]) for r in sentences] == [
        (u.start, u.end) for u in summary_units(stored)] != []
    qtbot.waitUntil(lambda: len(page.summary_view.summary_shown[3]) == len(sentences))
    text = page.summary_view.toPlainText()
    assert all(MARKS[row["level"]] in text for row in sentences)
    cited = [r for r in sentences if REFERENCE.search(stored[r["start"]:r["end"]])]
    assert cited, f"no sentence of the summary has a page reference: {stored!r}"
    for row in cited[:2]:
        reference = REFERENCE.search(stored[row["start"]:row["end"]]).group(0).strip()
        with qtbot.waitSignal(page.sig_source_shown, timeout=ANSWER_TIMEOUT_MS) as shown:
            click_link(page.summary_view, reference)
        number = int(shown.args[0].removeprefix("p. "))
        named = pages_for(reference[1:-1], [{"number": n} for n in pages])
        assert number in [p["number"] for p in named], (reference, shown.args)
        source = page.reader.source
        assert source.title.text() == f"Source: Page {number}" and source.isVisible()
        assert source.text.toPlainText().split() == pages[number].split()
    return sentences, cited, stored


def test_a_real_pdf_summary_has_a_source_per_sentence_in_window_and_export(
        qtbot, window, corpus, tmp_path, artifacts):
    from tests.gui.test_documents_view import click_link, shot

    pdf = corpus / "021-pdfa" / "crazyones-pdfa.pdf"
    page = window.documents
    window.show_page(1)
    with qtbot.waitSignal(window.sig_summary_shown, timeout=SUMMARY_MS) as done:
        page.add_paths([str(pdf)])
    assert done.args[0].status == "done", done.args[0].message
    job_id = done.args[0].job_id
    sentences, cited, stored = check_sentence_sources(qtbot, page, job_id, click_link)
    shot(qtbot, window, artifacts, "documents-sentence-sources")

    target = tmp_path / "crazy ones.md"
    with qtbot.waitSignal(page.sig_exported, timeout=ANSWER_TIMEOUT_MS):
        page.export_to(job_id, target)
    exported = target.read_text(encoding="utf-8")
    listed = exported.split("## Sources, sentence by sentence\n\n", 1)[1]
    for row in sentences:  # each sentence with its source, in order
        assert f"{row['idx'] + 1}. {row['text']} — " in listed
    for row in cited:  # and in the summary itself, with its reference
        assert stored[row["start"]:row["end"]] in exported
