"""`summarize`, `jobs` (list, resume, cancel, delete) and `export`: summary jobs from a
terminal. Progress goes to stderr,
the summary to stdout."""

from __future__ import annotations

import json
import time
from pathlib import Path
from typing import TYPE_CHECKING

from app import paths
from app.cli.loading import load_engine
from app.cli.output import ExitCode, say

if TYPE_CHECKING:
    from app.core.store import Store
    from app.core.summarize import JobFinished


def run_summarize(args) -> int:
    # Imported here: the parser imports this module on every launch, the window's included.
    from app.cli.data_guard import run_holding_queue

    return run_holding_queue("summarize", args.wait, lambda: _summarize(args))


def _summarize(args) -> int:
    from app.core.documents import find_documents
    from app.core.store import Store

    files = find_documents(args.file)
    if not files:
        say("No PDF, Word, OpenDocument, Rich Text, Excel, PowerPoint, web page, e-mail, "
            "Outlook, text or Markdown files found there.")
        return ExitCode.DOCUMENT
    engine = None
    store = Store(paths.database_path())
    results: list[tuple[str, int]] = []
    try:
        for path in files:
            code, engine = _summarize_one(path, args, store, engine)
            results.append((path.name, code))
            if code in (ExitCode.CANCELLED, ExitCode.MODEL):
                break
    finally:
        store.close()
        if engine is not None:
            engine.close()
    if len(files) > 1:
        _print_results(results)
    return max(code for _, code in results)


def _summarize_one(path: Path, args, store: Store, engine):
    """Summarise one file; the engine is loaded on first need and reused for the batch."""
    from app.cli.reading import read_in_terminal
    from app.core.audit import AuditUnavailable
    from app.core.documents import DocumentError
    from app.core.engine import EngineError
    from app.core.policy.documents import NotAllowedByPolicy
    from app.core.summarize import start_summary
    from app.core.summarize.admission import admit_document, thorough_check
    from app.core.summarize.reading import reader_engine

    say(f"Reading {path} …")
    started = time.perf_counter()  # the job's wall clock: reading the file counts
    try:
        admit_document(path, args.style)
        document = read_in_terminal(store, path)  # a protected PDF's password asked for
    except (NotAllowedByPolicy, AuditUnavailable) as exc:
        say(str(exc))
        return ExitCode.POLICY, engine
    except DocumentError as exc:
        say(str(exc))
        return ExitCode.DOCUMENT, engine
    say(f"{document.page_count} page(s), {len(document.text):,} characters.")
    if engine is None:
        loading = time.perf_counter()
        engine = load_engine(args)
        if isinstance(engine, int):
            return engine, None
        started += time.perf_counter() - loading  # loading the model is not the job's

    try:
        reads = _fast_reader(store, engine) if getattr(args, "fast", False) else None
        with reader_engine(reads) as reader:
            job_id = start_summary(store, engine, document, style=args.style,
                                   language=args.language,
                                   thorough=thorough_check(getattr(args, "thorough", False)),
                                   reader=reader)
            return follow(store, engine, job_id, started, reader), engine
    except ValueError as exc:  # e.g. an unknown style
        say(str(exc))
        return ExitCode.REFUSED, engine
    except EngineError as exc:  # no small model for Fast reading, or it failed to load
        say(str(exc))
        return ExitCode.MODEL, engine


def _fast_reader(store: Store, engine) -> dict:
    """The reader setting of a new Fast-reading job; NoReader says why there is none."""
    from app.core.policy import policy_in_force
    from app.core.summarize.reading import new_job_reader

    setting = new_job_reader(store, paths.models_dir(), policy_in_force(), engine.model)
    say(f"Fast reading: {setting['name']} reads the pages, {engine.model.name} writes the "
        "summary.")
    return setting


def _print_results(results: list[tuple[str, int]]) -> None:
    words = {0: "done", ExitCode.DOCUMENT: "could not be read", ExitCode.MODEL: "no model",
             ExitCode.ENGINE: "failed", ExitCode.CANCELLED: "stopped", ExitCode.REFUSED: "refused"}
    say("\nResults:")
    for name, code in results:
        say(f"  {words.get(code, 'failed'):<18} {name}")


