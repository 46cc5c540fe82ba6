"""Asking documents from the chat side (issue #17), in the real window with the real demo
model: a plain chat attaches two documents with "Ask about documents…", its next question
is answered from them with references that open their pages, Regenerate asks them again,
"Back to plain chat" sends the next question to the model alone, and the export and the
audit trail say which answers came from which documents."""

from __future__ import annotations

import json

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from app import paths
from app.core.audit import trail_in_force
from app.core.questions import NOTHING_FOUND
from app.core.store import Store
from tests.gui.conftest import ANSWER_TIMEOUT_MS
from tests.gui.helpers import click_link, shot
from tests.gui.test_asking_documents import BRANCHES, FEES, ask_in_window, summarised


def chat_in_window(qtbot, window, text: str):
    window.composer.setPlainText(text)
    with qtbot.waitSignal(window.sig_answer_shown, timeout=ANSWER_TIMEOUT_MS) as done:
        window.send_button.click()
    return done.args[0]


def pick_documents(qtbot, window, artifacts):
    """"Ask about documents…", tick the folder (both documents in it), "Ask them"."""
    asking = window.asking
    with qtbot.waitSignal(asking.sig_picking, timeout=20_000):
        asking.ask_about_button.click()
    picker = asking.picker
    qtbot.waitUntil(picker.isVisible)
    folder = picker.tree.topLevelItem(0)
    assert picker.tree.topLevelItemCount() == 1 and folder.childCount() == 2
    ask = picker.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ask.isEnabled()  # nothing ticked yet
    folder.setCheckState(0, Qt.CheckState.Checked)  # a folder: every document in it
    assert len(picker.chosen()) == 2 and ask.isEnabled()
    picker.grab().save(str(artifacts / "asking-picker.png"))
    with qtbot.waitSignal(asking.sig_bound, timeout=20_000) as bound:
        ask.click()
    return bound.args[0]


def test_a_chat_asks_two_documents_then_goes_back_to_plain_chat(qtbot, window, tmp_path,
                                                                artifacts, monkeypatch):
    summarised(tmp_path, "fees.txt", FEES)
    summarised(tmp_path, "branches.txt", BRANCHES)
    asking = window.asking
    plain = chat_in_window(qtbot, window, "Say hello in one short sentence.")
    conversation = window.conversation_id
    assert not asking.bound and not asking.header.isVisible()

    assert pick_documents(qtbot, window, artifacts) == conversation  # the same conversation
    header = asking.header
    assert asking.bound and header.isVisible()
    assert "fees.txt" in header.text() and "branches.txt" in header.text()
    assert plain.text.split()[0] in window.transcript.toPlainText()  # the plain turn stays

    answer = ask_in_window(qtbot, window, "How many branch offices does the office have?")
    assert answer.conversation_id == conversation and answer.checked is not None
    referenced = [row for row in answer.checked.sentences if row["reference"]]
    assert referenced, f"no sentence of the answer has a reference: {answer.text!r}"
    reference = referenced[0]["reference"]
    assert reference in window.transcript.toPlainText()
    shot(qtbot, window, artifacts, "asking-from-chat")
    with qtbot.waitSignal(asking.sig_source_shown, timeout=ANSWER_TIMEOUT_MS) as opened:
        click_link(window.transcript, reference)
    document, number = opened.args[0].rsplit(" p. ", 1)
    texts = {"fees.txt": FEES, "branches.txt": BRANCHES}[document]
    assert asking.dialog.isVisible() and asking.dialog.windowTitle() == f"Source: {document}"
    assert asking.dialog.panel.text.toPlainText().split() == texts[int(number) - 1].split()
    asking.dialog.close()

    # Regenerate asks the documents again: a second version, checked and referenced too
    qtbot.waitUntil(window.branches.regenerate_action.isEnabled)
    with qtbot.waitSignal(asking.sig_answer_shown, timeout=ANSWER_TIMEOUT_MS) as again:
        window.branches.regenerate_action.trigger()
    assert again.args[0].checked is not None
    qtbot.waitUntil(lambda: "2 / 2" in window.transcript.toPlainText())

    # a question that reaches the plain chat anyway is refused, not answered without them
    rows = _messages(conversation)
    with qtbot.waitSignal(window.sig_error_shown, timeout=20_000) as refused:  # its notice
        window.lane.request_answer.emit(conversation, rows[-2]["id"], [], {})
    assert "answers from its documents" in refused.args[0]
    window.show_notice("")

    with qtbot.waitSignal(asking.sig_detached, timeout=20_000):
        header.linkActivated.emit("plain")  # "Back to plain chat"
    assert not asking.bound and not header.isVisible()
    after = chat_in_window(qtbot, window, "Say goodbye in one short sentence.")
    assert window.conversation_id == conversation
    rows = _messages(conversation)
    assert rows[-1]["text"] == after.text and rows[-1]["sources"] is None  # the model alone
    shown = window.transcript.toPlainText()
    assert again.args[0].text.split(" (")[0] in shown  # the answer from documents stays
    shot(qtbot, window, artifacts, "asking-back-to-plain-chat")

    _check_export(qtbot, window, conversation, tmp_path, monkeypatch)
    _check_audit(conversation)


