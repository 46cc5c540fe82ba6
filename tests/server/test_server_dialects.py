"""The servers that speak another dialect than llama.cpp's: vLLM, whose /tokenize takes
other requests and which has no /props, and a server with no /tokenize at all, planned
for from an estimate. Both through tests/vllm_shim.py in front of the real llama-server
(vLLM itself needs a GPU or a CPU build of its own, neither of which this machine has)."""

from __future__ import annotations

import pytest

from app.core.engine import Finished
from app.core.engine.remote import ServerClient, ServerConfig, counting
from app.core.store import Store
from app.core.summarize import run_summary, start_summary
from tests.helpers import long_text
from tests.llama_server import LOOPBACK
from tests.vllm_shim import VllmShim

pytestmark = [pytest.mark.slow, pytest.mark.allow_hosts(LOOPBACK)]
CTX_PER_SLOT = 1024
TEXTS = [  # one sentence in the languages of the app's users, and Chinese
    "The committee reviewed the budget for the district clinics and approved 3.5 million.",
    "Jawatankuasa telah menyemak belanjawan klinik daerah dan meluluskan 3.5 juta.",
    "Komite meninjau anggaran klinik kabupaten dan menyetujui 3,5 juta untuk tahun 2026.",
    "Ủy ban đã xem xét ngân sách cho các phòng khám huyện và phê duyệt 3,5 triệu.",
    "คณะกรรมการได้ตรวจสอบงบประมาณสำหรับคลินิกประจำอำเภอและอนุมัติ 3.5 ล้าน",
    "委员会审查了地区诊所的预算，并批准了350万。",
]


def _connect(url: str) -> ServerClient:
    client = ServerClient(ServerConfig(base_url=url))
    client.connect()
    return client


def test_a_vllm_server_counts_with_its_own_tokenize_and_answers(server, engine):
    llama = _connect(server.url)
    with VllmShim(server.url, max_model_len=CTX_PER_SLOT) as shim:
        client = _connect(shim.url)
        try:
            model = client.model
            assert model.tokenizer == counting.VLLM and model.counts_tokens and not model.note
            assert model.n_ctx == CTX_PER_SLOT  # from /v1/models' max_model_len
            assert model.slots == 1  # vLLM does not say: one unless the settings say more
            assert client.count_tokens(TEXTS) == engine.count_tokens(TEXTS)
            messages = [{"role": "system", "content": "Summarise."},
                        {"role": "user", "content": TEXTS[0]}]
            assert client.count_prompt(messages) == llama.count_prompt(messages)
            events = list(client.generate(messages, max_tokens=8, temperature=0.0))
            penalised = list(client.generate(messages, max_tokens=4, repeat_penalty=1.15))
        finally:
            client.close()
            llama.close()
    assert isinstance(events[-1], Finished), events[-1]
    timings = events[-1].timings  # from OpenAI usage and the client's clock
    assert timings.prompt_tokens > 10 and timings.output_tokens > 0 and timings.prefill_s > 0
    assert shim.refused == []  # no llama.cpp-shaped request reached its /tokenize
    # none of llama.cpp's own fields; its repeat_penalty goes by vLLM's name
    assert not any("return_progress" in body for body in shim.chat_bodies)
    assert isinstance(penalised[-1], Finished), penalised[-1]
    assert shim.chat_bodies[-1]["repetition_penalty"] == 1.15
    assert "repeat_penalty" not in shim.chat_bodies[-1]


def test_the_estimate_is_above_the_models_own_count_in_every_script(engine):
    """An English-trained tokenizer (the demo model's) needs more tokens for Malay than for
    English and splits Thai and Chinese into bytes: the estimate must stay above it."""
    for text, tokens in zip(TEXTS, engine.count_tokens(TEXTS)):
        assert tokens <= counting.estimate(text) <= 4 * tokens, text


def test_a_server_without_tokenize_is_planned_from_an_estimate_whose_chunks_fit(
        server, tmp_path, data_home):
    with VllmShim(server.url, max_model_len=CTX_PER_SLOT, tokenize=False) as shim:
        client = _connect(shim.url)
        store = Store(data_home / "jobs.db")
        try:
            assert not client.model.counts_tokens
            assert client.model.note == counting.ESTIMATE_NOTE  # said when it connects
            job_id = start_summary(store, client, long_text(tmp_path, pages=3),
                                   style="key_points")
            ended = list(run_summary(store, client, job_id))[-1]
            chunks = store.chunks(job_id)
        finally:
            client.close()
            store.close()
    # the server refuses (400) a prompt over its context: none was
    assert ended.status == "done", ended.message
    assert len([c for c in chunks if c["kind"] == "map"]) >= 2
