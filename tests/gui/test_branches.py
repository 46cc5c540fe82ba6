"""Regenerate, edit and resend in the real window with the real model: earlier versions stay
as branches the user flips between, the choice is kept, and the model is asked with the
thread shown."""

from __future__ import annotations

from PySide6.QtCore import Qt, QUrl
from PySide6.QtWidgets import QMenu

from app import paths
from app.core.settings import AppSettings
from app.core.store import Store
from app.ui.app import close_window, create_window
from app.ui.transcript import is_dark
from tests.gui.conftest import ANSWER_TIMEOUT_MS
from tests.gui.helpers import ask, listed, shows


def settled(qtbot, window, messages: int) -> list[dict]:
    """The thread once the window has read it back from the store."""
    branches = window.branches
    qtbot.waitUntil(lambda: branches.current and len(branches.rows) == messages
                    and branches.available, timeout=ANSWER_TIMEOUT_MS)
    return branches.rows


def click(qtbot, window, link: str) -> None:
    """Follow one of the transcript's links, as a click on it does."""
    assert f'href="{link}"' in window.transcript.toHtml(), f"no link {link} on screen"
    window.transcript.anchorClicked.emit(QUrl(link))


def requests(window) -> list[tuple]:
    """What the window asks the lane to answer: (conversation, question id, messages)."""
    sent: list[tuple] = []
    window.lane.request_answer.connect(lambda c, q, messages, _p: sent.append((c, q, messages)))
    return sent


def stored(conversation_id: int) -> list[dict]:
    store = Store(paths.database_path())
    try:
        return store.messages(conversation_id)
    finally:
        store.close()


