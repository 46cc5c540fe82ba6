"""Encryption at rest from a terminal: a command run under a policy that requires encryption
encrypts the existing plain data file first, saying how far it is, and refuses (exit code 8,
in plain words) when there is no keychain, leaving no unencrypted file behind."""

from __future__ import annotations

import json
import sqlite3

import pytest

from app.core.store import Store
from app.core.store.encryption import is_encrypted
from tests.canary import CANARY, canary_files
from tests.helpers import cli
from tests.keychain import NO_BUS, secret_service


@pytest.fixture
def require_encryption(policy_file):
    policy_file.write_text(json.dumps({"encrypt_database": True}), encoding="utf-8")


def plain_data(data_home) -> None:
    store = Store(data_home / "offline-assistant.db")
    conversation = store.create_conversation(f"Notes {CANARY}")
    for n in range(10):
        store.add_message(conversation, "user", f"Question {n} about {CANARY}")
    store.close()


def test_a_command_encrypts_the_plain_data_first_and_says_so(require_encryption, data_home,
                                                              tmp_path, monkeypatch):
    plain_data(data_home)
    with secret_service(tmp_path / "keychain") as env:
        monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", env["DBUS_SESSION_BUS_ADDRESS"])
        result = cli("jobs", home=data_home, timeout=120)
    assert result.returncode == 0, result.stderr
    assert "Encrypting your data" in result.stderr and "Your data is encrypted" in result.stderr
    assert is_encrypted(data_home / "offline-assistant.db")
    assert canary_files(data_home) == []


def test_no_keychain_refuses_with_a_clear_message_and_no_plain_file(require_encryption,
                                                                    data_home, monkeypatch):
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", NO_BUS)
    result = cli("jobs", home=data_home, timeout=120)
    assert result.returncode == 8, result.stderr  # ExitCode.POLICY
    assert "no keychain can be used" in result.stderr
    assert "will not keep your data unencrypted" in result.stderr
    assert "Traceback" not in result.stderr
    assert not (data_home / "offline-assistant.db").exists()


def test_no_keychain_leaves_an_existing_plain_file_as_it_was(require_encryption, data_home,
                                                             monkeypatch):
    plain_data(data_home)
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", NO_BUS)
    result = cli("jobs", home=data_home, timeout=120)
    assert result.returncode == 8
    conn = sqlite3.connect(data_home / "offline-assistant.db")  # still plain, all there
    assert conn.execute("select count(*) from messages").fetchone() == (10,)
    conn.close()
