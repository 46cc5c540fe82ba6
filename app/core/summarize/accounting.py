"""Where a summary's time goes: the model's own prefill and decode time against the wall
clock, so the pipeline's overhead (extraction, chunking, the database, citing) is a number
next to the model's time rather than a guess; and the prefill amplification, the tokens
the model read to write the summary over the tokens of the document itself (instructions
around each chunk, the partial summaries read again to combine them, and whatever the
document repeats push it above 1). Printed by the CLI after each job, and by the bench."""

from __future__ import annotations

from dataclasses import dataclass

from app.core.summarize.events import StepDone


@dataclass
class JobCost:
    pages: int = 0
    chunks: int = 0  # map steps computed in this run
    combines: int = 0  # reduce steps computed in this run
    checks: int = 0  # sentences put to the model by the thorough check in this run
    prompt_tokens: int = 0
    prefilled_tokens: int = 0  # of the summary's own steps (no checks), less cached prefixes
    output_tokens: int = 0
    prefill_s: float = 0.0
    decode_s: float = 0.0
    map_s: float = 0.0  # the model's time reading the parts (the reader's in Fast reading)

    def add(self, step: StepDone) -> None:
        if step.timings is None:
            return
        if step.kind == "map":
            self.chunks += 1
            self.map_s += step.timings.prefill_s + step.timings.decode_s
        elif step.kind == "check":
            self.checks += 1
        else:
            self.combines += 1
        self.prompt_tokens += step.timings.prompt_tokens
        if step.kind != "check":
            self.prefilled_tokens += step.timings.prompt_tokens - step.timings.cached_tokens
        self.output_tokens += step.timings.output_tokens
        self.prefill_s += step.timings.prefill_s
        self.decode_s += step.timings.decode_s

    def amplification(self, document_tokens: int) -> float | None:
        """Prefilled ÷ document tokens, or None when nothing was summarised in this run."""
        if not self.prefilled_tokens or document_tokens <= 0:
            return None
        return self.prefilled_tokens / document_tokens

    @property
    def model_s(self) -> float:
        return self.prefill_s + self.decode_s

    def report(self, wall_s: float) -> str:
        overhead = max(wall_s - self.model_s, 0.0)
        share = f" ({overhead / wall_s:.0%} of the wall time)" if wall_s > 0 else ""
        checks = f", {self.checks} sentence check(s)" if self.checks else ""
        return (f"{self.pages} page(s), {self.chunks} chunk(s) and {self.combines} combining "
                f"step(s) computed{checks}, {self.prompt_tokens:,} prompt and "
                f"{self.output_tokens:,} written tokens; model: prefill {self.prefill_s:.1f} s, "
                f"decode {self.decode_s:.1f} s (reading the parts {self.map_s:.1f} s, "
                f"combining and writing {self.model_s - self.map_s:.1f} s); wall {wall_s:.1f} s; "
                f"pipeline overhead {overhead:.1f} s{share}")
