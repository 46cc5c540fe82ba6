"""The status bar's live figures: model, memory of app + engine, free RAM, the last
answer's speed. Measured in app.core.metrics; polled once a second while visible."""

from __future__ import annotations

import os

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLabel, QProgressBar, QPushButton, QStatusBar

from app.core.metrics import format_bytes, memory_snapshot

POLL_MS = 1000


class ResourceStatus(QStatusBar):
    def __init__(self, engine_pid, parent=None):
        super().__init__(parent)
        self._engine_pid = engine_pid  # callable: the engine may restart with a new pid
        self.model_label = QLabel("Loading model…")
        self.memory_label = QLabel()
        self.speed_label = QLabel("No answer yet")
        self.step_label = QLabel()
        self.progress = QProgressBar(maximumWidth=160, textVisible=True)
        self.pause_button = QPushButton("Pause")
        self.pause_button.setToolTip("Pause the summary; finished parts are kept and it can "
                                     "be resumed from the Summaries list")
        self.cancel_button = QPushButton("Cancel")
        self.cancel_button.setAccessibleName("Cancel summary")
        for widget, tip in (
            (self.model_label, "The model that answers, running on this computer"),
            (self.memory_label, "Memory used by this app and its model engine (not counting "
                                "the model file the system maps from disk), and free RAM"),
            (self.speed_label, "Speed of the last answer: tokens written per second, and the "
                               "wait before its first word"),
        ):
            widget.setToolTip(tip)
            self.addPermanentWidget(widget)
        self.addWidget(self.step_label)
        self.addWidget(self.progress)
        self.addWidget(self.pause_button)
        self.addWidget(self.cancel_button)
        self.show_progress(False)
        self._timer = QTimer(self, interval=POLL_MS)
        self._timer.timeout.connect(self.refresh)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.refresh()
        self._timer.start()

    def hideEvent(self, event) -> None:
        self._timer.stop()  # no polling for a window nobody sees
        super().hideEvent(event)

    def refresh(self) -> None:
        snap = memory_snapshot(os.getpid(), self._engine_pid())
        engine = format_bytes(snap.engine_bytes) if snap.engine_bytes else "not running"
        self.memory_label.setText(
            f"App {format_bytes(snap.app_bytes)} · Engine {engine}"
            f" · {format_bytes(snap.free_bytes)} free"
        )

    def show_model(self, name: str) -> None:
        self.model_label.setText(name)

    def show_timings(self, timings) -> None:
        self.speed_label.setText(
            f"{timings.decode_tps:.0f} tok/s · first token {timings.ttft_s:.2f} s"
        )

    def show_progress(self, visible: bool, value: int = 0, maximum: int = 0, text: str = ""):
        if visible:
            self.clearMessage()  # a passing message would sit under the progress widgets
        for widget in (self.step_label, self.progress, self.pause_button, self.cancel_button):
            widget.setVisible(visible)
        self.progress.setRange(0, maximum)
        self.progress.setValue(value)
        if text:
            self.step_label.setText(text)
