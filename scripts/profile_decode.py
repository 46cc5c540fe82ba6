"""Where the engine's decode loop spends its time, token by token, against a bare llama_decode.

    PYTHONPATH=. .venv/bin/python scripts/profile_decode.py [--model PATH] [--prompt 512]
        [--gen 128] [--rounds 3] [--threads N]

Loads the model once with the app's own load options and, after the same prompt each time,
decodes --gen tokens in several ways, taking turns round by round so that load elsewhere
hits each alike:
  decode only    llama_decode of a reused one-token batch, no sampling (what llama-bench times)
  + greedy       + llama_sampler_sample with a bare greedy sampler
  + chain        + the app's sampler chain at temperature 0 (penalties 1.1, then greedy)
  Llama.eval     llama-cpp-python's Llama.eval([token]) + the app's chain (the app's decode)
  app loop       the engine host's loop body before issue #13: sample (the chain), end
                 check, detokenise, stop scan, loop watch, cancel poll, one pipe message per
                 token to a reading process, Llama.eval
  lean loop      the same with app/core/engine/decoding.py: TokenPicker (penalty on the few
                 logits it concerns, numpy argmax at temperature 0), cached token texts,
                 DecodeStep (a reused one-token llama_batch)
and prints the median time per token of each, then both loops' stages one by one.
A measuring tool for issue #13, not part of the app.
"""

from __future__ import annotations

import argparse
import codecs
import multiprocessing
import statistics
import time
from dataclasses import replace

from app.core.bench.raw import prompt_texts
from app.core.engine import wire
from app.core.engine.chat_format import StopScanner
from app.core.engine.decoding import DecodeStep, TokenPicker
from app.core.engine.loops import LoopWatch
from app.core.engine.native import llama_cpp as native
from app.core.engine.native import open_model
from app.core.models import embedded_model_path, validate_model
from app.core.models.plan import plan_load


def _both() -> tuple[float, float]:
    """Wall-clock time and this thread's CPU time: on a machine busy with other work the
    wall time of a stage includes the moments this process waited for a core; the CPU time
    is the stage's own work (llama_decode's other threads are not in it)."""
    return time.perf_counter(), time.thread_time()


def _reader(conn) -> None:
    """The app's side of the pipe: reads and decodes every message, as the client does."""
    while True:
        try:
            data = conn.recv_bytes()
        except EOFError:
            return
        if data == b"stop":
            return
        wire.decode_host_message(data)


