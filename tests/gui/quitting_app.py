"""The real app (run_app and its window) that asks a long question as soon as its model is
loaded and prints "answering ENGINE_PID" at the answer's first token; test_quit.py then
makes it quit. Run in its own process, with a data folder of its own:

    OFFLINE_ASSISTANT_HOME=... QT_QPA_PLATFORM=offscreen python tests/gui/quitting_app.py
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, QTimer, Slot

from app.ui import app as ui

QUESTION = "Write a long story about a lighthouse keeper, in many chapters."


class Asker(QObject):
    """Lives on the GUI thread, so the lane's signals reach it queued, as they reach widgets."""

    def __init__(self, window):
        super().__init__()
        self.window = window
        self.asked = self.told = False
        window.lane.sig_token.connect(self.on_token)
        # Anything the window tells its user goes to stdout, for the test to report.
        window.sig_error_shown.connect(lambda text: print("notice:", text, flush=True))
        window.lane.sig_model_failed.connect(lambda text: print("no model:", text, flush=True))
        self.ask_when_ready()

    def ask_when_ready(self) -> None:
        if self.window.send_button.isEnabled():
            self.window.composer.setPlainText(QUESTION)
            self.window.send()
        else:
            QTimer.singleShot(50, self.ask_when_ready)

    @Slot(str)
    def on_token(self, _text: str) -> None:
        if not self.told:
            self.told = True
            print("answering", self.window.lane.engine_pid, flush=True)


def main() -> int:
    create_window = ui.create_window

    def create_asking_window(model_path=None):
        window = create_window(model_path)
        window.asker = Asker(window)
        return window

    ui.create_window = create_asking_window
    return ui.run_app()


if __name__ == "__main__":  # the engine process is spawned: it imports this module again
    sys.exit(main())
