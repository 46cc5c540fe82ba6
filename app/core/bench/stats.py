"""Medians, spreads, the ratios between the paths and event-loop gaps: the numbers a bench
report is read for."""

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


def summarise_paths(raw: dict, app: dict, interleaved: bool | None,
                    llama_bench: dict | None = None) -> dict:
    """Fill in the median and the spread of each path's runs (raw["median"],
    raw["spread"], …; llama_bench's when it ran) and return the ratios: app/raw as "prefill" and
    "decode" (the keys of version 1 reports), and app and raw each against llama-bench.

    Interleaved runs are taken moments apart, one of each path per round: a ratio is the
    median of the rounds' ratios, which a burst of load elsewhere on the machine disturbs
    least. Runs in blocks are compared by the ratio of the medians."""
    for path in (raw, app, llama_bench):
        if path is not None:
            path["median"] = medians(path["runs"])
            path["spread"] = {key: spread(path["runs"], key)
                              for key in ("prefill_tps", "decode_tps")}
    ratios: dict = _compare(app, raw, interleaved)
    ratios["method"] = ("median of the rounds' ratios (run i / run i of the other path)"
                        if interleaved else
                        "ratio of the medians (one path's median / the other's)")
    ratios["note"] = ("tok/s divided by tok/s; 1.0 means no overhead. prefill/decode: app "
                      "engine / llama-cpp-python (raw)")
    if llama_bench is not None:
        ratios["app_vs_llama_bench"] = _compare(app, llama_bench, interleaved)
        ratios["raw_vs_llama_bench"] = _compare(raw, llama_bench, interleaved)
    else:
        ratios["app_vs_llama_bench"] = ratios["raw_vs_llama_bench"] = None
    return ratios


def _compare(path: dict, base: dict, interleaved: bool | None) -> dict:
    """path / base for prefill and decode tok/s (both with their "median" filled in)."""
    ratios: dict = {}
    for key, name in (("prefill_tps", "prefill"), ("decode_tps", "decode")):
        if interleaved:
            paired = [ratio(a[key], b[key]) for a, b in zip(path["runs"], base["runs"])]
            ratios[f"{name}_paired"] = paired
            usable = [value for value in paired if value is not None]
            ratios[name] = statistics.median(usable) if usable else None
        else:
            ratios[name] = ratio(path["median"][key], base["median"][key])
    return ratios


def spread(runs: Sequence[dict], key: str) -> dict:
    """The smallest and largest of the runs' `key`, and their relative spread around the
    median ((max - min) / median), so that a reader sees how far one run is to be trusted."""
    values = [r[key] for r in runs if r.get(key)]
    if not values:
        return {"min": None, "max": None, "relative": None}
    middle = statistics.median(values)
    return {"min": min(values), "max": max(values),
            "relative": (max(values) - min(values)) / middle if middle else None}
