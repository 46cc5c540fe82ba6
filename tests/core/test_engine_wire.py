"""The engine pipe carries plain JSON, checked field by field, never a pickle: a host taken
over (a model's chat template is untrusted input) cannot run code in the app, and what it
sends that the app does not understand ends the request in plain words.

The misbehaving hosts run in the real spawned engine process, put there by EngineClient's
test-only `_host_main` hook; the app's side is the real client.
"""

from __future__ import annotations

import json
import pickle
from functools import partial
from pathlib import Path

import pytest

from app.core.bench.raw import RawProcess
from app.core.bench.runs import BenchError
from app.core.engine import EngineClient, EngineError, EngineFailure, Token, wire
from app.core.models.options import LoadOptions
from tests.conftest import TEST_CONTEXT

QUESTION = [{"role": "user", "content": "What is the capital of France?"}]

# What the real host answers, for the requests a fake host answers well.
_GOOD_REPLIES = {
    "capabilities": {"type": "capabilities", "gpu_offload": False},
    "load": {"type": "loaded", "n_ctx": TEST_CONTEXT, "n_ctx_train": 8192, "template": "model",
             "system_info": "fake", "pid": 1},
    "count_tokens": {"type": "counts", "counts": [1]},
}


class _Planted(str):
    """A path that, once unpickled, creates that file: what a host taken over could send."""

    def __reduce__(self):
        return (Path.touch, (Path(self),))


# Hosts for the spawned engine process: module-level, because the "spawn" child imports them.


def _host_that_answers(op: str, answers: tuple[bytes, ...], conn) -> None:
    """Answers each request as the real host does, except `op`: with `answers`, in turn."""
    try:
        while True:
            request = json.loads(conn.recv_bytes())
            if request["op"] == op:
                for data in answers:
                    conn.send_bytes(data)
            elif request["op"] == "generate":  # keep the fake's answers short
                conn.send_bytes(wire.encode({"type": "token", "text": "Paris"}))
            else:
                conn.send_bytes(wire.encode(_GOOD_REPLIES[request["op"]]))
    except (EOFError, OSError):
        return  # the app closed the pipe


def _host_that_sends_too_much(conn) -> None:
    conn.recv_bytes()
    conn.send_bytes(b" " * (wire.MAX_HOST_MESSAGE_BYTES + 1))


def _raw_process_that_sends(data: bytes, conn, model_path: str, options: dict) -> None:
    conn.send_bytes(data)  # in place of "loaded"
    try:
        conn.recv_bytes()
    except (EOFError, OSError):
        return


def _client(op: str, *answers: bytes) -> EngineClient:
    return EngineClient(_host_main=partial(_host_that_answers, op, answers))


def _assert_not_understood(failure: EngineError | EngineFailure, client: EngineClient) -> None:
    message = failure.message if isinstance(failure, EngineFailure) else str(failure)
    assert message == wire.NOT_UNDERSTOOD and failure.kind == "crashed"
    assert not client.alive and client.model is None  # restarted for the next request


# The app never unpickles ----------------------------------------------------------------


def test_a_pickle_from_the_host_is_not_unpickled(tmp_path, model_path):
    planted, control = tmp_path / "planted", tmp_path / "control"
    pickle.loads(pickle.dumps(_Planted(control)))
    assert control.exists()  # the payload is live: unpickled, it creates its file

    client = _client("load", pickle.dumps(_Planted(planted)))
    try:
        with pytest.raises(EngineError) as failure:
            client.load(model_path, n_ctx=TEST_CONTEXT)
        _assert_not_understood(failure.value, client)
    finally:
        client.close()
    assert not planted.exists()


def test_the_host_never_unpickles_a_request(tmp_path):
    planted = tmp_path / "planted"
    client = EngineClient()
    try:
        client.start()
        client._conn.send(_Planted(planted))  # a pickle, as the app sent requests before
        reply = wire.decode_host_message(client._conn.recv_bytes())
        assert reply["type"] == "error" and reply["kind"] == "unknown"
        assert client.gpu_offload in (True, False)  # and it goes on serving
    finally:
        client.close()
    assert not planted.exists()


# What the app does not understand ends the request in plain words ------------------------

_LOADED = _GOOD_REPLIES["load"]


@pytest.mark.parametrize("data", [
    b"\x80\x04not json",
    b"[]",
    b'{"type": "loaded"}',
    wire.encode({**_LOADED, "n_ctx": "2048"}),
    wire.encode({**_LOADED, "n_ctx": True}),
    wire.encode({**_LOADED, "template": "exec"}),
    wire.encode({"type": "counts", "counts": [3]}),  # a reply, but not to a load
    wire.encode({"type": "format_disk"}),
    b"[" * 100_000 + b"]" * 100_000,
])
def test_a_reply_that_is_not_the_agreed_data_fails_the_load(model_path, data):
    client = _client("load", data)
    try:
        with pytest.raises(EngineError) as failure:
            client.load(model_path, n_ctx=TEST_CONTEXT)
        _assert_not_understood(failure.value, client)
    finally:
        client.close()


