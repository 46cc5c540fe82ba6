"""The window on a high-DPI screen (200 %): drawn at twice the pixels, same layout, and no
button or label cut short. Looked at in test-artifacts/window-hidpi.png."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

PROBE = Path(__file__).with_name("hidpi_window.py")


def test_the_window_is_sharp_and_whole_at_200_percent(model_path, artifacts, data_home):
    out = artifacts / "window-hidpi.png"
    env = {**os.environ, "QT_SCALE_FACTOR": "2", "QT_QPA_PLATFORM": "offscreen",
           "PYTHONPATH": str(Path(__file__).resolve().parents[2])}
    run = subprocess.run([sys.executable, str(PROBE), str(model_path), str(out)], env=env,
                         capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stderr[-2000:]
    result = json.loads(run.stdout.strip().splitlines()[-1])
    assert result["model_ready"]
    assert result["ratio"] == 2
    assert result["pixels"] == [2 * n for n in result["logical"]]
    assert result["clipped"] == []
    assert out.stat().st_size > 0
