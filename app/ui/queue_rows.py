"""The rows of the documents queue: a file waiting or running (Request, until the lane has
finished it) and one line as a view shows it (QueueRow). Plain values, kept apart from
the queue that moves them (summary_queue.py)."""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field

from app.core.summarize.job import RESUMABLE
from app.ui.summary_progress import LiveJob


@dataclass(eq=False)
class Request:
    """A file to summarise or a stored job to resume, until the lane has finished it. The
    lane's events for it come back with its key."""

    name: str
    style: str = ""
    language: str = ""
    thorough: bool = False  # the model checks the doubtful sentences at the end
    fast: bool = False  # Fast reading: a small model reads the parts
    path: str | None = None
    job_id: int | None = None  # a job to resume, or the file's job once the lane made it
    error: str = ""  # why the file could not be read
    # A protected PDF's password, from the dialog to the lane's request, then dropped.
    password: str = field(default="", repr=False)
    key: str = field(default_factory=lambda: f"file:{next(_numbers)}")
    live: LiveJob | None = None  # while it runs: its step, parts and time left
    stop_asked: bool = False  # the user pressed its Pause or Cancel


_numbers = itertools.count(1)


@dataclass(frozen=True)
class QueueRow:
    """One line of the queue. status: waiting | running | paused | failed | cancelled |
    done | interrupted (left running when the app stopped, not queued again yet)."""

    key: str
    name: str
    style: str
    status: str
    job_id: int | None = None
    step: str = ""
    done: int = 0
    total: int = 0
    within: int = 0
    eta: str = ""
    message: str = ""
    summary: str = ""
    flags: tuple[str, ...] = ()
    scanned: str = ""  # "p. 4–6 read by OCR (mean confidence 97 %)", or ""

    @property
    def resumable(self) -> bool:
        stopped = self.status == "interrupted" or (
            self.status in RESUMABLE and self.status != "running")
        return stopped and self.job_id is not None and self.total > 0


def recent_documents(rows: list[QueueRow], count: int = 8) -> list[QueueRow]:
    """File → Recent documents: the last summarised, newest first (rows come in that
    order), each document once."""
    seen, recent = set(), []
    for row in rows:
        if row.status == "done" and row.name not in seen:
            seen.add(row.name)
            recent.append(row)
    return recent[:count]
