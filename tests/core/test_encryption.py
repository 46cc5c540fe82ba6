"""Encryption at rest (policy "encrypt_database"): the data file through SQLCipher, its key in
a real Secret Service (GNOME Keyring on a private D-Bus session, tests/keychain.py), a plain
file encrypted in place, and a clear refusal when there is no keychain."""

from __future__ import annotations

import hashlib
import json
import sqlite3

import pytest

from app import paths
from app.core import keychain
from app.core.bench.store_cost import describe, store_cost
from app.core.data_protection import protect_data_file
from app.core.keychain import KeychainUnavailable
from app.core.policy import policy_in_force
from app.core.store import Store, backups, encryption
from app.core.store.connection import connect, key_in_force, use_key
from app.core.store.encryption import PLAIN_HEADER, is_encrypted
from app.core.store.health import check_database
from tests.canary import CANARY, canary_files
from tests.keychain import NO_BUS, secret_service


@pytest.fixture(scope="module")
def keychain_bus(tmp_path_factory):
    with secret_service(tmp_path_factory.mktemp("keychain")) as env:
        yield env["DBUS_SESSION_BUS_ADDRESS"]


@pytest.fixture
def with_keychain(keychain_bus, monkeypatch):
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", keychain_bus)
    yield
    use_key(None)  # the key is the process's: the next test starts without one


@pytest.fixture
def without_keychain(monkeypatch):
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", NO_BUS)
    yield
    use_key(None)


@pytest.fixture
def require_encryption(policy_file):
    policy_file.write_text(json.dumps({"encrypt_database": True}), encoding="utf-8")
    assert policy_in_force().encrypt_database and not policy_in_force().locked_down


def fill(store: Store, messages: int = 40) -> None:
    """Rows in most tables: a conversation with the canary, a document with its pages, a job
    with chunks, settings."""
    conversation = store.create_conversation(f"Budget {CANARY}")
    for n in range(messages):
        store.add_message(conversation, "user" if n % 2 == 0 else "assistant",
                          f"Message {n} about project {CANARY} and the clinic roof.")
    document = store.add_document(path="/x/memo.txt", sha256="ab" * 32, size=10, pages=1,
                                  format="txt")
    job = store.create_job(document, style="brief", model="demo", prompt_version="v1",
                           settings={"n_ctx": 2048})
    store.plan_chunks(job, "map", [(1, 1, 100)])
    store.finish_chunk(job, "map", 0, f"The memo funds {CANARY}.")
    store.save_settings({"language": "en"})


def row_counts(conn) -> dict[str, int]:
    tables = [row[0] for row in conn.execute(
        "select name from sqlite_master where type = 'table' order by name")]
    return {t: conn.execute(f'select count(*) from "{t}"').fetchone()[0] for t in tables}


def test_with_the_policy_a_new_store_is_encrypted_and_holds_no_plain_text(
        with_keychain, require_encryption, data_home):
    db = paths.database_path()
    assert protect_data_file(db) is True
    store = Store(db)
    fill(store)
    backups.back_up(db)  # copies taken before upgrades are encrypted too
    assert store.search_messages("clinic")  # the full-text index works encrypted
    store.close()

    assert db.read_bytes()[:16] != PLAIN_HEADER
    assert canary_files(data_home) == []
    # the key is in the keychain, under the data folder's path, and nowhere in the folder
    stored = keychain._trusted_backend().get_password(keychain.SERVICE, str(data_home.resolve()))
    assert bytes.fromhex(stored) == key_in_force() and len(key_in_force()) == 32
    key_text = stored.encode()
    assert not any(key_text in f.read_bytes() or key_in_force() in f.read_bytes()
                   for f in data_home.rglob("*") if f.is_file())


def test_without_the_key_the_file_cannot_be_read(with_keychain, require_encryption):
    db = paths.database_path()
    protect_data_file(db)
    store = Store(db)
    fill(store, messages=2)
    store.close()

    with pytest.raises(sqlite3.DatabaseError, match="not a database"):
        sqlite3.connect(db).execute("select count(*) from messages").fetchone()
    use_key(bytes(32))  # a wrong key reads no better
    with pytest.raises(Exception, match="not a database"):
        connect(db).execute("select count(*) from messages").fetchone()
    use_key(None)
    assert check_database(db).problem == "damaged"  # so the app never opens it plain
    # with the keychain's key, as at the next start: all there
    protect_data_file(db)
    assert check_database(db).ok
    store = Store(db)
    assert len(store.search_messages("clinic")) == 2
    store.close()


