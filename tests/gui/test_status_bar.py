"""The resource bar on its own: figures people can read without knowing what a core is."""

from __future__ import annotations

import re

import psutil

from app.ui.status import ResourceStatus


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
