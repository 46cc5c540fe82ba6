"""How long the app waits on the engine host, and what it says when a wait runs out.

The host sends a heartbeat each second while it works, naming the stage it is in and how
long it has made no progress there (host.py). The client (client.py) kills a host that
falls silent, that stays in a stage past its limit, or that does not obey a cancel.
"""

from __future__ import annotations

START_S = 60.0  # a new host's first word: Python and llama.cpp start (slow, busy machines)
SILENCE_S = 10.0  # a working host sends a heartbeat each second: this long silent, it is wedged
CANCEL_GRACE_S = 1.5  # a Stop ends every request within 2 s, obeyed or enforced
TEMPLATE_S = 25.0  # rendering the GGUF's chat template: its error comes within 30 s
COMPUTE_S = 600.0  # one llama.cpp step (a prefill batch or a token), on the slowest machine
LOAD_S, LOAD_S_PER_GB = 60.0, 30.0  # a load reads the whole file: its limit grows with it
# Stages without a limit here (counting tokens, a capabilities check) have only SILENCE_S.
STAGE_LIMITS_S = {"template": TEMPLATE_S, "compute": COMPUTE_S}


class Stopped(Exception):
    """A cancel the host did not obey in time: it was killed."""


def stage_end(heartbeat: dict, limits: dict[str, float],
              heard_at: float) -> tuple[str, float, float] | None:
    """When the stage a heartbeat names must end: its limit after it last made progress."""
    limit = limits.get(heartbeat["stage"])
    if limit is None:
        return None
    return heartbeat["stage"], limit, heard_at - heartbeat["for_s"] + limit


def overdue_message(stage: str, limit: float) -> str:
    if stage == "template":
        return (f"The model's chat template did not finish within {limit:.0f} s: the "
                "template inside this model file is faulty. The model engine was stopped; "
                "choose another model (File → Models…).")
    if stage == "load":
        return (f"Loading the model did not finish within {limit:.0f} s, so it was stopped. "
                "The disk may be very slow or the file damaged: try again, or choose "
                "another model.")
    return (f"The model engine made no progress for {limit / 60:.0f} minutes (a stuck "
            "graphics driver can do this) and was stopped. Everything saved so far is "
            "kept; the engine will be restarted for your next request.")


def load_limit(file_size: int) -> float:
    return LOAD_S + LOAD_S_PER_GB * file_size / 1e9


def silence_message(silence: float) -> str:
    return (f"The model engine stopped responding (no sign of life for {silence:.0f} s) and "
            "was stopped. Everything saved so far is kept; the engine will be restarted for "
            "your next request.")
