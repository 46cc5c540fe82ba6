"""Whether a document may be summarised at all, asked before it is read: the organisation's
policy (its kinds, size and styles), with every refusal in the audit trail. Here, above both
the policy and the audit trail, so that neither imports the other back."""

from __future__ import annotations

from pathlib import Path

from app.core import audit
from app.core.policy import policy_in_force
from app.core.policy.documents import NotAllowedByPolicy, policy_problem


def admit_document(path: str | Path, style: str) -> None:
    """Raise NotAllowedByPolicy (after an audit entry) when the policy refuses it."""
    path = Path(path)
    problem = policy_problem(policy_in_force(), path, style)
    if problem:
        audit.record("document_refused", file=path.name, style=style, reason=problem)
        raise NotAllowedByPolicy(path.name, problem)


def thorough_check(asked: bool) -> bool:
    """Whether a new summary ends with the model check of its doubtful sentences: as the
    user asked, unless the organisation's policy sets it (`thorough_check`)."""
    forced = policy_in_force().thorough_check
    return asked if forced is None else forced
