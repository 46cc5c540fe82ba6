"""What the engine client yields while it works: plain values, no Qt, no llama objects."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field


@dataclass(frozen=True)
class Token:
    text: str


@dataclass(frozen=True)
class PrefillProgress:
    done: int
    total: int


@dataclass(frozen=True)
class BatchWriting:
    """Answers written at once (EngineClient.generate_many), while none has ended yet:
    `tokens` written so far by all of them together, in `seconds` of decoding, `answers`
    still writing. Sent about twice a second, so an ETA can be made before the first ends."""

    tokens: int
    seconds: float
    answers: int


@dataclass(frozen=True)
class Timings:
    prompt_tokens: int = 0
    cached_tokens: int = 0  # prompt tokens reused from the previous turn, not prefilled again
    output_tokens: int = 0
    prefill_s: float = 0.0
    decode_s: float = 0.0
    ttft_s: float = 0.0

    @property
    def prefill_tps(self) -> float:
        fresh = self.prompt_tokens - self.cached_tokens
        return fresh / self.prefill_s if self.prefill_s > 0 else 0.0

    @property
    def decode_tps(self) -> float:
        # The first token comes out of the prefill; the rest out of decode steps.
        steps = max(self.output_tokens - 1, 0)
        return steps / self.decode_s if self.decode_s > 0 else 0.0

    def as_record(self) -> dict:
        record = asdict(self)
        record.update(prefill_tps=self.prefill_tps, decode_tps=self.decode_tps)
        return record


@dataclass(frozen=True)
class Finished:
    """The answer is complete (finish_reason: stop, length, cancelled, or loop: the model
    began repeating itself, and `text` ends before the first repeat)."""

    text: str
    finish_reason: str
    timings: Timings = field(default_factory=Timings)


@dataclass(frozen=True)
class EngineFailure:
    """Something went wrong; `message` is written for the user, `kind` for code."""

    message: str
    kind: str  # "crashed" | "load" | "generate" | "not_loaded" | "context" | "timeout"


@dataclass(frozen=True)
class Answered:
    """One answer of several written at once (EngineClient.generate_many): `index` is its
    place in the request."""

    index: int
    answer: Finished


EngineEvent = Token | PrefillProgress | BatchWriting | Finished | EngineFailure | Answered


class EngineError(Exception):
    def __init__(self, message: str, kind: str = "generate"):
        super().__init__(message)
        self.kind = kind
