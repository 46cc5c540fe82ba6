"""The organisation's inference server as the engine: a real llama-server (llama.cpp, the
sources llama-cpp-python vendors) with the demo model and two parallel slots on 127.0.0.1.
Sockets stay blocked but for connections to 127.0.0.1 (pytest-socket allow_hosts)."""

from __future__ import annotations

import re
import threading
import time

import pytest

from app.core.engine import EngineError, EngineFailure, Finished, PrefillProgress, Token
from app.core.engine.remote import ServerClient, ServerConfig
from app.core.engine.remote.http import BACK_OFF_S
from app.core.store import Store
from app.core.summarize import run_summary, start_summary
from tests.busy_proxy import BusyProxy
from tests.helpers import cli, long_text
from tests.llama_server import LOOPBACK, LlamaServer, free_port, llama_server

pytestmark = [pytest.mark.slow, pytest.mark.allow_hosts(LOOPBACK)]
CTX_PER_SLOT = 1024
READ_S = 30.0  # the stall tests' read deadline


def test_connects_and_reads_model_slots_and_context_from_the_server(client, model_path):
    model = client.model
    assert model.slots == 2 and model.n_ctx == CTX_PER_SLOT and model.counts_tokens
    assert model.describe() == (f"connected: model {model.name}, 2 parallel slots, "
                                f"context {CTX_PER_SLOT}")
    assert model.path is None and model.options.as_dict()["server"] == client.config.base_url


def test_chat_answer_streams_tokens_and_finishes_with_the_servers_timings(client):
    events = list(client.generate([{"role": "user", "content": "Name a colour."}],
                                  max_tokens=16, temperature=0.0))
    tokens = [e for e in events if isinstance(e, Token)]
    finished = events[-1]
    assert isinstance(finished, Finished), events[-1]
    assert tokens and finished.text == "".join(t.text for t in tokens) and finished.text.strip()
    assert finished.finish_reason in ("stop", "length")
    timings = finished.timings
    assert timings.prompt_tokens > 5 and 0 < timings.output_tokens <= 16
    assert timings.prefill_s > 0 and timings.decode_tps > 0


def test_token_counts_are_the_models_own(client, engine):
    texts = ["The council approved a budget of 40 million.", "Kuala Lumpur, 3 March 2025"]
    assert client.count_tokens(texts) == engine.count_tokens(texts)
    messages = [{"role": "user", "content": texts[0]}]
    # the server applies the GGUF's own chat template: its markers add tokens to the text's
    assert client.count_prompt(messages) > engine.count_tokens(texts[:1])[0] + 3


class Listening:
    """One answer read on a thread of its own, its events kept as they come."""

    def __init__(self, client: ServerClient, messages: list[dict], max_tokens: int):
        self.events: list = []
        self.ended_at: float | None = None
        self.changed = threading.Condition()
        self.thread = threading.Thread(target=self._read, daemon=True,
                                       args=(client, messages, max_tokens))
        self.thread.start()

    def _read(self, client, messages, max_tokens) -> None:
        for event in client.generate(messages, max_tokens=max_tokens, temperature=0.0):
            with self.changed:
                self.events.append(event)
                self.changed.notify_all()
        with self.changed:
            self.ended_at = time.monotonic()
            self.changed.notify_all()

    def wait(self, condition, timeout_s: float = 120.0) -> None:
        with self.changed:
            assert self.changed.wait_for(lambda: condition(self), timeout_s), self.events

    @property
    def reading(self) -> bool:  # the server has begun the prompt in one of its slots
        return any(isinstance(e, PrefillProgress) for e in self.events)


def _long_prompt(topic: str) -> list[dict]:
    """About 700 tokens: most of a 1024-token slot, a few seconds of reading on one thread."""
    lines = " ".join(f"Item {i}: the {topic} unit closed case {i} of 2026 within {i % 9 + 2} "
                     f"days." for i in range(28))
    return [{"role": "user", "content": f"{lines}\nSummarise the {topic} items."}]


