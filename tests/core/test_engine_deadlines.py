"""Every wait on the engine host has a deadline, with the real demo model in the real host
process: a chat template that loops and a wedged host end in a plain error within 30 s, and
Stop ends an answer within 2 s even when the host does not answer. A wedged host is a host
stopped with SIGSTOP, which is what a hung process looks like from outside."""

from __future__ import annotations

import os
import signal
import struct
import time

import psutil
import pytest

from app.core.engine import EngineClient, EngineError, EngineFailure, Finished, Token
from app.core.models import read_header
from tests.conftest import TEST_CONTEXT

QUESTION = [{"role": "user", "content": "What is the capital of France?"}]
LONG_TASK = [{"role": "user", "content": "Write a long story about a lighthouse keeper."}]
# Ten billion turns of an empty loop: the sandbox allows each range, nothing ever ends.
LOOPING_TEMPLATE = ("{% for i in range(100000) %}{% for j in range(100000) %}{% endfor %}"
                    "{% endfor %}")


@pytest.fixture(scope="module")
def looping_model(model_path, tmp_path_factory):
    """The demo model whose chat template loops. The new template is written over the old one
    and padded with a Jinja comment to the same length, so every offset in the file holds."""
    data = bytearray(model_path.read_bytes())
    template = read_header(model_path).metadata["tokenizer.chat_template"].encode()
    at = data.index(struct.pack("<Q", len(template)) + template) + 8
    padding = len(template) - len(LOOPING_TEMPLATE) - len("{##}")
    data[at : at + len(template)] = f"{LOOPING_TEMPLATE}{{#{' ' * padding}#}}".encode()
    path = tmp_path_factory.mktemp("looping") / "looping-template.gguf"
    path.write_bytes(data)
    return path


def _gone(pid: int) -> bool:
    try:
        return psutil.Process(pid).status() == psutil.STATUS_ZOMBIE
    except psutil.NoSuchProcess:
        return True


def _works_again(client: EngineClient, model_path) -> None:
    client.restart()
    client.load(model_path, n_ctx=TEST_CONTEXT)
    assert isinstance(list(client.generate(QUESTION, max_tokens=3))[-1], Finished)


def test_a_chat_template_that_loops_is_an_error_within_30_s(looping_model, model_path):
    client = EngineClient()
    try:
        client.load(looping_model, n_ctx=TEST_CONTEXT)
        host = client.pid
        started = time.monotonic()
        events = list(client.generate(QUESTION, max_tokens=5))
        waited = time.monotonic() - started
        [failure] = events
        assert isinstance(failure, EngineFailure) and failure.kind == "timeout"
        assert "chat template did not finish" in failure.message
        assert waited < 30, f"the error came after {waited:.1f} s"
        assert _gone(host) and client.model is None  # stopped, to be restarted on next use
        _works_again(client, model_path)
    finally:
        client.close()


def test_counting_a_prompt_with_a_looping_template_is_an_error_too(looping_model):
    """Summaries count their prompts before they generate: the same deadline applies."""
    client = EngineClient()
    try:
        client.load(looping_model, n_ctx=TEST_CONTEXT)
        started = time.monotonic()
        with pytest.raises(EngineError, match="chat template did not finish") as caught:
            client.count_prompt(QUESTION)
        assert caught.value.kind == "timeout" and time.monotonic() - started < 30
    finally:
        client.close()


def test_a_wedged_host_is_an_error_within_30_s(fresh_engine, model_path):
    events, wedged_at = [], None
    for event in fresh_engine.generate(LONG_TASK, max_tokens=400):
        events.append(event)
        if wedged_at is None and isinstance(event, Token):
            host = fresh_engine.pid
            os.kill(host, signal.SIGSTOP)
            wedged_at = time.monotonic()
    waited = time.monotonic() - wedged_at
    failure = events[-1]
    assert isinstance(failure, EngineFailure) and failure.kind == "timeout"
    assert "stopped responding" in failure.message
    assert waited < 30, f"the error came {waited:.1f} s after the host stopped"
    assert _gone(host)
    _works_again(fresh_engine, model_path)


def test_stop_ends_an_answer_within_2_s_when_the_host_does_not_answer(fresh_engine,
                                                                        model_path):
    events, stopped_at = [], None
    for event in fresh_engine.generate(LONG_TASK, max_tokens=400):
        events.append(event)
        if stopped_at is None and sum(isinstance(e, Token) for e in events) == 3:
            host = fresh_engine.pid
            os.kill(host, signal.SIGSTOP)
            stopped_at = time.monotonic()
            fresh_engine.cancel()
    waited = time.monotonic() - stopped_at
    finished = events[-1]
    assert isinstance(finished, Finished) and finished.finish_reason == "cancelled"
    assert waited < 2, f"the answer ended {waited:.2f} s after Stop"
    # what the user saw is kept as the answer
    assert finished.text == "".join(e.text for e in events if isinstance(e, Token)) != ""
    assert _gone(host) and not fresh_engine.alive
    assert fresh_engine.model is not None  # the answer is saved with the model's name
    _works_again(fresh_engine, model_path)


def test_stop_obeyed_by_the_host_keeps_it_running(fresh_engine):
    events, stopped_at = [], None
    for event in fresh_engine.generate(LONG_TASK, max_tokens=400):
        events.append(event)
        if stopped_at is None and isinstance(event, Token):
            host, stopped_at = fresh_engine.pid, time.monotonic()
            fresh_engine.cancel()
    assert time.monotonic() - stopped_at < 2
    assert events[-1].finish_reason == "cancelled"
    assert fresh_engine.pid == host and fresh_engine.model is not None
