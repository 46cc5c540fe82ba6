"""One answer's text as its tokens come, the same for an answer written alone (host.py)
and for answers written at once (sequences.py): each token's bytes decoded as UTF-8 across
token boundaries, the chat template's stop strings held back until they cannot start
there, the loop watch, and why the answer ended."""

from __future__ import annotations

import codecs

from app.core.engine.chat_format import StopScanner
from app.core.engine.loops import LoopWatch


class AnswerText:
    def __init__(self, stops: tuple[str, ...], max_tokens: int):
        self._decoder = codecs.getincrementaldecoder("utf-8")(errors="replace")
        self._scanner = StopScanner(stops)
        self._watch = LoopWatch()
        self._pieces: list[str] = []
        self.max_tokens = max_tokens
        self.produced = 0
        # "stop", "length", "loop" or "cancelled" once the answer has ended
        self.reason: str | None = None if max_tokens > 0 else "length"

    def take(self, step, token: int) -> str:
        """The text `token` adds to be shown now ("" for none); sets `reason` when the
        answer ends with it. `step` is the host's DecodeStep (end tokens, token bytes)."""
        if step.is_end(token):
            self.reason = "stop"
            return ""
        self.produced += 1
        piece = self._scanner.feed(self._decoder.decode(step.piece(token)))
        if piece:
            self._pieces.append(piece)
        if self._scanner.stopped:
            self.reason = "stop"
        elif self._watch.feed(token):
            self.reason = "loop"
        elif self.produced >= self.max_tokens:
            self.reason = "length"
        return piece

    def tail(self) -> str:
        """What was held back, once the answer has ended ("" when a stop string cut it)."""
        if self._scanner.stopped:
            return ""
        tail = self._scanner.flush() + self._decoder.decode(b"", final=True)
        if tail:
            self._pieces.append(tail)
        return tail

    def text(self, llm) -> str:
        """The whole answer, after tail(): one that began repeating itself keeps what came
        before the first repeat (the tokens streamed went further)."""
        if self.reason == "loop":
            kept = self._watch.tokens[: self._watch.keep]
            return llm.detokenize(kept).decode(errors="replace")
        return "".join(self._pieces)
