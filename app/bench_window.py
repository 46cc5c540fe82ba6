"""The window part of `offline-assistant bench` (here, beside the command, because the
window's widgets must never depend on the bench): how responsive the Qt event loop stays
while an answer streams into the real window.

A 10 ms QTimer heartbeat runs on the GUI thread; every beat records the time. The question
goes in through the composer and the Send button, exactly as a user sends it; after the
requested number of tokens the bench presses Stop (the user's way to end an answer early).
The gaps between beats while the prompt is prefilled and while tokens stream are the
numbers: a gap far above 10 ms is a moment the window could not repaint or react.

The window keeps its data in a temporary folder, so the bench leaves nothing in the user's
conversations. It loads the model with its own automatic options, as the app does.
"""

from __future__ import annotations

import os
import sys
import time

from PySide6.QtCore import QObject, Qt, QThreadPool, QTimer, Slot

from app.core.bench.runs import BenchError, process_memory
from app.core.bench.stats import gap_stats
from app.trial_run import temporary_home, wait_for

HEARTBEAT_MS = 10
AFTER_ANSWER_S = 0.1  # keep beating a moment, so a block at the very end is seen too


class _Probe(QObject):
    """Lives on the GUI thread: the heartbeat, the token count and the Stop press."""

    def __init__(self, window, gen_tokens: int):
        super().__init__()
        self.window = window
        self.gen_tokens = gen_tokens
        self.beats: list[float] = []
        self.tokens = 0
        self.first_token_at: float | None = None
        self.stopped_at: float | None = None
        self.answered_at: float | None = None
        self.finished = None
        self.error: str | None = None
        self.heartbeat = QTimer(self)
        self.heartbeat.setTimerType(Qt.TimerType.PreciseTimer)
        self.heartbeat.setInterval(HEARTBEAT_MS)
        self.heartbeat.timeout.connect(self.beat)

    @Slot()
    def beat(self) -> None:
        self.beats.append(time.perf_counter())

    @Slot(str)
    def token(self, _text: str) -> None:
        if self.first_token_at is None:
            self.first_token_at = time.perf_counter()
        self.tokens += 1
        if self.tokens >= self.gen_tokens and self.stopped_at is None:
            self.stopped_at = time.perf_counter()
            self.window.stop()  # the Stop button's own slot

    @Slot(object)
    def answer_shown(self, finished) -> None:
        self.answered_at = time.perf_counter()
        self.finished = finished

    @Slot(str)
    def failed(self, message: str) -> None:
        self.error = message


def measure_event_loop(model_path, prompt: str, gen_tokens: int, *, scale_words: int = 5000,
                       load_timeout_s: float = 600, answer_timeout_s: float = 600) -> dict:
    """Open the real window on `model_path`, send `prompt`, stop after `gen_tokens` streamed
    tokens and return the heartbeat gaps (see core.bench.stats.gap_stats) and memory figures;
    then the gaps while answers stream at scale (measure_streaming_at_scale)."""
    _choose_platform()
    from PySide6.QtWidgets import QApplication

    from app.ui.app import close_window, create_window

    app = QApplication.instance() or QApplication([sys.argv[0] if sys.argv else "bench"])
    with temporary_home("oa-bench-"):
        window = create_window(str(model_path))
        probe = _Probe(window, gen_tokens)
        queued = Qt.ConnectionType.QueuedConnection
        window.lane.sig_model_failed.connect(probe.failed, queued)
        window.lane.sig_token.connect(probe.token, queued)  # after the transcript's own slot
        window.sig_answer_shown.connect(probe.answer_shown)
        window.sig_error_shown.connect(probe.failed)
        try:
            window.show()
            if not wait_for(lambda: window.model_ready or probe.error, load_timeout_s):
                raise BenchError("The window did not load the model in time.")
            if probe.error:
                raise BenchError(f"The window could not load the model: {probe.error}")
            wait_for(lambda: not window.busy, 30)
            engine_pid = window.lane.engine_pid
            model = window.lane.engine.model
            engine_options = model.options.as_dict() if model is not None else None
            window_memory = process_memory(os.getpid())
            engine_memory = process_memory(engine_pid)

            probe.heartbeat.start()
            wait_for(lambda: False, 0.2)  # a few quiet beats first: the idle baseline
            window.composer.setPlainText(prompt)
            sent_at = time.perf_counter()
            window.send_button.click()
            done = wait_for(lambda: probe.answered_at is not None or probe.error, answer_timeout_s)
            if probe.error:
                raise BenchError(f"The window reported: {probe.error}")
            if not done:
                raise BenchError("The answer did not finish in time.")
            wait_for(lambda: False, AFTER_ANSWER_S)
            probe.heartbeat.stop()
            at_scale = measure_streaming_at_scale(window.transcript, scale_words)
        finally:
            close_window(window)
            QThreadPool.globalInstance().waitForDone(10_000)  # its database reads, if any
            app.processEvents()

    first = probe.first_token_at or probe.answered_at
    return {
        "heartbeat_ms": HEARTBEAT_MS,
        "platform": app.platformName(),
        "idle": gap_stats(probe.beats, probe.beats[0] if probe.beats else 0.0, sent_at),
        "prefill": gap_stats(probe.beats, sent_at, first),
        "streaming": gap_stats(probe.beats, first, probe.answered_at),
        "tokens_streamed": probe.tokens,
        "first_token_s": (probe.first_token_at - sent_at) if probe.first_token_at else None,
        "answer_s": probe.answered_at - sent_at,
        # Stop pressed -> the answer shown as finished: what a user waits for after Stop
        "stop_to_shown_s": (probe.answered_at - probe.stopped_at) if probe.stopped_at else None,
        "finish_reason": probe.finished.finish_reason if probe.finished else None,
        "engine_options": engine_options,
        "memory": {"app_window": window_memory, "engine": engine_memory},
        "at_scale": at_scale,
    }


