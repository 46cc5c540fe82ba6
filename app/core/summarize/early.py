"""The first combining level, started while parts are still being read. With a server's
slots the parts are read several at a time (parallel.run_calls), and the last few leave
slots idle while they finish; a combining step whose parts are all in need not wait for
them. So each combining step of the first level starts in the next free slot as soon as
its group is final, before the parts still waiting.

Why a group can be final early: parts are grouped greedily, in order (combining.
pack_parts), so a group is closed by the first part that does not fit in it. Once every
part of a group and the part after it are in, nothing that comes later changes it. And a
level with a group closed before its end has at least two groups, so it is not the last
level: it writes notes (or, before prompt set v4, a styled step), never the summary.

The one exception: when no two parts fit together, combining.group_parts pairs them up
instead, which is known only when all are in. So nothing starts early until a closed
group holds two parts or more; from then on the greedy groups are the level's groups.

Each group is recorded as it is final (combining.record_plan, group by group), so a resume
finds the groups it recorded, done or not: it groups the same way (the grouping depends
only on the parts' texts), takes the ones done and starts the others as they are final
again. Once every part is in, the level's remaining groups start at once, and `combine`
finds the level recorded and done.
"""

from __future__ import annotations

from app.core.summarize.combining import (
    Part,
    combining_call,
    group_budget,
    group_parts,
    pack_parts,
    part_tokens,
    record_plan,
    spans_of,
)
from app.core.summarize.parallel import Call

KIND = "reduce-1"


class EarlyCombining:
    """parallel.run_calls' `then` for the map step: the first level's calls whose groups
    became final with this part's answer."""

    def __init__(self, run, maps: list[dict], results: dict[int, str]):
        self.run = run
        self.parts = [Part(c["first_page"], c["last_page"], results.get(c["idx"]))
                      for c in maps]
        self.counts: list[int | None] = [None] * len(maps)
        self.budget: int | None = None
        self.started = 0  # groups of the level already started, or taken as done

    @staticmethod
    def applies(run, maps: list[dict], calls: list[Call]) -> bool:
        """Only where parts are read on a server's slots (never the local engine's one
        call at a time or its batches, which end together) and some are left to read."""
        return getattr(run.engine, "slots", 1) > 1 and len(maps) > 1 and len(calls) > 1

    def __call__(self, call: Call | None, result: str | None) -> list[Call]:
        """The calls to start now that `call` is in (None: a resumed job's groups final
        before any part of this run is in)."""
        if call is not None:
            if call.kind != "map":
                return []
            self.parts[call.index].text = result
        ready = next((i for i, p in enumerate(self.parts) if p.text is None), len(self.parts))
        self._count(ready)
        if ready == len(self.parts):  # all in: the level's own grouping, fallback and all
            groups = group_parts(self.run, self.parts, self.counts, self.budget)
            return self._start(groups, whole=True) if len(groups) > 1 else []
        closed = pack_parts(self.counts[:ready], self.budget)[:-1]  # the last may grow
        if not any(end - first > 1 for first, end in closed):
            return []
        return self._start([self.parts[first:end] for first, end in closed], whole=False)

    def _count(self, ready: int) -> None:
        """The tokens of the parts in so far, each counted once."""
        if self.budget is None:
            self.budget = group_budget(self.run)
        new = [i for i in range(ready) if self.counts[i] is None]
        for i, tokens in zip(new, part_tokens(self.run, [self.parts[i] for i in new])):
            self.counts[i] = tokens

    def _start(self, groups: list[list[Part]], whole: bool) -> list[Call]:
        """Record `groups` (the level's first ones, or all of it when `whole`) and return
        the calls of those not yet started; those a paused run already did are taken."""
        if len(groups) <= self.started:
            return []
        done = record_plan(self.run, KIND, spans_of(groups), whole)
        total = len(groups) if whole else len(groups) + 1  # at least the open one after
        calls = []
        for index in range(self.started, len(groups)):
            if index in done:  # done before a pause: counted, not asked again
                self.run.pace.taken([p.text for p in groups[index]], done[index])
            else:
                calls.append(combining_call(self.run, KIND, index, total, groups[index],
                                            last=False))
        self.started = len(groups)
        return calls
