"""The canary test in the window: a document with a unique word is summarised by the real
demo model and talked about, then deleted with the window's own actions: the summary's
Delete button, confirmed; "Delete everything"; a second conversation's Delete, the window
closed before its Undo runs out. Once the window is closed, no file of the data folder
holds the word, in UTF-8 or UTF-16."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from app.ui.app import close_window, create_window
from tests.canary import CANARY, canary_document, canary_files
from tests.gui.conftest import ANSWER_TIMEOUT_MS
from tests.gui.helpers import click, listed, row_named, status_of

SUMMARY_MS = 300_000  # a loaded 2-core machine; one chunk takes ~20 s alone


def answer_box(qtbot, artifacts, name: str, button: QMessageBox.StandardButton) -> list:
    """Press `button` in the next message box, once it is shown (its picture is saved)."""
    seen: list[str] = []

    def press() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, press)
            return
        seen.append(box.text())
        box.grab().save(str(artifacts / f"{name}.png"))
        box.button(button).click()

    QTimer.singleShot(0, press)
    return seen


def ask(qtbot, window, question: str) -> None:
    """As tests/gui/test_window.py asks, with the time a loaded machine may need."""
    qtbot.waitUntil(window.send_button.isEnabled, timeout=SUMMARY_MS)
    # short answers: the question alone carries the canary into the store and its index
    window.chat_options.sampling = {"temperature": 0.7, "top_p": 0.9, "max_tokens": 40}
    window.composer.setPlainText(question)
    with qtbot.waitSignal(window.sig_answer_shown, timeout=SUMMARY_MS):
        window.send_button.click()
    qtbot.waitUntil(lambda: not window.busy)


def test_deleting_in_the_window_leaves_no_trace_in_the_data_folder(
        qtbot, model_path, tmp_path, data_home, artifacts):
    window = create_window(str(model_path))
    qtbot.addWidget(window)
    window.show()
    try:
        qtbot.waitUntil(lambda: window.model_ready, timeout=ANSWER_TIMEOUT_MS)
        page = window.documents
        page.add_paths([str(canary_document(tmp_path))])
        qtbot.waitUntil(lambda: status_of(page, "canary-memo.txt") == "done",
                        timeout=SUMMARY_MS)
        ask(qtbot, window, f"Who pays for project {CANARY}?")
        assert canary_files(data_home), "the search must see the canary before the deletion"

        window.show_page(1)
        page.select("job:1")
        window.grab().save(str(artifacts / "erase-documents-before.png"))
        seen = answer_box(qtbot, artifacts, "erase-confirm", QMessageBox.StandardButton.Yes)
        click(page, "canary-memo.txt", "delete")  # the summary's Delete button, confirmed
        assert "cannot be recovered" in seen[0]
        # erasing overwrites and vacuums the database: seconds on a loaded 2-core machine
        qtbot.waitUntil(lambda: row_named(page, "canary-memo.txt") is None, timeout=60_000)
        window.grab().save(str(artifacts / "erase-documents-after.png"))
        window.preferences._clear_all()  # what the Settings dialog's confirmed button calls
        qtbot.waitUntil(lambda: listed(window.sidebar.conversations) == [
            "No conversations yet: type a question below."], timeout=60_000)

        window.show_page(0)
        ask(qtbot, window, f"Is {CANARY} late?")
        window.conversation_actions.on_action("delete", window.conversation_id)  # the menu's
        assert window.conversation_actions.undo_button.isVisible()
    finally:
        close_window(window)  # Undo still showing: closing erases the first conversation
    assert canary_files(data_home) == []