SCALE_METHOD = ("the window's own transcript, fed the tokens of a made-up answer ({words} words "
                "with paragraph breaks, a list and a code block) {per_tick} at a time every "
                "{tick_ms} ms (faster than any model writes), as the engine's tokens arrive; "
                "heartbeat gaps from the first token to the last repaint. 'history': the "
                "answer ({history_words} words) streams below {history} messages; 'long': the "
                "whole answer streams into a conversation of one question. The whole redraw "
                "when the answer ends is not in these figures")
SCALE_HISTORY = 200
HISTORY_WORDS = 300
TICK_MS, PER_TICK = 4, 4


def measure_streaming_at_scale(transcript, words: int = 5000) -> dict:
    """Heartbeat gaps while an answer streams into a conversation of 200 messages, and while
    a long answer streams (issue #13 point 6)."""
    history = [("user" if i % 2 == 0 else "assistant", _made_up_message(i))
               for i in range(SCALE_HISTORY)]
    # The made-up messages are no conversation of the store: the window's actions and
    # checked sentences (drawn under its messages) must not be looked up for them.
    footer, marks = transcript.footer, transcript.answer_marks
    transcript.footer, transcript.answer_marks = (lambda index: ""), (lambda index: ())
    try:
        return _at_scale(transcript, history, words)
    finally:
        transcript.footer, transcript.answer_marks = footer, marks
        transcript.show_entries([])


def _at_scale(transcript, history: list, words: int) -> dict:
    return {
        "method": SCALE_METHOD.format(words=words, per_tick=PER_TICK, tick_ms=TICK_MS,
                                      history_words=HISTORY_WORDS, history=SCALE_HISTORY),
        "history": _stream_gaps(transcript, [*history, ("user", "And then?")],
                                _made_up_answer(HISTORY_WORDS)),
        "long": _stream_gaps(transcript, [("user", "Tell me everything.")],
                             _made_up_answer(words)),
        "words": words, "history_messages": SCALE_HISTORY,
    }


def _stream_gaps(transcript, entries: list, pieces: list[str]) -> dict:
    transcript.show_entries(entries)
    wait_for(lambda: False, 0.1)
    beats: list[float] = []
    heartbeat = QTimer(transcript)
    heartbeat.setTimerType(Qt.TimerType.PreciseTimer)
    heartbeat.setInterval(HEARTBEAT_MS)
    heartbeat.timeout.connect(lambda: beats.append(time.perf_counter()))
    feed = iter(range(0, len(pieces), PER_TICK))
    fed: list[bool] = []

    def tick() -> None:
        start = next(feed, None)
        if start is None:
            fed.append(True)
            feeder.stop()
            return
        for piece in pieces[start : start + PER_TICK]:
            transcript.append_stream(piece)

    feeder = QTimer(transcript)
    feeder.setTimerType(Qt.TimerType.PreciseTimer)
    feeder.setInterval(TICK_MS)
    feeder.timeout.connect(tick)
    heartbeat.start()
    started = time.perf_counter()
    feeder.start()
    wait_for(lambda: fed and not transcript.repainting, 600)
    ended = time.perf_counter()
    heartbeat.stop()
    return gap_stats(beats, started, ended)


def _made_up_message(i: int) -> str:
    return (f"Item {i}: the **committee** approved contract {i * 100}.\n\n- the fee: "
            f"{i * 10} ringgit\n- due within 30 days\n\nA closing line for item {i}.")


def _made_up_answer(words: int) -> list[str]:
    pieces = []
    for i in range(words):
        pieces.append(f"word{i % 97}")
        if i == words // 2:
            pieces.append("\n\n1. a point\n2. another\n\n```\nfee = 300\n```\n\n")
        pieces.append("\n\n" if i % 60 == 59 else (". " if i % 12 == 11 else " "))
    return pieces


def _choose_platform() -> None:
    """Qt's offscreen platform when there is no display (a server, CI, a terminal over ssh)."""
    if sys.platform.startswith("linux") and not (
            os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
