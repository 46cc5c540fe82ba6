"""What an organisation's policy file sets, as one frozen value the rest of the app asks.

A field left as None is not set by the policy: the user decides. A field that is set is
locked: the user cannot change it anywhere (an empty allow-list allows no model at all).
A policy that could not be read is `locked_down`: the app starts, but nothing loads, so
no chat and no summary runs, and every refusal repeats why (never open by accident).
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path

NO_POLICY = "no policy file"


class PolicyRefusal(Exception):
    """Something the organisation's policy does not allow; the message says so plainly."""


@dataclass(frozen=True)
class ApprovedModel:
    name: str
    sha256: str


@dataclass(frozen=True)
class Policy:
    source: str = NO_POLICY  # the file it came from, or NO_POLICY
    sha256: str | None = None  # of the file's bytes, for the audit trail
    refusal: str | None = None  # why the app is locked down; None: it works
    allowed_models: tuple[ApprovedModel, ...] | None = None  # None: any model
    users_may_add_models: bool | None = None
    default_model: str | None = None  # a name from allowed_models
    context_length: int | None = None
    threads: int | None = None
    max_document_mb: float | None = None
    document_formats: tuple[str, ...] | None = None
    ocr_languages: tuple[str, ...] | None = None  # what text recognition reads; None: any
    chat: bool | None = None
    export: bool | None = None
    copy_to_clipboard: bool | None = None
    summary_styles: tuple[str, ...] | None = None
    thorough_check: bool | None = None  # the model check of doubtful summary sentences
    retention_days: int | None = None
    audit_folder: str | None = None
    audit_level: str = "metadata"
    encrypt_database: bool = False  # app/core/data_protection.py
    raw: dict = field(default_factory=dict, compare=False)  # as written, for `policy`

    @property
    def locked_down(self) -> bool:
        return self.refusal is not None

    def allows(self, feature: str) -> bool:
        """chat, export or copy_to_clipboard: allowed unless the policy says false."""
        return not self.locked_down and getattr(self, feature) is not False

    def why_not(self, feature: str) -> str:
        """The sentence for a user who asked for a feature this policy turns off."""
        if self.locked_down:
            return self.refusal
        return {"chat": "Your organisation's policy does not allow chat in this app; "
                        "summaries of documents are allowed.",
                "export": "Your organisation's policy does not allow exporting summaries "
                          "from this app."}.get(
            feature, "Your organisation's policy does not allow this in this app.")

    def approved(self, sha256: str) -> ApprovedModel | None:
        wanted = sha256.lower()
        return next((m for m in self.allowed_models or () if m.sha256 == wanted), None)

    def locked_settings(self) -> dict[str, object]:
        """The user's settings (app/core/settings.py names) this policy sets and locks."""
        values = {"default_model": self.default_model, "context_length": self.context_length,
                  "threads": self.threads,
                  "ocr_languages": None if self.ocr_languages is None
                  else ",".join(self.ocr_languages)}
        return {name: value for name, value in values.items() if value is not None}


def policy_from_json(data: dict, source: str, raw_bytes: bytes) -> Policy:
    """A Policy from a file already validated against the schema."""
    models, documents = data.get("models", {}), data.get("documents", {})
    features, audit = data.get("features", {}), data.get("audit", {})
    allowed = models.get("allowed")
    styles, formats = data.get("summary_styles"), documents.get("formats")
    refusal = None
    if models.get("default") and models["default"] not in {m["name"] for m in allowed or ()}:
        refusal = (f"Your organisation's policy ({source}) names the default model "
                   f"\"{models['default']}\", which is not on its list of allowed models. "
                   "Ask your IT team to correct the policy file.")
    return Policy(
        source=source, sha256=hashlib.sha256(raw_bytes).hexdigest(), refusal=refusal,
        allowed_models=None if allowed is None else tuple(
            ApprovedModel(m["name"], m["sha256"].lower()) for m in allowed),
        users_may_add_models=models.get("users_may_add"), default_model=models.get("default"),
        context_length=models.get("context_length"), threads=models.get("threads"),
        max_document_mb=documents.get("max_size_mb"),
        document_formats=None if formats is None else tuple(formats),
        ocr_languages=None if documents.get("ocr_languages") is None
        else tuple(documents["ocr_languages"]),
        chat=features.get("chat"), export=features.get("export"),
        copy_to_clipboard=features.get("copy_to_clipboard"),
        summary_styles=None if styles is None else tuple(styles),
        thorough_check=data.get("thorough_check"),
        retention_days=data.get("retention_days"), audit_folder=audit.get("folder"),
        audit_level=audit.get("level", "metadata"),
        encrypt_database=bool(data.get("encrypt_database")), raw=data)


def locked_down(source: str, why: str, raw_bytes: bytes = b"") -> Policy:
    """The policy of a file that could not be used: nothing loads, nothing runs."""
    return Policy(source=source, sha256=hashlib.sha256(raw_bytes).hexdigest() if raw_bytes
                  else None, refusal=why, allowed_models=(), users_may_add_models=False,
                  chat=False, export=False, copy_to_clipboard=False)


def describe(policy: Policy) -> str:
    """The policy in force as `offline-assistant policy` prints it."""
    lines = [f"Policy in force: {policy.source}"]
    if policy.sha256:
        lines.append(f"SHA-256 of the file: {policy.sha256}")
    if policy.locked_down:
        lines += ["LOCKED DOWN: no model loads, chat and summaries are refused.",
                  f"Why: {policy.refusal}"]
    elif policy.raw:
        lines += ["", json.dumps(policy.raw, indent=2, ensure_ascii=False)]
    else:
        lines.append("Nothing is set by an organisation: every setting is the user's.")
    return "\n".join(lines)


def audit_path(policy: Policy, data_folder: Path) -> Path:
    folder = Path(policy.audit_folder).expanduser() if policy.audit_folder else (
        data_folder / "audit")
    return folder / "audit.jsonl"
