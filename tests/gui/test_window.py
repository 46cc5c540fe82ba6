"""The real window, offscreen, with the real model: a user's first minutes."""

from __future__ import annotations

import os
import signal

import pytest

from app import paths
from app.core.store import Store
from app.ui.app import close_window, create_window

ANSWER_TIMEOUT_MS = 60_000


@pytest.fixture
def window(qtbot, model_path):
    win = create_window(str(model_path))
    qtbot.addWidget(win)
    win.show()
    qtbot.waitUntil(lambda: win.model_ready, timeout=ANSWER_TIMEOUT_MS)
    yield win
    close_window(win)


def ask(qtbot, window, question: str):
    window.composer.setPlainText(question)
    with qtbot.waitSignal(window.lane.sig_answer_done, timeout=ANSWER_TIMEOUT_MS) as done:
        window.send_button.click()
    return done.args[1]


def test_question_streams_an_answer_that_is_saved(qtbot, window, artifacts):
    finished = ask(qtbot, window, "Name three colours of the rainbow.")
    qtbot.waitUntil(lambda: not window.busy)
    assert finished.text.strip()
    assert finished.text.strip()[:20] in window.transcript.toPlainText()
    assert finished.timings.output_tokens > 0
    window.status.refresh()
    assert "tok/s" in window.status.speed_label.text()
    assert "free" in window.status.memory_label.text()
    assert "engine" in window.status.memory_label.text()
    assert "SmolLM2" in window.status.model_label.text()
    window.grab().save(str(artifacts / "window-chat.png"))

    store = Store(paths.database_path())
    try:
        [conversation] = store.conversations()
        roles = [m["role"] for m in store.messages(conversation["id"])]
    finally:
        store.close()
    assert roles == ["user", "assistant"]
    qtbot.waitUntil(lambda: window.sidebar.conversations.item(0).data(256) is not None)


def test_stop_ends_the_answer_at_once(qtbot, window):
    window.composer.setPlainText("Write a very long story about a dragon, at least 400 words.")
    with qtbot.waitSignal(window.lane.sig_answer_done, timeout=ANSWER_TIMEOUT_MS) as done:
        window.send_button.click()
        qtbot.waitSignal(window.lane.sig_token, timeout=ANSWER_TIMEOUT_MS).wait()
        window.stop_button.click()
    assert done.args[1].finish_reason == "cancelled"


def test_killed_engine_is_reported_and_the_next_question_works(qtbot, window):
    window.composer.setPlainText("Write a long poem about the sea.")
    with qtbot.waitSignal(window.lane.sig_answer_failed, timeout=ANSWER_TIMEOUT_MS) as failed:
        window.send_button.click()
        qtbot.waitSignal(window.lane.sig_token, timeout=ANSWER_TIMEOUT_MS).wait()
        os.kill(window.lane.engine_pid, signal.SIGKILL)
    assert "stopped unexpectedly" in failed.args[1]
    qtbot.waitUntil(lambda: window.notice.isVisible() and not window.busy)
    assert window.isVisible()
    finished = ask(qtbot, window, "Say hello.")
    assert finished.finish_reason in ("stop", "length")
