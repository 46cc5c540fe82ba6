"""A whole summary job, measured as a user would run it: how many tokens the model read to
write it against the document's own (prefill amplification), how far the ETA shown during
the job was from the real finish, where the wall time went, what a second style of the
same document costs after the first (summarize/notes.py), and how much faster Fast reading
is than Thorough (summarize/reading.py).

The job runs through the app's own start_summary / run_summary on the engine given, in the
store given (the CLI gives a temporary data folder, so the user's jobs and audit trail see
nothing of it). The document is read with the app's reader child, as a dropped file is.
"""

from __future__ import annotations

import json
import time
from pathlib import Path

from app.core.bench.map_decode import describe as describe_map_decode
from app.core.bench.map_decode import measure_map_decode
from app.core.bench.runs import BenchError
from app.core.summarize.accounting import JobCost
from app.core.summarize.combining import MAP_ANSWER_TOKENS
from app.core.summarize.reading import NoReader, choose_reader, reader_engine, reader_setting
from app.core.summarize.sampling import job_sampling

FIRST_STYLE, SECOND_STYLE = "brief", "key_points"
ETA_FROM = 0.10  # the measure: estimates made after this share of the job's time
METHOD = ("start_summary + run_summary (style brief, no thorough check) on the app's engine "
          "in a temporary data folder; amplification = prompt tokens prefilled by the map and "
          "combine steps (cached prefixes not counted) / tokens of the document's pages as "
          "read; ETA error = |elapsed + ETA shown - actual wall time| / actual wall time, for "
          f"every estimate shown after {ETA_FROM:.0%} of the wall time")
STYLE_METHOD = (f"the same document summarised again in style {SECOND_STYLE} right after "
                f"{FIRST_STYLE}, same engine and store: wall time of each job from start_summary "
                "to its end (the document read once, before both)")
FAST_METHOD = (f"style {FIRST_STYLE} again with Fast reading: the library's small model (its "
               "largest with at most a quarter of the main model's parameters) loaded in an "
               "engine of its own and reading the parts, the main model combining and writing; "
               "wall time from loading the small model to the job's end, against the Thorough "
               "job's from start_summary to its end; a page is covered when a part's notes "
               "were written from it")


def measure_summary(store, engine, document_path: str | Path, *, models_dir: Path | None = None,
                    map_tokens: int | None = None, map_engine=None,
                    clock=time.perf_counter) -> dict:
    """Summarise the document once, then in a second style; the figures as a JSON-ready
    dict. The map step's decoding is compared on `map_engine` where one is given (another
    model, loaded for several sequences), else on `engine`. Raises BenchError when the
    document cannot be read or a job does not finish."""
    from app.core.documents import DocumentError, extract_document

    started = clock()
    try:
        document = extract_document(Path(document_path))
    except DocumentError as exc:
        raise BenchError(f"Cannot read {Path(document_path).name}: {exc}") from exc
    read_s = clock() - started
    first = _job(store, engine, document, FIRST_STYLE, clock)
    second = _job(store, engine, document, SECOND_STYLE, clock)
    fast = (measure_fast(store, engine, document, first, models_dir, clock)
            if models_dir is not None else None)
    try:
        job = store.job(first["job_id"])
        map_decode = measure_map_decode(
            map_engine or engine, Path(document_path).name, store.chunks(job["id"], "map"),
            {**job_sampling(json.loads(job["settings"]), job["id"]),
             "max_tokens": map_tokens or MAP_ANSWER_TOKENS})
    except BenchError as exc:
        map_decode = {"skipped": str(exc)}
    wall_s = read_s + first["wall_s"]
    cost = first["cost"]
    document_tokens = json.loads(store.job(first["job_id"])["settings"])["document_tokens"]
    return {
        "method": METHOD,
        "document": Path(document_path).name,
        "pages": document.page_count,
        "chunks": cost.chunks,
        "combines": cost.combines,
        "document_tokens": document_tokens,
        "prefilled_tokens": cost.prefilled_tokens,
        "amplification": cost.amplification(document_tokens),
        "output_tokens": cost.output_tokens,
        "wall_s": wall_s,
        "read_s": read_s,
        "plan_s": first["plan_s"],
        "prefill_s": cost.prefill_s,
        "decode_s": cost.decode_s,
        "eta": eta_errors([(read_s + at, eta) for at, eta in first["estimates"]], wall_s),
        "style_change": {
            "method": STYLE_METHOD,
            "first": FIRST_STYLE, "second": SECOND_STYLE,
            "first_wall_s": first["wall_s"], "second_wall_s": second["wall_s"],
            "share": second["wall_s"] / first["wall_s"] if first["wall_s"] > 0 else None,
            "first_calls": first["cost"].chunks + first["cost"].combines,
            "second_calls": second["cost"].chunks + second["cost"].combines,
        },
        "map_decode": map_decode,
        **({"fast_reading": fast} if fast else {}),
    }


