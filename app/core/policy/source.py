"""Where the organisation's policy file is, and reading it against the published schema
(installer/policy.schema.json). A file that is there but cannot be used (not JSON, not
valid against the schema, unreadable) gives a locked-down policy, never none at all: a typo
by IT must not open what the file was meant to close."""

from __future__ import annotations

import functools
import json
import os
import sys
from pathlib import Path

import fastjsonschema

from app import paths
from app.core.policy.rules import Policy, locked_down, policy_from_json

POLICY_ENV = "OFFLINE_ASSISTANT_POLICY"  # tests, and IT trying a policy before deploying it
FIX_IT = "Until it is fixed, no model loads. Ask your IT team to correct the policy file."


def policy_location() -> Path:
    """The system-wide policy file of this operating system (or the override)."""
    override = os.environ.get(POLICY_ENV)
    if override:
        return Path(override)
    if sys.platform == "win32":
        program_data = os.environ.get("ProgramData", r"C:\ProgramData")
        return Path(program_data) / "OfflineAssistant" / "policy.json"
    if sys.platform == "darwin":
        return Path("/Library/Application Support/OfflineAssistant/policy.json")
    return Path("/etc/offline-assistant/policy.json")


@functools.lru_cache(maxsize=1)
def _validator():
    schema = json.loads(paths.policy_schema_path().read_text(encoding="utf-8"))
    return fastjsonschema.compile(schema)


def read_policy(path: Path) -> Policy:
    """The policy in the file at `path`; no file there means no policy."""
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return Policy()
    except OSError as exc:
        return locked_down(str(path), f"The policy file {path} cannot be read "
                                      f"({exc.strerror or exc}). {FIX_IT}")
    try:
        data = json.loads(raw.decode("utf-8-sig"))
    except (UnicodeDecodeError, ValueError) as exc:
        return locked_down(str(path), f"The policy file {path} is not valid JSON ({exc}). "
                                      f"{FIX_IT}", raw)
    try:
        _validator()(data)
    except fastjsonschema.JsonSchemaException as exc:
        # fastjsonschema calls the document "data": "data.models.allowed[0] must contain…"
        where = exc.message.replace("data.", "", 1).replace("data ", "the policy ", 1)
        return locked_down(str(path), f"The policy file {path} does not follow the policy "
                                      f"schema: {where}. {FIX_IT}", raw)
    return policy_from_json(data, str(path), raw)


@functools.lru_cache(maxsize=1)
def policy_in_force() -> Policy:
    """Read once per process, at start: a policy changed while the app runs applies at the
    next start, as IT's tools expect of a machine-wide setting."""
    return read_policy(policy_location())


def forget_policy() -> None:
    """For tests that change the policy file within one process."""
    policy_in_force.cache_clear()
