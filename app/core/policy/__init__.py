"""The organisation's policy: what IT sets and locks on this machine (policy file), and the
checks that apply it to models and documents. No Qt: the window and the terminal ask it."""

from app.core.policy.rules import (
    NO_POLICY,
    ApprovedModel,
    Policy,
    PolicyRefusal,
    audit_path,
    describe,
)
from app.core.policy.source import (
    POLICY_ENV,
    forget_policy,
    policy_in_force,
    policy_location,
    read_policy,
)

__all__ = ["NO_POLICY", "POLICY_ENV", "ApprovedModel", "Policy", "PolicyRefusal", "audit_path",
           "describe", "forget_policy", "policy_in_force", "policy_location", "read_policy"]
