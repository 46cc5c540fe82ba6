"""Asking documents in the real window with the real demo model (issue #17): "Ask…" on the
Documents page opens a conversation bound to the selected documents, an answer arrives with
a page reference that opens its page, a question the documents cannot answer is answered
plainly that they do not say, and the conversation stays bound when it is opened again."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel

from app import paths
from app.core.documents import extract_document
from app.core.questions import NOTHING_FOUND, find_passages, index_documents
from app.core.questions.checking import check_answer
from app.core.store import Store
from tests.gui.conftest import ANSWER_TIMEOUT_MS
from tests.gui.helpers import click_link, row_named, shot

FEES = ("Land title fees\n\nA land title costs 40 dollars at the Registration Office. "
        "Neighbouring districts charge between 55 and 90 dollars for a land title.",
        "Recommendations\n\nThe panel recommends raising the land title fee to 55 dollars "
        "from July 2004. The marriage certificate fee should not change.")
BRANCHES = ("Branch offices\n\nThe office has four branch offices. The northern branch "
            "has the longest queues, since it serves the new housing estates.",)


def summarised(folder, name: str, texts: tuple[str, ...]) -> None:
    """A document read and summarised earlier, as the queue leaves it (the summary itself is
    the Documents page's tests' concern: here it would only cost a minute)."""
    path = folder / name
    path.write_text("\f".join(texts), encoding="utf-8")
    document = extract_document(path)
    store = Store(paths.database_path())
    try:
        document_id = store.add_document(path=document.path, sha256=document.sha256,
                                         size=document.size, pages=document.page_count,
                                         format=document.format)
        store.save_pages(document_id, document.pages)
        job_id = store.create_job(document_id, style="brief", model="SmolLM2-135M-Instruct",
                                  prompt_version="brief-v1", settings={})
        store.finish_job(job_id, f"{texts[0].splitlines()[0]}.", [])
    finally:
        store.close()


def ask_in_window(qtbot, window, question: str):
    window.composer.setPlainText(question)
    with qtbot.waitSignal(window.asking.sig_answer_shown, timeout=ANSWER_TIMEOUT_MS) as done:
        window.send_button.click()
    return done.args[0]


def test_asking_two_documents_answers_with_references_that_open_their_pages(
        qtbot, window, tmp_path, artifacts):
    page = window.documents
    summarised(tmp_path, "fees.txt", FEES)
    summarised(tmp_path, "branches.txt", BRANCHES)
    window.refresh_lists()
    qtbot.waitUntil(lambda: len(page.model.rows) == 2)
    window.show_page(1)
    assert not page.ask_button.isEnabled()  # nothing selected yet
    for name in ("fees.txt", "branches.txt"):
        index = page.model.index(page.model.rows.index(row_named(page, name)), 0)
        page.table.selectionModel().select(index, QItemSelectionModel.SelectionFlag.Select
                                           | QItemSelectionModel.SelectionFlag.Rows)
    assert page.ask_button.isEnabled() and len(page.askable_jobs()) == 2
    shot(qtbot, window, artifacts, "asking-documents-selected")
    with qtbot.waitSignal(window.asking.sig_bound, timeout=ANSWER_TIMEOUT_MS) as bound:
        page.ask_button.click()
    conversation = bound.args[0]
    header = window.asking.header
    assert window.pages.currentIndex() == 0 and header.isVisible()
    assert "fees.txt" in header.text() and "branches.txt" in header.text()
    assert "Ask a question about" in window.transcript.toPlainText()

    answer = ask_in_window(qtbot, window, "How many branch offices does the office have?")
    assert answer.checked is not None and answer.passages
    shown = window.transcript.toPlainText()
    assert "How many branch offices does the office have?" in shown
    referenced = [row for row in answer.checked.sentences if row["reference"]]
    assert referenced, f"no sentence of the answer has a reference: {answer.text!r}"
    reference = referenced[0]["reference"]
    assert reference in shown and reference.startswith(("(fees.txt, p. ", "(branches.txt, p. "))
    assert "context" in window.status.speed_label.text()  # its timings, as a chat answer's
    shot(qtbot, window, artifacts, "asking-answer")

    with qtbot.waitSignal(window.asking.sig_source_shown, timeout=ANSWER_TIMEOUT_MS) as opened:
        click_link(window.transcript, reference)
    document, number = opened.args[0].rsplit(" p. ", 1)
    assert f"({document}, p. {number})" in reference.replace(";", ")").split(")")[0] + ")"
    dialog = window.asking.dialog
    assert dialog.isVisible() and dialog.windowTitle() == f"Source: {document}"
    assert dialog.panel.title.text() == f"Source: Page {number}"
    texts = {"fees.txt": FEES, "branches.txt": BRANCHES}[document]
    assert dialog.panel.text.toPlainText().split() == texts[int(number) - 1].split()
    dialog.grab().save(str(artifacts / "asking-source-light.png"))
    dialog.close()

    # a question the documents cannot answer: said plainly, the model not asked
    answer = ask_in_window(qtbot, window, "Does the insurance cover outpatient dental care?")
    assert answer.text == NOTHING_FOUND and answer.checked is None
    shown = window.transcript.toPlainText()
    assert NOTHING_FOUND in shown and "so the model was not asked" in shown
    shot(qtbot, window, artifacts, "asking-not-stated")

    # opened again later, the conversation still answers from its documents
    window.new_chat()
    assert not header.isVisible() and not window.asking.bound
    with qtbot.waitSignal(window.asking.sig_bound, timeout=ANSWER_TIMEOUT_MS):
        window.open_conversation(conversation)
    assert header.isVisible() and window.asking.bound
    qtbot.waitUntil(lambda: reference in window.transcript.toPlainText())
    store = Store(paths.database_path())
    try:
        names = {store.document(d)["name"] for d in store.conversation_documents(conversation)}
        assert names == {"fees.txt", "branches.txt"}
        assert [m["role"] for m in store.messages(conversation)] == ["user", "assistant"] * 2
    finally:
        store.close()


def test_an_answer_opened_again_shows_its_marks_and_an_unsupported_sentence_says_so(
        qtbot, window, tmp_path, artifacts):
    """An answer as the questions core keeps it (checked by the real check against the real
    passage index), opened from the sidebar's conversation: no model call, so its marks are
    known in advance."""
    summarised(tmp_path, "fees.txt", FEES)
    summarised(tmp_path, "branches.txt", BRANCHES)
    question = "Which branch has the longest queues?"
    store = Store(paths.database_path())
    try:
        ids = [row["id"] for row in store.db["documents"].rows]
        index_documents(store, ids)
        names = {i: store.document(i)["name"] for i in ids}
        given = find_passages(store, question, ids)[:3]
        checked = check_answer("The northern branch has the longest queues. The office "
                               "opened its first branch in 1950.", given, names)
        assert [r["level"] for r in checked.sentences] == ["supported", "not_found"]
        conversation = store.create_conversation(question)
        store.attach_documents(conversation, ids)
        store.add_message(conversation, "user", question)
        answer = store.add_message(conversation, "assistant", checked.text,
                                   finish_reason="stop")
        store.save_answer_sources(answer, {"documents": ids, "passages": [
            {"id": p.id, "document_id": p.document_id, "page": p.page} for p in given]},
            checked.sentences)
    finally:
        store.close()

    with qtbot.waitSignal(window.asking.sig_bound, timeout=ANSWER_TIMEOUT_MS):
        window.open_conversation(conversation)
    window.refresh_conversations()  # written here, not by the window: listed on reading
    transcript = window.transcript
    qtbot.waitUntil(lambda: "✗ not found" in transcript.toPlainText())
    shown = transcript.toPlainText()
    assert "The northern branch has the longest queues (branches.txt, p. 1). ✓" in shown
    assert "opened its first branch in 1950. ✗ not found" in shown
    tips = list(transcript.link_tips.values())
    assert tips[0] == "Supported by branches.txt, p. 1. Click to see the passage."
    assert tips[1].startswith("No passage the model was given says this.")
    assert "“1950” is not in the passages given." in tips[1]
    shot(qtbot, window, artifacts, "asking-marks")

    click_link(transcript, "✗ not found")
    qtbot.waitUntil(lambda: window.asking.dialog is not None
                    and window.asking.dialog.isVisible())
    assert "No page of the documents supports this sentence" in (
        window.asking.dialog.panel.about.text())
    with qtbot.waitSignal(window.asking.sig_source_shown, timeout=20_000) as opened:
        click_link(transcript, "(branches.txt, p. 1)")
    assert opened.args[0] == "branches.txt p. 1"
    assert window.asking.dialog.panel.title.text() == "Source: Page 1"


def test_an_answer_without_the_figure_asked_for_says_the_documents_may_not_say(
        qtbot, window, tmp_path, artifacts):
    """The demo model's way with a question the documents do not answer: it copies a nearby
    sentence. Every sentence is supported, so no mark warns; the note under it does."""
    summarised(tmp_path, "fees.txt", FEES)
    question = "How much does a marriage certificate cost?"
    store = Store(paths.database_path())
    try:
        ids = [row["id"] for row in store.db["documents"].rows]
        index_documents(store, ids)
        given = find_passages(store, question, ids)[:3]
        checked = check_answer("The marriage certificate fee should not change.", given,
                               None, question)
        assert checked.gives_no == "quantity" and not checked.flagged
        conversation = store.create_conversation(question)
        store.attach_documents(conversation, ids)
        store.add_message(conversation, "user", question)
        answer = store.add_message(conversation, "assistant", checked.text,
                                   finish_reason="stop")
        store.save_answer_sources(answer, {"documents": ids, "gives_no": checked.gives_no,
                                           "passages": [{"id": p.id, "document_id": p.document_id,
                                                         "page": p.page} for p in given]},
                                  checked.sentences)
    finally:
        store.close()

    with qtbot.waitSignal(window.asking.sig_bound, timeout=ANSWER_TIMEOUT_MS):
        window.open_conversation(conversation)
    transcript = window.transcript
    qtbot.waitUntil(lambda: "asks for a figure" in transcript.toPlainText())
    assert ("gives none that the passages about it state: the documents may not say"
            in transcript.toPlainText())
    window.grab().save(str(artifacts / "asking-gives-no-figure.png"))
