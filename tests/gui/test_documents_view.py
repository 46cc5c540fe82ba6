"""The Documents page with the real model in a real window: the queue, pause / resume /
cancel / remove per document, the steps in words, a finished summary with its page
references and flagged claims, and the export."""

from __future__ import annotations

import re

import docx
from PySide6.QtCore import Qt

from app import paths
from app.core.store import Store
from app.ui.app import close_window, create_window
from tests.conftest import REPO
from tests.gui.conftest import ANSWER_TIMEOUT_MS
from tests.gui.helpers import (
    SUMMARY_MS,
    check_sentence_sources,
    click,
    lease,
    note,
    row_named,
    shot,
    status_of,
    summarise_in_window,
)

FEES = REPO / "tests" / "data" / "running-headers" / "fee-study.pdf"


def test_empty_page_says_how_to_start(qtbot, window, artifacts):
    window.show_page(1)
    page = window.documents
    qtbot.waitUntil(lambda: page.queue_stack.currentWidget() is page.empty)
    assert page.empty.isVisible() and not page.table.isVisible()
    assert "No documents yet" in page.empty.text() and "Add files" in page.empty.text()
    assert not page.summary_panel.isVisible()
    styles = [page.style_choice.itemText(i) for i in range(page.style_choice.count())]
    assert styles == ["Short brief", "Key points", "Key facts (table)", "Action items"]
    assert page.language_choice.currentText() == "Same as the document"
    shot(qtbot, window, artifacts, "documents-empty")


def test_queue_runs_one_at_a_time_with_pause_resume_and_remove(qtbot, window, tmp_path,
                                                              artifacts):
    page = window.documents
    first, second, third = (lease(tmp_path), lease(tmp_path, "tenancy.txt"),
                            note(tmp_path, "spare.txt", "A spare memo about nothing."))
    finished = []
    window.sig_summary_shown.connect(finished.append)
    page.add_paths([str(first), str(second), str(third)])
    qtbot.waitUntil(lambda: len(page.model.rows) == 3)
    assert [r.name for r in page.model.rows] == ["spare.txt", "tenancy.txt", "lease.txt"]
    assert [r.status for r in page.model.rows] == ["waiting", "waiting", "running"]
    assert set(page.row_buttons(row_named(page, "lease.txt").key)) == {"pause", "cancel"}
    assert set(page.row_buttons(row_named(page, "tenancy.txt").key)) == {"remove"}
    assert window.pages.currentIndex() == 0  # adding does not move the user; dropping does

    click(page, "spare.txt", "remove")
    qtbot.waitUntil(lambda: row_named(page, "spare.txt") is None)
    click(page, "lease.txt", "pause")
    qtbot.waitUntil(lambda: [e.status for e in finished] == ["paused"], timeout=SUMMARY_MS)
    qtbot.waitUntil(lambda: status_of(page, "tenancy.txt") == "running")
    paused = row_named(page, "lease.txt")
    assert paused.status == "paused"
    assert page.model.data(page.model.index(page.model.rows.index(paused), 2)) == "Paused"
    assert set(page.row_buttons(paused.key)) == {"resume", "delete"}
    # resumed while another runs, it waits its turn, and can be taken out of the queue again
    click(page, "lease.txt", "resume")
    assert status_of(page, "lease.txt") == "waiting"
    click(page, "lease.txt", "remove")
    assert status_of(page, "lease.txt") == "paused"
    qtbot.waitUntil(lambda: [e.status for e in finished] == ["paused", "done"],
                    timeout=SUMMARY_MS)
    assert status_of(page, "tenancy.txt") == "done" and status_of(page, "lease.txt") == "paused"

    steps = []

    def record() -> None:
        live = page.queue.live
        if live and (not steps or steps[-1] != live.step):
            steps.append(live.step)

    page.queue.sig_progress.connect(record)
    page.queue.sig_rows_changed.connect(record)
    window.show_page(1)
    click(page, "lease.txt", "resume")
    page.add_paths([str(note(tmp_path, "later.txt", "Minutes: the fund grew 4% in 2023."))])
    qtbot.waitUntil(lambda: status_of(page, "later.txt") == "waiting")
    qtbot.waitUntil(lambda: any(s.startswith("Writing") for s in steps), timeout=SUMMARY_MS)
    running = row_named(page, "lease.txt")
    assert running.status == "running" and running.total >= 1
    # the status bar is the same state as the table's running row
    assert window.status.progress.isVisible()
    assert running.step in window.status.step_label.toolTip()
    shot(qtbot, window, artifacts, "documents-running")
    # Esc and the chat's Stop end chat answers only: a stray Esc leaves the summary running
    assert not window.stop_button.isEnabled()
    qtbot.keyClick(window.composer, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: len(finished) == 4, timeout=SUMMARY_MS)
    assert [e.status for e in finished[2:]] == ["done", "done"]
    assert steps[0] == "Picking up where it stopped"
    reading = next(i for i, s in enumerate(steps) if s.startswith("Reading p. 1"))
    writing = next(i for i, s in enumerate(steps) if s.startswith("Writing the summary of p. 1"))
    assert reading < writing < steps.index("Adding page references")
    assert [r.status for r in page.model.rows] == ["done", "done", "done"]
    assert set(page.row_buttons(row_named(page, "later.txt").key)) == {"delete"}
    assert not window.status.progress.isVisible()
    store = Store(paths.database_path())
    try:
        assert "spare.txt" not in [job["document_name"] for job in store.jobs()]
    finally:
        store.close()


