"""A summary is a job: plan the chunks, summarise each (map), then combine (reduce) until
one summary remains, then trace each sentence to its source passage (alignment.py), add
its page reference and flag unsupported claims, and, when asked, put each doubtful one to
the model (thorough.py). Every finished chunk or reduce step is committed the moment it
completes, and each chunk's source text is stored with its plan, so a job resumes from the
database alone after a pause, a crash or a restart, and never computes a finished chunk again.

`run_summary` is a generator of JobEvents. It uses one engine, or in Fast reading a small
model's engine for the parts and the main one for the rest (reading.py). On a server's
slots the first combining steps start while the last parts are still read (early.py).
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import logging
import os
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from app.core import audit
from app.core.documents.repeated_text import without_repeated_text
from app.core.documents.running_lines import without_running_lines
from app.core.engine import (
    EngineClient,
    EngineError,
    EngineFailure,
    Finished,
    PrefillProgress,
    Token,
)
from app.core.models.library import model_sha256
from app.core.plain_errors import in_words, storage_problem
from app.core.store import JobDeleted, Store
from app.core.summarize.alignment import PAGINATED_FORMATS, cite_summary, source_pages
from app.core.summarize.chunking import plan_chunks
from app.core.summarize.combining import (  # noqa: F401 (MAP_ANSWER_TOKENS: the bench)
    CHUNK_TOKEN_CAP,
    FINAL_ANSWER_TOKENS,
    MAP_ANSWER_TOKENS,
    Part,
    combine,
    step_budget,
)
from app.core.summarize.early import EarlyCombining
from app.core.summarize.events import (
    JobEvent,
    JobFinished,
    JobStarted,
    StepDone,
    StepProgress,
    StepStarted,
)
from app.core.summarize.grounding import unsupported_claims
from app.core.summarize.notes import EarlierNotes, notes_length
from app.core.summarize.pace import PROMPT_OVERHEAD_TOKENS, Pace
from app.core.summarize.parallel import Call, run_all, slot_of
from app.core.summarize.prompts import PromptSet, load_prompts, page_label, strip_part_labels
from app.core.summarize.reading import Reader, job_reader, needs_reader
from app.core.summarize.repeats import drop_repeats
from app.core.summarize.sampling import SAMPLING, document_seed, job_sampling
from app.core.summarize.stopping import (
    SERVER_AWAY,
    JobControl,
    Stopped,
    stopped_by,
    stopped_for,
)
from app.core.summarize.thorough import check_sentences

RESUMABLE = ("queued", "running", "paused", "cancelled", "failed")
# Tests only: a file that gets one line per model call, to prove none is made twice.
CALL_LOG = "OFFLINE_ASSISTANT_CALL_LOG"

log = logging.getLogger(__name__)


@dataclass
class _Run:
    store: Store
    engine: EngineClient
    job_id: int
    document_name: str
    style: str
    control: JobControl
    pace: Pace
    language: str | None = None
    prompts: PromptSet = field(default_factory=load_prompts)
    sampling: dict = field(default_factory=lambda: dict(SAMPLING))  # sampling.py
    earlier: EarlierNotes = field(default_factory=lambda: EarlierNotes([]))  # notes.py

    def call(self, kind: str, index: int, total: int, pages: str, messages, max_tokens: int):
        # On a server the step starts once one of its slots is free: other jobs share them.
        with slot_of(self.engine, lambda: self.control.stopped) as held:
            if not held:
                raise stopped_by(self.control)
            yield StepStarted(kind, index, total, pages)
            self.log_call(kind, index)
            return (yield from self._answer(kind, index, total, messages, max_tokens))

    def _answer(self, kind: str, index: int, total: int, messages, max_tokens: int):
        for attempt in (1, 2):  # a server's slot that stalled is asked once more
            for event in self.engine.generate(messages, max_tokens=max_tokens, **self.sampling):
                if isinstance(event, PrefillProgress):
                    yield StepProgress(event.done, event.total)
                elif isinstance(event, Token):
                    yield StepProgress(0, 0, event.text)
                elif isinstance(event, EngineFailure):
                    if event.kind == "timeout" and attempt == 1 and not self.control.stopped:
                        break
                    raise self.stop_for(event)
                elif isinstance(event, Finished):
                    if event.finish_reason == "cancelled" or self.control.stopped:
                        raise stopped_by(self.control)
                    return (yield from self.commit(kind, index, total, event))
            else:
                break
        raise Stopped("failed", "The model engine ended the answer without finishing it.")

    def commit(self, kind: str, index: int, total: int, event: Finished):
        """Keep a finished answer at once, and report it; returns the result."""
        self.pace.record(event.timings, kind)
        if event.finish_reason == "loop":  # the engine kept the text before it
            log.info("summary job %s: %s %s began to repeat itself", self.job_id, kind, index)
        result = drop_repeats(event.text.strip())
        self.store.finish_chunk(self.job_id, kind, index, result)
        yield StepDone(kind, index, total, result, event.timings)
        yield self.pace.progress()
        return result

    def stop_for(self, failure: EngineFailure) -> Stopped:
        return stopped_for(failure)

    def log_call(self, kind: str, index: int) -> None:
        _log_call(self.job_id, kind, index)

    def check(self) -> None:
        if self.control.stopped:
            raise stopped_by(self.control)


def _log_call(job_id: int, kind: str, index: int) -> None:
    path = os.environ.get(CALL_LOG)
    if path:
        with open(path, "a", encoding="utf-8") as calls:  # written at once: kill -9 keeps it
            calls.write(f"{job_id} {kind} {index}\n")


# -- starting --------------------------------------------------------------------------
def start_summary(store: Store, engine: EngineClient, document, *, style: str = "brief",
                  language: str | None = None, thorough: bool = False,
                  reader: Reader | None = None) -> int:
    """Record the document, its pages and a job with its planned chunks; returns the job id.
    What can fail or take long (the model counting tokens, hashing the model file) comes
    first, then all of it is written in one transaction: a kill or an engine failure
    leaves either a whole job or nothing.

    An unfinished job for the same document, style, language, `thorough` check (thorough.py),
    model and reader (Fast reading: reading.py) is resumed instead. A reader's job is
    planned with the reader's context and tokens, since it is the one that reads the parts."""
    prompts = load_prompts()
    prompts.style(style)  # refuse an unknown style before anything is written
    model = engine.model
    reads = reader.setting if reader else None
    for earlier in store.find_jobs(document.sha256, style, RESUMABLE):
        settings = json.loads(earlier["settings"] or "{}")
        if (earlier["model"] == model.name and settings.get("language") == language
                and settings.get("thorough", False) == thorough
                and settings.get("reader") == reads):
            return earlier["id"]
    name = Path(document.path).name
    engines = [reader.engine, engine] if reader else [engine]
    plan = (_plan(engines, prompts, name, document.pages, document.format)
            if document.text.strip() else [])
    settings = {"n_ctx": model.n_ctx, "chunk_cap": CHUNK_TOKEN_CAP, "language": language,
                "load_options": model.options.as_dict(), "thorough": thorough, **SAMPLING,
                **({"reader": reads} if reads else {}),
                "seed": document_seed(document.sha256),
                # what the prefill amplification is measured against (accounting.py)
                "document_tokens": sum(engine.count_tokens([p.text for p in document.pages]))
                if plan else 0}
    # A server's model has no file here: its name and the server are recorded instead.
    sha256 = model_sha256(store, model.path) if model.path else None
    with store.db.atomic():
        document_id = store.add_document(
            path=document.path, sha256=document.sha256, size=document.size,
            pages=document.page_count, format=document.format)
        store.save_pages(document_id, document.pages)
        job_id = store.create_job(document_id, style=style, model=model.name,
                                  prompt_version=prompts.version, settings=settings,
                                  model_sha256=sha256)
        if plan:
            store.plan_chunks(job_id, "map", plan)
        else:
            store.set_job_status(job_id, "failed", error=_no_text(name))
    return job_id


