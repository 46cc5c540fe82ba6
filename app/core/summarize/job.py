"""A summary is a job: plan the chunks, summarise each (map), then combine (reduce) until
one summary remains. Every finished chunk or reduce step is committed the moment it
completes, so nothing finished is ever lost or recomputed.

`run_summary` is a generator of JobEvents; the CLI prints them, a worker relays them as
Qt signals. It uses one engine, one request at a time.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from app.core.engine import EngineClient, EngineFailure, Finished, PrefillProgress, Token
from app.core.store import Store
from app.core.summarize.chunking import Chunk, Passage, pack, plan_chunks
from app.core.summarize.prompts import PromptSet, load_prompts, page_label

MAP_ANSWER_TOKENS = 320
FINAL_ANSWER_TOKENS = 512
CHUNK_TOKEN_CAP = 3072  # small models lose the thread in very long prompts
SAMPLING = {"temperature": 0.2, "top_p": 0.9, "repeat_penalty": 1.15}


@dataclass(frozen=True)
class JobStarted:
    job_id: int
    chunks: int


@dataclass(frozen=True)
class StepStarted:
    """One model call begins: kind is "map" or "reduce-N"; index/total count within that kind."""

    kind: str
    index: int
    total: int
    pages: str


@dataclass(frozen=True)
class StepProgress:
    prefill_done: int
    prefill_total: int
    text: str = ""  # newly written text, if any


@dataclass(frozen=True)
class StepDone:
    kind: str
    index: int
    total: int
    result: str


@dataclass(frozen=True)
class JobFinished:
    job_id: int
    summary: str
    status: str  # done | cancelled | failed
    message: str = ""


JobEvent = JobStarted | StepStarted | StepProgress | StepDone | JobFinished


@dataclass
class _Part:
    first_page: int
    last_page: int
    text: str
    tokens: int = 0


class _Stopped(Exception):
    def __init__(self, status: str, message: str):
        super().__init__(message)
        self.status = status


@dataclass
class SummaryRun:
    store: Store
    engine: EngineClient
    document_name: str
    style: str
    job_id: int
    prompts: PromptSet = field(default_factory=load_prompts)
    cancel: threading.Event = field(default_factory=threading.Event)

    def call(self, kind: str, index: int, total: int, pages: str, messages, max_tokens: int):
        yield StepStarted(kind, index, total, pages)
        for event in self.engine.generate(messages, max_tokens=max_tokens, **SAMPLING):
            if isinstance(event, PrefillProgress):
                yield StepProgress(event.done, event.total)
            elif isinstance(event, Token):
                yield StepProgress(0, 0, event.text)
            elif isinstance(event, EngineFailure):
                raise _Stopped("failed", event.message)
            elif isinstance(event, Finished):
                if event.finish_reason == "cancelled" or self.cancel.is_set():
                    raise _Stopped("cancelled", "The summary was cancelled.")
                result = event.text.strip()
                self.store.finish_chunk(self.job_id, kind, index, result)
                yield StepDone(kind, index, total, result)
                return result
        raise _Stopped("failed", "The model engine ended the answer without finishing it.")


def start_summary(
    store: Store, engine: EngineClient, document, *, style: str = "brief"
) -> int:
    """Record the document and a queued job for it; returns the job id."""
    prompts = load_prompts()
    prompts.style(style)  # refuse an unknown style before anything is written
    document_id = store.add_document(
        path=document.path, sha256=document.sha256, size=document.size,
        pages=document.page_count, format=document.format)
    model = engine.model
    settings = {"n_ctx": model.n_ctx, "chunk_cap": CHUNK_TOKEN_CAP, **SAMPLING}
    return store.create_job(document_id, style=style, model=model.name,
                            prompt_version=prompts.version, settings=settings)


def run_summary(
    store: Store, engine: EngineClient, document, job_id: int,
    *, cancel: threading.Event | None = None,
) -> Iterator[JobEvent]:
    run = SummaryRun(store, engine, Path(document.path).name,
                     store.job(job_id)["style"], job_id, cancel=cancel or threading.Event())
    store.set_job_status(job_id, "running")
    try:
        chunks = _plan(run, document)
        yield JobStarted(job_id, len(chunks))
        parts = yield from _map(run, chunks)
        summary = yield from _reduce(run, parts)
    except _Stopped as stop:
        store.set_job_status(job_id, stop.status, error=str(stop))
        yield JobFinished(job_id, "", stop.status, str(stop))
        return
    store.set_job_status(job_id, "done", summary=summary)
    yield JobFinished(job_id, summary, "done")


def _budget(run: SummaryRun, answer_tokens: int) -> int:
    empty = run.prompts.map_messages(document=run.document_name, pages="p. 000–000",
                                     text="", style=run.style)
    overhead = run.engine.count_prompt(empty)
    return min(CHUNK_TOKEN_CAP, run.engine.model.n_ctx - overhead - answer_tokens - 16)


def _plan(run: SummaryRun, document) -> list[Chunk]:
    if not document.text.strip():
        raise _Stopped("failed", f"{run.document_name} contains no text to summarise.")
    budget = _budget(run, MAP_ANSWER_TOKENS)
    return plan_chunks(document.pages, run.engine.count_tokens, budget)


def _record_plan(run: SummaryRun, kind: str, spans: list[tuple[int, int, int]]) -> dict:
    """Write the step's pending rows once; return the results already finished (resume)."""
    rows = run.store.chunks(run.job_id, kind)
    if not rows:
        run.store.plan_chunks(run.job_id, kind, spans)
    return {row["idx"]: row["result"] for row in rows if row["status"] == "done"}


