"""The audit trail of this machine: `record(event, **fields)` appends one entry to the
trail where the organisation's policy puts it (default `<data folder>/audit/audit.jsonl`),
at the level it sets. Raises AuditUnavailable when it cannot be written: the caller then
refuses the work rather than do it unaudited.

Events written: app_started, model_loaded, model_refused, document_summarised,
document_refused, document_unlocked (a password opened it; never the password),
export_written, export_printed, export_copied (a summary printed or copied from the
window), chat_answered, documents_asked (which documents a question was asked of:
names, hashes and ids; the question and answer only at "with_outputs"); deletion and purge
are recorded by the code that erases.
"""

from __future__ import annotations

from app import paths
from app.core.audit.check import ChainReport, entries_since, verify_chain, write_csv
from app.core.audit.trail import AuditTrail, AuditUnavailable
from app.core.policy import audit_path, policy_in_force


def trail_in_force() -> AuditTrail:
    policy = policy_in_force()
    return AuditTrail(audit_path(policy, paths.data_dir()), policy.audit_level)


def record(event: str, **fields) -> dict:
    return trail_in_force().record(event, **fields)


# The events written from more than one place (the window and the terminal), in one wording.
def app_started(version: str, what: str) -> dict:
    policy = policy_in_force()
    return record("app_started", version=version, command=what, policy=policy.source,
                  policy_sha256=policy.sha256, locked_down=policy.locked_down)


def model_loaded(name: str, path: str, sha256: str) -> dict:
    return record("model_loaded", name=name, path=path, sha256=sha256)


def document_unlocked(file: str, sha256: str) -> dict:
    """A protected document was opened with its password: that one was used, never which."""
    return record("document_unlocked", file=file, sha256=sha256, password_used=True)


def chat_answered(conversation_id: int, timings, prompt: str, answer: str) -> dict:
    """Token counts always; the question and the answer only at the "with_outputs" level."""
    return record("chat_answered", conversation=conversation_id,
                  prompt_tokens=timings.prompt_tokens, output_tokens=timings.output_tokens,
                  prompt=prompt, answer=answer)


__all__ = ["AuditTrail", "AuditUnavailable", "ChainReport", "app_started", "chat_answered",
           "document_unlocked", "entries_since", "model_loaded", "record", "trail_in_force",
           "verify_chain", "write_csv"]