def _plan(engines: list[EngineClient], prompts: PromptSet, name: str, pages,
          file_format: str) -> list:
    """The chunks to summarise. A PDF's running headers and footers, banners and repeated
    blocks are left out of them (a small model copies them into the summary, and each
    costs prefill time on every chunk); the pages stored keep them, since the
    references and the Documents page show the pages as they are. The chunks' text is
    stored with the plan, so a resumed job reads the same text without finding them again.

    The first of `engines` counts the tokens (the reader's, in Fast reading); a part fits
    every one of them (a document of one part is read by the main model after all)."""
    if file_format in PAGINATED_FORMATS:
        pages = without_running_lines(pages)
    pages = without_repeated_text(pages)  # banners and blocks said twice: read once
    budget = min(step_budget(engine, prompts, name, MAP_ANSWER_TOKENS) for engine in engines)
    return [(c.first_page, c.last_page, c.tokens, c.text)
            for c in plan_chunks(pages, engines[0].count_tokens, budget)]


def _no_text(name: str) -> str:
    return f"{name} contains no text."


def run_summary(store: Store, engine: EngineClient, job_id: int,
                *, control: JobControl | None = None,
                reader: Reader | None = None) -> Iterator[JobEvent]:
    """The job's events, always ending with one JobFinished: any error (a full disk, a
    locked database, the job deleted under it, a bug) ends the job with a plain message,
    so whoever runs jobs one after another can go on with the next. A job started in
    Fast reading needs its `reader` while it has parts left to read (needs_reader)."""
    try:
        yield from _run(store, engine, job_id, control or JobControl(), reader)
    except Exception as exc:
        yield _ended_by(store, job_id, exc)


