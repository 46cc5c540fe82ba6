"""The combining steps of a summary job: the parts' answers are grouped into prompts that
fit the context and combined, level by level, until one answer remains. Every level but
the last writes notes in no style (from prompt set v4: notes.py), which a later job of
the same document can take as they are; the last writes the summary in its style and
language. Each level's plan is recorded before its first call, so a resumed job groups
the same way and keeps the steps already done.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.core.summarize.chunking import Passage, pack
from app.core.summarize.notes import prompt_overhead
from app.core.summarize.parallel import Call, run_all
from app.core.summarize.prompts import PromptSet, page_label, strip_part_labels

MAP_ANSWER_TOKENS = 320
FINAL_ANSWER_TOKENS = 512
CHUNK_TOKEN_CAP = 3072  # small models lose the thread in very long prompts


@dataclass
class Part:
    first_page: int
    last_page: int
    text: str


def step_budget(engine, prompts: PromptSet, name: str, answer: int) -> int:
    """Tokens of text one step may read: the same for every style (notes.py)."""
    overhead = prompt_overhead(engine.count_prompt, prompts, name)
    return min(CHUNK_TOKEN_CAP, engine.model.n_ctx - overhead - answer - 16)


def combine(run, parts: list[Part]):
    """Yield the job events of combining `parts` (run: the job's _Run); return the last
    answer, the summary before its references are added."""
    level = 0
    while len(parts) > 1:
        level += 1
        groups = _group(run, parts)
        kind, spans, last = f"reduce-{level}", _spans(groups), len(groups) == 1
        done = _record_plan(run, kind, spans)
        notes = not last and run.prompts.reads_once  # notes of notes, in no style
        if notes:
            _take_level(run, kind, groups, done, run.earlier.for_level(
                kind, spans, [p.text for p in parts]))
        answer = FINAL_ANSWER_TOKENS if last else MAP_ANSWER_TOKENS
        calls = []
        for index, group in enumerate(groups):
            if index not in done:
                text = "\n\n".join(_labelled(p) for p in group)
                messages = (run.prompts.merge_messages(document=run.document_name, text=text)
                            if notes else
                            run.prompts.reduce_messages(document=run.document_name, text=text,
                                                        style=run.style, language=run.language))
                pages = page_label(group[0].first_page, group[-1].last_page)
                calls.append(Call(kind, index, len(groups), pages, messages,
                                  {"max_tokens": answer, **run.sampling}))
        done.update((yield from run_all(run, calls)))
        parts = [Part(g[0].first_page, g[-1].last_page, done[i]) for i, g in enumerate(groups)]
    return parts[0].text


def _take_level(run, kind: str, groups: list[list[Part]], done: dict,
                taken: dict[int, str]) -> None:
    """Keep as done the steps of a combining level an earlier job wrote (notes.py)."""
    for index, notes in taken.items():
        if index not in done:
            run.store.finish_chunk(run.job_id, kind, index, notes)
            run.pace.taken([p.text for p in groups[index]], notes)
            done[index] = notes


def _spans(groups: list[list[Part]]) -> list[tuple[int, int, int, None, list[int]]]:
    """Each group's pages and the indices of the parts it is given (groups are runs of
    consecutive parts), kept so a summary sentence can be traced back to its chunks."""
    spans, first = [], 0
    for group in groups:
        inputs = list(range(first, first + len(group)))
        spans.append((group[0].first_page, group[-1].last_page, 0, None, inputs))
        first += len(group)
    return spans


def _record_plan(run, kind: str, spans: list[tuple]) -> dict:
    """Plan a reduce level once; return its finished results. A plan that no longer matches
    (a resume with another context size) is dropped with every level above it."""
    rows = run.store.chunks(run.job_id, kind)
    if rows and [(r["first_page"], r["last_page"]) for r in rows] != [s[:2] for s in spans]:
        later = {r["kind"] for r in run.store.chunks(run.job_id) if r["kind"].startswith("reduce")}
        run.store.drop_chunks(run.job_id, [k for k in later if _level(k) >= _level(kind)])
        rows = []
    if not rows:
        run.store.plan_chunks(run.job_id, kind, spans)
        run.pace.plan_reduce(len(spans))
    return {row["idx"]: row["result"] for row in rows if row["status"] == "done"}


def _level(kind: str) -> int:
    return int(kind.split("-")[1])


def _group(run, parts: list[Part]) -> list[list[Part]]:
    """Pack partial summaries into groups that each fit one reduce prompt. Always at least
    two parts per group, so every level shrinks the list and the loop ends."""
    labelled = [_labelled(p) for p in parts]
    counts = run.engine.count_tokens(labelled)
    budget = step_budget(run.engine, run.prompts, run.document_name, FINAL_ANSWER_TOKENS)
    # Passage "pages" here are positions in `parts`, so each packed chunk is a slice of them.
    passages = [Passage(i, text, n) for i, (text, n) in enumerate(zip(labelled, counts))]
    groups = [parts[c.first_page : c.last_page + 1] for c in pack(passages, budget)]
    if len(groups) == len(parts):  # nothing fits together: pair them up
        groups = [parts[i : i + 2] for i in range(0, len(parts), 2)]
    return groups


def _labelled(part: Part) -> str:
    return f"[{page_label(part.first_page, part.last_page)}]\n{strip_part_labels(part.text)}"