def _map(run: SummaryRun, chunks: list[Chunk]):
    done = _record_plan(run, "map", [(c.first_page, c.last_page, c.tokens) for c in chunks])
    parts = []
    # A document that fits in one chunk is summarised in one pass, in the final length.
    answer = FINAL_ANSWER_TOKENS if len(chunks) == 1 else MAP_ANSWER_TOKENS
    for chunk in chunks:
        pages = page_label(chunk.first_page, chunk.last_page)
        result = done.get(chunk.index)
        if result is None:
            _check_cancel(run)
            messages = run.prompts.map_messages(document=run.document_name, pages=pages,
                                                text=chunk.text, style=run.style)
            result = yield from run.call("map", chunk.index, len(chunks), pages, messages, answer)
        parts.append(_Part(chunk.first_page, chunk.last_page, result))
    return parts


def _reduce(run: SummaryRun, parts: list[_Part]):
    level = 0
    while len(parts) > 1:
        level += 1
        groups = _group(run, parts)
        final = len(groups) == 1
        kind = f"reduce-{level}"
        done = _record_plan(run, kind, [(g[0].first_page, g[-1].last_page, 0) for g in groups])
        answer = FINAL_ANSWER_TOKENS if final else MAP_ANSWER_TOKENS
        merged = []
        for index, group in enumerate(groups):
            result = done.get(index)
            if result is None:
                _check_cancel(run)
                text = "\n\n".join(_labelled(p) for p in group)
                messages = run.prompts.reduce_messages(document=run.document_name, text=text,
                                                       style=run.style)
                pages = page_label(group[0].first_page, group[-1].last_page)
                result = yield from run.call(kind, index, len(groups), pages, messages, answer)
            merged.append(_Part(group[0].first_page, group[-1].last_page, result))
        parts = merged
    return parts[0].text


def _group(run: SummaryRun, parts: list[_Part]) -> list[list[_Part]]:
    """Pack partial summaries into groups that each fit one reduce prompt. Always at least
    two parts per group, so every level shrinks the list and the loop ends."""
    labelled = [_labelled(p) for p in parts]
    counts = run.engine.count_tokens(labelled)
    budget = _budget(run, FINAL_ANSWER_TOKENS)
    passages = [Passage(i, text, n) for i, (text, n) in enumerate(zip(labelled, counts))]
    groups = [parts[c.first_page : c.last_page + 1] for c in pack(passages, budget)]
    if len(groups) == len(parts):  # nothing fits together: pair them up
        groups = [parts[i : i + 2] for i in range(0, len(parts), 2)]
    return groups


def _labelled(part: _Part) -> str:
    return f"[{page_label(part.first_page, part.last_page)}]\n{part.text}"


def _check_cancel(run: SummaryRun) -> None:
    if run.cancel.is_set():
        raise _Stopped("cancelled", "The summary was cancelled.")
