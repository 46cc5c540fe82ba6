"""With a server configured, the only connections any process of the app makes are to that
server's address and port: the CLI summary (engine client, document reader) runs under
strace, following every child, against a real llama-server on 127.0.0.1."""

from __future__ import annotations

import os
import re
import sys

import pytest

from tests.llama_server import LOOPBACK, llama_server
from tests.offline import internet_syscalls

pytestmark = [pytest.mark.slow, pytest.mark.allow_hosts(LOOPBACK)]
CONNECT = re.compile(r"\bconnect\(.*\bAF_INET6?\b")


def test_a_summary_on_the_server_connects_to_that_server_only(model_path, tmp_path, data_home):
    document = tmp_path / "minutes.txt"
    document.write_text("\n\n".join(
        f"Item {i}: the committee approved invoice {4100 + i} of {i * 250} ringgit, payable "
        f"within {i + 10} days to the district office in Kuching." for i in range(8)))
    env = {**os.environ, "OFFLINE_ASSISTANT_HOME": str(data_home)}
    with llama_server(model_path, slots=2, ctx_per_slot=1024,
                      log=tmp_path / "server.log") as server:
        result, calls = internet_syscalls(
            [sys.executable, "-m", "app", "summarize", document, "--server", server.url],
            tmp_path / "trace.log", env=env, timeout=600)
        port = server.port
    assert result.returncode == 0, result.stderr
    connects = [call for call in calls if CONNECT.search(call)]
    assert connects, "the audit saw no connection: it did not watch the summary"
    elsewhere = [call for call in connects
                 if f"sin_port=htons({port})" not in call or '"127.0.0.1"' not in call]
    assert elsewhere == [], elsewhere
    # nothing else goes out by any other call either (no DNS, no datagram)
    others = [call for call in calls if not CONNECT.search(call)
              and re.search(r"\b(sendto|sendmsg|bind)\(", call)]
    assert others == [], others
