"""The Qt binding itself must survive a working day: every token, progress step and status
tick is a signal emitted from Python. PySide6 6.12.0 lost a reference to True on each emit,
and after some thousands the interpreter aborted ("bool_dealloc") in the middle of a summary."""

from __future__ import annotations

import gc
import sys

import pytest
from PySide6.QtCore import QObject, Signal


class _Source(QObject):
    sig_text = Signal(str)
    sig_plain = Signal()


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="True is immortal from Python 3.12")
def test_emitting_signals_keeps_true_alive(qtbot):
    source = _Source()
    received = []
    source.sig_text.connect(received.append)
    gc.collect()
    before = sys.getrefcount(True)
    for _ in range(2000):
        source.sig_text.emit("token")
        source.sig_plain.emit()
    gc.collect()
    assert len(received) == 2000
    assert sys.getrefcount(True) >= before - 10  # 6.12.0: 4000 fewer
