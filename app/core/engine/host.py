"""The engine host: a child process that owns the one llama.cpp model.

It runs apart from the window so that a llama.cpp abort, an out-of-memory kill or a
hung prefill never takes the window or the database with it. It reads requests from a
pipe and answers with plain JSON objects, never pickles (wire.py; client.py is the other
side):

  {"op": "load", "path", "options"}         -> {"type": "loaded", ...} | error
  {"op": "generate", "id", "messages", "params"} -> prefill*, token*, finished | error
      (params: max_tokens, temperature, top_p, top_k, min_p, repeat_penalty, "seed"
       (repeatable sampling; absent: a fresh one), "cache_scope" (reuse only the cached
       prompt a request of this scope left), and "grammar", GBNF text the answer must
       match;
       finish_reason "loop": the answer began repeating itself and was stopped there;
       its text ends before the first repeat, although the tokens streamed went further)
  {"op": "generate_many", "id", "requests": [{"messages", "params"}]}
      -> prefill*, answer* ({"seq": its index, text, finish_reason, timings}), finished
      (a model loaded with n_seq > 1: the answers are written at once, sequences.py)
  {"op": "cancel", "id"}                    -> (ends the matching generation)
  {"op": "count_tokens", "texts"}           -> {"type": "counts", "counts": [...]}
  {"op": "count_prompt", "messages"}        -> {"type": "counts", "counts": [n]}
  {"op": "unload"} / {"op": "shutdown"}

While a request runs, a heartbeat thread sends {"type": "alive", "stage", "for_s"} every
second: the stage the work is in ("template", "compute", …) and how long it has made no
progress there. The client's deadlines read them: a host that falls silent is wedged, and
a stage that outlasts its limit (a chat template that loops) is stopped.
"""

from __future__ import annotations

import os
import threading
import time
from collections import deque

from app.core.engine import wire
from app.core.engine.answer_text import AnswerText
from app.core.engine.chat_format import ChatFormat
from app.core.engine.decoding import DecodeStep, TokenPicker
from app.core.engine.prompt_tokens import PromptTokenizer
from app.core.engine.sequences import generate_many

HEARTBEAT_S = 1.0

# Tests only: a GPU running out of memory cannot be had on demand (nor on a CPU-only
# machine), so with this set, a load that puts more layers on the GPU than its value fails
# the way llama.cpp's does. Unset, it does nothing.
TEST_GPU_LAYER_LIMIT_ENV = "OFFLINE_ASSISTANT_TEST_GPU_LAYER_LIMIT"

DEFAULT_PARAMS = {"max_tokens": 512, "temperature": 0.7, "top_p": 0.9, "top_k": 40,
                  "min_p": 0.05, "repeat_penalty": 1.1}


def serve(conn) -> None:
    """Entry point of the child process."""
    EngineHost(conn).run()


class _Cancelled(Exception):
    pass


