from app.core.summarize.events import (
    JobEvent,
    JobFinished,
    JobProgress,
    JobStarted,
    StepDone,
    StepProgress,
    StepStarted,
)
from app.core.summarize.job import JobControl, run_summary, start_summary

__all__ = [
    "JobControl",
    "JobEvent",
    "JobFinished",
    "JobProgress",
    "JobStarted",
    "StepDone",
    "StepProgress",
    "StepStarted",
    "run_summary",
    "start_summary",
]
