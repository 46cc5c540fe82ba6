"""The two-slot llama-server (the demo model) that the server tests share, one per test
module, sized by the module's CTX_PER_SLOT, and a client connected to it."""

from __future__ import annotations

import pytest

from app.core.engine.remote import ServerClient, ServerConfig
from tests.llama_server import llama_server


@pytest.fixture(scope="module")
def server(request, model_path, tmp_path_factory):
    log = tmp_path_factory.mktemp("llama-server") / "server.log"
    with llama_server(model_path, slots=2, ctx_per_slot=request.module.CTX_PER_SLOT,
                      log=log) as running:
        yield running


@pytest.fixture
def client(server):
    connected = ServerClient(ServerConfig(base_url=server.url))
    connected.connect()
    yield connected
    connected.close()