class Profile:
    def __init__(self, model_path: str, prompt_tokens: int, gen: int, threads: int | None):
        self.lc = native()
        card = validate_model(model_path)
        self.options = plan_load(card, n_ctx=max(2048, prompt_tokens + gen + 64)).options
        if threads:
            self.options = replace(self.options, n_threads=threads, n_threads_batch=threads)
        self.llm = open_model(model_path, **self.options.as_dict())
        tok = self.llm.tokenize
        text = prompt_texts(lambda t: tok(t.encode(), add_bos=True, special=False),
                            lambda ts: self.llm.detokenize(ts).decode(errors="ignore"),
                            prompt_tokens, 1)[0]
        self.prompt = tok(text.encode(), add_bos=True, special=False)
        self.gen = gen
        self.ctx = self.llm._ctx.ctx
        self.vocab = self.lc.llama_model_get_vocab(self.llm._model.model)
        self.batch = self.lc.llama_batch_init(1, 0, 1)
        self.step = DecodeStep(self.llm)
        context = multiprocessing.get_context("spawn")
        self.conn, child = context.Pipe()
        self.reader = context.Process(target=_reader, args=(child,), daemon=True)
        self.reader.start()
        child.close()

    def _prefill(self) -> int:
        self.llm.reset()
        self.llm.eval(self.prompt)
        return self.lc.llama_sampler_sample(self.greedy, self.ctx, -1)

    def _chain(self):
        return self.llm._init_sampler(temp=0.0, top_p=0.9, top_k=40, min_p=0.05,
                                      repeat_penalty=1.1)

    def _decode(self, token: int, pos: int) -> None:
        b = self.batch
        b.n_tokens = 1
        b.token[0], b.pos[0], b.n_seq_id[0], b.seq_id[0][0], b.logits[0] = token, pos, 1, 0, 1
        if self.lc.llama_decode(self.ctx, b) != 0:
            raise RuntimeError("llama_decode failed")

    def run(self, way: str) -> float:
        """Seconds per token of `way`, over gen - 1 decode steps (as the app counts)."""
        self.greedy = self.lc.llama_sampler_init_greedy()
        try:
            token = self._prefill()
            return getattr(self, f"_way_{way}")(token)
        finally:
            self.lc.llama_sampler_free(self.greedy)

    def _way_decode_only(self, token: int) -> float:
        pos = len(self.prompt)
        start = time.perf_counter()
        for i in range(self.gen - 1):
            self._decode(token, pos + i)
        return (time.perf_counter() - start) / (self.gen - 1)

    def _way_greedy(self, token: int) -> float:
        pos = len(self.prompt)
        start = time.perf_counter()
        for i in range(self.gen - 1):
            self._decode(token, pos + i)
            token = self.lc.llama_sampler_sample(self.greedy, self.ctx, -1)
        return (time.perf_counter() - start) / (self.gen - 1)

    def _way_chain(self, token: int) -> float:
        chain = self._chain()
        pos = len(self.prompt)
        start = time.perf_counter()
        for i in range(self.gen - 1):
            self._decode(token, pos + i)
            token = chain.sample(self.llm._ctx, -1)
        return (time.perf_counter() - start) / (self.gen - 1)

    def _way_llama_eval(self, token: int) -> float:
        self.llm._sampler = self._chain()
        start = time.perf_counter()
        for _ in range(self.gen - 1):
            self.llm.eval([token])
            token = self.llm.sample()
        self.llm._sampler = None
        return (time.perf_counter() - start) / (self.gen - 1)

    def _way_app_loop(self, token: int, stages: dict | None = None) -> float:
        """The body of EngineHost._generate, each stage timed when `stages` is given."""
        llm, lc = self.llm, self.lc
        llm._sampler = self._chain()
        decoder = codecs.getincrementaldecoder("utf-8")(errors="replace")
        scanner, watch = StopScanner(("<|im_end|>",)), LoopWatch()
        clock = _both
        marks = stages if stages is not None else {}
        start = clock()[0]
        first = True
        for _ in range(self.gen):
            t0 = clock()
            token = token if first else llm.sample()
            t1 = clock()
            lc.llama_vocab_is_eog(lc.llama_model_get_vocab(llm._model.model), token)
            t2 = clock()
            piece = scanner.feed(decoder.decode(llm.detokenize([token])))
            t3 = clock()
            watch.feed(token)  # a loop is not stopped here: every run is gen tokens
            t4 = clock()
            self.conn.poll()
            t5 = clock()
            if piece:
                self.conn.send_bytes(wire.encode({"type": "token", "text": piece}))
            t6 = clock()
            llm.eval([token])
            t7 = clock()
            if first:
                start, first = t7[0], False  # the first token came out of the prefill
                continue
            for name, a, b in (("sample (chain)", t0, t1), ("end-of-text check", t1, t2),
                               ("detokenise + stop scan", t2, t3), ("loop watch", t3, t4),
                               ("cancel poll", t4, t5), ("pipe message", t5, t6),
                               ("Llama.eval([token])", t6, t7)):
                wall, cpu = marks.get(name, (0.0, 0.0))
                marks[name] = (wall + b[0] - a[0], cpu + b[1] - a[1])
        llm._sampler = None
        return (clock()[0] - start) / (self.gen - 1)

    def _way_lean_loop(self, token: int, stages: dict | None = None) -> float:
        """The body of EngineHost._generate since issue #13, each stage timed."""
        llm, step = self.llm, self.step
        picker = TokenPicker(llm, {"temperature": 0.0, "top_p": 0.9, "top_k": 40,
                                   "min_p": 0.05, "repeat_penalty": 1.1})
        decoder = codecs.getincrementaldecoder("utf-8")(errors="replace")
        scanner, watch = StopScanner(("<|im_end|>",)), LoopWatch()
        clock = _both
        marks = stages if stages is not None else {}
        start = clock()[0]
        first = True
        for _ in range(self.gen):
            t0 = clock()
            token = token if first else picker.pick()
            t1 = clock()
            step.is_end(token)
            t2 = clock()
            piece = scanner.feed(decoder.decode(step.piece(token)))
            t3 = clock()
            watch.feed(token)
            t4 = clock()
            self.conn.poll()
            t5 = clock()
            if piece:
                self.conn.send_bytes(wire.encode({"type": "token", "text": piece}))
            t6 = clock()
            step.decode(token)
            t7 = clock()
            if first:
                start, first = t7[0], False
                continue
            for name, a, b in (("sample (TokenPicker)", t0, t1), ("end-of-text check", t1, t2),
                               ("detokenise + stop scan", t2, t3), ("loop watch", t3, t4),
                               ("cancel poll", t4, t5), ("pipe message", t5, t6),
                               ("DecodeStep.decode", t6, t7)):
                wall, cpu = marks.get(name, (0.0, 0.0))
                marks[name] = (wall + b[0] - a[0], cpu + b[1] - a[1])
        return (clock()[0] - start) / (self.gen - 1)

    def close(self) -> None:
        self.step.close()
        self.conn.send_bytes(b"stop")
        self.reader.join(5)
        self.lc.llama_batch_free(self.batch)


