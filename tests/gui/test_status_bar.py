"""The resource bar on its own: figures people can read without knowing what a core is."""

from __future__ import annotations

import re

import psutil
from PySide6.QtWidgets import QMainWindow

from app.core.engine.events import Timings
from app.ui.status import ResourceStatus, RunningJob
from app.ui.summary_progress import LiveJob


def test_cpu_use_is_a_share_of_the_whole_computer(qtbot):
    bar = ResourceStatus(lambda: None)
    qtbot.addWidget(bar)
    bar.refresh()  # the first reading starts psutil's clock
    busy = sum(i * i for i in range(2_000_000))  # some work of this process to measure
    bar.refresh()
    share = int(re.fullmatch(r"CPU (\d+)%", bar.cpu_label.text()).group(1))
    assert busy and 0 <= share <= 100
    assert f"all {psutil.cpu_count()} cores" in bar.cpu_label.toolTip()
    assert "free" in bar.memory_label.text()


def test_an_answer_the_loop_watch_ended_says_why_and_an_ordinary_end_says_nothing(qtbot):
    bar = ResourceStatus(lambda: None)
    qtbot.addWidget(bar)
    bar.show_answer_end("stop")
    assert bar.currentMessage() == ""
    bar.show_answer_end("loop")
    assert "repeat itself" in bar.currentMessage() and "Regenerate" in bar.currentMessage()
    bar.show_answer_end("cancelled")
    assert bar.currentMessage() == "Stopped. The partial answer is saved."


def test_a_long_model_name_and_a_running_summary_fit_a_1100_pixel_window(qtbot):
    # Each label's text is its minimum width, and the status bar's minimum is the window's:
    # with all figures spelled out, a summary running under a 33-letter model name made
    # the window at least 1439 px wide.
    window = QMainWindow()
    qtbot.addWidget(window)
    bar = ResourceStatus(lambda: None)
    window.setStatusBar(bar)
    name = "Meta-Llama-3.1-8B-Instruct-Q4_K_M.gguf"
    bar.show_model(name)
    bar.show_timings(Timings(prompt_tokens=812, output_tokens=214, prefill_s=1.9,
                             decode_s=3.2, ttft_s=1.95), 8192)
    live = LiveJob()
    live.step, live.total, live.eta, live.eta_short = "Part 3 of 12", 12, "about 4 min", "4 min"
    bar.show_job(RunningJob("Quarterly risk report 2026 (final, signed).pdf", live, 2))
    window.show()
    bar.refresh()
    assert window.minimumSizeHint().width() <= 1100
    # what no longer fits on the bar is in the tooltips
    assert bar.speed_label.text() == "67 tok/s · context 13%"
    assert "read 427 tok/s" in bar.speed_label.toolTip()
    assert "context 1026/8192" in bar.speed_label.toolTip()
    assert name in bar.model_label.toolTip() and "Engine not running" in bar.memory_label.toolTip()
