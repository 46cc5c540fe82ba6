"""Steps done, steps left and an ETA from this machine's own measured speed.

On a CPU a summary is prefill-bound (DESIGN.md: ~7 tokens/s prefill for a 7B model on 2
cores), so the ETA counts the prompt tokens still to read at the measured prefill rate
plus the answers still to write at the measured decode rate. No guess before the first
step has been measured.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from app.core.summarize.events import JobProgress

PROMPT_OVERHEAD_TOKENS = 120  # instructions around each chunk
TYPICAL_GROUP = 6  # partial summaries combined per reduce step, for the first estimate


def expected_reduce_steps(chunks: int) -> int:
    steps, parts = 0, chunks
    while parts > 1:
        parts = math.ceil(parts / TYPICAL_GROUP)
        steps += parts
    return steps


@dataclass
class Pace:
    steps_done: int
    steps_total: int
    input_left: int  # prompt tokens of the map chunks not yet summarised
    reduce_planned: bool = False
    prefill_tokens: int = 0
    prefill_s: float = 0.0
    decode_tokens: int = 0
    decode_s: float = 0.0
    answers: int = 0

    @classmethod
    def for_chunks(cls, maps: list[dict]) -> Pace:
        pending = [c for c in maps if c["status"] != "done"]
        return cls(
            steps_done=len(maps) - len(pending),
            steps_total=len(maps) + expected_reduce_steps(len(maps)),
            input_left=sum((c["input_tokens"] or 0) + PROMPT_OVERHEAD_TOKENS for c in pending),
        )

    def record(self, timings) -> None:
        self.steps_done += 1
        self.prefill_tokens += timings.prompt_tokens - timings.cached_tokens
        self.prefill_s += timings.prefill_s
        self.decode_tokens += timings.output_tokens
        self.decode_s += timings.decode_s
        self.answers += 1
        self.input_left = max(0, self.input_left - timings.prompt_tokens)

    def plan_reduce(self, steps: int) -> None:
        """A reduce level is now planned: replace the first estimate with its real size."""
        if not self.reduce_planned:
            self.steps_total = self.steps_done + steps
            self.reduce_planned = True
        else:
            self.steps_total += steps

    def progress(self) -> JobProgress:
        return JobProgress(self.steps_done, max(self.steps_total, self.steps_done), self.eta())

    def eta(self) -> float | None:
        if not self.answers or self.prefill_s <= 0 or self.decode_s <= 0:
            return None
        steps_left = max(self.steps_total - self.steps_done, 0)
        answer = self.decode_tokens / self.answers
        # every answer still to write is read again by a reduce step
        to_read = self.input_left + steps_left * answer
        return (to_read / (self.prefill_tokens / self.prefill_s)
                + steps_left * answer / (self.decode_tokens / self.decode_s))
