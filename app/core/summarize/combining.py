"""The combining steps of a summary job: the parts' answers are grouped into prompts that
fit the context and combined, level by level, until one answer remains. Every level but
the last writes notes in no style (from prompt set v4: notes.py), which a later job of
the same document can take as they are; the last writes the summary in its style and
language. Each level's plan is recorded before its first call (the first level's, with a
server's slots, group by group as each is final: early.py), so a resumed job groups the
same way and keeps the steps already done.
"""

from __future__ import annotations

import json
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
    answer, the summary before its references are added. The first level may be partly
    or wholly done already: its groups that were final while parts were still being read
    were combined then (early.py)."""
    level = 0
    while len(parts) > 1:
        level += 1
        groups = group_parts(run, parts)
        kind, spans, last = f"reduce-{level}", spans_of(groups), len(groups) == 1
        done = record_plan(run, kind, spans)
        notes = not last and run.prompts.reads_once  # notes of notes, in no style
        if notes:
            _take_level(run, kind, groups, done, run.earlier.for_level(
                kind, spans, [p.text for p in parts]))
        calls = [combining_call(run, kind, index, len(groups), group, last)
                 for index, group in enumerate(groups) if index not in done]
        done.update((yield from run_all(run, calls)))
        parts = [Part(g[0].first_page, g[-1].last_page, done[i]) for i, g in enumerate(groups)]
    return parts[0].text


def combining_call(run, kind: str, index: int, total: int, group: list[Part],
                   last: bool) -> Call:
    """The call that combines `group`: into notes in no style (from prompt set v4), or
    when `last`, into the summary in the job's style and language."""
    notes = not last and run.prompts.reads_once
    text = "\n\n".join(_labelled(p) for p in group)
    messages = (run.prompts.merge_messages(document=run.document_name, text=text) if notes
                else run.prompts.reduce_messages(document=run.document_name, text=text,
                                                 style=run.style, language=run.language))
    answer = FINAL_ANSWER_TOKENS if last else MAP_ANSWER_TOKENS
    return Call(kind, index, total, page_label(group[0].first_page, group[-1].last_page),
                messages, {"max_tokens": answer, **run.sampling})


def _take_level(run, kind: str, groups: list[list[Part]], done: dict,
                taken: dict[int, str]) -> None:
    """Keep as done the steps of a combining level an earlier job wrote (notes.py)."""
    for index, notes in taken.items():
        if index not in done:
            run.store.finish_chunk(run.job_id, kind, index, notes)
            run.pace.taken([p.text for p in groups[index]], notes)
            done[index] = notes


def spans_of(groups: list[list[Part]], first: int = 0) -> list[tuple]:
    """Each group's pages and the indices of the parts it is given (groups are runs of
    consecutive parts, the first from part `first`), kept so a summary sentence can be
    traced back to its chunks."""
    spans = []
    for group in groups:
        inputs = list(range(first, first + len(group)))
        spans.append((group[0].first_page, group[-1].last_page, 0, None, inputs))
        first += len(group)
    return spans


def record_plan(run, kind: str, spans: list[tuple], whole: bool = True) -> dict:
    """Plan a reduce level; return its finished results. Part of it may be recorded
    already: the whole level by an earlier run, or its first groups, recorded one by one as
    they were final (early.py: `whole` False, `spans` only those). A recorded plan that
    does not match (a resume with another context size) is dropped with every level
    above it."""
    rows = run.store.chunks(run.job_id, kind)
    if (whole and len(rows) > len(spans)) or not all(map(_same, rows, spans)):
        later = {r["kind"] for r in run.store.chunks(run.job_id) if r["kind"].startswith("reduce")}
        run.store.drop_chunks(run.job_id, [k for k in later if _level(k) >= _level(kind)])
        rows = []
    if len(rows) < len(spans):
        run.store.plan_chunks(run.job_id, kind, spans[len(rows):], first=len(rows))
        if whole:  # the steps of this level not yet done (early.py may have done some)
            run.pace.plan_reduce(len(spans), sum(r["status"] == "done" for r in rows))
    return {row["idx"]: row["result"] for row in rows if row["status"] == "done"}


def _same(row: dict, span: tuple) -> bool:
    """A recorded step is the planned one: its pages, and its parts where recorded (parts
    that share a page can be grouped two ways with the same pages)."""
    return ((row["first_page"], row["last_page"]) == span[:2]
            and (row["inputs"] is None or json.loads(row["inputs"]) == list(span[4])))


def _level(kind: str) -> int:
    return int(kind.split("-")[1])


def group_parts(run, parts: list[Part], counts: list[int] | None = None,
                budget: int | None = None) -> list[list[Part]]:
    """Pack partial summaries into groups that each fit one reduce prompt. Always at least
    two parts per group, so every level shrinks the list and the loop ends. `counts` and
    `budget`: part_tokens and group_budget, where the caller has them already."""
    counts = part_tokens(run, parts) if counts is None else counts
    budget = group_budget(run) if budget is None else budget
    groups = [parts[first:end] for first, end in pack_parts(counts, budget)]
    if len(groups) == len(parts):  # nothing fits together: pair them up
        groups = [parts[i : i + 2] for i in range(0, len(parts), 2)]
    return groups


def group_budget(run) -> int:
    return step_budget(run.engine, run.prompts, run.document_name, FINAL_ANSWER_TOKENS)


def pack_parts(counts: list[int], budget: int) -> list[tuple[int, int]]:
    """(first, end) of each group of parts with these token counts (labelled: part_tokens),
    packed greedily in order: a group is closed by the first part that does not fit."""
    # Passage "pages" here are positions in the parts, so each packed chunk is a slice.
    chunks = pack([Passage(i, "", n) for i, n in enumerate(counts)], budget)
    return [(c.first_page, c.last_page + 1) for c in chunks]


def part_tokens(run, parts: list[Part]) -> list[int]:
    """Each part's tokens as a combining prompt holds it (with its page label)."""
    return run.engine.count_tokens([_labelled(p) for p in parts])


def _labelled(part: Part) -> str:
    return f"[{page_label(part.first_page, part.last_page)}]\n{strip_part_labels(part.text)}"