def follow(store: Store, engine, job_id: int, started: float | None = None,
           reader=None) -> int:
    """Run one job to its end, narrating on stderr; returns the exit code. Ctrl+C pauses
    the job: its finished chunks are kept and `jobs resume` carries on."""
    try:
        return _narrate(store, engine, job_id, started or time.perf_counter(), reader)
    except KeyboardInterrupt:
        store.set_job_status(job_id, "paused", error="Paused from the command line.")
        say(f"\nPaused job {job_id}; finished parts are kept. "
            "Continue with: offline-assistant jobs resume")
        return ExitCode.CANCELLED


def _narrate(store: Store, engine, job_id: int, started: float, reader) -> int:
    from app.core.summarize import (
        JobFinished,
        JobProgress,
        JobStarted,
        StepDone,
        StepStarted,
        run_summary,
    )
    from app.core.summarize.accounting import JobCost
    from app.core.units import format_duration

    cost = JobCost(pages=store.document(store.job(job_id)["document_id"])["pages"] or 0)
    for event in run_summary(store, engine, job_id, reader=reader):
        if isinstance(event, JobStarted):
            resumed = f", {event.already_done} already done" if event.already_done else ""
            say(f"Job {event.job_id}: {event.chunks} chunk(s) to summarise{resumed}.")
        elif isinstance(event, StepStarted) and event.kind == "check":
            say(f"  Checking sentence {event.index + 1} of {event.total} ({event.pages}) …")
        elif isinstance(event, StepStarted):
            say(f"  {event.kind} {event.index + 1}/{event.total} ({event.pages}) …")
        elif isinstance(event, StepDone):
            cost.add(event)
            if event.kind == "check":
                say(f"  Sentence {event.index + 1} of {event.total}: the model says "
                    f"{event.result}.")
            else:
                say(f"  {event.kind} {event.index + 1}/{event.total} done.")
        elif isinstance(event, JobProgress) and event.eta_s is not None:
            say(f"  {event.steps_done}/{event.steps_total} steps, about "
                f"{format_duration(event.eta_s)} left.")
        elif isinstance(event, JobFinished):
            code = _report(event)
            if event.status == "done":
                _report_sentences(store, job_id)
            say(f"Job {job_id}: {cost.report(time.perf_counter() - started)}.")
            _report_amplification(store, job_id, cost)
            return code
    return ExitCode.ENGINE


def _report_amplification(store: Store, job_id: int, cost) -> None:
    """Tokens read for the summary over the document's own, when this run did all of it."""
    job = store.job(job_id)
    document_tokens = json.loads(job["settings"] or "{}").get("document_tokens") or 0
    maps = store.chunks(job_id, "map")
    ratio = cost.amplification(document_tokens)
    if ratio is None or cost.chunks < len(maps):
        return  # resumed (or nothing to read): this run's tokens are not the whole job's
    say(f"Prefill amplification {ratio:.2f}: {cost.prefilled_tokens:,} tokens read by the "
        f"model for a document of {document_tokens:,} (the instructions around each part and "
        f"the partial summaries it combined; repeated headers and blocks are read once).")


def _report(event: JobFinished) -> int:
    if event.status != "done":
        say(event.message)
        return ExitCode.CANCELLED if event.status in ("cancelled", "paused") else ExitCode.ENGINE
    print(event.summary)
    if event.flags:
        say("Not found in the document (check these): " + "; ".join(event.flags))
    say(f"Saved as job {event.job_id} in {paths.database_path()}.")
    return 0


def _report_sentences(store: Store, job_id: int) -> None:
    """How well the document supports the summary, sentence by sentence (worked out and
    stored now for a job finished before sentences were traced)."""
    from app.core.summarize.alignment import ensure_alignment, sentence_counts
    from app.core.summarize.thorough import verdict_counts

    rows = ensure_alignment(store, job_id)
    counts = sentence_counts(rows)
    partly = f" ({counts['partly']} partly)" if counts["partly"] else ""
    say(f"Sentences: {counts['supported']} supported{partly}, {counts['elsewhere']} found "
        f"elsewhere in the document, {counts['not_found']} not found in the document.")
    if json.loads(store.job(job_id)["settings"] or "{}").get("thorough"):
        verdicts = verdict_counts(rows)
        say(f"Thorough check: the model confirmed {verdicts['confirmed']} and rejected "
            f"{verdicts['rejected']} of the sentences the words left in doubt.")


