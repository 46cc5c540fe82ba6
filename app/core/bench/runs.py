"""One measured answer, the error a measurement raises, and a process's memory: what the raw
baseline, the app's path and the window measurement share."""

from __future__ import annotations

from dataclasses import dataclass

import psutil

from app.core.metrics import anonymous_memory

WARMUP_TEXT = "Say hello."  # a short pass that faults the weights in before anything is timed
WARMUP_GEN_TOKENS = 4


class BenchError(Exception):
    """A measurement could not be taken; the message says why, in words."""


@dataclass(frozen=True)
class Run:
    """One measured answer. Tokens per second follow the app's own definitions (Timings):
    prefill = fresh prompt tokens / prefill time; decode = (output tokens - 1) / decode time,
    because the first token comes out of the prefill."""

    prompt_tokens: int
    cached_tokens: int
    output_tokens: int
    prefill_s: float
    decode_s: float
    ttft_s: float
    prefill_tps: float
    decode_tps: float
    wall_ttft_s: float | None = None  # the app path: generate() called -> first Token event
    wall_s: float | None = None
    finish_reason: str | None = None


def process_memory(pid: int | None) -> dict:
    """Anonymous and resident bytes of a process. RSS also counts the pages of a
    memory-mapped model file; `mapped` is the difference (file pages, mostly the model)."""
    if not pid:
        return {"anonymous": 0, "rss": 0, "mapped": 0}
    try:
        rss = psutil.Process(pid).memory_info().rss
    except psutil.Error:
        rss = 0
    anonymous = anonymous_memory(pid)
    return {"anonymous": anonymous, "rss": rss, "mapped": max(rss - anonymous, 0)}
