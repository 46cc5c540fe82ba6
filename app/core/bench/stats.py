"""Medians, app/raw ratios and event-loop gaps: the numbers a bench report is read for."""

from __future__ import annotations

import math
import statistics
from collections.abc import Sequence


def medians(runs: Sequence[dict]) -> dict:
    keys = ("prefill_tps", "decode_tps", "ttft_s", "wall_ttft_s", "prompt_tokens",
            "cached_tokens", "output_tokens")
    result = {}
    for key in keys:
        values = [r[key] for r in runs if r.get(key) is not None]
        result[key] = statistics.median(values) if values else None
    return result


def ratio(app: float | None, raw: float | None) -> float | None:
    if not app or not raw:
        return None
    return app / raw


def gap_stats(beats: Sequence[float], start: float, end: float) -> dict:
    """The gaps between heartbeats that overlap [start, end], in milliseconds: the longest
    and the 99th percentile (nearest rank). A gap that straddles start or end counts: a
    blocked event loop at the edge of the window is still a blocked event loop."""
    gaps = [(later - earlier) * 1000 for earlier, later in zip(beats, beats[1:])
            if later >= start and earlier <= end]
    if not gaps:
        return {"max_gap_ms": None, "p99_gap_ms": None, "mean_gap_ms": None, "gaps": 0}
    ordered = sorted(gaps)
    rank = max(math.ceil(0.99 * len(ordered)), 1)
    return {"max_gap_ms": ordered[-1], "p99_gap_ms": ordered[rank - 1],
            "mean_gap_ms": statistics.fmean(ordered), "gaps": len(ordered)}


def summarise_paths(raw: dict, app: dict, interleaved: bool | None) -> dict:
    """Fill in the median of each path's runs (raw["median"], app["median"]) and return
    the app/raw ratios.

    Interleaved runs are pairs taken moments apart: the ratio is the median of the pairs'
    ratios, which a burst of load elsewhere on the machine disturbs least. Runs in blocks
    are compared by the ratio of the medians."""
    raw["median"], app["median"] = medians(raw["runs"]), medians(app["runs"])
    ratios: dict = {}
    for key, name in (("prefill_tps", "prefill"), ("decode_tps", "decode")):
        if interleaved:
            paired = [ratio(a[key], r[key]) for a, r in zip(app["runs"], raw["runs"])]
            ratios[f"{name}_paired"] = paired
            usable = [value for value in paired if value is not None]
            ratios[name] = statistics.median(usable) if usable else None
        else:
            ratios[name] = ratio(app["median"][key], raw["median"][key])
    ratios["method"] = ("median of the paired ratios (app run i / raw run i)"
                        if interleaved else
                        "ratio of the medians (app median / raw median)")
    ratios["note"] = "app tok/s divided by raw tok/s; 1.0 means no overhead"
    return ratios
