"""The ETA counts what the combining steps will read: every part written and not yet
combined, and the parts still to write (the ETA of a 20-page job was 20-40 % early when it
counted one answer per step left)."""

from __future__ import annotations

import pytest

from app.core.engine.events import Timings
from app.core.summarize.pace import PROMPT_OVERHEAD_TOKENS, Pace


def _maps(count: int, tokens: int = 1000) -> list[dict]:
    return [{"status": "pending", "input_tokens": tokens, "result": None} for _ in range(count)]


def test_after_the_last_part_the_eta_reads_every_part_once_more():
    # 100 prompt tokens a second, 10 written a second; each part 200 tokens long; one
    # combining prompt holds all four parts
    pace = Pace.for_chunks(_maps(4), reduce_budget=2000)
    for _ in range(4):
        pace.record(Timings(prompt_tokens=1000 + PROMPT_OVERHEAD_TOKENS, output_tokens=200,
                            prefill_s=(1000 + PROMPT_OVERHEAD_TOKENS) / 100, decode_s=20.0))
    assert (pace.steps_done, pace.steps_total) == (4, 5)
    # left: read the four parts (800 tokens, 8 s) and write the summary (200 tokens, 20 s)
    assert pace.eta() == pytest.approx(8 + 20)
    pace.record(Timings(prompt_tokens=800 + PROMPT_OVERHEAD_TOKENS, output_tokens=200,
                        prefill_s=9.2, decode_s=20.0), "reduce-1")
    assert pace.eta() == pytest.approx(0) and pace.unread_tokens == 200


def test_the_combining_steps_to_come_follow_the_parts_real_length():
    pace = Pace.for_chunks(_maps(12), reduce_budget=2000)
    assert pace.steps_total == 12 + 2 + 1  # the first guess: six parts a step
    pace.record(Timings(prompt_tokens=1120, output_tokens=488, prefill_s=1, decode_s=1))
    assert pace.steps_total == 12 + 3 + 1  # four 500-token parts a step: 12 parts, 3, 1


def test_a_combining_level_of_several_steps_counts_the_levels_above_it():
    # A 20-page job's ETA fell to zero after its first combining level, one step short.
    pace = Pace.for_chunks(_maps(9), reduce_budget=1400)
    for _ in range(9):
        pace.record(Timings(prompt_tokens=1120, output_tokens=300, prefill_s=1, decode_s=1))
    pace.plan_reduce(2)  # four parts a step would have made three; two it is
    assert (pace.steps_done, pace.steps_total) == (9, 9 + 2 + 1)
    for _ in range(2):
        pace.record(Timings(prompt_tokens=1300, output_tokens=300, prefill_s=1, decode_s=1),
                    "reduce-1")
    assert pace.eta() > 0  # the last step is still to come
    pace.plan_reduce(1)
    assert (pace.steps_done, pace.steps_total) == (11, 12)


def test_a_combining_step_done_while_parts_are_read_leaves_their_prompts_counted():
    # A server's slot combines parts 1-4 while parts 5-8 are still to read (early.py): the
    # parts left keep their prompts in the ETA, and the level, planned once all parts are
    # in, counts only its steps not yet done.
    pace = Pace.for_chunks(_maps(8), reduce_budget=1400)
    part = Timings(prompt_tokens=1000 + PROMPT_OVERHEAD_TOKENS, output_tokens=300,
                   prefill_s=(1000 + PROMPT_OVERHEAD_TOKENS) / 100, decode_s=30.0)
    for _ in range(4):
        pace.record(part)
    left = pace.input_left
    assert left == 4 * (1000 + PROMPT_OVERHEAD_TOKENS)
    pace.record(Timings(prompt_tokens=1200 + PROMPT_OVERHEAD_TOKENS, output_tokens=300,
                        prefill_s=13.2, decode_s=30.0), "reduce-1")
    assert pace.input_left == left and pace.steps_done == 5
    for _ in range(4):
        pace.record(part)
    assert pace.input_left == 0
    pace.plan_reduce(2, done=1)  # two groups, the first combined already
    assert (pace.steps_done, pace.steps_total) == (9, 9 + 1 + 1)


