"""An OpenAI-compatible streamed chat answer (server-sent events) as engine events."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator

from app.core.engine.events import Timings

DONE = "[DONE]"


def sse_data(lines: Iterable[str]) -> Iterator[dict]:
    """The JSON objects of the `data:` lines, until `data: [DONE]`."""
    for line in lines:
        if not line.startswith("data:"):
            continue  # blank separators, comments, event names
        data = line[5:].strip()
        if data == DONE:
            return
        yield json.loads(data)


def delta_text(chunk: dict) -> str:
    choices = chunk.get("choices") or []
    if not choices:
        return ""
    return (choices[0].get("delta") or {}).get("content") or ""


def prompt_progress(chunk: dict) -> tuple[int, int] | None:
    """(tokens read, tokens in all) of llama.cpp's `prompt_progress`, whose `processed`
    counts the tokens its cache already held too; None in any other chunk."""
    progress = chunk.get("prompt_progress")
    if not progress or not progress.get("total"):
        return None
    return int(progress.get("processed", 0)), int(progress["total"])


def finish_reason(chunk: dict) -> str | None:
    choices = chunk.get("choices") or []
    return choices[0].get("finish_reason") if choices else None


def timings_of(chunk: dict, ttft_s: float, wall_s: float, output_tokens: int) -> Timings:
    """llama.cpp's own figures when it sends them (`timings`), else OpenAI `usage` and the
    client's clock (vLLM): prefill up to the first token, decoding after it."""
    server = chunk.get("timings")
    if server:
        return Timings(
            prompt_tokens=server.get("prompt_n", 0) + server.get("cache_n", 0),
            cached_tokens=server.get("cache_n", 0),
            output_tokens=server.get("predicted_n", output_tokens),
            prefill_s=server.get("prompt_ms", 0.0) / 1000,
            decode_s=server.get("predicted_ms", 0.0) / 1000, ttft_s=ttft_s)
    usage = chunk.get("usage") or {}
    return Timings(prompt_tokens=usage.get("prompt_tokens", 0),
                   output_tokens=usage.get("completion_tokens", output_tokens),
                   prefill_s=ttft_s, decode_s=max(wall_s - ttft_s, 0.0), ttft_s=ttft_s)
