"""What a running summary job reports. Plain values: the CLI prints them, a worker relays
them as Qt signals."""

from __future__ import annotations

from dataclasses import dataclass, field

from app.core.engine.events import Timings


@dataclass(frozen=True)
class JobStarted:
    job_id: int
    chunks: int
    already_done: int = 0  # chunks finished before a pause, cancel or crash


@dataclass(frozen=True)
class StepStarted:
    """One model call begins: kind is "map" or "reduce-N"; index/total count within that kind."""

    kind: str
    index: int
    total: int
    pages: str


@dataclass(frozen=True)
class StepProgress:
    prefill_done: int
    prefill_total: int
    text: str = ""  # newly written text, if any


@dataclass(frozen=True)
class StepDone:
    kind: str
    index: int
    total: int
    result: str
    timings: Timings | None = None  # the model's own time for this step


@dataclass(frozen=True)
class JobProgress:
    steps_done: int
    steps_total: int  # an estimate until the last combining step is planned
    eta_s: float | None  # from this machine's measured prefill and decode rates


@dataclass(frozen=True)
class JobFinished:
    job_id: int
    summary: str
    status: str  # done | paused | cancelled | failed
    message: str = ""
    flags: list[str] = field(default_factory=list)  # claims not found in the document
    # paused because the organisation's server stopped answering: the window resumes it
    # once the server answers again
    server_away: bool = False


JobEvent = JobStarted | StepStarted | StepProgress | StepDone | JobProgress | JobFinished
