"""The engine host process with the real SmolLM2 model through llama-cpp-python."""

from __future__ import annotations

import os
import signal
import subprocess
import sys

import pytest

from app.core.engine import (
    EngineClient,
    EngineError,
    EngineFailure,
    Finished,
    PrefillProgress,
    Token,
)
from app.core.engine.chat_format import ChatFormat, StopScanner

QUESTION = [{"role": "user", "content": "What is the capital of France?"}]
LONG_TASK = [{"role": "user", "content": "Write a long story about a lighthouse keeper."}]


def test_streaming_produces_text_and_timings(engine):
    events = list(engine.generate(QUESTION, max_tokens=40))
    tokens = [e.text for e in events if isinstance(e, Token)]
    finished = events[-1]
    assert isinstance(finished, Finished)
    assert tokens and "".join(tokens) == finished.text
    assert any(isinstance(e, PrefillProgress) for e in events)
    timings = finished.timings
    assert timings.prompt_tokens > 5 and 0 < timings.output_tokens <= 40
    assert timings.ttft_s > 0 and timings.prefill_tps > 0
    assert engine.model.template == "model"  # SmolLM2 carries its own chat template


def test_max_tokens_ends_with_length(engine):
    finished = list(engine.generate(LONG_TASK, max_tokens=8))[-1]
    assert finished.finish_reason == "length"
    assert finished.timings.output_tokens == 8


def test_next_turn_reuses_the_cached_prompt(engine):
    first = list(engine.generate(QUESTION, max_tokens=20, temperature=0))[-1]
    follow_up = QUESTION + [{"role": "assistant", "content": first.text},
                            {"role": "user", "content": "And of Italy?"}]
    second = list(engine.generate(follow_up, max_tokens=20))[-1]
    assert second.timings.cached_tokens >= first.timings.prompt_tokens - 1


def test_cancel_stops_within_a_token(fresh_engine):
    events = []
    for event in fresh_engine.generate(LONG_TASK, max_tokens=400):
        events.append(event)
        if sum(isinstance(e, Token) for e in events) == 3:
            fresh_engine.cancel()
    finished = events[-1]
    assert isinstance(finished, Finished) and finished.finish_reason == "cancelled"
    assert finished.timings.output_tokens <= 5
    # the engine is still usable afterwards
    assert isinstance(list(fresh_engine.generate(QUESTION, max_tokens=5))[-1], Finished)


def test_killed_engine_becomes_an_error_and_a_fresh_engine_works(fresh_engine, model_path):
    events = []
    for event in fresh_engine.generate(LONG_TASK, max_tokens=400):
        events.append(event)
        if len(events) == 5:
            os.kill(fresh_engine.pid, signal.SIGKILL)
    failure = events[-1]
    assert isinstance(failure, EngineFailure) and failure.kind == "crashed"
    assert "stopped unexpectedly" in failure.message
    assert not fresh_engine.alive and fresh_engine.model is None

    fresh_engine.restart()
    fresh_engine.load(model_path, n_ctx=1024)
    assert isinstance(list(fresh_engine.generate(QUESTION, max_tokens=5))[-1], Finished)


def test_abandoned_generation_leaves_the_pipe_in_step(engine):
    stream = engine.generate(LONG_TASK, max_tokens=200)
    next(stream)
    stream.close()  # the caller walked away mid-answer
    assert isinstance(list(engine.generate(QUESTION, max_tokens=5))[-1], Finished)


def test_prompt_longer_than_context_is_a_clear_error(engine):
    huge = [{"role": "user", "content": "word " * 5000}]
    [failure] = list(engine.generate(huge))
    assert isinstance(failure, EngineFailure) and failure.kind == "context"
    assert "context" in failure.message


def test_token_counts_come_from_the_model(engine):
    short, longer = engine.count_tokens(["hello", "hello world, how are you today?"])
    assert 0 < short < longer


@pytest.mark.parametrize("content, expected", [
    (b"", "not a GGUF model file"),
    (b"PK\x03\x04 not a model at all", "not a GGUF model file"),
    (b"GGUF\x09\x00\x00\x00", "version 9"),
    (b"GGUF\x03\x00\x00\x00" + b"\x01" * 8, "truncated"),
])
def test_bad_model_files_are_refused_before_llama_sees_them(tmp_path, content, expected):
    path = tmp_path / "model.gguf"
    path.write_bytes(content)
    client = EngineClient()
    with pytest.raises(EngineError, match=expected) as caught:
        client.load(path)
    assert caught.value.kind == "load"
    assert not client.alive  # refused without even starting an engine


def test_missing_model_file_is_a_clear_error(tmp_path):
    with pytest.raises(EngineError, match="does not exist"):
        EngineClient().load(tmp_path / "nowhere.gguf")


def test_gguf_that_llama_cannot_load_is_reported_and_the_engine_survives(
        tmp_path, model_path):
    truncated = tmp_path / "half.gguf"
    with open(model_path, "rb") as source:
        truncated.write_bytes(source.read(20_000_000))  # header intact, tensors cut off
    client = EngineClient()
    try:
        with pytest.raises(EngineError) as caught:
            client.load(truncated)
        assert caught.value.kind in ("load", "crashed")
        client.restart()
        client.load(model_path, n_ctx=512)
        assert isinstance(list(client.generate(QUESTION, max_tokens=3))[-1], Finished)
    finally:
        client.close()


def test_fallback_template_renders_in_the_sandbox():
    chat = ChatFormat(None, bos_token="<s>", eos_token="</s>")
    prompt = chat.render([{"role": "system", "content": "Be brief."},
                          {"role": "user", "content": "Hi"}])
    assert not chat.from_model
    assert prompt.text.endswith("### Assistant:\n") and "### User:\nHi" in prompt.text
    assert "### User:" in prompt.stops


def test_template_cannot_reach_python_internals():
    hostile = "{{ ''.__class__.__mro__[1].__subclasses__() }}"
    chat = ChatFormat(hostile, bos_token="", eos_token="")
    with pytest.raises(Exception, match="unsafe|not safely|access"):
        chat.render([{"role": "user", "content": "x"}])


def test_stop_scanner_holds_back_a_partial_stop():
    scanner = StopScanner(("### User:",))
    assert scanner.feed("Hello ##") == "Hello "
    assert scanner.feed("# User: more") == ""
    assert scanner.stopped


def test_gpu_layers_are_chosen_only_when_the_build_can_offload(engine):
    # This build's own answer, asked in a separate process as the host does it.
    code = ("from app.core.engine.native import llama_cpp;"
            "print(bool(llama_cpp().llama_supports_gpu_offload()))")
    own = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True, timeout=120).stdout.strip()
    assert str(engine.gpu_offload) == own
    if not engine.gpu_offload:
        assert engine.model.options.n_gpu_layers == 0
