"""How a summary job samples its answers: a little temperature (prose that reads well),
a repeat penalty (small models loop), and a seed kept with the job so that the same
document is summarised the same way again."""

from __future__ import annotations

SAMPLING = {"temperature": 0.2, "top_p": 0.9, "repeat_penalty": 1.15}


def document_seed(sha256: str) -> int:
    """The sampling seed of a new job: taken from the document, so summarising the same
    file again with the same model and settings writes the same summary (an auditor can
    reproduce it; a test sees the same text each run)."""
    return int(sha256[:8], 16) & 0x7FFFFFFF


def job_sampling(settings: dict, job_id: int) -> dict:
    """The job's sampling as it was started (a job from before seeds were kept has none,
    and goes on drawing a fresh one per answer); its prompts reuse only what its own
    earlier prompts left in the engine's cache, so that they are computed alike in every
    run (host.py)."""
    seed = settings.get("seed")
    return {**SAMPLING, **({"seed": seed} if seed is not None else {}),
            "cache_scope": f"summary job {job_id}"}
