"""The engine's lean decode step (app/core/engine/decoding.py) writes the very tokens that
llama-cpp-python's own sampler chain and `Llama.eval` write: same model, same prompt, the
same parameters, token for token, with the repeat penalty on (it must matter here, or the
comparison would prove nothing about it), at temperature 0, with sampling, and with a
grammar."""

from __future__ import annotations

import pytest

from app.core.engine.decoding import DecodeStep, TokenPicker
from app.core.engine.native import extra_buffers_safe, llama_cpp, open_model

PROMPT = ("<|im_start|>user\nList the colours of the rainbow, again and again, with a short "
          "note on each.<|im_end|>\n<|im_start|>assistant\n")
TOKENS = 32
PARAMS = {"temperature": 0.0, "top_p": 0.9, "top_k": 40, "min_p": 0.05, "repeat_penalty": 1.3}


@pytest.fixture(scope="module")
def llm(model_path):
    # one thread: on a shared 2-core machine two threads wait on each other at every step
    llm = open_model(model_path, n_ctx=512, n_threads=1, n_threads_batch=1, seed=1234)
    yield llm
    llm.close()


def _prefill(llm) -> None:
    llm.reset()
    llm.eval(llm.tokenize(PROMPT.encode(), add_bos=True, special=True))


def _high_level(llm, params: dict, grammar=None) -> list[int]:
    """What the engine did before: the chain Llama._init_sampler builds, Llama.eval."""
    _prefill(llm)
    sampler = llm._init_sampler(temp=params["temperature"], top_p=params["top_p"],
                                top_k=params["top_k"], min_p=params["min_p"],
                                repeat_penalty=params["repeat_penalty"], grammar=grammar)
    out = []
    for _ in range(TOKENS):
        token = sampler.sample(llm._ctx, -1)
        out.append(token)
        llm.eval([token])
    return out


def _lean(llm, params: dict, grammar=None) -> list[int]:
    _prefill(llm)
    step, picker = DecodeStep(llm), TokenPicker(llm, params, grammar)
    start = llm.n_tokens
    out = []
    try:
        for _ in range(TOKENS):
            token = picker.pick()
            out.append(token)
            step.decode(token)
    finally:
        step.close()
    # the prefix cache reads these: kept as Llama.eval keeps them
    assert llm.n_tokens == start + TOKENS
    assert llm.input_ids[start : llm.n_tokens].tolist() == out
    return out


def test_greedy_with_a_repeat_penalty_writes_the_same_tokens(llm):
    lean = _lean(llm, PARAMS)
    assert lean == _high_level(llm, PARAMS)
    assert lean != _lean(llm, {**PARAMS, "repeat_penalty": 1.0})  # the penalty mattered


def test_sampling_writes_the_same_tokens(llm):
    params = {**PARAMS, "temperature": 0.9, "top_k": 60, "top_p": 0.95, "min_p": 0.0,
              "seed": 1234}
    lean = _lean(llm, params)
    assert lean == _high_level(llm, params)  # the chain it built took the seed given


def test_a_seed_repeats_an_answer_and_never_outlives_it(llm):
    # A summary job samples with its own seed so that its text can be made again; a chat
    # answer after it, given none, must not inherit it.
    params = {**PARAMS, "temperature": 0.9, "top_k": 60, "top_p": 0.95, "min_p": 0.0}
    first = _lean(llm, {**params, "seed": 7})
    assert _lean(llm, {**params, "seed": 7}) == first
    assert _lean(llm, {**params, "seed": 8}) != first
    _lean(llm, params)
    assert llm._seed == llama_cpp().LLAMA_DEFAULT_SEED  # llama.cpp draws a fresh one


def test_a_grammar_holds_the_same_way(llm):
    grammar_text = 'root ::= ("red" | "green" | "blue") (", " ("red" | "green" | "blue"))*'
    grammar = llama_cpp().LlamaGrammar.from_string(grammar_text, verbose=False)
    lean = _lean(llm, PARAMS, grammar)
    again = llama_cpp().LlamaGrammar.from_string(grammar_text, verbose=False)
    assert lean == _high_level(llm, PARAMS, again)
    text = llm.detokenize(lean).decode()
    assert text.startswith(("red", "green", "blue")), text


def test_token_texts_are_the_models_own(llm):
    step = DecodeStep(llm)
    try:
        tokens = llm.tokenize("Grüße, naïve café — 東京".encode(), add_bos=False)
        assert b"".join(step.piece(t) for t in tokens) == llm.detokenize(tokens)
        assert step.piece(tokens[0]) is step.piece(tokens[0])  # detokenised once
        assert step.is_end(llm.token_eos()) and not step.is_end(tokens[0])
    finally:
        step.close()


def test_weights_stay_out_of_the_amx_buffer_that_crashes_the_first_decode():
    # An AMX CPU (Intel Xeon Sapphire Rapids and later) crashed the engine at its first
    # decode with AMX-repacked weights (exit -11); the other fixtures here decode a model on
    # whatever CPU runs them, so on such a machine they fail without this rule.
    assert not extra_buffers_safe({"AVX512": "1", "AMX_INT8": "1"})
    assert extra_buffers_safe({"AVX2": "1", "AMX_INT8": "0"}) and extra_buffers_safe({})