def measure_fast(store, engine, document, thorough: dict, models_dir: Path, clock) -> dict:
    """The Fast-reading job of `document` against its Thorough one (`thorough`)."""
    from app.core.policy import policy_in_force

    try:
        model, sha256 = choose_reader(store, models_dir, policy_in_force(), engine.model)
    except NoReader as exc:
        return {"method": FAST_METHOD, "skipped": str(exc)}
    started = clock()
    with reader_engine(reader_setting(model, sha256),
                       threads=engine.model.options.n_threads) as reader:
        fast = _job(store, engine, document, FIRST_STYLE, clock, reader, started)
    maps = store.chunks(fast["job_id"], "map")
    covered = {page for c in maps if c["status"] == "done" and (c["result"] or "").strip()
               for page in range(c["first_page"], c["last_page"] + 1)}
    slow, quick = thorough["cost"], fast["cost"]
    return {
        "method": FAST_METHOD, "reader": model.name, "writer": engine.model.name,
        "thorough_wall_s": thorough["wall_s"], "fast_wall_s": fast["wall_s"],
        "speedup": thorough["wall_s"] / fast["wall_s"] if fast["wall_s"] > 0 else None,
        "thorough_read_s": slow.map_s, "thorough_write_s": slow.model_s - slow.map_s,
        "fast_read_s": quick.map_s, "fast_write_s": quick.model_s - quick.map_s,
        "parts": len(maps), "pages": document.page_count,
        "pages_covered": len(covered & set(range(1, document.page_count + 1))),
    }


def _job(store, engine, document, style: str, clock, reader=None, started=None) -> dict:
    """One summary job of an extracted document, planned and run, with its cost."""
    from app.core.summarize import JobFinished, JobProgress, StepDone, run_summary, start_summary

    started = clock() if started is None else started
    job_id = start_summary(store, engine, document, style=style, reader=reader)
    planned_s = clock() - started
    cost = JobCost(pages=document.page_count)
    estimates: list[tuple[float, float]] = []  # (seconds since the start, ETA shown)
    finished = None
    for event in run_summary(store, engine, job_id, reader=reader):
        if isinstance(event, StepDone):
            cost.add(event)
        elif isinstance(event, JobProgress) and event.eta_s is not None:
            estimates.append((clock() - started, event.eta_s))
        elif isinstance(event, JobFinished):
            finished = event
    if finished is None or finished.status != "done":
        raise BenchError(f"The {style} summary job ended "
                         f"{finished.status if finished else 'early'}: "
                         f"{finished.message if finished else ''}".rstrip(": "))
    return {"job_id": job_id, "wall_s": clock() - started, "plan_s": planned_s,
            "cost": cost, "estimates": estimates}


def eta_errors(estimates: list[tuple[float, float]], wall_s: float) -> dict:
    """How far the finish each estimate promised was from the real one, as a share of the
    job's wall time, for the estimates shown after ETA_FROM of it."""
    late = [(at, abs(at + eta - wall_s) / wall_s) for at, eta in estimates
            if wall_s > 0 and at >= ETA_FROM * wall_s]
    return {
        "from_share": ETA_FROM,
        "estimates": len(late),
        "first_at_s": late[0][0] if late else None,
        "first_error": late[0][1] if late else None,
        "max_error": max(error for _, error in late) if late else None,
    }


def describe(summary: dict) -> list[str]:
    """The table's lines for a measured summary."""
    eta = summary["eta"]
    amplification = summary["amplification"]
    lines = [
        f"Summary     {summary['document']}: {summary['pages']} page(s), {summary['chunks']} "
        f"chunk(s), {summary['combines']} combining step(s), wall {summary['wall_s']:.1f} s "
        f"(read {summary['read_s']:.1f} s, plan {summary['plan_s']:.1f} s, prefill "
        f"{summary['prefill_s']:.1f} s, decode {summary['decode_s']:.1f} s)",
        f"    prefill amplification {amplification:.2f}: {summary['prefilled_tokens']:,} "
        f"tokens prefilled for a {summary['document_tokens']:,}-token document"
        if amplification is not None else "    prefill amplification: nothing was prefilled",
    ]
    if eta["estimates"]:
        lines.append(f"    ETA error after {eta['from_share']:.0%} of the job: first "
                     f"{eta['first_error']:.0%} (at {eta['first_at_s']:.1f} s), largest "
                     f"{eta['max_error']:.0%} over {eta['estimates']} estimate(s)")
    else:
        lines.append("    ETA error: no estimate was shown after the first 10% of the job "
                     "(too few steps; a longer document measures it)")
    change = summary.get("style_change")  # absent from reports before this measure
    if change and change["share"] is not None:
        lines.append(f"    a second style ({change['second']}): {change['second_wall_s']:.1f} s "
                     f"for {change['second_calls']} model call(s), {change['share']:.0%} of the "
                     f"first ({change['first_wall_s']:.1f} s, {change['first_calls']} calls)")
    lines.append(f"    How: {summary['method']}")
    if change:
        lines.append(f"    How (style change): {change['method']}")
    lines += describe_fast(summary.get("fast_reading"))
    decode = summary.get("map_decode")
    if decode and "skipped" in decode:
        lines.append(f"Map decode  not measured: {decode['skipped']}")
    elif decode:
        lines += describe_map_decode(decode)
    return lines


def describe_fast(fast: dict | None) -> list[str]:
    if not fast:
        return []
    if "skipped" in fast:
        return [f"Fast        not measured: {fast['skipped']}"]
    return [
        f"Fast        {fast['reader']} reads, {fast['writer']} writes: {fast['fast_wall_s']:.1f} s "
        f"against Thorough {fast['thorough_wall_s']:.1f} s = {fast['speedup']:.2f}x; "
        f"{fast['pages_covered']} of {fast['pages']} page(s) covered by {fast['parts']} part(s)'"
        " notes",
        f"    model time: Fast reading {fast['fast_read_s']:.1f} s + writing "
        f"{fast['fast_write_s']:.1f} s; Thorough reading {fast['thorough_read_s']:.1f} s + "
        f"writing {fast['thorough_write_s']:.1f} s",
        f"    How: {fast['method']}",
    ]