def test_cancel_stops_the_running_document_and_offers_resume(qtbot, window, tmp_path):
    page = window.documents
    page.add_paths([str(lease(tmp_path))])
    qtbot.waitUntil(lambda: status_of(page, "lease.txt") == "running")
    with qtbot.waitSignal(window.sig_summary_shown, timeout=SUMMARY_MS) as stopped:
        click(page, "lease.txt", "cancel")
    assert stopped.args[0].status == "cancelled"
    assert status_of(page, "lease.txt") == "cancelled"
    assert set(page.row_buttons(row_named(page, "lease.txt").key)) == {"resume", "delete"}
    page.select(row_named(page, "lease.txt").key)
    assert "cancelled" in page.summary_view.toPlainText()
    assert not page.export_button.isEnabled()


def test_finished_summary_opens_its_pages_highlights_flags_and_exports(
        qtbot, window, tmp_path, artifacts):
    # a report that says something: the 4-page "text without a meaning" of the corpus let the
    # model write sentences that match no page on some CPUs, so no reference could be checked
    page = window.documents
    finished = summarise_in_window(qtbot, window, FEES)
    job_id = finished.job_id
    assert page.selected_row().job_id == job_id  # the finished summary is on screen
    assert "Summary of fee-study.pdf" in page.summary_view.toPlainText()
    assert page.export_button.isEnabled()

    # a flagged claim (as the grounding check stores it) is highlighted where it stands
    # and listed under the summary; the model's own flags are replaced by one we know
    claim = re.findall(r"[A-Za-z]{5,}", finished.summary)[-1]
    store = Store(paths.database_path())
    try:
        store.set_job_flags(job_id, [claim])
    finally:
        store.close()
    window.refresh_lists()
    qtbot.waitUntil(lambda: page.summary_view.summary_shown[2] == [claim])
    assert "Not found in the document" in page.summary_view.toPlainText()
    highlighted = re.findall(r'background-color:#ffe08a;">([^<]*)<',
                             page.summary_view.toHtml())
    assert set(highlighted) == {claim} and len(highlighted) >= 2, finished.summary  # text, list
    shot(qtbot, window, artifacts, "documents-summary")

    # every sentence has its stored source, its mark, a reference that opens its page
    sentences, cited, stored = check_sentence_sources(qtbot, page, job_id)
    shot(qtbot, window, artifacts, "documents-summary-source")

    target = tmp_path / "lease summary.docx"
    with qtbot.waitSignal(page.sig_exported, timeout=ANSWER_TIMEOUT_MS):
        page.export_to(job_id, target)
    written = docx.Document(str(target))
    assert written.paragraphs[0].text == "Summary of fee-study.pdf"
    header = {row.cells[0].text: row.cells[1].text for row in written.tables[0].rows}
    assert header["Document"] == "fee-study.pdf" and len(header["SHA-256"]) == 64
    assert header["Model"].startswith("SmolLM2") and header["Pages"] == "6"
    assert claim in [p.text for p in written.paragraphs]  # the flagged claim is listed
    markdown = tmp_path / "summary.md"
    with qtbot.waitSignal(page.sig_exported, timeout=ANSWER_TIMEOUT_MS):
        page.export_to(job_id, markdown)
    exported = markdown.read_text(encoding="utf-8")
    assert exported.startswith("# Summary of fee-study.pdf")
    listed = exported.split("## Sources, sentence by sentence\n\n", 1)[1]
    for row in sentences:  # each sentence with its source, in order
        assert f"{row['idx'] + 1}. {row['text']} — " in listed
    for row in cited:
        assert stored[row["start"]:row["end"]] in exported  # with its reference
    paragraphs = [p.text for p in written.paragraphs]
    assert any(p.startswith(f"{cited[0]['text']} — p. ") for p in paragraphs), paragraphs


def test_a_summary_interrupted_by_a_crash_resumes_by_itself(qtbot, model_path, tmp_path):
    first = create_window(str(model_path))
    qtbot.addWidget(first)
    try:
        qtbot.waitUntil(lambda: first.model_ready, timeout=ANSWER_TIMEOUT_MS)
        first.documents.add_paths([str(lease(tmp_path))])
        qtbot.waitUntil(lambda: status_of(first.documents, "lease.txt") == "running")
        with qtbot.waitSignal(first.sig_summary_shown, timeout=SUMMARY_MS) as paused:
            click(first.documents, "lease.txt", "pause")
        job_id = paused.args[0].job_id
    finally:
        close_window(first)
    store = Store(paths.database_path())
    try:  # what a crash or a power cut leaves behind: the job still marked as running
        store.set_job_status(job_id, "running")
    finally:
        store.close()

    second = create_window(str(model_path))
    qtbot.addWidget(second)
    try:
        with qtbot.waitSignal(second.sig_summary_shown, timeout=SUMMARY_MS) as done:
            qtbot.waitUntil(lambda: status_of(second.documents, "lease.txt") == "running",
                            timeout=ANSWER_TIMEOUT_MS)
        assert done.args[0].job_id == job_id and done.args[0].status == "done"
        assert status_of(second.documents, "lease.txt") == "done"
    finally:
        close_window(second)
