"""End to end with the real demo model on a real one-page PDF of the corpus (quick enough
for every run): every sentence of the final summary has a stored source, the window marks
each and its page reference opens that page's passage beside the summary, and the export
carries each sentence's source. The 4-page run in test_documents_view does the same with
combining steps."""

from __future__ import annotations

from tests.gui.conftest import ANSWER_TIMEOUT_MS
from tests.gui.helpers import check_sentence_sources, shot, summarise_in_window

SUMMARY_MS = 600_000
def test_a_real_pdf_summary_has_a_source_per_sentence_in_window_and_export(
        qtbot, window, corpus, tmp_path, artifacts):
    pdf = corpus / "021-pdfa" / "crazyones-pdfa.pdf"
    page = window.documents
    finished = summarise_in_window(qtbot, window, pdf, timeout=SUMMARY_MS)
    assert finished.status == "done", finished.message
    job_id = finished.job_id
    sentences, cited, stored = check_sentence_sources(qtbot, page, job_id)
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