def test_regenerate_keeps_both_answers_and_the_switcher_flips_back(qtbot, window, artifacts):
    window.chat_options.sampling = {"temperature": 1.2, "top_p": 0.95, "max_tokens": 40}
    sent = requests(window)
    ask(qtbot, window, "Name one fruit that grows in Malaysia.")
    question, first = settled(qtbot, window, 2)
    assert "1 / 2" not in window.transcript.toPlainText()  # one version: no switcher

    with qtbot.waitSignal(window.sig_answer_shown, timeout=ANSWER_TIMEOUT_MS) as again:
        click(qtbot, window, f"regenerate:{first['id']}")
        assert not window.branches.regenerate_action.isEnabled()  # not while it streams
        assert "regenerate:" not in window.transcript.toHtml()
    _, second = settled(qtbot, window, 2)
    assert second["id"] != first["id"] and second["text"] == again.args[0].text
    assert (second["version"], second["versions"]) == (2, 2)
    assert "2 / 2" in window.transcript.toPlainText()
    # the model was asked the question alone, not the answer being replaced
    assert sent[-1][1] == question["id"]
    assert sent[-1][2][-1] == {"role": "user", "content": question["text"]}
    assert all(m["role"] != "assistant" for m in sent[-1][2])

    for theme in ("dark", "light"):
        window.preferences.settings = AppSettings(theme=theme)
        window.preferences.apply()
        qtbot.waitUntil(lambda dark=theme == "dark": is_dark(window.transcript.palette()) == dark)
        window.grab().save(str(artifacts / f"window-branches-{theme}.png"))

    click(qtbot, window, f"older:{second['id']}")
    qtbot.waitUntil(lambda: window.branches.current
                    and window.branches.rows[-1]["id"] == first["id"])
    assert "1 / 2" in window.transcript.toPlainText()
    assert shows(window.transcript, first["text"])
    assert window.history[-1]["content"] == first["text"]
    assert [m["id"] for m in stored(window.conversation_id)] == [question["id"], first["id"]]

    conversation = window.conversation_id  # reopened, the first answer is still the one shown
    window.new_chat()
    window.sidebar.sig_open_conversation.emit(conversation)
    qtbot.waitUntil(lambda: window.branches.current and window.branches.shown)
    assert window.branches.rows[-1]["id"] == first["id"]
    assert "1 / 2" in window.transcript.toPlainText()

    [edit_menu] = [m for m in window.menuBar().findChildren(QMenu) if "Edit" in m.title()]
    assert window.branches.regenerate_action in edit_menu.actions()
    window.activateWindow()
    with qtbot.waitSignal(window.sig_answer_shown, timeout=ANSWER_TIMEOUT_MS):
        qtbot.keyClick(window.composer, Qt.Key.Key_R,  # the Edit menu command's shortcut
                       Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert settled(qtbot, window, 2)[-1]["versions"] == 3
    assert "3 / 3" in window.transcript.toPlainText()


def test_edit_and_resend_branches_and_the_old_thread_stays_reachable(qtbot, window, artifacts):
    window.chat_options.sampling = {"temperature": 0.7, "top_p": 0.9, "max_tokens": 40}
    sent = requests(window)
    ask(qtbot, window, "What is the capital of Malaysia?")
    settled(qtbot, window, 2)
    ask(qtbot, window, "What is its population?")
    q1, a1, q2, a2 = settled(qtbot, window, 4)

    window.composer.setPlainText("a draft I was writing")
    click(qtbot, window, f"edit:{q2['id']}")
    assert window.composer.toPlainText() == q2["text"]
    assert window.branches.edit_bar.isVisible() and "Editing…" in window.transcript.toPlainText()
    window.activateWindow()
    qtbot.keyClick(window.composer, Qt.Key.Key_Escape)  # Esc cancels the edit
    assert not window.branches.edit_bar.isVisible() and window.branches.editing is None
    assert window.composer.toPlainText() == "a draft I was writing"

    click(qtbot, window, f"edit:{q2['id']}")
    window.composer.setPlainText("What is the population of Kuala Lumpur?")
    window.grab().save(str(artifacts / "window-branches-editing.png"))
    with qtbot.waitSignal(window.sig_answer_shown, timeout=ANSWER_TIMEOUT_MS):
        window.send_button.click()
    assert window.composer.toPlainText() == "a draft I was writing"  # the draft is back
    rows = settled(qtbot, window, 4)
    assert [r["id"] for r in rows[:2]] == [q1["id"], a1["id"]]
    assert rows[2]["text"] == "What is the population of Kuala Lumpur?"
    assert rows[2]["parent_id"] == a1["id"] and (rows[2]["version"], rows[2]["versions"]) == (2, 2)
    assert rows[3]["id"] not in (a2["id"],) and rows[3]["parent_id"] == rows[2]["id"]
    assert "2 / 2" in window.transcript.toPlainText()
    # the model saw the edited thread: first turn, then the new question, nothing of the old
    assert [m["content"] for m in sent[-1][2]] == [
        q1["text"], a1["text"], "What is the population of Kuala Lumpur?"]

    click(qtbot, window, f"older:{rows[2]['id']}")  # the old branch, whole
    qtbot.waitUntil(lambda: window.branches.current
                    and [r["id"] for r in window.branches.rows] == [q1["id"], a1["id"],
                                                                   q2["id"], a2["id"]])
    assert shows(window.transcript, a2["text"]) and "1 / 2" in window.transcript.toPlainText()
    assert [m["content"] for m in window.history][-1] == a2["text"]

    # a follow-up goes on from the branch shown
    ask(qtbot, window, "Thank you.")
    rows = settled(qtbot, window, 6)
    assert rows[4]["parent_id"] == a2["id"]
    assert [m["content"] for m in sent[-1][2]][:4] == [q1["text"], a1["text"], q2["text"],
                                                       a2["text"]]


def test_the_branch_shown_is_kept_after_a_restart(qtbot, model_path):
    store = Store(paths.database_path())
    try:
        conversation = store.create_conversation("Tender questions")
        question = store.add_message(conversation, "user", "Who won the Kuantan tender?")
        store.add_message(conversation, "assistant", "Syarikat Jaya won it.")
        store.add_message(conversation, "assistant", "Syarikat Maju won it.",
                          parent_id=question)
    finally:
        store.close()

    first = create_window(str(model_path))
    qtbot.addWidget(first)
    try:
        qtbot.waitUntil(lambda: first.model_ready, timeout=ANSWER_TIMEOUT_MS)
        first.sidebar.sig_open_conversation.emit(conversation)
        qtbot.waitUntil(lambda: first.branches.available
                        and "Syarikat Maju" in first.transcript.toPlainText())
        click(qtbot, first, f"older:{first.branches.rows[-1]['id']}")
        qtbot.waitUntil(lambda: "Syarikat Jaya" in first.transcript.toPlainText())
    finally:
        close_window(first)

    second = create_window(str(model_path))
    qtbot.addWidget(second)
    try:
        qtbot.waitUntil(lambda: "Tender questions" in listed(second.sidebar.conversations))
        second.sidebar.sig_open_conversation.emit(conversation)
        qtbot.waitUntil(lambda: "Syarikat Jaya" in second.transcript.toPlainText())
        assert "Syarikat Maju" not in second.transcript.toPlainText()
        assert "1 / 2" in second.transcript.toPlainText()
    finally:
        close_window(second)


def test_without_a_model_nothing_can_be_regenerated_or_edited(qtbot, tmp_path):
    store = Store(paths.database_path())
    try:
        conversation = store.create_conversation("Old chat")
        store.add_message(conversation, "user", "Is the report ready?")
        store.add_message(conversation, "assistant", "Yes, since Monday.")
    finally:
        store.close()
    fake = tmp_path / "model.gguf"
    fake.write_text("not a model")
    win = create_window(str(fake))
    qtbot.addWidget(win)
    try:
        with qtbot.waitSignal(win.sig_error_shown, timeout=ANSWER_TIMEOUT_MS):
            win.show()
        win.sidebar.sig_open_conversation.emit(conversation)
        qtbot.waitUntil(lambda: "Yes, since Monday." in win.transcript.toPlainText())
        html = win.transcript.toHtml()
        assert "Edit" in win.transcript.toPlainText()  # shown, but not a link
        assert "edit:" not in html and "regenerate:" not in html
        assert not win.branches.regenerate_action.isEnabled()
        win.branches.regenerate()
        assert not win.busy and not win.answering
    finally:
        close_window(win)
