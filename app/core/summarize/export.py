"""Write a finished summary to Markdown or DOCX with where it came from: the file and its
SHA-256, pages, the model and settings, the prompt version, and every flagged claim, so a
reader can judge the summary without the app."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from app.core import audit
from app.core.policy import PolicyRefusal, policy_in_force
from app.core.store import Store


def provenance(store: Store, job_id: int) -> tuple[dict, list[tuple[str, str]]]:
    job = store.db["summary_jobs"].get(job_id)
    document = store.document(job["document_id"])
    settings = json.loads(job["settings"] or "{}")
    rows = [
        ("Document", document["name"]),
        ("SHA-256", document["sha256"]),
        ("Pages", str(document["pages"])),
        ("Model", job["model"]),
        # the exact model file: a name is shared by every quantisation and fine-tune of it
        ("Model SHA-256", job.get("model_sha256") or "not recorded"),
        ("Settings", ", ".join(f"{k}={v}" for k, v in sorted(settings.items()))),
        ("Style", job["style"]),
        ("Prompt version", job["prompt_version"]),
        ("Summarised", job["finished"] or job["created"]),
    ]
    return job, rows


def to_markdown(store: Store, job_id: int) -> str:
    job, rows = provenance(store, job_id)
    lines = [f"# Summary of {rows[0][1]}", ""]
    lines += [f"- **{label}:** {value}" for label, value in rows]
    flags = Store.job_flags(job)
    lines += ["", "## Summary", "", job["summary"], ""]
    if flags:
        lines += ["## Not found in the document", "",
                  "These names and figures do not occur in the source text; check them:", ""]
        lines += [f"- {flag}" for flag in flags] + [""]
    lines += ["---", "Written offline by Offline Assistant. Page references were matched to "
              "the source text after summarising."]
    return "\n".join(lines) + "\n"


def to_docx(store: Store, job_id: int, path: Path) -> None:
    try:
        import docx
    except ImportError as exc:
        raise ValueError("DOCX export needs the python-docx package.") from exc
    job, rows = provenance(store, job_id)
    document = docx.Document()
    document.add_heading(f"Summary of {rows[0][1]}", level=1)
    table = document.add_table(rows=0, cols=2)
    for label, value in rows:
        cells = table.add_row().cells
        cells[0].text, cells[1].text = label, value
    document.add_heading("Summary", level=2)
    for paragraph in job["summary"].split("\n"):
        document.add_paragraph(paragraph)
    flags = Store.job_flags(job)
    if flags:
        document.add_heading("Not found in the document", level=2)
        for flag in flags:
            document.add_paragraph(flag, style="List Bullet")
    document.save(str(path))


def export_job(store: Store, job_id: int, path: Path) -> Path:
    policy = policy_in_force()
    if not policy.allows("export"):
        raise PolicyRefusal(policy.why_not("export"))
    rows = list(store.db["summary_jobs"].rows_where("id = ?", [job_id]))
    if not rows:
        raise LookupError(f"There is no summary job {job_id}.")
    if rows[0]["status"] != "done":
        raise ValueError(f"Summary job {job_id} has not finished ({rows[0]['status']}).")
    suffix = path.suffix.lower()
    if suffix == ".md":
        path.write_text(to_markdown(store, job_id), encoding="utf-8")
    elif suffix == ".docx":
        to_docx(store, job_id, path)
    else:
        raise ValueError("Export to a file ending in .md (Markdown) or .docx (Word).")
    try:
        audit.record("export_written", job=job_id, path=str(path.resolve()),
                     sha256=hashlib.sha256(path.read_bytes()).hexdigest())
    except audit.AuditUnavailable:
        path.unlink(missing_ok=True)  # an export nobody recorded must not stay behind
        raise
    return path
