"""Several model calls of one job at once, for an engine that serves them in parallel: the
organisation's server with its slots, or the app's own engine loaded for several
sequences (EngineClient.generate_many writes their answers in one batch). On a server
each call streams in a thread of its own; this generator, in the job's thread, commits
each result the moment it arrives (the store belongs to the thread that opened it) and
reports it, so a pause, a failure or a server going away loses only the answers still
being written, never a finished one.

After a pause or a failure no new call starts; the calls in flight are cancelled on a pause
and left to end on a failure (the server may still finish them: nothing is wasted)."""

from __future__ import annotations

import contextlib
import queue
import threading
import time
from collections import deque
from collections.abc import Iterator
from dataclasses import dataclass

from app.core.engine import EngineFailure, Finished, PrefillProgress
from app.core.engine.events import Answered, BatchWriting
from app.core.summarize.events import JobEvent, StepProgress, StepStarted

WAKE_S = 0.1  # how often a pause from the window is looked at while answers stream
# After a pause, how long the answers being cut off have to come back: the server client
# breaks their connections off, so they come back at once. Should one not (an engine
# that cannot be interrupted), the job does not wait for it: a Pause or a quit takes
# effect at once, its thread is a daemon and its answer is dropped.
PAUSE_GRACE_S = 1.0


@dataclass(frozen=True)
class Call:
    kind: str
    index: int
    total: int
    pages: str
    messages: list
    params: dict  # max_tokens and the sampling


def run_all(run, calls: list[Call], then=None) -> Iterator[JobEvent]:
    """{index: result} of the calls: several at once where the engine serves them in
    parallel (the organisation's server has `slots`), else one after another. `then`: see
    run_calls; only a server's slots take it (the caller checks `slots`: early.py)."""
    slots = getattr(run.engine, "slots", 1)
    if slots > 1 and len(calls) > 1:
        run.check()
        return (yield from run_calls(run, calls, slots, then))
    sequences = getattr(run.engine, "sequences", 1)
    if sequences > 1 and len(calls) > 1:
        results = {}
        for start in range(0, len(calls), sequences):
            run.check()
            results.update((yield from run_batch(run, calls[start : start + sequences])))
        return results
    results = {}
    for call in calls:
        run.check()
        results[call.index] = yield from run.call(call.kind, call.index, call.total,
                                                  call.pages, call.messages,
                                                  call.params["max_tokens"])
    return results


def run_calls(run, calls: list[Call], slots: int, then=None) -> Iterator[JobEvent]:
    """Yield the job events of `calls`, run `slots` at a time; return {index: result} of
    `calls`. Raises what run.stop_for / run.check raise when an answer fails or the job is
    paused. `then(call, result)`, called once each result is committed (and once with
    None, None before the first), may return more calls (another kind: a combining step
    whose parts are all in, early.py): they take the next free slots before the calls
    still waiting, and run before this returns."""
    events: queue.Queue = queue.Queue()
    halt = threading.Event()  # no new call starts once set
    results: dict[int, str] = {}
    failures: list[EngineFailure] = []
    mine = {(call.kind, call.index) for call in calls}
    # Calls start only as slots free up, so that one added by `then` can go first.
    waiting, busy = deque(calls), 0
    if then is not None:
        waiting.extendleft(reversed(then(None, None)))
    paused_at = None
    try:
        while True:
            if run.control.stopped:
                if not halt.is_set():
                    halt.set()
                    run.engine.cancel()  # the answers being written end; finished ones stay
                paused_at = paused_at or time.monotonic()
                if time.monotonic() - paused_at > PAUSE_GRACE_S:
                    break  # answers cut off mid-request end by themselves, unheard
            while waiting and busy < slots and not halt.is_set():
                threading.Thread(target=_stream_call, name="summary-call", daemon=True,
                                 args=(run.engine, waiting.popleft(), events, halt)).start()
                busy += 1
            if not busy:
                break
            try:
                call, event = events.get(timeout=WAKE_S)
            except queue.Empty:
                continue
            if event == "started":
                run.log_call(call.kind, call.index)
                yield StepStarted(call.kind, call.index, call.total, call.pages)
                continue
            busy -= 1
            if isinstance(event, EngineFailure):
                failures.append(event)
                halt.set()
            elif isinstance(event, Finished) and event.finish_reason != "cancelled":
                result = yield from run.commit(call.kind, call.index, call.total, event)
                if (call.kind, call.index) in mine:
                    results[call.index] = result
                if then is not None and not halt.is_set():
                    waiting.extendleft(reversed(then(call, result)))
    finally:
        if busy:  # the caller walked away, a commit failed, or a pause: end the others
            halt.set()
            run.engine.cancel()
    if failures:
        raise run.stop_for(failures[0])
    run.check()
    return results