def run_jobs(args) -> int:
    from app.cli.data_guard import run_holding_queue

    # Resuming runs jobs and deleting must not erase one that runs: both hold the queue.
    # Listing and cancelling never wait.
    if args.action in ("resume", "delete"):
        return run_holding_queue(f"jobs {args.action}", args.wait, lambda: _jobs(args))
    return _jobs(args)


def _jobs(args) -> int:
    from app.core.store import Store

    store = Store(paths.database_path())
    try:
        if args.action == "list":
            return _list_jobs(store)
        if args.action == "cancel":
            return _cancel_job(store, args.job)
        if args.action == "delete":
            return _delete_job(store, args.job)
        ids = [args.job] if args.job else [j["id"] for j in
                                            store.unfinished_jobs(("queued", "running", "paused"))]
        if not ids:
            say("No unfinished summaries.")
            return 0
        engine = load_engine(args)
        if isinstance(engine, int):
            return engine
        try:
            codes = [_resume(store, engine, job_id) for job_id in ids]
        finally:
            engine.close()
        return max(codes)
    finally:
        store.close()


def _resume(store: Store, engine, job_id: int) -> int:
    """Resume one job; a Fast-reading one with parts left reads them with its own reader."""
    from app.core.engine import EngineError
    from app.core.policy import policy_in_force
    from app.core.summarize.reading import reader_engine, reader_to_resume

    try:
        setting = reader_to_resume(store, paths.models_dir(), policy_in_force(), job_id)
        with reader_engine(setting) as reader:
            return follow(store, engine, job_id, reader=reader)
    except EngineError as exc:
        say(f"Job {job_id}: {exc}")
        return ExitCode.MODEL


def _list_jobs(store: Store) -> int:
    rows = store.jobs()
    if not rows:
        say("No summaries yet.")
    for job in rows:
        chunks = store.chunks(job["id"], "map")
        done = sum(c["status"] == "done" for c in chunks)
        print(f"{job['id']:>4}  {job['status']:<9}  {done}/{len(chunks)} chunks  "
              f"{job['style']:<10}  {job['document_name']}")
        print(f"      model {job['model']}, SHA-256 {job.get('model_sha256') or 'not recorded'}")
    return 0


def _cancel_job(store: Store, job_id: int | None) -> int:
    if not _job_exists(store, job_id):
        return ExitCode.REFUSED
    store.set_job_status(job_id, "cancelled", error="Cancelled from the command line.")
    say(f"Job {job_id} cancelled; its finished parts are kept.")
    return 0


def _delete_job(store: Store, job_id: int | None) -> int:
    from app.core.store.erase import erase_job

    if not _job_exists(store, job_id):
        return ExitCode.REFUSED
    erased = erase_job(store, job_id)
    kept = "" if erased.documents else " (its document's text stays: another summary uses it)"
    say(f"Job {job_id} deleted and erased{kept}. {erased.describe()}")
    return 0


def _job_exists(store: Store, job_id: int | None) -> bool:
    if job_id is not None and store.db["summary_jobs"].count_where("id = ?", [job_id]):
        return True
    say("Give the number of an existing job (see `offline-assistant jobs`).")
    return False


def run_export(args) -> int:
    from app.core.audit import AuditUnavailable
    from app.core.policy import PolicyRefusal
    from app.core.store import Store
    from app.core.summarize.export import export_job

    store = Store(paths.database_path())
    try:
        written = export_job(store, args.job, Path(args.output))
    except (PolicyRefusal, AuditUnavailable) as exc:
        say(str(exc))
        return ExitCode.POLICY
    except (LookupError, ValueError) as exc:  # no such job, not finished, unknown format
        say(str(exc))
        return ExitCode.REFUSED
    finally:
        store.close()
    say(f"Wrote {written}.")
    return 0
