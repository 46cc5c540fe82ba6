"""The real window, offscreen, with the real model: a user's first minutes."""

from __future__ import annotations

import os
import signal

from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent

from app import paths
from app.core.store import Store
from app.ui.app import close_window, create_window
from tests.gui.conftest import ANSWER_TIMEOUT_MS
from tests.gui.helpers import ask, listed, shows


def test_question_streams_an_answer_that_is_saved(qtbot, window, artifacts):
    # the empty conversation says what can be dropped, scans included
    assert "scans (PNG, JPEG, TIFF)" in window.transcript.empty_text
    finished = ask(qtbot, window, "Name three colours of the rainbow.")
    qtbot.waitUntil(lambda: not window.busy)
    assert finished.text.strip()
    assert shows(window.transcript, finished.text)
    assert finished.timings.output_tokens > 0
    window.status.refresh()
    assert "tok/s" in window.status.speed_label.text()
    assert "free" in window.status.memory_label.text()
    assert "Engine" in window.status.memory_label.toolTip()
    assert "SmolLM2" in window.status.model_label.text()
    window.grab().save(str(artifacts / "window-chat.png"))

    store = Store(paths.database_path())
    try:
        [conversation] = store.conversations()
        roles = [m["role"] for m in store.messages(conversation["id"])]
    finally:
        store.close()
    assert roles == ["user", "assistant"]
    conversations = window.sidebar.conversations
    qtbot.waitUntil(lambda: "Name three colours of the rainbow." in listed(conversations))


def test_stop_ends_the_answer_at_once(qtbot, window):
    window.composer.setPlainText("Write a very long story about a dragon, at least 400 words.")
    with qtbot.waitSignal(window.sig_answer_shown, timeout=ANSWER_TIMEOUT_MS) as done:
        window.send_button.click()
        window.stop_button.click()  # at once, before the first token
    assert done.args[0].finish_reason == "cancelled"
    assert done.args[0].timings.output_tokens < 5


def test_killed_engine_is_reported_and_the_next_question_works(qtbot, window):
    window.composer.setPlainText("Write a long poem about the sea.")
    with qtbot.waitSignal(window.sig_error_shown, timeout=ANSWER_TIMEOUT_MS) as failed:
        window.send_button.click()
        qtbot.waitUntil(lambda: window.transcript.entries[-1][0] == "assistant",
                        timeout=ANSWER_TIMEOUT_MS)
        os.kill(window.lane.engine_pid, signal.SIGKILL)
    assert "stopped unexpectedly" in failed.args[0]
    qtbot.waitUntil(lambda: window.notice.isVisible() and not window.busy)
    assert window.isVisible()
    finished = ask(qtbot, window, "Say hello.")
    # the demo model at a random seed sometimes repeats itself until the loop watch ends
    # the answer ("loop"): still a whole answer from the restarted engine, not a failure
    assert finished.finish_reason in ("stop", "length", "loop")
    assert finished.timings.output_tokens > 0 and finished.text.strip()


def test_conversation_is_there_after_reopening(qtbot, model_path):
    first = create_window(str(model_path))
    qtbot.addWidget(first)
    qtbot.waitUntil(lambda: first.model_ready, timeout=ANSWER_TIMEOUT_MS)
    answer = ask(qtbot, first, "Give me one word for happy.").text
    close_window(first)

    second = create_window(str(model_path))
    qtbot.addWidget(second)
    try:
        conversations = second.sidebar.conversations
        qtbot.waitUntil(lambda: "Give me one word for happy." in listed(conversations))
        second.sidebar.sig_open_conversation.emit(conversations.item(0).data(256))
        qtbot.waitUntil(lambda: shows(second.transcript, answer))
        assert "Give me one word for happy." in second.transcript.toPlainText()
    finally:
        close_window(second)