def _run(store: Store, engine: EngineClient, job_id: int, control: JobControl,
         reader: Reader | None):
    job = store.job(job_id)
    if job["status"] == "done":
        yield JobFinished(job_id, job["summary"], "done", flags=Store.job_flags(job))
        return
    document = store.document(job["document_id"])
    # A resumed job goes on with the prompt wording it was started with.
    prompts = load_prompts(job["prompt_version"])
    settings = json.loads(job["settings"] or "{}")
    language, thorough = settings.get("language"), bool(settings.get("thorough"))
    try:
        reads = job_reader(job)
        if reads and reader is None and needs_reader(store, job_id):
            raise Stopped("paused", f"The small model this summary reads with, {reads['name']}, "
                                    "is not loaded; resume to load it.")
        maps = store.chunks(job_id, "map") or _replan(
            store, [reader.engine, engine] if reads else [engine], prompts, job, document)
        earlier = EarlierNotes.of(store, job, prompts.reads_once)
        maps = _take_notes(store, job_id, maps, earlier)
        # for the ETA only, so not counted by the engine: a server that refuses its
        # token must first be met by a model call, which pauses the job in plain words
        reduce_budget = min(CHUNK_TOKEN_CAP, engine.model.n_ctx - PROMPT_OVERHEAD_TOKENS
                            - FINAL_ANSWER_TOKENS)
        # Fast reading: the small model reads the parts, the main model does the rest; a
        # document of one part is summarised in one pass, by the main model
        reader = reader if reads and len(maps) > 1 else None
        run = _Run(store, engine, job_id, document["name"], job["style"], control,
                   Pace.for_chunks(maps, thorough, reduce_budget, _slower(engine, reader),
                                   notes_length(store, job) or MAP_ANSWER_TOKENS),
                   language, prompts, job_sampling(settings, job_id), earlier)
        store.set_job_status(job_id, "running")
        yield JobStarted(job_id, len(maps), sum(c["status"] == "done" for c in maps))
        yield run.pace.progress()
        parts = yield from (_map(dataclasses.replace(run, engine=reader.engine), maps)
                            if reader else _map(run, maps, early=True))
        final = yield from combine(run, parts)
        summary, flags, sentences = _finish(store, job_id, document, final)
        if thorough:
            sentences = yield from check_sentences(run, sentences, document["id"])
    except Stopped as stop:
        store.set_job_status(job_id, stop.status, error=str(stop))
        yield JobFinished(job_id, "", stop.status, str(stop), server_away=stop.server_away)
        return
    store.finish_job(job_id, summary, flags, sentences)
    _audit_summary(job, document, summary, flags)
    yield JobFinished(job_id, summary, "done", flags=flags)


def _audit_summary(job: dict, document: dict, summary: str, flags: list[str]) -> None:
    """Recorded once the summary is committed: an audit failure then fails the job in
    plain words (the summary is kept), never a summary that was made but not recorded."""
    audit.record("document_summarised", file=document["name"], sha256=document["sha256"],
                 pages=document["pages"], style=job["style"], job=job["id"],
                 model=job["model"], model_sha256=job.get("model_sha256"),
                 result_sha256=hashlib.sha256(summary.encode("utf-8")).hexdigest(),
                 flags=len(flags), summary=summary)