def test_the_server_reports_how_far_it_has_read_a_long_prompt(client):
    """llama.cpp streams its reading of the prompt: the step's progress bar moves before
    the first word, and the connection is open (a Pause can reach it) from the start."""
    events = list(client.generate(_long_prompt("claims"), max_tokens=4, temperature=0.0))
    first_word = next(i for i, e in enumerate(events) if isinstance(e, Token))
    read = [e for e in events[:first_word] if isinstance(e, PrefillProgress)]
    assert read and read[0].done < read[0].total, events
    assert read[-1].done == read[-1].total == events[-1].timings.prompt_tokens > 500
    assert [e.done for e in read] == sorted(e.done for e in read)


def test_a_cancel_while_the_server_reads_the_prompt_ends_the_answer_at_once(client):
    answer = Listening(client, _long_prompt("payroll"), max_tokens=64)
    answer.wait(lambda a: a.reading)
    cancelled = time.monotonic()
    client.cancel()
    answer.wait(lambda a: a.ended_at is not None, timeout_s=30)
    assert answer.ended_at - cancelled < 2.0
    assert isinstance(answer.events[-1], Finished), answer.events
    assert answer.events[-1].finish_reason == "cancelled"
    # the slot was freed: the next answer comes
    assert isinstance(list(client.generate([{"role": "user", "content": "Hi"}],
                                           max_tokens=4))[-1], Finished)


def test_a_cancel_while_the_request_waits_for_a_busy_servers_slot_ends_it_at_once(
        server, client):
    """Another computer holds both slots, so the server queues this request and sends
    nothing back, not even its headers, until a slot frees: the cancel must break the
    connection itself, or a Pause waits for someone else's answers."""
    other = ServerClient(ServerConfig(base_url=server.url))
    other.connect()
    try:
        busy = [Listening(other, _long_prompt(topic), max_tokens=400)
                for topic in ("audit", "records")]
        for answer in busy:
            answer.wait(lambda a: a.reading)
        queued = Listening(client, [{"role": "user", "content": "Name a colour."}], 8)

        deadline = time.monotonic() + 30
        while not client._flights.connected():  # the request is the server's now
            assert time.monotonic() < deadline, "the request was never sent"
            time.sleep(0.01)
        cancelled = time.monotonic()
        client.cancel()
        queued.wait(lambda a: a.ended_at is not None, timeout_s=60)
        assert all(a.ended_at is None for a in busy)  # both slots were still taken
        assert queued.ended_at - cancelled < 2.0
        assert queued.events == [Finished("", "cancelled")]
    finally:
        other.cancel()
        other.close()


def test_a_server_that_is_not_there_is_named_in_plain_words():
    port = free_port()
    with pytest.raises(EngineError) as refused:
        ServerClient(ServerConfig(base_url=f"http://127.0.0.1:{port}")).connect()
    assert refused.value.kind == "unreachable"
    assert f"no answer from 127.0.0.1:{port}" in str(refused.value)


def test_a_bad_token_is_refused_in_plain_words(model_path, monkeypatch, tmp_path):
    monkeypatch.setenv("OA_TEST_SERVER_TOKEN", "not-the-token")
    with llama_server(model_path, slots=1, ctx_per_slot=512, api_key="the-real-token",
                      log=tmp_path / "server.log") as guarded:
        config = ServerConfig(base_url=guarded.url, token_env="OA_TEST_SERVER_TOKEN")
        with pytest.raises(EngineError) as refused:
            ServerClient(config).connect()
        assert refused.value.kind == "token"
        assert "the server refused the token" in str(refused.value)
        monkeypatch.setenv("OA_TEST_SERVER_TOKEN", "the-real-token")
        right = ServerClient(config)
        assert right.connect().slots == 1
        events = list(right.generate([{"role": "user", "content": "Hi"}], max_tokens=4))
        right.close()
        assert isinstance(events[-1], Finished), events[-1]


