"""The map step's decoding, one part at a time against several at once (issue #13 point 2):
the same parts' prompts, as a summary job writes them, answered by the same engine first
one after another (generate) and then together (generate_many, one llama.cpp batch a
step). Throughput is tokens written over the time spent writing them: for the answers
written together, their decode times are shares of the steps they shared, so their sum
is the wall time of the batch's decoding.
"""

from __future__ import annotations

from app.core.bench.runs import BenchError

METHOD = ("the first {n} parts of the summary document as the map step prompts them (notes, "
          "the job's sampling and seed, at most {tokens} tokens each), answered by the same "
          "engine one at a time (generate) and then all at once (generate_many); decode tok/s "
          "= tokens written / seconds spent writing them")


def measure_map_decode(engine, name: str, parts: list[dict], params: dict) -> dict:
    """Sequential against parallel decoding of up to engine.sequences of a summary job's
    map `parts` (its stored chunks: pages and source text), with the job's sampling
    `params`. Raises BenchError when the engine writes one answer at a time or the
    document has fewer than two parts."""
    from app.core.engine import EngineFailure, Finished
    from app.core.engine.events import Answered
    from app.core.summarize.prompts import load_prompts, page_label

    if engine.sequences < 2:
        raise BenchError("The engine was loaded for one answer at a time (not enough free "
                         "memory for a KV cache per sequence), so there is nothing to compare.")
    if len(parts) < 2:
        raise BenchError(f"{name} fits in one part at this context: choose a longer document "
                         "or a smaller --summary-ctx.")
    prompts = load_prompts()
    requests = [(prompts.notes_messages(
        document=name, pages=page_label(part["first_page"], part["last_page"]),
        text=part["source"]), params) for part in parts[: engine.sequences]]

    alone = []
    for messages, one in requests:
        for event in engine.generate(messages, **one):
            if isinstance(event, EngineFailure):
                raise BenchError(event.message)
            if isinstance(event, Finished):
                alone.append(event.timings)
    together = []
    for event in engine.generate_many(requests):
        if isinstance(event, EngineFailure):
            raise BenchError(event.message)
        if isinstance(event, Answered):
            together.append(event.answer.timings)

    def rate(timings) -> float:
        seconds = sum(t.decode_s for t in timings)
        return sum(t.output_tokens for t in timings) / seconds if seconds > 0 else 0.0

    sequential, parallel = rate(alone), rate(together)
    return {
        "method": METHOD.format(n=len(requests), tokens=params["max_tokens"]),
        "model": engine.model.name,
        "sequences": len(requests),
        "sequential_tps": sequential,
        "parallel_tps": parallel,
        "ratio": parallel / sequential if sequential > 0 else None,
        "tokens": {"sequential": sum(t.output_tokens for t in alone),
                   "parallel": sum(t.output_tokens for t in together)},
    }


def describe(figures: dict) -> list[str]:
    ratio = figures["ratio"]
    return [
        f"Map decode  {figures['sequences']} parts, {figures['model']}: one at a time "
        f"{figures['sequential_tps']:.1f} tok/s, all at once {figures['parallel_tps']:.1f} "
        f"tok/s ({ratio:.2f}x)" if ratio is not None else "Map decode  nothing was written",
        f"    How: {figures['method']}",
    ]