class EngineHost:
    def __init__(self, conn):
        self.conn = conn
        self.llm = None
        self.step: DecodeStep | None = None  # the decode loop's one-token batch, per model
        self.chat: ChatFormat | None = None
        self.tokenizer: PromptTokenizer | None = None
        self.waiting: deque[bytes] = deque()  # requests that arrived during a generation
        self._scope: str | None = None  # the cache_scope of the request the cache holds
        self.n_ctx = 0  # tokens of context each sequence holds
        self.sequences = 1  # answers the loaded model can write at once
        self._send_lock = threading.Lock()  # the heartbeat thread sends too
        # (stage, when it last progressed) while a request runs; None while idle, when no
        # heartbeat is sent (unread ones would fill the pipe while the app waits for nothing)
        self.stage: tuple[str, float] | None = None

    def run(self) -> None:
        threading.Thread(target=self._beat, name="heartbeat", daemon=True).start()
        while True:
            try:
                data = self.waiting.popleft() if self.waiting else self._receive()
            except (EOFError, OSError):
                return  # the app is gone (or out of step with this pipe): nothing to serve
            try:
                request = wire.decode_request(data)
            except wire.NotUnderstood as exc:
                self.send(type="error", kind="unknown", message=f"unreadable request: {exc}")
                continue
            op = request["op"]
            if op == "shutdown":
                return
            if op == "cancel":
                continue  # arrived after its generation had already finished
            self.progress(op)
            try:
                getattr(self, f"_op_{op}")(request)  # wire.py knows only ops served here
            except Exception as exc:  # every failure becomes a value the app can show
                self.send(type="error", kind=op, message=str(exc))

    def send(self, **event) -> None:
        with self._send_lock:
            if event["type"] not in ("token", "prefill"):
                # The request is answered: ended under the lock, so that no heartbeat of
                # this request follows its answer and misleads the next one's deadlines.
                self.stage = None
            self.conn.send_bytes(wire.encode(event))

    def progress(self, stage: str) -> None:
        """The work is in `stage` and has just moved on (one assignment: cheap per token)."""
        self.stage = (stage, time.monotonic())

    def _beat(self) -> None:
        while True:
            time.sleep(HEARTBEAT_S)
            with self._send_lock:
                if self.stage is None:
                    continue
                name, since = self.stage
                try:
                    self.conn.send_bytes(wire.encode({"type": "alive", "stage": name,
                                                      "for_s": time.monotonic() - since}))
                except OSError:  # the app is gone while this process works: stop working
                    os._exit(0)

    # -- requests ------------------------------------------------------------------
    def _op_load(self, request: dict) -> None:
        from app.core.engine.native import llama_cpp, open_model

        native = llama_cpp()

        self.llm = self.chat = self.tokenizer = self.step = None
        options = request["options"]
        _fail_like_a_full_gpu(options.get("n_gpu_layers", 0))
        try:
            llm = open_model(request["path"], **options)
        except ValueError as exc:
            raise RuntimeError(
                "llama.cpp could not load this model file: it may be damaged, or made for a "
                f"newer version of llama.cpp ({exc})"
            ) from exc
        model = llm._model  # the tokens' own texts, as the template expects them
        self.chat = ChatFormat(
            llm.metadata.get("tokenizer.chat_template"),
            bos_token=_token_text(model, llm.token_bos()),
            eos_token=_token_text(model, llm.token_eos()),
        )
        self.tokenizer = PromptTokenizer(llm)
        self.step = DecodeStep(llm)
        self.llm = llm
        self.sequences = options.get("n_seq", 1)
        self.n_ctx = native.llama_n_ctx_seq(llm._ctx.ctx)
        self.send(
            type="loaded",
            n_ctx=self.n_ctx,
            n_ctx_train=llm._model.n_ctx_train(),
            template="model" if self.chat.from_model else "fallback",
            system_info=native.llama_print_system_info().decode(errors="replace"),
            pid=os.getpid(),
        )

    def _op_capabilities(self, request: dict) -> None:
        from app.core.engine.native import llama_cpp

        self.send(type="capabilities", gpu_offload=bool(llama_cpp().llama_supports_gpu_offload()))

    def _op_unload(self, request: dict) -> None:
        self.llm = self.chat = self.tokenizer = self.step = None
        self.send(type="unloaded")

    def _op_count_tokens(self, request: dict) -> None:
        llm = self._loaded()
        counts = [len(llm.tokenize(t.encode(), add_bos=False, special=False))
                  for t in request["texts"]]
        self.send(type="counts", counts=counts)

    def _op_count_prompt(self, request: dict) -> None:
        self._loaded()
        self.send(type="counts", counts=[len(self._prompt_tokens(request["messages"])[0])])

    def _op_generate(self, request: dict) -> None:
        self._loaded()
        params = {**DEFAULT_PARAMS, **request.get("params", {})}
        tokens, stops = self._prompt_tokens(request["messages"])
        room = self._room(tokens)
        if room < 1:
            return
        try:
            self._generate(request["id"], tokens, stops, min(params["max_tokens"], room), params)
        except _Cancelled:
            pass  # _generate already reported the partial answer

    def _op_generate_many(self, request: dict) -> None:
        self._loaded()
        asked = request["requests"]
        if len(asked) > self.sequences:
            raise ValueError(f"{len(asked)} answers at once, but the model was loaded for "
                             f"{self.sequences}")
        prompts = []
        for one in asked:
            params = {**DEFAULT_PARAMS, **one["params"]}
            tokens, stops = self._prompt_tokens(one["messages"])
            room = self._room(tokens)
            if room < 1:
                return
            prompts.append((tokens, stops, {**params,
                                            "max_tokens": min(params["max_tokens"], room)}))
        generate_many(self, request["id"], prompts)

    def _room(self, tokens: list[int]) -> int:
        """Tokens left for the answer; below 1, the request is refused in words here."""
        room = self.n_ctx - len(tokens)
        if room < 1:
            self.send(type="error", kind="context", message=(
                f"This request needs {len(tokens)} tokens but the model's context holds "
                f"{self.n_ctx}. Start a new conversation or shorten the text."))
        return room

    # -- generation ----------------------------------------------------------------
    def _generate(self, gen_id, tokens, stops, max_tokens, params) -> None:
        llm, step = self.llm, self.step
        grammar = _grammar(llm, params.get("grammar"))  # refused before any prefill
        started = time.perf_counter()
        cached = self._reuse_prefix(tokens, params.get("cache_scope"))
        self._prefill(gen_id, tokens, cached)
        picker = TokenPicker(llm, params, grammar)  # one per answer: its repeat-penalty history
        answer = AnswerText(stops, max_tokens)
        first_at = None
        while answer.reason is None:
            self.progress("compute")
            token = picker.pick()
            first_at = first_at or time.perf_counter()
            piece = answer.take(step, token)
            if piece:
                self.send(type="token", text=piece)
            if answer.reason:
                break
            if self.cancel_requested(gen_id):
                answer.reason = "cancelled"
            elif llm.n_tokens >= self.n_ctx:
                answer.reason = "length"
            else:
                step.decode(token)
        tail = answer.tail()
        if tail:
            self.send(type="token", text=tail)
        ended = time.perf_counter()
        first_at = first_at or ended
        self.send(type="finished", text=answer.text(llm), finish_reason=answer.reason, timings={
            "prompt_tokens": len(tokens), "cached_tokens": cached,
            "output_tokens": answer.produced,
            "prefill_s": first_at - started, "decode_s": ended - first_at,
            "ttft_s": first_at - started})

    def _prefill(self, gen_id, tokens, cached) -> None:
        llm = self.llm
        batch = llm.n_batch
        self.send(type="prefill", done=cached, total=len(tokens))
        for start in range(cached, len(tokens), batch):
            self.progress("compute")
            llm.eval(tokens[start : start + batch])
            self.send(type="prefill", done=min(start + batch, len(tokens)), total=len(tokens))
            if self.cancel_requested(gen_id):
                self.send(type="finished", text="", finish_reason="cancelled", timings={
                    "prompt_tokens": len(tokens), "cached_tokens": cached})
                raise _Cancelled

    def _reuse_prefix(self, tokens: list[int], scope: str | None) -> int:
        """Keep the KV cache of the longest shared prefix: a chat's earlier turns are
        never prefilled twice. At least one token is evaluated to get fresh logits.

        A `scope` (a summary job) reuses only what a request of the same scope left: its
        answers then come out the same in every run, whatever ran before it. llama.cpp's
        results differ in the last bits with the size of the batch that computed them,
        and a sampled answer drifts apart from such a difference (the second summary of a
        document, its prompt wholly cached by the first, parted from it at token 40)."""
        llm = self.llm
        same_scope, self._scope = scope == self._scope, scope
        if not same_scope or getattr(llm, "_is_recurrent", False) or getattr(
                llm, "_is_hybrid", False):
            llm.reset()
            return 0
        previous = llm.input_ids[: llm.n_tokens].tolist()
        shared = 0
        for old, new in zip(previous, tokens):
            if old != new:
                break
            shared += 1
        shared = min(shared, len(tokens) - 1)
        llm.n_tokens = shared  # eval() drops the KV cache past n_tokens
        return shared

    def forget_cache(self) -> None:
        """The KV cache no longer holds the last request's prompt (sequences.py emptied it)."""
        self._scope = None

    def cancel_requested(self, gen_id) -> bool:
        while self.conn.poll():
            data = self._receive()
            try:
                request = wire.decode_request(data)
            except wire.NotUnderstood:
                request = {"op": None}  # answered as unreadable after this generation
            if request["op"] != "cancel":
                self.waiting.append(data)
            elif request["id"] == gen_id:
                return True
        return False

    def _receive(self) -> bytes:
        return self.conn.recv_bytes(wire.MAX_REQUEST_BYTES)

    # -- helpers -------------------------------------------------------------------
    def _loaded(self):
        if self.llm is None:
            raise RuntimeError("No model is loaded yet.")
        return self.llm

    def _prompt_tokens(self, messages: list[dict]) -> tuple[list[int], tuple[str, ...]]:
        self.progress("template")  # the GGUF's template may loop: the client stops it
        prompt = self.chat.render(messages)
        self.progress("tokenize")
        return self.tokenizer.tokens(prompt.pieces), prompt.stops


