"""Several answers written at once, in the engine host (op "generate_many"): each prompt
is prefilled into a sequence of its own, then one llama_decode a step gives every
unfinished answer its next token. On a CPU a decode step is bound by reading the weights,
which a batch of several tokens reads once: the summary's map step writes its parts'
notes this way (issue #13 point 2; the bench measures the gain).

The model must be loaded with n_seq > 1 (LoadOptions.n_seq; native.open_model), each
sequence with a KV cache of the context's length. Each answer has its own sampler chain,
seed, repeat-penalty history, stop scanner and loop watch, as a single generate has, and
is sent ("answer", with its index) the moment it ends; the request ends with one
"finished". Tokens are not streamed: several answers would interleave in one preview.
The KV cache is emptied afterwards, so the next request's prefix cache starts clean.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field

from app.core.engine.answer_text import AnswerText
from app.core.engine.decoding import TokenPicker

WRITING_EVERY_S = 0.5  # how often the answers' progress is sent while none has ended


@dataclass
class _Answer:
    seq: int
    tokens: list[int]
    picker: TokenPicker
    text: AnswerText
    position: int = field(init=False)  # where its next token goes in its sequence
    next_token: int = 0
    prefill_s: float = 0.0
    decode_s: float = 0.0  # its share of the decode steps it took part in

    def __post_init__(self):
        self.position = len(self.tokens)

    @property
    def reason(self) -> str | None:
        return self.text.reason


def generate_many(host, gen_id: int, prompts: list[tuple[list[int], tuple, dict]]) -> None:
    """Write the answers to `prompts` ((tokens, stops, params) each, already checked to fit
    a sequence) at once; `host` is the EngineHost (its llm, step, send, progress and
    cancel check). Sends an "answer" per prompt, then "finished"."""
    import llama_cpp  # set up by the host's load

    llm, step = host.llm, host.step
    memory = llama_cpp.llama_get_memory(llm._ctx.ctx)
    llm.reset()
    llama_cpp.llama_memory_clear(memory, True)
    host.forget_cache()
    batch = llama_cpp.llama_batch_init(max(llm.n_batch, len(prompts)), 0, 1)
    try:
        answers = [_Answer(seq, tokens, TokenPicker(llm, params),
                           AnswerText(stops, params["max_tokens"]))
                   for seq, (tokens, stops, params) in enumerate(prompts)]
        total, done = sum(len(answer.tokens) for answer in answers), 0
        for answer in answers:
            started = time.perf_counter()
            if not _prefill(host, gen_id, batch, answer.seq, answer.tokens, done, total):
                _end_all(host, answers, "cancelled")  # every one, begun or not
                return
            done += len(answer.tokens)
            # sampled at once: the next prefill's logits replace this sequence's
            answer.next_token = answer.picker.pick()
            answer.prefill_s = time.perf_counter() - started
        writing, ended = answers, "stop"
        step_from = decode_from = told = time.perf_counter()
        while writing:
            host.progress("compute")
            for answer in writing:
                _take(step, answer, host.n_ctx)
            if host.cancel_requested(gen_id):
                ended = "cancelled"
                for answer in writing:
                    answer.text.reason = answer.reason or "cancelled"
            for answer in writing:
                if answer.reason:
                    _send(host, llm, answer)
                    llama_cpp.llama_memory_seq_rm(memory, answer.seq, -1, -1)
            writing = [answer for answer in writing if not answer.reason]
            if writing:
                _decode_step(llama_cpp, llm, batch, writing)
            # each answer's decode time is its share of the steps it was in, so that the
            # answers' times add up to the wall time and a rate from them (the ETA's) is
            # what the batch really writes
            now = time.perf_counter()
            for answer in writing:
                answer.decode_s += (now - step_from) / len(writing)
            step_from = now
            if len(writing) == len(answers) and now - told >= WRITING_EVERY_S:
                # until the first answer ends, its job has no decode speed to plan with
                told = now
                host.send(type="writing", answers=len(writing), seconds=now - decode_from,
                          tokens=sum(answer.text.produced for answer in writing))
    finally:
        llama_cpp.llama_batch_free(batch)
        llm.reset()
        llama_cpp.llama_memory_clear(memory, True)
    host.send(type="finished", text="", finish_reason=ended, timings={})


def _prefill(host, gen_id: int, batch, seq: int, tokens: list[int], done: int,
             total: int) -> bool:
    """Read a prompt into its sequence, a batch at a time; False when cancelled between
    two batches (a cancel is obeyed within one, as in a single answer's prefill)."""
    import llama_cpp

    llm = host.llm
    size = llm.n_batch
    for start in range(0, len(tokens), size):
        host.progress("compute")
        part = tokens[start : start + size]
        _fill(batch, [(token, start + i, seq, start + i == len(tokens) - 1)
                      for i, token in enumerate(part)])
        _check(llama_cpp.llama_decode(llm._ctx.ctx, batch))
        host.send(type="prefill", done=done + start + len(part), total=total)
        if host.cancel_requested(gen_id):
            return False
    return True


def _take(step, answer: _Answer, n_ctx: int) -> None:
    """Add the answer's sampled token to its text, or end it (as _generate does)."""
    answer.text.take(step, answer.next_token)
    if answer.reason is None and answer.position >= n_ctx:
        answer.text.reason = "length"


def _decode_step(llama_cpp, llm, batch, writing: list[_Answer]) -> None:
    """One token more into every sequence still writing, each with its logits; then the
    next token of each is sampled from its row of the batch."""
    _fill(batch, [(a.next_token, a.position, a.seq, True) for a in writing])
    _check(llama_cpp.llama_decode(llm._ctx.ctx, batch))
    for row, answer in enumerate(writing):
        answer.position += 1
        answer.next_token = answer.picker.pick(row)


def _fill(batch, items: list[tuple[int, int, int, bool]]) -> None:
    batch.n_tokens = len(items)
    for i, (token, position, seq, logits) in enumerate(items):
        batch.token[i] = token
        batch.pos[i] = position
        batch.n_seq_id[i] = 1
        batch.seq_id[i][0] = seq
        batch.logits[i] = int(logits)


def _check(code: int) -> None:
    if code != 0:
        raise RuntimeError(f"llama_decode returned {code}")


def _send(host, llm, answer: _Answer) -> None:
    answer.text.tail()
    host.send(type="answer", seq=answer.seq, text=answer.text.text(llm),
              finish_reason=answer.reason, timings={
        "prompt_tokens": len(answer.tokens), "cached_tokens": 0,
        "output_tokens": answer.text.produced, "prefill_s": answer.prefill_s,
        "decode_s": answer.decode_s, "ttft_s": answer.prefill_s})


def _end_all(host, answers: list[_Answer], reason: str) -> None:
    for answer in answers:
        answer.text.reason = reason
        _send(host, host.llm, answer)
    host.send(type="finished", text="", finish_reason=reason, timings={})