@pytest.mark.parametrize("data", [
    pickle.dumps({"type": "token", "text": "Paris"}),
    b'{"type": "token", "text": 7}',
    b'{"type": "prefill", "done": -1, "total": 3}',
    b'{"type": "alive", "stage": "compute", "for_s": NaN}',
    b'{"type": "alive", "stage": "compute", "for_s": 1e400}',
    b'{"type": "finished", "text": "", "finish_reason": "done", "timings": {}}',
    b'{"type": "finished", "text": "", "finish_reason": "stop", "timings": {"rm": 1}}',
    b'{"type": "finished", "text": "", "finish_reason": "stop", '
    b'"timings": {"prompt_tokens": "3"}}',
    b'{"type": "error", "kind": "Generate Now!", "message": "x"}',
    wire.encode(_LOADED),  # a reply in the middle of an answer
])
def test_a_message_that_is_not_the_agreed_data_ends_an_answer(model_path, data):
    token = wire.encode({"type": "token", "text": "Paris"})
    client = _client("generate", token, data)
    try:
        client.load(model_path, n_ctx=TEST_CONTEXT)
        events = list(client.generate(QUESTION, max_tokens=8))
        assert events[0] == Token("Paris") and len(events) == 2
        _assert_not_understood(events[1], client)
    finally:
        client.close()


def test_a_message_over_the_limit_is_refused_unread():
    client = EngineClient(_host_main=_host_that_sends_too_much)
    try:
        client.start()
        with pytest.raises(EngineError) as failure:
            client.count_tokens(["a"])
        _assert_not_understood(failure.value, client)
    finally:
        client.close()


def test_counts_that_do_not_match_the_texts_are_not_believed():
    client = _client("count_tokens", wire.encode({"type": "counts", "counts": [1, 2]}))
    try:
        client.start()
        with pytest.raises(EngineError) as failure:
            client.count_tokens(["one text"])
        _assert_not_understood(failure.value, client)
    finally:
        client.close()


# The real host's messages all pass ----------------------------------------------------


def test_a_real_answer_and_count_come_through_the_checks(engine):
    events = list(engine.generate(QUESTION, max_tokens=12))
    assert all(type(e).__name__ in ("PrefillProgress", "Token") for e in events[:-1])
    assert events[-1].finish_reason in ("stop", "length") and events[-1].text
    assert len(engine.count_tokens(["Paris", "a longer text"])) == 2


def test_every_message_comes_back_as_it_was_sent():
    host_messages = [
        {"type": "token", "text": "é 😀 \udcff"},  # a stray byte of an e-mail header too
        {"type": "prefill", "done": 0, "total": 12},
        {"type": "writing", "tokens": 40, "seconds": 0.5, "answers": 4},
        {"type": "finished", "text": "Paris", "finish_reason": "cancelled",
         "timings": {"prompt_tokens": 12, "cached_tokens": 0}},
        {"type": "error", "kind": "context", "message": "too long"},
        {"type": "alive", "stage": "template", "for_s": 0.25},
        _LOADED,
        {"type": "capabilities", "gpu_offload": True},
        {"type": "counts", "counts": [0, 7]},
        {"type": "unloaded"},
    ]
    requests = [
        {"op": "load", "path": "/models/a.gguf", "options": {"n_ctx": 2048, "use_mmap": True}},
        {"op": "generate", "id": 3, "messages": QUESTION, "params": {"temperature": 0.0}},
        {"op": "cancel", "id": 3},
        {"op": "count_tokens", "texts": ["a", "b"]},
        {"op": "count_prompt", "messages": QUESTION},
        {"op": "shutdown"},
    ]
    assert [wire.decode_host_message(wire.encode(m)) for m in host_messages] == host_messages
    assert [wire.decode_request(wire.encode(r)) for r in requests] == requests


# The bench's raw llama.cpp process loads the model too, and speaks the same way ----------


def test_a_pickle_from_the_bench_raw_process_is_not_unpickled(tmp_path):
    planted = tmp_path / "planted"
    server = partial(_raw_process_that_sends, pickle.dumps({"load_s": _Planted(planted)}))
    with pytest.raises(BenchError, match="does not understand"):
        RawProcess("model.gguf", LoadOptions(n_ctx=TEST_CONTEXT), _server=server)
    assert not planted.exists()


def test_the_bench_raw_process_measures_through_the_checks(model_path):
    raw = RawProcess(model_path, LoadOptions(n_ctx=TEST_CONTEXT))
    try:
        [text] = raw.prompts(16, 1)
        run = raw.run(text, 4)
    finally:
        raw.close()
    assert raw.loaded["load_s"] > 0 and raw.loaded["memory"]["rss"] > 0
    assert run["output_tokens"] == 4 and run["wall_s"] is None and run["memory"]["rss"] > 0
