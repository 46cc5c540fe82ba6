"""How a running summary stops, and what it says: the window's Pause and Cancel
(JobControl), and an answer that failed. A server that went away, a slot that stalled or a
token that expired pause the job (it resumes from its finished parts); anything else fails
it. Finished parts are kept either way."""

from __future__ import annotations

import threading

from app.core.engine import EngineFailure

_KEPT = "The summary is paused; finished parts are kept."
SERVER_AWAY = ("unreachable", "timeout")  # the failures that end once the server answers
# what the user does before resuming, by the kind of failure (engine/remote/client.py)
_PAUSING = {"unreachable": "Resume it when the server is back.",
            "timeout": "Resume it when the server is back.",
            "token": "Resume it once the new token is set."}


class JobControl:
    """Pause or cancel a running job from another thread (the window's buttons)."""

    def __init__(self):
        self._event = threading.Event()
        self.reason = "cancelled"

    def stop(self, reason: str = "cancelled") -> None:
        self.reason = reason
        self._event.set()

    @property
    def stopped(self) -> bool:
        return self._event.is_set()


class Stopped(Exception):
    def __init__(self, status: str, message: str, server_away: bool = False):
        super().__init__(message)
        self.status = status
        self.server_away = server_away  # paused because the server stopped answering


def stopped_by(control: JobControl) -> Stopped:
    if control.reason == "paused":
        return Stopped("paused", _KEPT)
    return Stopped("cancelled", "The summary was cancelled; finished parts are kept.")


def stopped_for(failure: EngineFailure) -> Stopped:
    then = _PAUSING.get(failure.kind)
    if then is None:
        return Stopped("failed", failure.message)
    return Stopped("paused", f"{failure.message} {_KEPT} {then}",
                   server_away=failure.kind in SERVER_AWAY)
