"""When the GPU cannot hold the layers asked of it, the engine loads with half as many,
then on the CPU alone, and says why. A full GPU cannot be had on demand (nor on this
CPU-only machine), so the real engine host is told to fail like one (host.py,
TEST_GPU_LAYER_LIMIT_ENV); everything else is the real model and the real engine."""

from __future__ import annotations

import pytest

from app.core.engine import EngineClient, EngineError, Finished
from app.core.engine.host import TEST_GPU_LAYER_LIMIT_ENV


def test_a_gpu_that_cannot_hold_the_layers_gets_half_then_none(model_path, monkeypatch):
    """The demo model has 30 layers: -1 puts all of them and the output layer (31) on the
    GPU. The host is told to fail like a GPU holding at most 20, then at most 0."""
    client = EngineClient()
    try:
        monkeypatch.setenv(TEST_GPU_LAYER_LIMIT_ENV, "20")
        loaded = client.load(model_path, n_ctx=512, gpu_layers=-1)
        assert loaded.options.n_gpu_layers == 15
        assert loaded.note == ("The GPU could not hold 31 layers (out of memory); loaded "
                               "with 15 layers on the GPU instead.")
        assert isinstance(list(client.generate([{"role": "user", "content": "Hi"}],
                                               max_tokens=3))[-1], Finished)

        monkeypatch.setenv(TEST_GPU_LAYER_LIMIT_ENV, "0")
        client.restart()  # the limit is read by a freshly started host
        loaded = client.load(model_path, n_ctx=512, gpu_layers=-1)
        assert loaded.options.n_gpu_layers == 0
        assert loaded.note == ("The GPU could not hold 31 or 15 layers (out of memory); "
                               "the model runs on the CPU alone instead, which is slower.")
        assert isinstance(list(client.generate([{"role": "user", "content": "Hi"}],
                                               max_tokens=3))[-1], Finished)

        monkeypatch.delenv(TEST_GPU_LAYER_LIMIT_ENV)
        client.restart()
        loaded = client.load(model_path, n_ctx=512, gpu_layers=12)
        assert loaded.options.n_gpu_layers == 12 and loaded.note == ""
    finally:
        client.close()


def test_a_model_llama_cannot_load_anywhere_keeps_its_own_reason(tmp_path, model_path):
    """Retrying on the CPU must not turn a real load error into an 'out of memory' story."""
    data = model_path.read_bytes()
    length = (5).to_bytes(8, "little")
    assert data.count(length + b"llama") >= 1
    unknown = tmp_path / "unknown-architecture.gguf"  # a valid file of a kind llama.cpp lacks
    unknown.write_bytes(data.replace(length + b"llama", length + b"xyzzy", 1))
    client = EngineClient()
    try:
        with pytest.raises(EngineError, match="could not load this model file") as caught:
            client.load(unknown, n_ctx=512, gpu_layers=-1)
        assert caught.value.kind == "load" and "out of memory" not in str(caught.value)
        assert client.model is None
    finally:
        client.close()
