"""Measure memory for the status bar. Measured here, drawn by the UI.

"The app's own RAM" is anonymous memory: the pages of a memory-mapped model file show up
in RSS but belong to the page cache, and counting them would double the figure.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass

import psutil


def anonymous_memory(pid: int) -> int:
    """Bytes of anonymous resident memory of one process (0 if it is gone)."""
    if sys.platform.startswith("linux"):
        try:
            with open(f"/proc/{pid}/status", encoding="ascii") as status:
                for line in status:
                    if line.startswith("RssAnon:"):
                        return int(line.split()[1]) * 1024
        except OSError:
            return 0
    try:
        return psutil.Process(pid).memory_full_info().uss
    except (psutil.Error, AttributeError):
        return 0


@dataclass(frozen=True)
class MemorySnapshot:
    app_bytes: int
    engine_bytes: int
    free_bytes: int
    total_bytes: int

def memory_snapshot(app_pid: int, engine_pid: int | None) -> MemorySnapshot:
    system = psutil.virtual_memory()
    return MemorySnapshot(
        app_bytes=anonymous_memory(app_pid),
        engine_bytes=anonymous_memory(engine_pid) if engine_pid else 0,
        free_bytes=system.available,
        total_bytes=system.total,
    )


class CpuMeter:
    """CPU use of the app and its engine since the previous reading, in percent of one
    core (psutil needs the same Process object between readings to compute it)."""

    def __init__(self):
        self._processes: dict[int, psutil.Process] = {}

    def percent(self, pids: list[int]) -> float:
        total = 0.0
        for pid in pids:
            process = self._processes.get(pid)
            try:
                if process is None:
                    process = self._processes[pid] = psutil.Process(pid)
                    process.cpu_percent(None)  # the first reading only starts the clock
                    continue
                total += process.cpu_percent(None)
            except psutil.Error:
                self._processes.pop(pid, None)
        return total


def vram_in_use() -> tuple[int, int] | None:
    """(used, total) bytes of the first NVIDIA GPU, or None where there is none."""
    from app.core.models.hardware import nvidia_gpus

    gpus = nvidia_gpus()
    if not gpus:
        return None
    return gpus[0].vram_total - gpus[0].vram_free, gpus[0].vram_total
