from app.core.summarize.job import (
    JobEvent,
    JobFinished,
    JobStarted,
    StepDone,
    StepProgress,
    StepStarted,
    run_summary,
    start_summary,
)

__all__ = [
    "JobEvent",
    "JobFinished",
    "JobStarted",
    "StepDone",
    "StepProgress",
    "StepStarted",
    "run_summary",
    "start_summary",
]
