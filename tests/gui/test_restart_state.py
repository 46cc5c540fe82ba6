"""What a user arranged is there again after a restart: window size, the sidebar's width,
the last conversation, and the summary style, language and thorough check last chosen."""

from __future__ import annotations

from app.ui.app import close_window, create_window
from tests.gui.conftest import ANSWER_TIMEOUT_MS
from tests.gui.helpers import ask, shows


def test_window_layout_conversation_and_summary_choices_come_back(qtbot, model_path):
    first = create_window(str(model_path))
    qtbot.addWidget(first)
    first.show()
    qtbot.waitUntil(lambda: first.model_ready, timeout=ANSWER_TIMEOUT_MS)
    first.resize(760, 560)  # within the offscreen screen (800 × 600)
    first.splitter.setSizes([300, 460])
    answer = ask(qtbot, first, "Name a colour.").text
    documents = first.documents
    documents.style_choice.setCurrentIndex(documents.style_choice.findData("key_points"))
    language = documents.language_choice.itemData(2)
    documents.language_choice.setCurrentIndex(2)
    documents.thorough_choice.setChecked(True)
    sidebar_width = first.splitter.sizes()[0]
    close_window(first)

    second = create_window(str(model_path))
    qtbot.addWidget(second)
    second.show()
    try:
        qtbot.waitUntil(lambda: shows(second.transcript, answer), timeout=ANSWER_TIMEOUT_MS)
        assert (second.width(), second.height()) == (760, 560)
        assert abs(second.splitter.sizes()[0] - sidebar_width) <= 2
        assert second.documents.style_choice.currentData() == "key_points"
        assert second.documents.language_choice.currentData() == language != ""
        assert second.documents.thorough_choice.isChecked()
    finally:
        close_window(second)
