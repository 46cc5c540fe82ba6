"""Write a finished summary to Markdown or DOCX with where it came from: the file and its
SHA-256, pages, the model and settings, the prompt version, each sentence's source passage
and support, and every claim the document does not support, so a reader can judge the
summary without the app."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from app.core import audit
from app.core.policy import PolicyRefusal, policy_in_force
from app.core.store import Store
from app.core.summarize.alignment import align_job
from app.core.summarize.provenance import insert_at_ends
from app.core.summarize.scanned_note import scanned_note

NOT_FOUND_NOTE = " (not found in the document)"
LEVEL_WORDS = {"supported": "supported", "partly": "partly supported",
               "not_found": "not found in the document"}
QUOTE_CHARS = 240
# The thorough check's verdict on a sentence, as the export writes it.
MODEL_WORDS = {"yes": "the model: the passage supports this",
               "no": "the model: the passage does not support this"}


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
    note = scanned_note(store.pages(document["id"]))
    if note is not None:  # the reader must know these pages' text is the engine's reading
        rows.insert(3, ("Read by OCR", note.label))
    return job, rows


def sentence_sources(store: Store, job: dict) -> list[dict]:
    """The stored sentence rows (worked out here, not stored, for a job finished before
    they existed), each with `source`: "p. 4 (supported): “the passage…”"."""
    rows = store.sentences(job["id"]) or align_job(store, job["id"])
    texts = {p["number"]: p["text"] for p in store.pages(job["document_id"])}
    for row in rows:
        words = LEVEL_WORDS[row["level"]]
        if row["scope"] == "document" and row["passages"]:
            words += ", on a page other than the parts summarised"
        if row.get("model"):
            words += f"; {MODEL_WORDS[row['model']]}"
        if row["level"] == "not_found" or not row["passages"]:
            row["source"] = words
            continue
        best = row["passages"][0]
        quote = " ".join(texts[best["page"]][best["start"]:best["end"]].split())
        if len(quote) > QUOTE_CHARS:
            quote = quote[:QUOTE_CHARS].rsplit(" ", 1)[0] + "…"
        row["source"] = f"p. {best['page']} ({words}): “{quote}”"
    return rows


def unsupported(job: dict, rows: list[dict]) -> list[str]:
    """Claims found nowhere in the document (the job's flags and the sentences' checks),
    then those found only on another page than the sentence's passage, and those whose
    passage says the opposite."""
    missing = list(Store.job_flags(job))
    elsewhere = []
    for row in rows:
        for claim in row["claims"]:
            if claim["kind"] == "meaning":  # the model's "no": said with the sentence's source
                continue
            if claim["status"] == "not_found" and claim["text"] not in missing:
                missing.append(claim["text"])
            elif claim["status"] == "elsewhere":
                elsewhere.append(f"{claim['text']} (only on p. {claim['page']}, not in the "
                                 f"passage of sentence {row['idx'] + 1})")
            elif claim["status"] == "opposite":
                elsewhere.append(f"{claim['text']} (p. {claim['page']} says the opposite: "
                                 f"one of them is negated; sentence {row['idx'] + 1})")
    return missing + elsewhere


def annotated(summary: str, rows: list[dict]) -> str:
    """The summary with a note after each sentence no passage supports (the others carry
    their page reference already)."""
    return insert_at_ends(summary, [(r["end"], NOT_FOUND_NOTE) for r in rows
                                    if r["level"] == "not_found"])


def to_markdown(store: Store, job_id: int) -> str:
    job, rows = provenance(store, job_id)
    sentences = sentence_sources(store, job)
    lines = [f"# Summary of {rows[0][1]}", ""]
    lines += [f"- **{label}:** {value}" for label, value in rows]
    lines += ["", "## Summary", "", annotated(job["summary"], sentences), ""]
    if sentences:
        lines += ["## Sources, sentence by sentence", ""]
        lines += [f"{r['idx'] + 1}. {r['text']} — {r['source']}" for r in sentences] + [""]
    claims = unsupported(job, sentences)
    if claims:
        lines += ["## Not found in the document", "",
                  "These names and figures are not supported by the source text; check them:",
                  ""]
        lines += [f"- {claim}" for claim in claims] + [""]
    lines += ["---", "Written offline by Offline Assistant. Each sentence was matched to the "
              "passage of the source text that supports it after summarising."]
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
    sentences = sentence_sources(store, job)
    document.add_heading("Summary", level=2)
    for paragraph in annotated(job["summary"], sentences).split("\n"):
        document.add_paragraph(paragraph)
    if sentences:
        document.add_heading("Sources, sentence by sentence", level=2)
        for row in sentences:
            document.add_paragraph(f"{row['text']} — {row['source']}", style="List Number")
    claims = unsupported(job, sentences)
    if claims:
        document.add_heading("Not found in the document", level=2)
        for claim in claims:
            document.add_paragraph(claim, style="List Bullet")
    document.save(str(path))


def finished_job(store: Store, job_id: int) -> dict:
    """The job, once the policy allows exports and it has finished; else a plain refusal."""
    policy = policy_in_force()
    if not policy.allows("export"):
        raise PolicyRefusal(policy.why_not("export"))
    rows = list(store.db["summary_jobs"].rows_where("id = ?", [job_id]))
    if not rows:
        raise LookupError(f"There is no summary job {job_id}.")
    if rows[0]["status"] != "done":
        raise ValueError(f"Summary job {job_id} has not finished ({rows[0]['status']}).")
    return rows[0]


def export_job(store: Store, job_id: int, path: Path) -> Path:
    finished_job(store, job_id)
    suffix = path.suffix.lower()
    if suffix == ".md":
        path.write_text(to_markdown(store, job_id), encoding="utf-8")
    elif suffix == ".docx":
        to_docx(store, job_id, path)
    else:
        raise ValueError("Export to a file ending in .md (Markdown) or .docx (Word).")
    return recorded_export(job_id, path)


def recorded_export(job_id: int, path: Path) -> Path:
    """Record a written export in the audit trail; one nobody could record is removed."""
    try:
        audit.record("export_written", job=job_id, path=str(path.resolve()),
                     sha256=hashlib.sha256(path.read_bytes()).hexdigest())
    except audit.AuditUnavailable:
        path.unlink(missing_ok=True)  # an export nobody recorded must not stay behind
        raise
    return path


def handed_out(store: Store, job_id: int, how: str) -> str:
    """The Markdown export of a finished summary for the window to print or copy (how:
    "printed", "copied"), under the same policy as a file and recorded before it leaves
    the app: a trail that cannot be written stops it."""
    finished_job(store, job_id)
    text = to_markdown(store, job_id)
    audit.record(f"export_{how}", job=job_id, sha256=hashlib.sha256(text.encode()).hexdigest())
    return text
