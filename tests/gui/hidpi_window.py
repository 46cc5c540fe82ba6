"""Open the real window, as a high-DPI screen shows it, and report what a user would see.
Run by test_high_dpi.py in its own process, because Qt's scale factor is fixed when the
application starts:

    QT_SCALE_FACTOR=2 python tests/gui/hidpi_window.py MODEL OUT.png
"""

from __future__ import annotations

import json
import sys
import time

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel

from app.ui.app import close_window, create_window

LOAD_TIMEOUT_S = 120


def report(window, out: str) -> dict:
    shot = window.grab()
    shot.save(out)
    widgets = window.findChildren(QAbstractButton) + [
        label for label in window.findChildren(QLabel) if not label.wordWrap()]
    clipped = [w.text() for w in widgets
               if w.isVisible() and w.text() and w.width() < w.minimumSizeHint().width()]
    return {"ratio": shot.devicePixelRatio(), "pixels": [shot.width(), shot.height()],
            "logical": [window.width(), window.height()], "clipped": clipped,
            "model_ready": window.model_ready}


def main(model: str, out: str) -> int:
    app = QApplication(sys.argv[:1])
    window = create_window(model)
    window.resize(1100, 720)
    window.show()
    started = time.monotonic()
    result: dict = {}

    def poll() -> None:
        if window.model_ready or time.monotonic() - started > LOAD_TIMEOUT_S:
            result.update(report(window, out))
            close_window(window)
            app.quit()
        else:
            QTimer.singleShot(100, poll)

    poll()
    app.exec()
    print(json.dumps(result))
    return 0


if __name__ == "__main__":  # the engine process is spawned: it imports this module again
    sys.exit(main(sys.argv[1], sys.argv[2]))
