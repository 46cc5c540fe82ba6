"""The map step's throughput on the organisation's server: the same summary calls sent one
at a time and as many at once as the server has slots (what a summary job does), timed
on the wall clock. Greedy decoding, so both write the same answers: the difference is the
server's parallelism alone. Each way runs twice, in the order one, all, all, one, so that a
server still warming up or a machine slowing down weighs on both ways alike (with a single
slot, one run after the other measured 1.27x "faster" on a shared 2-core machine)."""

from __future__ import annotations

import time
from collections.abc import Iterable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass

from app.core.engine import EngineFailure, Finished
from app.core.summarize.chunking import plan_chunks
from app.core.summarize.job import MAP_ANSWER_TOKENS
from app.core.summarize.prompts import load_prompts, page_label


class ServerBenchError(Exception):
    pass


@dataclass(frozen=True)
class MapRun:
    concurrency: int
    calls: int
    wall_s: float
    output_tokens: int

    @property
    def tokens_per_s(self) -> float:
        return self.output_tokens / self.wall_s if self.wall_s > 0 else 0.0

    def __add__(self, other: MapRun) -> MapRun:
        return MapRun(self.concurrency, self.calls + other.calls, self.wall_s + other.wall_s,
                      self.output_tokens + other.output_tokens)

    def line(self) -> str:
        return (f"{self.concurrency} at a time: {self.calls} map calls in {self.wall_s:.1f} s, "
                f"{self.output_tokens} tokens written, {self.tokens_per_s:.1f} tokens/s")


def map_calls(client, pages: Iterable, name: str, budget: int, count: int) -> list[list]:
    """`count` map prompts of a document cut into chunks of `budget` tokens (the server's
    own count): its first chunks, repeated from the start where it has fewer."""
    prompts = load_prompts()
    chunks = plan_chunks(pages, client.count_tokens, budget)
    calls = [prompts.map_messages(document=name, text=c.text, style="brief",
                                  pages=page_label(c.first_page, c.last_page))
             for c in chunks[:count]]
    return [calls[i % len(calls)] for i in range(count)] if calls else []


def compare(client, calls: list[list], max_tokens: int | None = None) -> list[MapRun]:
    """One unmeasured call first (a cold server's first answer is slow), then the calls one
    at a time, `slots` at a time, `slots` at a time again and one at a time again; returns
    both runs of each way together, one at a time first. Answers are cut at `max_tokens`
    (default: the map step's own limit)."""
    max_tokens = max_tokens or MAP_ANSWER_TOKENS
    run_map(client, calls[:1], 1, max_tokens)
    one, many, many_again, one_again = (run_map(client, calls, n, max_tokens) for n in
                                        (1, client.slots, client.slots, 1))
    return [one + one_again, many + many_again]


def run_map(client, calls: list[list], concurrency: int,
            max_tokens: int = MAP_ANSWER_TOKENS) -> MapRun:
    started = time.perf_counter()
    with ThreadPoolExecutor(max_workers=concurrency) as pool:
        finished = list(pool.map(lambda messages: _answer(client, messages, max_tokens), calls))
    wall = time.perf_counter() - started
    return MapRun(concurrency, len(calls), wall, sum(f.timings.output_tokens for f in finished))


def _answer(client, messages: list, max_tokens: int) -> Finished:
    # No prompt reused from a slot's cache (llama.cpp): the second run must not read less.
    for event in client.generate(messages, max_tokens=max_tokens, temperature=0.0,
                                 cache_prompt=False):
        if isinstance(event, EngineFailure):
            raise ServerBenchError(event.message)
        if isinstance(event, Finished):
            return event
    raise ServerBenchError("The server ended an answer without finishing it.")
