"""A real llama.cpp `llama-server` for the tests of the organisation-server backend: built
from the llama.cpp sources llama-cpp-python vendors (scripts/build_llama_tools.sh, run by
`make test` through `make llama-tools`), on 127.0.0.1 with a free port and the demo model,
stopped at the end. Tests that use it mark themselves `allow_hosts(LOOPBACK)`: sockets stay
blocked but for connections to 127.0.0.1."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx
import pytest

from app.core.engine.native import cpu_features, extra_buffers_safe

REPO = Path(__file__).resolve().parents[1]
LLAMA_SERVER = REPO / "build" / "llama.cpp" / "bin" / "llama-server"
LOOPBACK = ["127.0.0.1"]
START_S = 60.0  # loading the 135M demo model on a busy 2-core machine


def llama_server_path() -> Path:
    if not LLAMA_SERVER.is_file():
        pytest.fail(f"llama-server is missing at {LLAMA_SERVER}: run `make llama-tools`")
    return LLAMA_SERVER


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class LlamaServer:
    def __init__(self, model: Path, *, slots: int = 2, ctx_per_slot: int = 2048,
                 api_key: str | None = None, port: int | None = None, log: Path | None = None,
                 threads: int = 1):
        # One thread: on a shared 2-core machine llama.cpp's spinning threads wait on each
        # other for whole time slices (2 s per token measured with 2 under load); the two
        # slots' sequences are still decoded together in one batch.
        self.model, self.slots, self.api_key, self.threads = model, slots, api_key, threads
        self.ctx_per_slot = ctx_per_slot
        self.port = port or free_port()
        self.log = log
        self.process: subprocess.Popen | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> LlamaServer:
        command = [str(llama_server_path()), "-m", str(self.model), "--host", "127.0.0.1",
                   "--port", str(self.port), "-np", str(self.slots),
                   "-c", str(self.ctx_per_slot * self.slots), "-t", str(self.threads),
                   "--no-webui"]
        if self.api_key:
            command += ["--api-key", self.api_key]
        if not extra_buffers_safe(cpu_features()):
            command += ["--no-repack"]  # as the app's own engine on this CPU
        output = open(self.log, "ab") if self.log else subprocess.DEVNULL
        # its rpaths find the venv's llama.cpp libraries (scripts/build_llama_tools.sh)
        self.process = subprocess.Popen(command, stdout=output, stderr=subprocess.STDOUT)
        self._wait_healthy()
        return self

    def _wait_healthy(self) -> None:
        deadline = time.monotonic() + START_S
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                pytest.fail(f"llama-server exited with {self.process.returncode} at start"
                            f"{f'; see {self.log}' if self.log else ''}")
            try:
                if httpx.get(f"{self.url}/health", timeout=2, trust_env=False).is_success:
                    return
            except httpx.HTTPError:
                pass
            time.sleep(0.2)  # a poll interval of a condition wait, not a fixed delay
        self.stop()
        pytest.fail(f"llama-server did not become healthy within {START_S:g} s")

    def kill(self) -> None:
        """As a crash would: no goodbye to the clients."""
        if self.process and self.process.poll() is None:
            os.kill(self.process.pid, signal.SIGKILL)
            self.process.wait(timeout=10)

    def stop(self) -> None:
        if self.process and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.kill()


@contextmanager
def llama_server(model: Path, **kwargs) -> Iterator[LlamaServer]:
    server = LlamaServer(model, **kwargs)
    try:
        yield server.start()
    finally:
        server.stop()