def test_a_plain_database_is_encrypted_in_place_and_every_row_survives(
        with_keychain, policy_file, data_home):
    db = paths.database_path()
    assert protect_data_file(db) is False  # no policy: plain, as before
    store = Store(db)
    fill(store)
    store.close()
    backups.back_up(db)  # a plain copy, as a schema upgrade leaves one
    plain = sqlite3.connect(db)
    before = row_counts(plain)
    plain.close()
    assert before["messages"] == 40 and before["job_chunks"] == 1
    assert canary_files(data_home)  # the test can see plain text

    policy_file.write_text(json.dumps({"encrypt_database": True}), encoding="utf-8")
    from app.core.policy import forget_policy
    forget_policy()
    steps = []
    assert protect_data_file(db, steps.append) is True

    assert is_encrypted(db)
    assert [s.done for s in steps] == sorted(s.done for s in steps)
    assert steps[-1].done == steps[-1].total and "encrypted" in steps[-1].what
    assert canary_files(data_home) == []  # neither the file, its log nor a backup is plain
    assert sorted(p.name for p in data_home.iterdir()) == ["audit", "backups", db.name]
    conn = connect(db)
    assert row_counts(conn) == before
    conn.close()
    store = Store(db)
    assert len(store.search_messages("clinic")) == 40
    assert store.chunks(1, "map")[0]["result"].endswith(f"{CANARY}.")
    store.close()


def test_a_crash_mid_encryption_keeps_the_plain_file_and_the_next_start_finishes(
        with_keychain, require_encryption, monkeypatch):
    db = paths.database_path()
    use_key(None)
    store = Store(db)
    fill(store, messages=4)
    store.close()
    sqlite3.connect(db).execute("PRAGMA journal_mode = DELETE").close()
    digest = hashlib.sha256(db.read_bytes()).hexdigest()

    def power_cut(_partial):  # a rare fault: injected, just before the rename
        raise OSError(28, "No space left on device")

    with monkeypatch.context() as fault, pytest.raises(OSError):
        fault.setattr(encryption, "_settle", power_cut)
        protect_data_file(db)
    assert hashlib.sha256(db.read_bytes()).hexdigest() == digest  # untouched, still plain
    assert not db.with_name(db.name + ".encrypting").exists()

    assert protect_data_file(db) is True and is_encrypted(db)
    store = Store(db)
    assert len(store.search_messages("clinic")) == 4
    store.close()


def test_no_keychain_is_a_clear_refusal_never_a_plain_file(without_keychain,
                                                            require_encryption):
    db = paths.database_path()
    with pytest.raises(KeychainUnavailable) as refused:
        protect_data_file(db)
    words = str(refused.value)
    assert "keyring" in words and "will not keep your data unencrypted" in words
    assert key_in_force() is None and not db.exists()


def test_encrypted_data_stays_encrypted_when_the_policy_no_longer_asks(
        with_keychain, policy_file):
    db = paths.database_path()
    policy_file.write_text(json.dumps({"encrypt_database": True}), encoding="utf-8")
    protect_data_file(db)
    store = Store(db)
    fill(store, messages=2)
    store.close()
    use_key(None)
    policy_file.unlink()
    from app.core.policy import forget_policy
    forget_policy()
    assert protect_data_file(db) is True  # the key is still used; nothing is decrypted
    store = Store(db)
    assert len(store.search_messages("clinic")) == 2
    store.close()
    assert is_encrypted(db)


def test_the_cost_of_encryption_on_the_store(capsys):
    """Opening, a search and the per-chunk commit, plain and encrypted, as `offline-assistant
    bench` prints them (run with -s to see them); encrypted may not be many times slower."""
    timings = store_cost()
    with capsys.disabled():
        print("\n" + "\n".join(describe(timings)))
    assert key_in_force() is None  # the bench's key does not outlive it
    for what, seconds in timings["encrypted"].items():
        assert seconds < 10 * timings["plain"][what] + 0.005, what


def test_a_log_left_by_a_crash_is_encrypted_with_the_file_and_removed(
        with_keychain, require_encryption, data_home, tmp_path):
    """A window killed mid-write leaves its write-ahead log (plain pages) beside the file:
    its rows are carried into the encrypted file and the plain log and index are gone."""
    use_key(None)
    store = Store(tmp_path / "live.db")
    fill(store, messages=2)
    store.db.execute("PRAGMA wal_autocheckpoint = 0")  # the last rows stay in the log
    for n in range(5):
        store.add_message(1, "user", f"Late message {n} on {CANARY}")
    db = paths.database_path()
    db.parent.mkdir(parents=True, exist_ok=True)
    for suffix in ("", "-wal"):  # the files as a crash leaves them, the log not yet folded
        (db.parent / f"{db.name}{suffix}").write_bytes(
            (tmp_path / f"live.db{suffix}").read_bytes())
    store.close()
    assert (data_home / f"{db.name}-wal").stat().st_size > 0

    assert protect_data_file(db) is True
    assert not (data_home / f"{db.name}-wal").exists()
    assert not (data_home / f"{db.name}-shm").exists()
    assert canary_files(data_home) == []
    store = Store(db)
    assert len(store.search_messages("late")) == 5
    store.close()