def test_parts_written_at_once_are_not_read_again_when_their_first_answer_comes_in():
    # Four parts prefilled together: when the first answer came in, the ETA still counted
    # the other three prompts as unread (48% late on a 20-page document).
    pace = Pace.for_chunks(_maps(5), reduce_budget=2000)
    pace.prompts_read(4 * (1000 + PROMPT_OVERHEAD_TOKENS))
    one = Timings(prompt_tokens=1000 + PROMPT_OVERHEAD_TOKENS, output_tokens=100,
                  prefill_s=(1000 + PROMPT_OVERHEAD_TOKENS) / 100, decode_s=10.0)
    pace.record(one)
    assert pace.input_left == 1000 + PROMPT_OVERHEAD_TOKENS  # only the fifth part is unread
    for _ in range(3):
        pace.record(one)
    assert pace.input_left == 1000 + PROMPT_OVERHEAD_TOKENS and pace.read_ahead == 0
    pace.record(one)
    assert pace.input_left == 0


def test_parts_written_at_once_have_an_eta_before_the_first_of_them_ends():
    # Four parts read together at 100 tokens a second, then written at 10 tokens a second
    # (all four together); this model's notes were 200 tokens long in earlier jobs. Before,
    # no estimate came until the first answer ended, three quarters into the job.
    pace = Pace.for_chunks(_maps(4), reduce_budget=2000, answer_guess=200)
    read = 4 * (1000 + PROMPT_OVERHEAD_TOKENS)
    pace.prompts_read(read)
    assert pace.eta() is None  # nothing measured yet
    pace.batch_writing(read, read / 100, written=200, written_s=20.0, answers=4)
    # left: 600 tokens of the four answers (60 s), then the last step reads them (800
    # tokens, 8 s) and writes 200 (20 s)
    assert pace.eta() == pytest.approx(60 + 8 + 20)
    # answers already longer than the guess are taken to be as long as they are
    pace.batch_writing(read, read / 100, written=1200, written_s=120.0, answers=4)
    assert pace.eta() == pytest.approx(0 + 12 + 30)
    # the first answer ends: the measured speeds rule from then on
    pace.record(Timings(prompt_tokens=1000 + PROMPT_OVERHEAD_TOKENS, output_tokens=300,
                        prefill_s=(1000 + PROMPT_OVERHEAD_TOKENS) / 100, decode_s=30.0))
    assert pace.batch is None and pace.eta() is not None


def test_fast_reading_counts_the_main_models_steps_at_its_own_speed():
    # The small model reads at 100 prompt and 10 written tokens a second; the main model is
    # ten times larger, so until it is timed it is guessed ten times slower.
    pace = Pace.for_chunks(_maps(4), reduce_budget=2000, writer_scale=10)
    for _ in range(3):
        pace.record(Timings(prompt_tokens=1000 + PROMPT_OVERHEAD_TOKENS, output_tokens=200,
                            prefill_s=(1000 + PROMPT_OVERHEAD_TOKENS) / 100, decode_s=20.0))
    # left: one part read (11.2 s) and written (20 s) by the small model; the main model
    # reads the four parts (800 tokens at 10 a second) and writes the summary (200 at 1)
    assert pace.eta() == pytest.approx(11.2 + 20 + 80 + 200)
    pace.record(Timings(prompt_tokens=1000 + PROMPT_OVERHEAD_TOKENS, output_tokens=200,
                        prefill_s=(1000 + PROMPT_OVERHEAD_TOKENS) / 100, decode_s=20.0))
    assert pace.eta() == pytest.approx(80 + 200)
    # the main model, timed: a combining level of two steps, then the last
    pace.plan_reduce(2)
    pace.record(Timings(prompt_tokens=400 + PROMPT_OVERHEAD_TOKENS, output_tokens=200,
                        prefill_s=(400 + PROMPT_OVERHEAD_TOKENS) / 20, decode_s=100.0),
                "reduce-1")
    # its own speed now (20 and 2 a second): the other step reads 400 tokens and writes
    # 200, the last reads the two answers (400) and writes 200
    assert pace.eta() == pytest.approx((400 + 400) / 20 + (200 + 200) / 2)
    # a job without Fast reading pools every step, as before
    pooled = Pace.for_chunks(_maps(4), reduce_budget=2000)
    for _ in range(4):
        pooled.record(Timings(prompt_tokens=1000 + PROMPT_OVERHEAD_TOKENS, output_tokens=200,
                              prefill_s=(1000 + PROMPT_OVERHEAD_TOKENS) / 100, decode_s=20.0))
    assert pooled.eta() == pytest.approx(8 + 20)
