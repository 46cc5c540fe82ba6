"""#18: a long-running tool on a desktop. Closing the window while documents are summarised
asks whether to keep summarising in the background or stop; in the background the work
goes on, the title (the task bar entry) shows its progress, a notification says when the
batch is done and clicking it brings the window back on the summary; File → Recent
documents reopens what was summarised. Real model, real window, offscreen (no system tray
there: the window is minimised instead of hidden, as on a desktop without one)."""

from __future__ import annotations

from app import APP_NAME
from tests.gui.helpers import SUMMARY_MS, note


def lease(folder):
    """Three pages: long enough to be still running when the window is closed."""
    text = "\f".join("\n\n".join(f"Clause {p}.{i}: the lessee pays {p * 100 + i} ringgit by "
                                 f"day {i + 1}." for i in range(12)) for p in range(1, 4))
    return note(folder, "lease.txt", text)


def answer(qtbot, window, choice: str) -> None:
    window.close()
    box = window.background.question
    assert box is not None and window.isVisible(), "the close was not asked about"
    qtbot.waitUntil(box.isVisible)
    button = next(b for b in box.buttons() if b.text() == choice)
    button.click()
    qtbot.waitUntil(lambda: window.background.question is None)


def test_closing_while_summarising_keeps_working_and_says_when_done(qtbot, window, tmp_path,
                                                                    artifacts):
    page = window.documents
    notices = []
    window.background.sig_notified.connect(lambda title, text: notices.append((title, text)))
    page.add_paths([str(lease(tmp_path)), str(note(tmp_path, "memo.txt",
                                                   "The office moves to Jalan Ampang in May."))])
    qtbot.waitUntil(lambda: page.queue.current is not None)
    qtbot.waitUntil(lambda: window.windowTitle().endswith(f"% · {APP_NAME}"))

    window.close()
    box = window.background.question
    qtbot.waitUntil(box.isVisible)
    box.grab().save(str(artifacts / "close-while-summarising.png"))
    assert "still being summarised" in box.text() and "next time" in box.informativeText()
    assert sorted(b.text() for b in box.buttons()) == ["Cancel", "Keep summarising",
                                                       "Stop and quit"]
    next(b for b in box.buttons() if b.text() == "Keep summarising").click()
    qtbot.waitUntil(window.isMinimized)
    assert page.queue.current is not None  # still summarising

    qtbot.waitUntil(lambda: bool(notices), timeout=2 * SUMMARY_MS)
    assert notices == [("Summaries ready", "2 documents summarised")]
    assert window.windowTitle() == APP_NAME

    window.background.tray.messageClicked.emit()  # what the desktop sends on a click
    qtbot.waitUntil(lambda: not window.isMinimized())
    assert window.pages.currentIndex() == 1
    assert page.selected_row().name == "memo.txt"  # the one that ended last
    qtbot.waitUntil(lambda: page.summary_view.summary_shown[0] == "memo.txt")

    window.recent_menu.aboutToShow.emit()
    names = [action.text() for action in window.recent_menu.actions()]
    assert names == ["memo.txt", "lease.txt"]
    window.recent_menu.actions()[1].trigger()
    assert page.selected_row().name == "lease.txt"


def test_closing_can_be_cancelled_or_stop_the_work(qtbot, window, tmp_path):
    page = window.documents
    page.add_paths([str(lease(tmp_path))])
    qtbot.waitUntil(lambda: page.queue.current is not None)
    answer(qtbot, window, "Cancel")
    assert window.isVisible() and not window.isMinimized()
    answer(qtbot, window, "Stop and quit")
    qtbot.waitUntil(lambda: not window.isVisible())


def test_an_idle_window_closes_without_a_question(qtbot, window):
    window.close()
    assert window.background.question is None and not window.isVisible()
