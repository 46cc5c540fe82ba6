"""The server's token kept in the keychain from a terminal: `server token` reads it unseen
(one line of standard input from a script), never from the command line; a configuration
that says the token is in the keychain then connects with it. A real llama-server that
asks for an API key, and a real private keychain (GNOME Keyring on a D-Bus of its own)."""

from __future__ import annotations

import json

import pytest

from tests.helpers import cli
from tests.keychain import secret_service
from tests.llama_server import LOOPBACK, llama_server

pytestmark = [pytest.mark.slow, pytest.mark.allow_hosts(LOOPBACK)]
TOKEN = "team-7f3a-token"


def test_a_token_kept_with_server_token_is_the_one_the_server_accepts(
        model_path, policy_file, data_home, tmp_path, monkeypatch):
    with llama_server(model_path, slots=1, ctx_per_slot=1024, api_key=TOKEN,
                      log=tmp_path / "server.log") as server, \
            secret_service(tmp_path / "keychain") as bus:
        monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", bus["DBUS_SESSION_BUS_ADDRESS"])
        policy_file.write_text(json.dumps({"server": {"url": server.url,
                                                      "token_in_keychain": True}}),
                               encoding="utf-8")
        missing = cli("server", "test", home=data_home, timeout=120)
        assert missing.returncode != 0 and "not in" in missing.stderr, missing.stderr

        wrong = cli("server", "token", home=data_home, stdin="not-the-token\n", timeout=120)
        assert wrong.returncode == 0, wrong.stderr
        refused = cli("server", "test", home=data_home, timeout=120)
        assert "refused the token" in refused.stderr, refused.stderr

        kept = cli("server", "token", home=data_home, stdin=TOKEN + "\n", timeout=120)
        assert kept.returncode == 0 and "kept in the keychain" in kept.stderr, kept.stderr
        assert TOKEN not in kept.stdout + kept.stderr  # never echoed
        connected = cli("server", "test", home=data_home, timeout=120)
        assert connected.returncode == 0, connected.stderr
        assert connected.stdout.startswith("connected: model SmolLM2")

        nothing = cli("server", "token", home=data_home, stdin="", timeout=120)
        assert nothing.returncode != 0 and "nothing was kept" in nothing.stderr
