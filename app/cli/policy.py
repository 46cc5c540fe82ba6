"""`policy`: the organisation's policy in force and where it came from; and the check every
command that opens the data folder makes first: it records its start in the audit trail,
and refuses to run when the trail cannot be written."""

from __future__ import annotations

from app import __version__
from app.cli.output import ExitCode, say


def run_policy(args) -> int:
    from app.core.policy import describe, policy_in_force, policy_location

    policy = policy_in_force()
    print(describe(policy))
    if policy.sha256 is None and not policy.locked_down:
        print(f"(The policy file would be read from {policy_location()}.)")
    return ExitCode.POLICY if policy.locked_down else ExitCode.OK


def record_start(what: str) -> int | None:
    """None when the start is recorded; else the exit code after saying why not."""
    from app.core import audit

    try:
        audit.app_started(__version__, what)
    except audit.AuditUnavailable as exc:
        say(str(exc))
        return ExitCode.POLICY
    return None
