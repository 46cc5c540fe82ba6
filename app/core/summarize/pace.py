"""Steps done, steps left and an ETA from this machine's own measured speed.

On a CPU a summary is prefill-bound (DESIGN.md: ~7 tokens/s prefill for a 7B model on 2
cores), so the ETA counts the prompt tokens still to read at the measured prefill rate
plus the answers still to write at the measured decode rate. No guess before the first
step has been measured.

The thorough check adds one short prompt per weakly supported sentence (its passage and the
sentence, one word of answer): counted the same way, through the measured prefill rate,
first as a guess from the summary's expected length, then, once the summary is written,
from the real prompts of the sentences to check.

Parts written at once (parallel.run_batch) end together, late: until the first of their
answers ends, what the batch has read and written so far gives the speeds, and each answer
is taken to be as long as this model's notes were in earlier jobs (the cap where there were
none), or as long as it already is, whichever is more.

In Fast reading (reading.py) a small model reads the parts and the main model writes the
rest, at another speed: the main model's steps are timed apart, and until its first one is
done its speed is the reader's divided by how much larger it is (`writer_scale`).
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field, replace

from app.core.summarize.events import JobProgress

PROMPT_OVERHEAD_TOKENS = 120  # instructions around each chunk
TYPICAL_GROUP = 6  # partial summaries combined per reduce step, for the first estimate
LABEL_TOKENS = 12  # the page label and separators around each part in a combining prompt
CHARS_PER_TOKEN = 4  # for a finished part's length before its tokens are counted
# Before the summary is written, the thorough check's size is guessed: a final answer of
# this many tokens a sentence, half of its sentences weak, each check's prompt this long.
TOKENS_PER_SENTENCE = 25
WEAK_SHARE = 0.5
CHECK_PROMPT_TOKENS = 200


def expected_reduce_steps(chunks: int, group: int = TYPICAL_GROUP) -> int:
    steps, parts = 0, chunks
    while parts > 1:
        parts = math.ceil(parts / max(group, 2))
        steps += parts
    return steps


@dataclass
class Speed:
    """Tokens read and written, and the seconds they took."""
    prefill_tokens: int = 0
    prefill_s: float = 0.0
    decode_tokens: int = 0
    decode_s: float = 0.0

    def add(self, timings) -> None:
        self.prefill_tokens += timings.prompt_tokens - timings.cached_tokens
        self.prefill_s += timings.prefill_s
        self.decode_tokens += timings.output_tokens
        self.decode_s += timings.decode_s

    def rates(self) -> tuple[float, float] | None:
        """(prefill, decode) tokens a second, None until both are measured."""
        if min(self.prefill_tokens, self.decode_tokens) <= 0 or min(self.prefill_s,
                                                                     self.decode_s) <= 0:
            return None
        return self.prefill_tokens / self.prefill_s, self.decode_tokens / self.decode_s


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
    thorough: bool = False  # the thorough check runs at the end
    checks_left: int | None = None  # None until the sentences to check are known
    check_tokens_left: int = 0
    maps: int = 0
    # tokens of partial summaries one combining prompt holds: with the answers' measured
    # length, how many parts each combining step takes (None: TYPICAL_GROUP)
    reduce_budget: int | None = None
    unread_tokens: int = 0  # answers written that a combining step has yet to read
    read_ahead: int = 0  # prompt tokens of parts written at once, read, answers not yet in
    writer_scale: float | None = None  # Fast reading: how much slower the main model is
    writing: Speed = field(default_factory=Speed)  # Fast reading: the main model's steps
    maps_left: int = 0
    batch: Speed | None = None  # parts being written at once, none of them ended yet
    batch_answers: int = 0
    answer_guess: float = 0.0  # tokens a part's notes are expected to have (see above)

    @classmethod
    def for_chunks(cls, maps: list[dict], thorough: bool = False,
                   reduce_budget: int | None = None,
                   writer_scale: float | None = None, answer_guess: float = 0.0) -> Pace:
        pending = [c for c in maps if c["status"] != "done"]
        return cls(
            steps_done=len(maps) - len(pending),
            steps_total=len(maps) + expected_reduce_steps(len(maps)),
            input_left=sum((c["input_tokens"] or 0) + PROMPT_OVERHEAD_TOKENS for c in pending),
            thorough=thorough, maps=len(maps), reduce_budget=reduce_budget,
            writer_scale=writer_scale, maps_left=len(pending), answer_guess=answer_guess,
            # a resumed job's finished parts, read again by its first combining step
            unread_tokens=sum(len(c["result"] or "") // CHARS_PER_TOKEN
                              for c in maps if c["status"] == "done"),
        )

    def plan_checks(self, prompt_tokens: list[int], steps_done: int) -> None:
        """The summary is written (in `steps_done` model calls) and the sentences to check
        are known: their prompts' sizes replace the guess."""
        self.steps_done, self.input_left = steps_done, 0
        self.steps_total = steps_done + len(prompt_tokens)
        self.checks_left, self.check_tokens_left = len(prompt_tokens), sum(prompt_tokens)

    def record_check(self, timings) -> None:
        self.check_tokens_left = max(0, self.check_tokens_left - timings.prompt_tokens)
        self.checks_left = max(0, (self.checks_left or 0) - 1)
        self.steps_done += 1
        self.prefill_tokens += timings.prompt_tokens - timings.cached_tokens
        self.prefill_s += timings.prefill_s
        if self.writer_scale:
            self.writing.prefill_tokens += timings.prompt_tokens - timings.cached_tokens
            self.writing.prefill_s += timings.prefill_s

    def prompts_read(self, tokens: int) -> None:
        """The parts written at once (parallel.run_batch) have all been read: the estimate
        made when the first of their answers comes in must not read them again."""
        self.input_left = max(0, self.input_left - tokens)
        self.read_ahead += tokens

    def batch_writing(self, read: int, read_s: float, written: int, written_s: float,
                      answers: int) -> None:
        """Parts written at once: `read` prompt tokens took `read_s`, and `answers` are
        being written, `written` tokens so far in `written_s`; none has ended yet."""
        self.batch = Speed(read, read_s, written, written_s)
        self.batch_answers = answers

    def record(self, timings, kind: str = "map") -> None:
        self.batch = None  # an answer of this run has ended: its measured speeds rule
        if kind != "map":  # a combining step has read its parts
            read = max(timings.prompt_tokens - PROMPT_OVERHEAD_TOKENS, 0)
            self.unread_tokens = max(self.unread_tokens - read, 0)
            if self.writer_scale:
                self.writing.add(timings)
        else:
            self.maps_left = max(self.maps_left - 1, 0)
        self.unread_tokens += timings.output_tokens
        self.steps_done += 1
        self.prefill_tokens += timings.prompt_tokens - timings.cached_tokens
        self.prefill_s += timings.prefill_s
        self.decode_tokens += timings.output_tokens
        self.decode_s += timings.decode_s
        self.answers += 1
        if kind == "map":  # a combining step may run while parts are read (early.py)
            early = min(self.read_ahead, timings.prompt_tokens)  # taken off already
            self.read_ahead -= early
            self.input_left = max(0, self.input_left - (timings.prompt_tokens - early))
            if self.maps and not self.maps_left:  # what the guess of their prompts missed
                self.input_left = 0
        if not self.reduce_planned and self.maps:
            # the combining steps to come, from the length the answers really have
            self.steps_total = self.maps + expected_reduce_steps(self.maps, self._group())

    def _group(self) -> int:
        """Parts one combining step is expected to take: as many of the answers' measured
        length as its prompt holds."""
        if not self.reduce_budget or not self.answers:
            return TYPICAL_GROUP
        return int(self.reduce_budget // (self.decode_tokens / self.answers + LABEL_TOKENS))

    def taken(self, inputs: list[str], result: str) -> None:
        """A combining step an earlier job wrote (notes.py): done, at no cost here."""
        read = sum(len(text) for text in inputs) // CHARS_PER_TOKEN
        self.unread_tokens = max(self.unread_tokens - read, 0) + len(result) // CHARS_PER_TOKEN
        self.steps_done += 1

    def plan_reduce(self, steps: int, done: int = 0) -> None:
        """A combining level of `steps` is planned (every earlier step done, and `done` of
        its own, which a server's slots combined while parts were still read: early.py):
        it replaces the guess, and the levels above it are guessed from it."""
        self.steps_total = (self.steps_done + steps - done
                            + expected_reduce_steps(steps, self._group()))
        self.reduce_planned = True

    def progress(self) -> JobProgress:
        return JobProgress(self.steps_done, max(self.steps_total, self.steps_done), self.eta())

    def eta(self) -> float | None:
        if not self.answers and self.batch and self.batch.rates():
            return self._batch_eta()
        if self.prefill_s <= 0 or self.prefill_tokens <= 0:
            return None
        prefill_rate = self.prefill_tokens / self.prefill_s
        if not self.answers or self.decode_s <= 0:
            # nothing summarised in this run: a resumed job with only checks left
            return None if self.checks_left is None else self.check_tokens_left / prefill_rate
        steps_left = max(self.steps_total - self.steps_done, 0)
        answer = self.decode_tokens / self.answers
        checks, check_tokens = self._checks_ahead(answer)
        steps_left = max(steps_left - (checks if self.checks_left is not None else 0), 0)
        # what combining steps will read: the answers written and not yet read, and every
        # answer still to write but the last
        to_combine = self.unread_tokens + (steps_left - 1) * answer if steps_left else 0
        if self.writer_scale:
            return self._two_models(steps_left, answer, to_combine + check_tokens, checks)
        to_read = self.input_left + to_combine + check_tokens
        return (to_read / prefill_rate
                + (steps_left * answer + checks) / (self.decode_tokens / self.decode_s))

    def _batch_eta(self) -> float | None:
        """Before any answer of this run has ended: the batch's answers as if done at the
        length expected, plus what is left of them at the batch's speed."""
        batch, answers = self.batch, self.batch_answers
        each = max(self.answer_guess, batch.decode_tokens / answers)
        rate = batch.decode_tokens / batch.decode_s
        done = replace(
            self, batch=None, answers=answers, steps_done=self.steps_done + answers,
            prefill_tokens=self.prefill_tokens + batch.prefill_tokens,
            prefill_s=self.prefill_s + batch.prefill_s,
            decode_tokens=round(each * answers), decode_s=each * answers / rate,
            unread_tokens=self.unread_tokens + round(each * answers), read_ahead=0,
            maps_left=max(self.maps_left - answers, 0))
        eta = done.eta()
        return None if eta is None else eta + (each * answers - batch.decode_tokens) / rate

    def _two_models(self, steps_left: int, answer: float, to_write_from: float,
                    checks: int) -> float | None:
        """Fast reading: the parts left at the reader's speed, the rest at the main
        model's (measured, else guessed from the reader's)."""
        reading = Speed(self.prefill_tokens - self.writing.prefill_tokens,
                        self.prefill_s - self.writing.prefill_s,
                        self.decode_tokens - self.writing.decode_tokens,
                        self.decode_s - self.writing.decode_s).rates()
        writing = self.writing.rates()
        if writing is None:
            if reading is None:
                return None
            writing = (reading[0] / self.writer_scale, reading[1] / self.writer_scale)
        parts = min(self.maps_left, steps_left)
        eta = ((to_write_from / writing[0]) + ((steps_left - parts) * answer + checks)
               / writing[1])
        if parts or self.input_left:
            reading = reading or writing  # a resumed job whose first step is the main model's
            eta += self.input_left / reading[0] + parts * answer / reading[1]
        return eta

    def _checks_ahead(self, answer: float) -> tuple[int, int]:
        """(model checks, their prompt tokens) still to come: planned, or guessed from the
        final summary's expected length while it is not yet written."""
        if self.checks_left is not None:
            return self.checks_left, self.check_tokens_left
        if not self.thorough:
            return 0, 0
        checks = math.ceil(answer / TOKENS_PER_SENTENCE * WEAK_SHARE)
        return checks, checks * CHECK_PROMPT_TOKENS
