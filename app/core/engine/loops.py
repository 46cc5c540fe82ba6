"""Spotting a decoding loop while it happens.

Any model, small ones most, can fall into repeating itself: the same phrase again and
again, or a whole paragraph copied four times. Left alone it fills the answer up to its
token limit, costs minutes on a CPU, and the repeats end up in a summary. The host feeds
every generated token to a `LoopWatch` and stops the answer as soon as it reports a loop,
keeping the text up to where the repetition began.

Two shapes count as a loop, both judged on token ids (cheap, and blind to formatting):
- a short span repeated back to back: at least `TIMES` copies in a row, covering at least
  `MIN_LOOP_TOKENS` tokens ("the the the…", "- Page 5 - Page 5 - Page 5"), or
  `TIGHT_LOOP_TOKENS` when the span is one or two tokens;
- a long span said twice: `LONG_SPAN_TOKENS` tokens that equal an earlier run of tokens
  (a paragraph starting over), wherever the first copy was.
A phrase that merely recurs with other words between ("the Register of Copyrights") is
neither, so a good answer that names the same thing often runs to its end.
"""

from __future__ import annotations

SEED_TOKENS = 8  # a repeat is looked for from spans this long (shorter ones recur naturally)
TIMES = 3
MIN_LOOP_TOKENS = 16
# A Markdown table's separator row ("| --- | --- | … |") repeats one or two tokens back to
# back: such a tight repeat must be longer than a wide table's (about two tokens a column).
TIGHT_PERIOD = 2
TIGHT_LOOP_TOKENS = 32
LONG_SPAN_TOKENS = 40


class LoopWatch:
    """Feed it the generated tokens one at a time; `feed` returns True once they loop.
    `keep` then says how many of the tokens come before the first repetition."""

    def __init__(self, *, seed: int = SEED_TOKENS, times: int = TIMES,
                 min_loop: int = MIN_LOOP_TOKENS, long_span: int = LONG_SPAN_TOKENS):
        self.seed, self.times, self.min_loop, self.long_span = seed, times, min_loop, long_span
        self.tokens: list[int] = []
        self._last_end: dict[tuple[int, ...], int] = {}  # seed span -> where it last ended
        self.keep: int | None = None

    def feed(self, token: int) -> bool:
        tokens = self.tokens
        tokens.append(token)
        end = len(tokens) - 1
        if end + 1 < self.seed:
            return False
        span = tuple(tokens[end + 1 - self.seed :])
        earlier = self._last_end.get(span)
        self._last_end[span] = end
        if earlier is None:
            return False
        period = end - earlier
        matched = self._matched(end, period)
        least = TIGHT_LOOP_TOKENS if period <= TIGHT_PERIOD else self.min_loop
        repeats = matched >= (self.times - 1) * period and matched + period >= least
        if repeats or matched >= self.long_span:
            self.keep = end + 1 - matched  # the second copy starts here
            return True
        return False

    def _matched(self, end: int, period: int) -> int:
        """How many tokens up to `end` equal those `period` tokens before them (counted up
        to `long_span`, which is a loop whatever the period)."""
        tokens, matched = self.tokens, 0
        while matched < self.long_span and end - matched - period >= 0 and (
                tokens[end - matched] == tokens[end - matched - period]):
            matched += 1
        return matched


def loops_in(tokens: list[int], **limits) -> int | None:
    """How many of `tokens` to keep if they loop, else None (for tests and offline checks)."""
    watch = LoopWatch(**limits)
    for token in tokens:
        if watch.feed(token):
            return watch.keep
    return None
