"""Where the organisation's server comes from (the policy file, else the user's settings)
and what is refused before any connection is tried. No socket is opened here."""

from __future__ import annotations

import json

import pytest

from app.core.engine.remote import ServerConfig, ServerConfigError, server_config
from app.core.policy import policy_in_force
from app.core.settings import AppSettings
from tests.helpers import cli


def _write(policy_file, data: dict) -> None:
    policy_file.write_text(json.dumps(data), encoding="utf-8")


def test_no_server_configured_means_the_local_engine(policy_file):
    assert server_config(policy_in_force(), AppSettings()) is None


def test_the_policys_server_wins_over_the_users(policy_file, tmp_path):
    bundle = tmp_path / "ca.pem"
    bundle.write_text("not read until a connection", encoding="utf-8")
    _write(policy_file, {"server": {"url": "https://llm.bank.example:8443/", "model": "m8b",
                                    "token_env": "LLM_TOKEN", "ca_bundle": str(bundle),
                                    "slots": 4}})
    mine = AppSettings(server_url="https://elsewhere.example")
    config = server_config(policy_in_force(), mine)
    assert config == ServerConfig(base_url="https://llm.bank.example:8443", model="m8b",
                                  token_env="LLM_TOKEN", ca_bundle=str(bundle), slots=4,
                                  source="policy")
    assert config.host_port == "llm.bank.example:8443"
    config.check()


def test_the_users_settings_name_a_server_where_the_policy_does_not(policy_file):
    _write(policy_file, {"features": {"chat": True}})
    mine = AppSettings(server_url="https://llm.example.org", server_token_env="T",
                       server_slots=2)
    config = server_config(policy_in_force(), mine)
    assert (config.base_url, config.token_env, config.slots, config.source) == (
        "https://llm.example.org", "T", 2, "settings")
    assert config.host_port == "llm.example.org:443"


def test_a_server_section_that_breaks_the_schema_locks_the_app_down(policy_file):
    _write(policy_file, {"server": {"url": "ftp://files.example"}})
    policy = policy_in_force()
    assert policy.locked_down and "server.url" in policy.refusal
    assert server_config(policy, AppSettings(server_url="https://x.example")) is None


def test_plain_http_to_another_computer_is_refused_unless_the_policy_allows_it(policy_file):
    with pytest.raises(ServerConfigError, match="unencrypted"):
        ServerConfig(base_url="http://10.20.30.40:8080").check()
    _write(policy_file, {"server": {"url": "http://10.20.30.40:8080",
                                    "allow_plain_http": True}})
    server_config(policy_in_force(), None).check()  # IT has allowed it on its network
    for fine in ("https://10.20.30.40", "http://127.0.0.1:8080", "http://localhost:1",
                 "http://[::1]:8080"):
        ServerConfig(base_url=fine).check()


def test_a_token_variable_that_is_not_set_is_named(monkeypatch):
    monkeypatch.delenv("OA_NO_SUCH_TOKEN", raising=False)
    with pytest.raises(ServerConfigError, match="OA_NO_SUCH_TOKEN, which is not set"):
        ServerConfig(base_url="https://x.example", token_env="OA_NO_SUCH_TOKEN").token()


def test_the_cli_refuses_another_server_than_the_policys(policy_file, data_home):
    _write(policy_file, {"server": {"url": "https://llm.bank.example"}})
    result = cli("server", "test", "https://other.example", home=data_home)
    assert result.returncode == 8, result.stderr  # ExitCode.POLICY
    assert "names the server https://llm.bank.example; no other can be used" in result.stderr


def test_the_cli_refuses_plain_http_to_another_computer(data_home):
    result = cli("server", "test", "http://192.0.2.1:8080", home=data_home)
    assert result.returncode == 7 and "unencrypted" in result.stderr, result.stderr