def _fail_like_a_full_gpu(n_gpu_layers: int) -> None:
    limit = os.environ.get(TEST_GPU_LAYER_LIMIT_ENV)
    if limit is not None and (n_gpu_layers < 0 or n_gpu_layers > int(limit)):
        raise RuntimeError(f"out of memory: the GPU holds at most {limit} layers "
                           f"(simulated by {TEST_GPU_LAYER_LIMIT_ENV})")


def _grammar(llm, text):
    """The GBNF grammar a request holds its answer to ("yes" or "no"), or None. llama.cpp
    builds no sampler from a grammar it cannot parse and this process then dies in native
    code, so the grammar is parsed once on its own first and refused in words."""
    if text is None:
        return None
    import llama_cpp  # already set up by _op_load

    vocab = llama_cpp.llama_model_get_vocab(llm._model.model)
    trial = llama_cpp.llama_sampler_init_grammar(vocab, str(text).encode(), b"root")
    if not trial:
        raise ValueError("the answer's grammar is not valid GBNF (llama.cpp could not parse it)")
    llama_cpp.llama_sampler_free(trial)
    return llama_cpp.LlamaGrammar.from_string(text, verbose=False)


def _token_text(model, token: int) -> str:
    return model.token_get_text(token) if token >= 0 else ""


def _is_end(llm, token: int) -> bool:
    import llama_cpp  # already set up by _op_load

    vocab = llama_cpp.llama_model_get_vocab(llm._model.model)
    return bool(llama_cpp.llama_vocab_is_eog(vocab, token))
