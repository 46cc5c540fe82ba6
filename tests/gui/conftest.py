"""The real window with the real demo model, for every GUI test."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEventLoop, QLocale, QTimer
from PySide6.QtWidgets import QApplication

from app.ui.app import close_window, create_window
from app.ui.i18n import install_english_plurals
from app.ui.theme import apply_theme

# A bound on a condition, not a wait: an answer of the demo model takes seconds, but a busy
# 2-core machine (other tests' engines, a build) can make a 500-token one take minutes.
ANSWER_TIMEOUT_MS = 180_000


@pytest.fixture(scope="session", autouse=True)
def english_plurals(qapp):
    """As run_app sets up the application: "1 part", "3 parts", not "part(s)"."""
    translator = install_english_plurals(qapp)
    yield translator
    qapp.removeTranslator(translator)


@pytest.fixture(autouse=True)
def locale_comes_back():
    """A test that installs a language sets Qt's default locale with it (numbers are then
    written as that language writes them): the next test starts in the locale it had."""
    before = QLocale()
    yield
    QLocale.setDefault(before)


@pytest.fixture(autouse=True)
def clipboard_emptied(qapp):
    """Under the offscreen platform the clipboard's data lives in a global of QtGui that C's
    exit handlers delete after Python has shut down: a QMimeData put there by Python (Copy
    of a summary) then crashes the test process at exit (SIGSEGV in Shiboken's destroy, with
    every test passed). Desktop platforms hand the data to the system and do not do this.
    Emptying it after each test also keeps one test's copy out of the next."""
    yield
    qapp.clipboard().clear()


@pytest.fixture(autouse=True)
def event_loops_run_after_an_exit(qapp):
    """A start-up that gives up calls QApplication.exit(). Outside exec() (as in these tests)
    that leaves Qt's quit flag set, and every later event loop, qtbot.wait and waitUntil
    among them, returns at once without running a timer: the next test then times out for
    no reason of its own. After each test, a loop that does not run is set right by one
    turn of exec(), which clears the flag."""
    yield
    ran = []
    loop = QEventLoop()
    QTimer.singleShot(0, lambda: (ran.append(True), loop.quit()))
    loop.exec()
    if not ran:
        QTimer.singleShot(0, qapp.quit)
        qapp.exec()


@pytest.fixture
def window(qtbot, model_path):
    win = create_window(str(model_path))
    qtbot.addWidget(win)
    win.show()
    qtbot.waitUntil(lambda: win.model_ready, timeout=ANSWER_TIMEOUT_MS)
    yield win
    close_window(win)
    apply_theme(QApplication.instance(), "light")  # a test may have switched to dark
