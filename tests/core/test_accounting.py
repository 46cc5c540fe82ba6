"""The per-job benchmark line adds up the model's own time and sets it against the wall."""

from __future__ import annotations

from app.core.engine.events import Timings
from app.core.summarize.accounting import JobCost
from app.core.summarize.events import StepDone


def test_model_time_and_overhead_add_up():
    cost = JobCost(pages=12)
    cost.add(StepDone("map", 0, 2, "a", Timings(prompt_tokens=900, output_tokens=80,
                                                  prefill_s=3.0, decode_s=2.0)))
    cost.add(StepDone("map", 1, 2, "b", Timings(prompt_tokens=700, output_tokens=60,
                                                  prefill_s=2.5, decode_s=1.5)))
    cost.add(StepDone("reduce-1", 0, 1, "c", Timings(prompt_tokens=200, output_tokens=150,
                                                       prefill_s=0.5, decode_s=4.0)))
    cost.add(StepDone("map", 2, 3, "resumed: computed before this run"))
    assert (cost.chunks, cost.combines, cost.prompt_tokens, cost.output_tokens) == (2, 1, 1800,
                                                                                     290)
    assert cost.model_s == 13.5 and cost.map_s == 9.0  # reading the parts: the map steps
    line = cost.report(15.0)
    assert line.startswith("12 page(s), 2 chunk(s) and 1 combining step(s) computed, 1,800 "
                           "prompt and 290 written tokens")
    assert ("prefill 6.0 s, decode 7.5 s (reading the parts 9.0 s, combining and writing 4.5 s);"
            " wall 15.0 s; pipeline overhead 1.5 s (10% of") in line