def drop(window, path):
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    event = QDropEvent(QPointF(300, 300), Qt.DropAction.CopyAction, mime,
                       Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    window.dropEvent(event)


def test_dropped_pdf_is_summarised_saved_and_listed(qtbot, window, corpus, artifacts):
    pdf = corpus / "004-pdflatex-4-pages" / "pdflatex-4-pages.pdf"
    page = window.documents
    with qtbot.waitSignal(window.sig_summary_shown, timeout=300_000) as done:
        drop(window, pdf)
        qtbot.waitUntil(lambda: window.status.progress.value() > 0, timeout=120_000)
        window.grab().save(str(artifacts / "window-summary-progress.png"))
    assert window.pages.currentWidget() is page  # a drop shows the Documents page
    finished = done.args[0]
    assert finished.status == "done" and finished.summary
    assert shows(page.summary_view, finished.summary)  # shown without a click
    assert not window.status.progress.isVisible()
    assert [(r.name, r.status) for r in page.model.rows] == [("pdflatex-4-pages.pdf", "done")]
    # each sentence's mark (supported, partly, not found) follows once its sources are read
    qtbot.waitUntil(lambda: bool(page.reader.marks.get(finished.job_id)), timeout=60_000)
    assert page.summary_view.summary_shown[3] == page.reader.marks[finished.job_id]
    window.grab().save(str(artifacts / "window-summary.png"))

    # a page reference opens the document's own text of that page beside the summary
    with qtbot.waitSignal(page.sig_source_shown, timeout=60_000):
        page.summary_view.sig_reference_clicked.emit("p. 2")
    source = page.reader.source
    assert source.title.text() == "Source: p. 2" and source.isVisible()
    shown = source.text.toPlainText()
    assert shown.startswith("Page 2") and "Page 1" not in shown


def test_a_file_that_is_not_a_model_is_explained_and_nothing_can_be_sent(qtbot, tmp_path,
                                                                         artifacts):
    fake = tmp_path / "model.gguf"
    fake.write_text("not a model")
    win = create_window(str(fake))
    qtbot.addWidget(win)
    try:
        with qtbot.waitSignal(win.sig_error_shown, timeout=ANSWER_TIMEOUT_MS) as shown:
            win.show()
        assert "not a GGUF model file" in shown.args[0]
        assert win.notice.isVisible() and not win.send_button.isEnabled()
        assert win.status.model_label.text() == "No model loaded"
        win.grab().save(str(artifacts / "window-bad-model.png"))
    finally:
        close_window(win)


def test_dropped_folder_is_summarised_file_by_file(qtbot, window, tmp_path, artifacts):
    folder = tmp_path / "inbox"
    folder.mkdir()
    (folder / "a-memo.txt").write_text("The board met on 3 May 2024 and approved the "
                                       "annual report of Kedah Water.", encoding="utf-8")
    (folder / "b-notes.md").write_text("# Visit\n\nThe team visited Ipoh on 9 June 2024.",
                                       encoding="utf-8")
    (folder / "ignored.bin").write_bytes(b"\x00\x01")
    finished = []
    window.sig_summary_shown.connect(finished.append)
    drop(window, folder)
    page = window.documents
    qtbot.waitUntil(lambda: len(page.model.rows) == 2)  # both listed before either is done
    assert [r.status for r in page.model.rows] == ["waiting", "running"]
    qtbot.waitUntil(lambda: len(finished) == 2, timeout=300_000)
    assert [event.status for event in finished] == ["done", "done"]
    assert [(r.name, r.status) for r in page.model.rows] == [("b-notes.md", "done"),
                                                             ("a-memo.txt", "done")]
    assert page.queue.current is None and not page.queue.waiting
    window.grab().save(str(artifacts / "window-batch.png"))


def test_paused_summary_is_resumed_from_the_documents_page(qtbot, window, tmp_path):
    pages = "\f".join("\n\n".join(f"Clause {p}.{i}: the lessee pays {p * 100 + i} ringgit "
                                  f"to Syarikat Maju by day {i + 1}." for i in range(40))
                      for p in range(1, 4))
    path = tmp_path / "lease.txt"
    path.write_text(pages, encoding="utf-8")
    page = window.documents
    page.add_paths([str(path)])
    # the status bar's Pause is the same control as the row's
    qtbot.waitUntil(lambda: window.status.pause_button.isVisible(), timeout=60_000)
    with qtbot.waitSignal(window.sig_summary_shown, timeout=120_000) as paused:
        window.status.pause_button.click()
    assert paused.args[0].status == "paused"
    [row] = page.model.rows
    assert row.status == "paused" and not window.status.pause_button.isVisible()
    page.select(row.key)
    assert "paused" in page.summary_view.toPlainText()
    with qtbot.waitSignal(window.sig_summary_shown, timeout=300_000) as done:
        page.row_buttons(row.key)["resume"].click()
    assert done.args[0].status == "done"
    assert "Summary of lease.txt" in page.summary_view.toPlainText()  # it stayed selected