def _messages(conversation: int) -> list[dict]:
    store = Store(paths.database_path())
    try:
        return store.messages(conversation)
    finally:
        store.close()


def _check_export(qtbot, window, conversation, tmp_path, monkeypatch) -> None:
    """Exported from the sidebar's menu, as a user would: the thread shown."""
    for suffix, action in ((".md", "export_md"), (".json", "export_json")):
        target = tmp_path / f"chat{suffix}"
        monkeypatch.setattr("app.ui.conversation_actions.QFileDialog.getSaveFileName",
                            lambda *_args, target=target: (str(target), ""))
        window.conversation_actions.on_action(action, conversation)
        qtbot.waitUntil(target.exists, timeout=20_000)
    markdown = (tmp_path / "chat.md").read_text("utf-8")
    assert markdown.count("> - Answered from: ") == 1  # the answer shown; not the plain ones
    assert "> - Answered from: fees.txt, branches.txt · model: SmolLM2" in markdown
    assert "> - Passages given to the model: #" in markdown
    record = json.loads((tmp_path / "chat.json").read_text("utf-8"))
    answers = [m for m in record["messages"] if m["role"] == "assistant"]
    assert ["answered_from" in m for m in answers] == [False, True, False]
    source = answers[1]["answered_from"]
    assert source["model"].startswith("SmolLM2") and source["passages"]
    assert {p["document"] for p in source["passages"]} <= {"fees.txt", "branches.txt"}
    assert all(isinstance(c["text"], str) for c in source["flagged_claims"])


def _check_audit(conversation: int) -> None:
    """Which documents were asked, at each answer from them; no question or answer text
    at the default level."""
    trail = [json.loads(line) for line in trail_in_force().path.read_text(
        "utf-8").splitlines()]
    asked = [e for e in trail if e["event"] == "documents_asked"]
    assert len(asked) == 2  # the question and its Regenerate
    for entry in asked:
        assert entry["conversation"] == conversation and entry["model_asked"]
        assert sorted(d["file"] for d in entry["documents"]) == ["branches.txt", "fees.txt"]
        assert "prompt" not in entry and "answer" not in entry
    assert len([e for e in trail if e["event"] == "chat_answered"]) == 2


def test_a_new_chat_asks_a_document_and_an_edited_question_is_asked_of_it_too(
        qtbot, window, tmp_path):
    """Questions the document does not touch: answered without the model, so quickly."""
    summarised(tmp_path, "fees.txt", FEES)
    summarised(tmp_path, "branches.txt", BRANCHES)
    asking = window.asking
    with qtbot.waitSignal(asking.sig_picking, timeout=20_000):
        asking.ask_about_action.trigger()  # Edit ▸ Ask about documents… (Ctrl+Shift+A)
    picker = asking.picker
    fees = next(picker.tree.topLevelItem(0).child(i) for i in range(2)
                if picker.tree.topLevelItem(0).child(i).text(0).startswith("fees.txt"))
    fees.setCheckState(0, Qt.CheckState.Checked)
    assert picker.tree.topLevelItem(0).checkState(0) == Qt.CheckState.PartiallyChecked
    with qtbot.waitSignal(asking.sig_bound, timeout=20_000) as bound:
        picker.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    conversation = bound.args[0]  # a new conversation, about that document
    assert window.conversation_id == conversation
    assert list(asking.documents.values()) == ["fees.txt"] and asking.header.isVisible()

    first = ask_in_window(qtbot, window, "Does the insurance cover outpatient dental care?")
    assert first.text == NOTHING_FOUND and first.conversation_id == conversation
    qtbot.waitUntil(lambda: window.branches.available)
    question = window.branches.rows[0]
    window.branches.edit(question["id"])
    window.composer.setPlainText("Is dental care covered by the insurance?")
    with qtbot.waitSignal(asking.sig_answer_shown, timeout=ANSWER_TIMEOUT_MS) as edited:
        window.send_button.click()
    assert edited.args[0].text == NOTHING_FOUND
    qtbot.waitUntil(lambda: "1 / 2" not in window.transcript.toPlainText()
                    and "2 / 2" in window.transcript.toPlainText())
    rows = _messages(conversation)
    assert [r["text"] for r in rows] == ["Is dental care covered by the insurance?",
                                         NOTHING_FOUND]
    assert rows[0]["versions"] == 2 and rows[1]["sources"]  # asked of the document

    # "Change documents…" opens the picker with the ones asked now ticked
    with qtbot.waitSignal(asking.sig_picking, timeout=20_000):
        asking.header.linkActivated.emit("change")
    assert [asking.documents[i] for i in asking.picker.chosen()] == ["fees.txt"]
    asking.picker.reject()
