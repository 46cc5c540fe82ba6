"""Decoding loops: the watch on token ids, then the real demo model stopped in a loop."""

from __future__ import annotations

import pytest

from app.core.engine import Finished
from app.core.engine.loops import LONG_SPAN_TOKENS, loops_in


def words(text: str) -> list[int]:
    """Words as token ids: a stand-in tokenizer that keeps the shape of real text."""
    ids: dict[str, int] = {}
    return [ids.setdefault(word, len(ids)) for word in text.split()]


def fresh(count: int, start: int = 1000) -> list[int]:
    return list(range(start, start + count))


def test_one_token_over_and_over_keeps_one_copy():
    assert loops_in(fresh(5) + [7] * 40) == 6


def test_a_phrase_three_times_in_a_row_keeps_the_first():
    phrase = fresh(10, 500)
    assert loops_in(fresh(20) + phrase * 3 + fresh(30, 2000)) == 30


def test_a_copied_page_header_line_loops():
    header = words("Copyright Office Summary December 2003 Page 5 .")
    assert loops_in(fresh(12) + header * 4) == 12 + len(header)


def test_a_paragraph_said_twice_keeps_the_first_copy():
    paragraph = fresh(80, 500)
    tokens = fresh(15) + paragraph + fresh(3, 900) + paragraph
    assert loops_in(tokens) == 15 + 80 + 3


def test_a_loop_is_reported_as_soon_as_it_is_sure():
    paragraph = fresh(80, 500)
    tokens = paragraph + paragraph
    # The second copy is recognised after LONG_SPAN_TOKENS of it, not at its end.
    assert loops_in(tokens[: 80 + LONG_SPAN_TOKENS]) == 80
    assert loops_in(tokens[: 80 + LONG_SPAN_TOKENS - 1]) is None


def test_a_phrase_that_recurs_between_other_words_is_no_loop():
    summary = words("""
    - The Register of Copyrights said the office will publish the new rules in March .
    - The Register of Copyrights asked Congress for a budget of two million dollars .
    - The Register of Copyrights noted that online registration grew by ten percent .
    - The Register of Copyrights will report again in December .
    """)
    assert loops_in(summary) is None


def test_a_short_span_said_twice_is_no_loop():
    sentence = fresh(20, 500)
    assert loops_in(fresh(10) + sentence + fresh(10, 900) + sentence + fresh(10, 1900)) is None


def test_a_table_with_repeated_cells_is_no_loop():
    table = words("""
    | Country | Capital | Member |
    | --- | --- | --- |
    | France | Paris | Yes |
    | Germany | Berlin | Yes |
    | Italy | Rome | Yes |
    | Spain | Madrid | Yes |
    """)
    assert loops_in(table) is None
    wide = words("| " + " | ".join(f"Column {n}" for n in range(12)) + " |\n|"
                 + " --- |" * 12 + "\n| " + " | ".join(f"{n * 3}" for n in range(12)) + " |")
    assert loops_in(wide) is None


# -- the real model ------------------------------------------------------------------
PROMPT = [{"role": "user", "content": "Copyright Office Summary December 2003 Page 5\n" * 3
           + "Continue this document."}]
GREEDY = {"temperature": 0.0, "top_k": 1, "repeat_penalty": 1.0}


@pytest.mark.slow
def test_the_demo_model_stopped_in_a_loop_keeps_the_text_before_it(engine):
    """Greedy decoding without a repeat penalty makes SmolLM2 copy the header again and
    again (it ran to the 300-token limit before the host watched for loops)."""
    finished = [e for e in engine.generate(PROMPT, max_tokens=300, **GREEDY)
                if isinstance(e, Finished)][0]
    assert finished.finish_reason == "loop"
    assert finished.timings.output_tokens < 100
    text = finished.text.strip()
    assert text.count("Copyright Office Summary") == 1, text
