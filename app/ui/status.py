"""The status bar's live figures: model, memory of app + engine, free RAM, VRAM where a GPU
exists, CPU use, the last answer's speeds and context use, and a small tokens/s
sparkline. Measured in app.core.metrics; polled once a second while visible."""

from __future__ import annotations

import os
from collections import deque
from typing import NamedTuple

import psutil
from PySide6.QtCore import QPointF, QSize, Qt, QTimer
from PySide6.QtGui import QPainter, QPen
from PySide6.QtWidgets import QLabel, QProgressBar, QPushButton, QStatusBar, QWidget

from app.core.metrics import CpuMeter, memory_snapshot, vram_in_use
from app.ui.i18n import local_size

POLL_MS = 1000
STEP_TEXT_WIDTH = 170  # pixels for the running document's name and its step
MODEL_TEXT_WIDTH = 220  # pixels for the model's name (a GGUF file name can run to 50 letters)
SPARK_POINTS = 30


class RunningJob(NamedTuple):
    """The summary running now, as the status bar shows it."""

    name: str
    live: object  # its LiveJob: step, value / total, time left
    waiting: int  # documents queued after it
    alongside: int = 0  # others running at the same time (on a server's slots)


class Sparkline(QWidget):
    """Decode tokens/s of the last answers, newest on the right."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.values: deque[float] = deque(maxlen=SPARK_POINTS)
        self.setToolTip(self.tr("Tokens per second of the last answers"))

    def sizeHint(self) -> QSize:
        return QSize(64, 16)

    def add(self, value: float) -> None:
        self.values.append(value)
        self.update()

    def paintEvent(self, event) -> None:
        if len(self.values) < 2:
            return
        painter = QPainter(self)
        painter.setPen(QPen(self.palette().highlight().color(), 1.5))
        top = max(self.values) or 1.0
        step = (self.width() - 2) / (SPARK_POINTS - 1)
        start = SPARK_POINTS - len(self.values)
        points = [QPointF(1 + (start + i) * step, self.height() - 2 - v / top * (self.height() - 4))
                  for i, v in enumerate(self.values)]
        painter.drawPolyline(points)


class ResourceStatus(QStatusBar):
    def __init__(self, engine_pid, parent=None):
        super().__init__(parent)
        self._engine_pid = engine_pid  # callable: the engine may restart with a new pid
        self.model_label = QLabel(self.tr("Loading model…"))
        self.model_name = ""  # whole, as the About box names it; the label may cut it
        self.memory_label = QLabel()
        self.cpu_label = QLabel()
        self.speed_label = QLabel(self.tr("No answer yet"))
        self.sparkline = Sparkline()
        self._cpu = CpuMeter()
        self._cores = psutil.cpu_count() or 1
        self._gpu = vram_in_use() is not None  # asked once: most machines have none
        # narrow, elided by the Documents page with the whole text as its tooltip: a long
        # file name must not widen the status bar, and with it the window
        self.step_label = QLabel(maximumWidth=STEP_TEXT_WIDTH)
        self.progress = QProgressBar(maximumWidth=160, textVisible=True)
        self.pause_button = QPushButton(self.tr("Pause"))
        self.pause_button.setToolTip(self.tr("Pause the summary; finished parts are kept and it "
                                             "can be resumed from the Documents page"))
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setAccessibleName(self.tr("Cancel summary"))
        self._model_about = self.tr("The model that answers, running on this computer")
        self._memory_about = self.tr("Memory used by this app and its model engine (not "
                                     "counting the model file the system maps from disk), "
                                     "and free RAM")
        self._speed_about = self.tr("The last answer: words (tokens) written per second, "
                                    "prompt tokens read per second, the wait before the "
                                    "first word, and how much of the model's context the "
                                    "conversation fills")
        for widget, tip in (
            (self.model_label, self._model_about),
            (self.memory_label, self._memory_about),
            (self.cpu_label, self.tr("Processor use of this app and its engine, as a share of "
                                     "all %n cores of this computer", "", self._cores)),
            (self.speed_label, self._speed_about),
            (self.sparkline, self.sparkline.toolTip()),
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
        engine_pid = self._engine_pid()
        snap = memory_snapshot(os.getpid(), engine_pid)
        engine = (local_size(snap.engine_bytes) if snap.engine_bytes
                  else self.tr("not running"))
        # The bar shows the sum and what is free; the parts are in the tooltip: every
        # visible word widens the bar, and with a summary running it must fit 1100 px.
        text = self.tr("RAM {used} · {free} free").format(
            used=local_size(snap.app_bytes + (snap.engine_bytes or 0)),
            free=local_size(snap.free_bytes))
        vram = vram_in_use() if self._gpu else None
        if vram:
            text += " · " + self.tr("VRAM {used} of {total}").format(
                used=local_size(vram[0]), total=local_size(vram[1]))
        self.memory_label.setText(text)
        self.memory_label.setToolTip(self._memory_about + "\n" + self.tr(
            "App {app} · Engine {engine} · {free} free").format(
            app=local_size(snap.app_bytes), engine=engine, free=local_size(snap.free_bytes)))
        pids = [os.getpid()] + ([engine_pid] if engine_pid else [])
        # psutil counts 100% per busy core; people read 100% as "the whole computer".
        self.cpu_label.setText(self.tr("CPU {percent:.0f}%").format(
            percent=self._cpu.percent(pids) / self._cores))

    def show_model(self, name: str, server: str = "") -> None:
        """The model's name; `server`: the organisation's server it runs on, if it does."""
        self.model_name = name
        # the name alone is cut to fit: "Server: " stays, and takes none of its room
        shown = self.model_label.fontMetrics().elidedText(name, Qt.TextElideMode.ElideMiddle,
                                                          MODEL_TEXT_WIDTH)
        self.model_label.setText(self.tr("Server: {name}").format(name=shown) if server
                                 else shown)
        about = self.tr("The model that answers, running on your organisation's server "
                        "{server}. The memory and CPU figures are this computer's.").format(
            server=server) if server else self._model_about
        self.model_label.setToolTip(about + "\n" + name)

    def show_timings(self, timings, n_ctx: int = 0) -> None:
        """Writing speed and context use on the bar; every figure in the tooltip."""
        used = timings.prompt_tokens + timings.output_tokens
        text = self.tr("{decode:.0f} tok/s").format(decode=timings.decode_tps)
        whole = self.tr("{decode:.0f} tok/s · read {prefill:.0f} tok/s · first token "
                        "{first:.2f} s").format(decode=timings.decode_tps,
                                                prefill=timings.prefill_tps, first=timings.ttft_s)
        if n_ctx:
            text += " · " + self.tr("context {percent:.0f}%").format(percent=100 * used / n_ctx)
            whole += " · " + self.tr("context {used}/{size}").format(used=used, size=n_ctx)
        self.speed_label.setText(text)
        self.speed_label.setToolTip(self._speed_about + "\n" + whole)
        self.sparkline.add(timings.decode_tps)

    def show_answer_end(self, finish_reason: str) -> None:
        """Why an answer ended, where the reader would not see it from the text alone."""
        ending = {"cancelled": self.tr("Stopped. The partial answer is saved."),
                  # the engine's loop watch ended it (core/engine/loops.py)
                  "loop": self.tr("The model began to repeat itself, so the answer was ended "
                                  "there. Try “Regenerate” or ask in other words.")}
        if finish_reason in ending:
            self.showMessage(ending[finish_reason], 12_000)

    def show_progress(self, visible: bool, value: int = 0, maximum: int = 0):
        if visible:
            self.clearMessage()  # a passing message would sit under the progress widgets
        for widget in (self.step_label, self.progress, self.pause_button, self.cancel_button):
            widget.setVisible(visible)
        self.progress.setRange(0, maximum)
        self.progress.setValue(value)

    def show_job(self, job: RunningJob | None) -> None:
        """The running summary's progress, name and time left; None when none runs."""
        if job is None:
            self.show_progress(False)
            return
        live = job.live
        whole = f"{job.name}: {live.step}"
        if live.eta:
            whole += f" · {live.eta}"
        if job.alongside:
            whole += self.tr(" · %n more running", "", job.alongside)
        if job.waiting:
            whole += self.tr(" · %n more waiting", "", job.waiting)
        self.show_progress(True, live.value, live.total * 100)
        # The name (shortened in its middle) and the time left; the table and the tooltip
        # have the rest. A long file name must not widen the status bar, and the window.
        tail = f" · {live.eta_short or live.step}"
        metrics = self.step_label.fontMetrics()
        name = metrics.elidedText(job.name, Qt.TextElideMode.ElideMiddle,
                                  STEP_TEXT_WIDTH - metrics.horizontalAdvance(tail))
        self.step_label.setText(name + tail)
        self.step_label.setToolTip(whole)
