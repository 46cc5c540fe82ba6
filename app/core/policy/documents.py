"""The organisation's say over documents and summaries: the kinds of file and the largest
size it allows, and the summary styles it offers. Checked before a document is read, in the
window and in the terminal alike."""

from __future__ import annotations

from pathlib import Path

from app.core.documents.errors import DocumentError
from app.core.documents.model import FORMAT_NAMES, FORMATS_BY_SUFFIX
from app.core.policy.rules import Policy

_MB = 1024 * 1024


class NotAllowedByPolicy(DocumentError):
    """A document, or a summary of it, that the organisation's policy does not allow."""


def policy_problem(policy: Policy, path: Path, style: str | None) -> str | None:
    """Why the policy does not let `path` be summarised in `style` (None: only asked
    about, no summary style involved); None when it does."""
    name = path.name
    if policy.locked_down:
        return policy.refusal
    file_format = FORMATS_BY_SUFFIX.get(path.suffix.lower())
    if policy.document_formats is not None and file_format not in policy.document_formats:
        kinds = ", ".join(FORMAT_NAMES[f] for f in policy.document_formats) or "none"
        return (f'"{name}" is not a kind of file your organisation allows in this app. '
                f"Allowed: {kinds}.")
    if policy.max_document_mb is not None:
        try:
            size = path.stat().st_size
        except OSError:
            size = 0  # gone: the reading says so in its own words
        if size > policy.max_document_mb * _MB:
            return (f'"{name}" is {size / _MB:.1f} MB; your organisation allows documents of '
                    f"up to {policy.max_document_mb:g} MB in this app.")
    if style is not None and policy.summary_styles is not None and (
            style not in policy.summary_styles):
        return (f'The summary style "{style}" is not offered by your organisation. Use one '
                f"of: {', '.join(policy.summary_styles)}.")
    return None


def ocr_languages(preferred: str, policy: Policy) -> tuple[str, ...]:
    """What text recognition reads: the policy's languages where it sets them, else the
    user's choice (a comma-separated string, settings.py); empty: every one it can."""
    chosen = policy.locked_settings().get("ocr_languages", preferred) or ""
    return tuple(code.strip() for code in chosen.split(",") if code.strip())