def run_batch(run, calls: list[Call]) -> Iterator[JobEvent]:
    """Yield the job events of `calls` written at once by the engine (generate_many);
    return {index: result}. Each answer is committed as it ends; a pause cancels the
    others, whose finished answers are kept."""
    for call in calls:
        run.log_call(call.kind, call.index)
        yield StepStarted(call.kind, call.index, call.total, call.pages)
    results: dict[int, str] = {}
    cancelled = False
    started, read, read_s = time.perf_counter(), 0, 0.0
    for event in run.engine.generate_many([(c.messages, c.params) for c in calls]):
        if run.control.stopped and not cancelled:
            run.engine.cancel()  # the answers being written end; finished ones stay
            cancelled = True
        if isinstance(event, PrefillProgress):
            if event.done == event.total:
                run.pace.prompts_read(event.total)
                read, read_s = event.total, time.perf_counter() - started
            yield StepProgress(event.done, event.total)
        elif isinstance(event, BatchWriting) and read_s > 0:
            run.pace.batch_writing(read, read_s, event.tokens, event.seconds, event.answers)
            yield run.pace.progress()
        elif isinstance(event, Answered) and event.answer.finish_reason != "cancelled":
            call = calls[event.index]
            results[call.index] = yield from run.commit(call.kind, call.index, call.total,
                                                        event.answer)
        elif isinstance(event, EngineFailure):
            raise run.stop_for(event)
    run.check()
    if len(results) < len(calls):  # the engine ended without them, and no pause asked it
        raise run.stop_for(EngineFailure("The model engine ended the answers without "
                                         "finishing them.", "generate"))
    return results


def _stream_call(engine, call: Call, events: queue.Queue, halt: threading.Event) -> None:
    """One call, in a pool thread: its start once a slot of the server is its own (other
    jobs may hold some: slots.py), then its last event (Finished or EngineFailure). Tokens
    are not relayed: several answers at once would interleave in one preview."""
    with slot_of(engine, halt.is_set) as held:
        if not held or halt.is_set():
            events.put((call, None))
            return
        events.put((call, "started"))
        last = _one_answer(engine, call)
        if isinstance(last, EngineFailure) and last.kind == "timeout" and not halt.is_set():
            last = _one_answer(engine, call)  # a stalled slot is asked once more, then pauses
    events.put((call, last))


def slot_of(engine, given_up):
    """A context holding one of the server's slots (True), or none once `given_up()`
    (False); the local engine has no slots to share: always True."""
    slot = getattr(engine, "slot", None)
    return slot(given_up) if slot else contextlib.nullcontext(True)


def _one_answer(engine, call: Call):
    """The last event of one answer: Finished or EngineFailure."""
    last = EngineFailure("The server ended the answer without finishing it.", "unreachable")
    try:
        for event in engine.generate(call.messages, **call.params):
            if isinstance(event, (Finished, EngineFailure)):
                last = event
    except Exception as exc:  # a bug must still end this call, or the job waits forever
        last = EngineFailure(f"The answer failed: {exc}", "generate")
    return last
