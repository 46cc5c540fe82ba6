"""The engine host's decode step on llama-cpp-python's low-level API: the per-token work
around llama_decode kept to a few C calls, so that a small model writes at the speed
llama.cpp's own llama-bench measures (issue #13; scripts/profile_decode.py shows the split).

- DecodeStep decodes one token with a one-token llama_batch made once per model, instead
  of `Llama.eval([token])` (which clears the KV cache past the end and refills a batch in
  Python each time). It keeps `llm.n_tokens` and `llm.input_ids` as eval() does: the prefix
  cache (EngineHost._reuse_prefix) reads them.
- TokenPicker picks the next token exactly as `Llama._init_sampler`'s chain does, but
  without the chain's repeat-penalty stage, which looks up every one of the vocabulary's
  tokens (49,152 for the demo model) in a hash map each step: the penalty is applied
  instead to the logits of the few tokens it concerns (those in the last
  `llm.last_n_tokens_size` generated tokens), with the same float arithmetic. At
  temperature 0 without a grammar the chain is greedy: the first largest logit, which numpy
  finds without copying the vocabulary into llama.cpp's candidate array.
- Token texts are detokenised once per token id (a token's bytes never change).
"""

from __future__ import annotations

from collections import deque

import numpy as np


class DecodeStep:
    """One token at a time into the model's context (sequence 0)."""

    def __init__(self, llm):
        import llama_cpp  # set up by the caller, through app.core.engine.native

        self._lc = llama_cpp
        self._llm = llm
        self._ctx = llm._ctx.ctx
        self._vocab = llama_cpp.llama_model_get_vocab(llm._model.model)
        self._batch = llama_cpp.llama_batch_init(1, 0, 1)
        self._pieces: dict[int, bytes] = {}

    def decode(self, token: int) -> None:
        llm, batch = self._llm, self._batch
        position = llm.n_tokens
        batch.n_tokens = 1
        batch.token[0] = token
        batch.pos[0] = position
        batch.n_seq_id[0] = 1
        batch.seq_id[0][0] = 0
        batch.logits[0] = 1
        code = self._lc.llama_decode(self._ctx, batch)
        if code != 0:  # the words Llama.eval's failure gives
            raise RuntimeError(f"llama_decode returned {code}")
        llm.input_ids[position] = token
        llm.n_tokens = position + 1

    def is_end(self, token: int) -> bool:
        return bool(self._lc.llama_vocab_is_eog(self._vocab, token))

    def piece(self, token: int) -> bytes:
        """The token's bytes as `llm.detokenize([token])` gives them."""
        piece = self._pieces.get(token)
        if piece is None:
            piece = self._pieces[token] = self._llm.detokenize([token])
        return piece

    def close(self) -> None:
        if self._batch is not None:
            self._lc.llama_batch_free(self._batch)
            self._batch = None

    def __del__(self):
        self.close()


class TokenPicker:
    """Samples each token of one answer (make one per answer: it holds the penalty's
    history of that answer's tokens, as the sampler chain it stands for did)."""

    def __init__(self, llm, params: dict, grammar=None):
        import llama_cpp  # set up by the caller

        self._lc = llama_cpp
        self._ctx = llm._ctx.ctx
        self._n_vocab = llm.n_vocab()
        self._penalty = np.float32(params["repeat_penalty"])
        self._recent: deque[int] = deque(maxlen=llm.last_n_tokens_size)
        self._greedy = params["temperature"] == 0 and grammar is None
        # A seed makes a sampled answer repeatable (a summary job keeps one); without it
        # llama.cpp draws a fresh one, so a seed given to an earlier answer never lingers.
        seed = params.get("seed")
        llm.set_seed(self._lc.LLAMA_DEFAULT_SEED if seed is None else int(seed))
        # The very chain the high-level API would build, its penalty stage made a no-op
        # (a repeat penalty of 1.0 turns it off) because pick() applies it to the logits.
        self._chain = None if self._greedy else llm._init_sampler(
            temp=params["temperature"], top_p=params["top_p"], top_k=params["top_k"],
            min_p=params["min_p"], repeat_penalty=1.0, grammar=grammar)

    def pick(self, row: int = -1) -> int:
        """The next token, from the logits of the batch's `row` (the last decoded token)."""
        logits = np.ctypeslib.as_array(self._lc.llama_get_logits_ith(self._ctx, row),
                                       shape=(self._n_vocab,))
        if self._recent and self._penalty != 1.0:
            # llama_sampler_penalties_apply: a logit at or below zero is multiplied by the
            # penalty, one above it divided (float32 both, as in C++), each token once
            seen = np.fromiter(set(self._recent), dtype=np.intc)
            values = logits[seen]
            logits[seen] = np.where(values <= 0, values * self._penalty,
                                    values / self._penalty)
        if self._greedy:
            token = int(np.argmax(logits))  # the first largest, as llama.cpp's greedy picks
        else:
            token = self._lc.llama_sampler_sample(self._chain.sampler, self._ctx, row)
        self._recent.append(token)
        return token