def _replan(store: Store, engines: list[EngineClient], prompts: PromptSet, job: dict,
            document: dict) -> list[dict]:
    """Plan a job that has no chunks: one an older version started and lost to a crash
    between its writes. A document with no text fails with the reason."""
    pages = source_pages(store, document["id"])
    if not any(page.text.strip() for page in pages):
        raise Stopped("failed", _no_text(document["name"]))
    plan = _plan(engines, prompts, document["name"], pages, document["format"])
    store.plan_chunks(job["id"], "map", plan)
    return store.chunks(job["id"], "map")


def _ended_by(store: Store, job_id: int, exc: Exception) -> JobFinished:
    """End the job after an error with a plain message: paused when the user can fix the
    cause (disk, database) and resume, failed otherwise."""
    message = in_words(exc, then="resume this document")
    if isinstance(exc, JobDeleted):
        return JobFinished(job_id, "", "cancelled", message)
    # A server that went away while counting tokens pauses the job, as mid-answer.
    gone = isinstance(exc, EngineError) and exc.kind in ("unreachable", "token")
    status = "paused" if storage_problem(exc) or gone else "failed"
    if status == "failed" and not isinstance(exc, EngineError):
        log.error("summary job %s failed", job_id, exc_info=exc)  # a bug: keep its trace
    try:
        store.set_job_status(job_id, status, error=message)
    except Exception:  # the database cannot be written now: a restart finds it interrupted
        log.warning("could not record the end of summary job %s", job_id)
    return JobFinished(job_id, "", status, message,
                       server_away=isinstance(exc, EngineError) and exc.kind in SERVER_AWAY)


def _slower(engine: EngineClient, reader: Reader | None) -> float | None:
    """How many times slower the main model writes than the reader reads, guessed from
    their weights (memory traffic per token) until the main model's first step is timed."""
    if reader is None or engine.model.card is None or reader.engine.model.card is None:
        return None
    return engine.model.card.weights_bytes / max(reader.engine.model.card.weights_bytes, 1)


def _take_notes(store: Store, job_id: int, maps: list[dict], earlier: EarlierNotes):
    """The job's parts, with the notes an earlier job wrote of the same text kept as done."""
    taken = earlier.for_parts(maps)
    for index, notes in taken.items():
        store.finish_chunk(job_id, "map", index, notes)
    if taken:
        log.info("summary job %s: %d part(s) read from earlier notes", job_id, len(taken))
    return store.chunks(job_id, "map") if taken else maps


def _map(run: _Run, maps: list[dict], early: bool = False):
    # A document that fits in one chunk is summarised in one pass, at the final length;
    # the parts of a longer one are read into notes, in no style (notes.py). With `early`
    # (the engine that reads the parts also combines them) a server's free slots start
    # the first combining steps whose parts are in (early.py).
    answer = FINAL_ANSWER_TOKENS if len(maps) == 1 else MAP_ANSWER_TOKENS
    notes = len(maps) > 1 and run.prompts.reads_once
    results = {c["idx"]: c["result"] for c in maps if c["status"] == "done"}
    calls = []
    for chunk in maps:
        if chunk["status"] != "done":
            pages = page_label(chunk["first_page"], chunk["last_page"])
            messages = (run.prompts.notes_messages(document=run.document_name, pages=pages,
                                                   text=chunk["source"]) if notes else
                        run.prompts.map_messages(document=run.document_name, pages=pages,
                                                 text=chunk["source"], style=run.style,
                                                 language=run.language))
            calls.append(Call("map", chunk["idx"], len(maps), pages, messages,
                              {"max_tokens": answer, **run.sampling}))
    then = EarlyCombining(run, maps, results) if early and EarlyCombining.applies(
        run, maps, calls) else None
    results.update((yield from run_all(run, calls, then)))
    return [Part(c["first_page"], c["last_page"], results[c["idx"]]) for c in maps]


def _finish(store: Store, job_id: int, document: dict,
            final: str) -> tuple[str, list[str], list[dict]]:
    pages = source_pages(store, document["id"])
    source = "\n".join(p.text for p in pages)
    final = drop_repeats(strip_part_labels(final))  # labels gone, two lines may be one
    flags = unsupported_claims(final, source)
    summary, sentences = cite_summary(final, store.chunks(job_id), pages,
                                      paginated=document["format"] in PAGINATED_FORMATS)
    return summary, flags, sentences