def test_a_failure_mid_answer_is_an_engine_failure_not_an_exception(client, server):
    """A request the server rejects ends the generator with a value, as the local one does."""
    events = list(client.generate([{"role": "user", "content": "x" * 20000}], max_tokens=4))
    assert isinstance(events[-1], EngineFailure) and events[-1].kind == "refused"
    assert "answered 400" in events[-1].message


def test_tls_with_the_organisations_own_ca(server, tmp_path):
    """Trusted with the CA file given in the settings; refused in plain words without it."""
    from tests.tls_proxy import TlsProxy, make_ca_and_certificate

    ca, certificate, key = make_ca_and_certificate(tmp_path)
    with TlsProxy(server.port, certificate, key) as proxy:
        trusted = ServerClient(ServerConfig(base_url=proxy.url, ca_bundle=str(ca)))
        assert trusted.connect().slots == 2
        events = list(trusted.generate([{"role": "user", "content": "Hi"}], max_tokens=4))
        trusted.close()
        assert isinstance(events[-1], Finished), events[-1]
        with pytest.raises(EngineError) as untrusted:
            ServerClient(ServerConfig(base_url=proxy.url)).connect()
    assert untrusted.value.kind == "refused"
    assert "certificate this computer does not trust" in str(untrusted.value)


def test_the_connection_test_answers_in_one_plain_line(server, data_home):
    from tests.helpers import cli

    result = cli("server", "test", server.url, home=data_home)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("connected: model ")
    assert result.stdout.strip().endswith(f", 2 parallel slots, context {CTX_PER_SLOT}")
    gone = cli("server", "test", f"http://127.0.0.1:{free_port()}", home=data_home)
    assert gone.returncode == 3 and "no answer from 127.0.0.1:" in gone.stderr, gone.stderr


@pytest.mark.filterwarnings("ignore:A test tried to use socket")
def test_the_socket_guard_still_blocks_every_address_but_loopback_here():
    from pytest_socket import SocketConnectBlockedError

    with pytest.raises(SocketConnectBlockedError):
        ServerClient(ServerConfig(base_url="https://192.0.2.1:8443", connect_s=1)).connect()


def test_a_busy_server_is_asked_again_after_a_growing_wait(server):
    # 429 (too many requests), then 503 (every slot taken / loading): the answer still comes
    with BusyProxy(server.url, [429, 503]) as proxy:
        client = ServerClient(ServerConfig(base_url=proxy.url))
        client.connect()
        try:
            started = time.monotonic()
            events = list(client.generate([{"role": "user", "content": "Name a colour."}],
                                           max_tokens=8, temperature=0.0))
            waited = time.monotonic() - started
        finally:
            client.close()
    assert isinstance(events[-1], Finished), events[-1]
    assert proxy.seen == [429, 503, 200]
    assert waited >= sum(BACK_OFF_S[:2])  # 1 s, then 2 s


def test_a_server_that_stays_busy_is_said_in_words_after_the_last_wait(server, monkeypatch):
    monkeypatch.setattr("app.core.engine.remote.http.BACK_OFF_S", (0.1, 0.2))
    with BusyProxy(server.url, [503] * 3) as proxy:
        client = ServerClient(ServerConfig(base_url=proxy.url))
        client.connect()
        try:
            [failure] = list(client.generate([{"role": "user", "content": "Hi"}], max_tokens=4))
        finally:
            client.close()
    assert proxy.seen == [503, 503, 503]
    assert isinstance(failure, EngineFailure) and "503" in failure.message, failure