WAYS = ("decode_only", "greedy", "chain", "llama_eval", "app_loop", "lean_loop")
LOOPS = ("app_loop", "lean_loop")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", default=str(embedded_model_path()))
    parser.add_argument("--prompt", type=int, default=512)
    parser.add_argument("--gen", type=int, default=128)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--threads", type=int, help="default: the app's choice")
    args = parser.parse_args()
    profile = Profile(args.model, args.prompt, args.gen, args.threads)
    print(f"{args.model}: prompt {len(profile.prompt)} tokens, {args.gen} generated, "
          f"{args.rounds} rounds; options {profile.options.as_dict()}")
    results: dict[str, list[float]] = {way: [] for way in WAYS}
    stages: dict[str, dict[str, tuple[float, float]]] = {way: {} for way in LOOPS}
    try:
        profile.run("decode_only")  # warm-up
        for _ in range(args.rounds):
            for way in WAYS:
                if way in LOOPS:
                    profile.greedy = profile.lc.llama_sampler_init_greedy()
                    results[way].append(getattr(profile, f"_way_{way}")(profile._prefill(),
                                                                        stages[way]))
                    profile.lc.llama_sampler_free(profile.greedy)
                else:
                    results[way].append(profile.run(way))
    finally:
        profile.close()
    base = statistics.median(results["decode_only"])
    print(f"\n{'per decode step':28}{'ms':>8}{'tok/s':>8}{'vs decode only':>16}  (min-max ms)")
    for way in WAYS:
        ms = statistics.median(results[way]) * 1000
        print(f"{way:28}{ms:8.3f}{1000 / ms:8.1f}{base * 1000 / ms:16.3f}  "
              f"({min(results[way]) * 1000:.2f}-{max(results[way]) * 1000:.2f})")
    steps = args.rounds * (args.gen - 1)
    for way in LOOPS:
        print(f"\n{way}, by stage (mean ms per token){'wall':>8}{'CPU':>9}")
        for name, (wall, cpu) in stages[way].items():
            print(f"  {name:38}{wall / steps * 1000:8.3f}{cpu / steps * 1000:9.3f}")


if __name__ == "__main__":
    main()
