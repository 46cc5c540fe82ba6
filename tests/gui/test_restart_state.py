"""What a user arranged is there again after a restart: window size, the sidebar's width,
the last conversation, and the summary style, language, thorough check and Fast reading
last chosen."""

from __future__ import annotations

from app.ui.app import close_window, create_window
from tests.gui.conftest import ANSWER_TIMEOUT_MS
from tests.gui.helpers import ask, shows


def test_window_layout_conversation_and_summary_choices_come_back(qtbot, model_path,
                                                                   artifacts):
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
    # the demo model is the only one: no smaller model can read for it, and the box says so
    fast = documents.fast_choice
    qtbot.waitUntil(lambda: "at most a quarter of the parameters" in fast.toolTip(),
                    timeout=ANSWER_TIMEOUT_MS)
    assert not fast.isEnabled()
    # the reason is in sight too, not only in the tooltip
    assert documents.choices.fast_hint.text() == "(needs a small model in the library)"
    documents.choices.offer_fast_reading(True, "Qwen 0.5B")  # as the lane says beside a 7B model
    assert fast.isEnabled() and fast.toolTip().startswith("Qwen 0.5B, a small model, reads")
    assert documents.choices.fast_hint.text() == ""
    fast.setChecked(True)
    first.show_page(1)
    assert fast.isVisible()
    first.grab().save(str(artifacts / "documents-fast-reading-760.png"))
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
        assert second.documents.fast_choice.isChecked()
    finally:
        close_window(second)