# The read deadline must stay well above a real chunk's prefill on a busy machine (a
# 700-token chunk took over 10 s on one thread beside other work), and each stall costs that
# long: `make test-slow` runs these. One slot: the job's calls one after another; two: the
# parallel map.
@pytest.mark.long
@pytest.mark.parametrize("slots", [1, 2])
def test_a_stalled_slot_is_asked_once_more_then_the_job_pauses(server, slots, tmp_path,
                                                                 data_home):
    store = Store(data_home / "app.db")
    document = long_text(tmp_path, pages=2)
    with BusyProxy(server.url, ["stall"], stall_s=READ_S + 3) as proxy:
        client = ServerClient(ServerConfig(base_url=proxy.url, read_s=READ_S, slots=slots))
        client.connect()
        job_id = start_summary(store, client, document, style="key_points")
        done = list(run_summary(store, client, job_id))[-1]
        assert done.status == "done", (done.message, proxy.seen)
        assert proxy.seen[0] == "stall" and proxy.seen.count("stall") == 1

        proxy.busy = ["stall", "stall"]  # stalled again when asked once more: it pauses
        (tmp_path / "b").mkdir()
        again = start_summary(store, client, long_text(tmp_path / "b", pages=1),
                              style="key_points")
        paused = list(run_summary(store, client, again))[-1]
        client.close()
    assert paused.status == "paused", paused.message
    assert f"sent nothing for {READ_S:g} s" in paused.message and "Resume it" in paused.message
    store.close()


def test_a_token_that_expires_mid_job_pauses_it_and_a_new_one_resumes_it(
        model_path, monkeypatch, tmp_path, data_home):
    # IT rotates the key: the server comes back on the same address with a new one
    store = Store(data_home / "app.db")
    monkeypatch.setenv("OA_TEST_SERVER_TOKEN", "key-of-monday")
    first = LlamaServer(model_path, slots=1, ctx_per_slot=1024, api_key="key-of-monday",
                        log=tmp_path / "server.log")
    config = ServerConfig(base_url=first.url, token_env="OA_TEST_SERVER_TOKEN")
    client = ServerClient(config)
    second = LlamaServer(model_path, slots=1, ctx_per_slot=1024, api_key="key-of-tuesday",
                         port=first.port, log=tmp_path / "server.log")
    try:
        first.start()
        client.connect()
        job_id = start_summary(store, client, long_text(tmp_path, pages=1), style="key_points")
        first.stop()
        second.start()
        paused = list(run_summary(store, client, job_id))[-1]
        assert paused.status == "paused", paused.message
        assert "refused the token (it may have expired)" in paused.message
        assert "Resume it once the new token is set" in paused.message

        monkeypatch.setenv("OA_TEST_SERVER_TOKEN", "key-of-tuesday")
        client.connect()  # as the window does on the next request
        done = list(run_summary(store, client, job_id))[-1]
        assert done.status == "done", done.message
    finally:
        client.close()
        first.stop()
        second.stop()
        store.close()


def test_bench_times_the_map_step_one_call_and_all_slots_at_a_time(server, tmp_path):
    done = cli("bench", "--server", server.url, "--calls", "2", "--chunk-tokens", "128",
               "--answer-tokens", "12", home=tmp_path)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "connected: model" in done.stderr and "2 parallel slots" in done.stderr
    # each way twice (one, all, all, one): four calls each
    found = re.findall(r"^(\d) at a time: 4 map calls in ([\d.]+) s, (\d+) tokens written",
                       done.stdout, re.M)
    runs = {int(m[0]): (float(m[1]), int(m[2])) for m in found}
    assert set(runs) == {1, 2} and all(0 < tokens <= 4 * 12 for _, tokens in runs.values())
    speed_up = re.search(r"speed-up: ([\d.]+)x with 2 calls at a time", done.stdout)
    assert speed_up
    # the speed-up is worked out from the unrounded times: it must lie within what the
    # printed, rounded ones allow (half a unit of their last digit each, and of its own)
    half = 0.5 * 10 ** -len(found[0][1].partition(".")[2])
    one, both = runs[1][0], runs[2][0]
    assert (one - half) / (both + half) - 0.005 <= float(speed_up[1]) <= (
        (one + half) / (both - half) + 0.005)
