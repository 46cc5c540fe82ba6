"""The organisation's policy file with real files and the real demo model: read and
validated against the published schema, a bad file locking the app down, the model
allow-list by SHA-256 (a file changed after approval refused), users' own models refused,
and documents outside the allowed kinds or size refused, each refusal audited."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
from pathlib import Path

import pytest

from app import paths
from app.core.audit import trail_in_force, verify_chain
from app.core.models.approval import ModelRefused, choose_approved_model
from app.core.models.files import list_models
from app.core.models.library import LibraryError, add_model_file
from app.core.policy import describe, forget_policy, policy_in_force, read_policy
from app.core.policy.documents import NotAllowedByPolicy
from app.core.store import Store
from app.core.summarize.admission import admit_document, thorough_check
from tests.conftest import REPO

EXAMPLE = REPO / "installer" / "policy.example.json"
OTHER_SHA = "ab" * 32


def write_policy(path: Path, policy: dict | str) -> None:
    path.write_text(policy if isinstance(policy, str) else json.dumps(policy), encoding="utf-8")


def sha256_of(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def store(data_home):
    store = Store(paths.database_path())
    yield store
    store.close()


def audit_events() -> list[dict]:
    path = trail_in_force().path
    if not path.exists():
        return []
    assert verify_chain(path).intact
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_no_policy_file_leaves_every_setting_to_the_user(policy_file):
    policy = policy_in_force()
    assert not policy.locked_down and policy.allowed_models is None
    assert policy.allows("chat") and policy.allows("export")
    assert policy.locked_settings() == {}
    assert "Nothing is set by an organisation" in describe(policy)


def test_the_shipped_example_follows_the_schema():
    policy = read_policy(EXAMPLE)
    assert policy.refusal is None
    assert [m.name for m in policy.allowed_models] == ["Granite 3.3 8B Instruct Q4_K_M",
                                                       "SmolLM2 135M demo"]
    assert policy.users_may_add_models is False and policy.default_model.startswith("Granite")
    assert policy.document_formats == ("pdf", "docx", "txt", "md")
    assert policy.max_document_mb == 50 and policy.retention_days == 90
    assert not policy.allows("copy_to_clipboard") and policy.allows("export")
    assert policy.summary_styles == ("brief", "key_points", "action_items")
    assert policy.audit_level == "metadata" and policy.audit_folder == "/var/log/offline-assistant"
    assert policy.locked_settings() == {"default_model": "Granite 3.3 8B Instruct Q4_K_M",
                                        "context_length": 8192, "threads": 0}
    assert policy.sha256 == sha256_of(EXAMPLE)


def test_a_policy_that_requires_encryption_starts_the_app_encrypting_not_locked_down(
        policy_file):
    """The data is encrypted (tests/core/test_encryption.py); once this refused to start."""
    write_policy(policy_file, {"encrypt_database": True})
    policy = policy_in_force()
    assert policy.encrypt_database and not policy.locked_down
    assert policy.allows("chat") and policy.allows("export")


@pytest.mark.parametrize("text, words", [
    ("{\"models\": {", "is not valid JSON"),
    ({"modles": {}}, "must not contain"),  # a typo in a key is not ignored
    ({"models": {"allowed": [{"name": "x", "sha256": "not-a-hash"}]}}, "must match pattern"),
    ({"features": {"chat": "no"}}, "must be boolean"),
    ({"models": {"allowed": [], "default": "Granite"}}, "not on its list of allowed models"),
])
def test_a_bad_policy_locks_the_app_down_with_a_clear_reason(policy_file, store, model_path,
                                                             text, words):
    write_policy(policy_file, text)
    policy = policy_in_force()
    assert policy.locked_down
    assert words in policy.refusal and str(policy_file) in policy.refusal
    assert not any(policy.allows(f) for f in ("chat", "export", "copy_to_clipboard"))
    # locked down, never open: not even the built-in demo model loads
    with pytest.raises(ModelRefused, match="policy"):
        choose_approved_model(None, None, store, paths.models_dir(), policy)
    with pytest.raises(ModelRefused, match="policy"):
        choose_approved_model(model_path, None, store, paths.models_dir(), policy)
    assert "LOCKED DOWN" in describe(policy)


def test_the_allow_list_refuses_a_model_not_on_it(policy_file, store, model_path):
    write_policy(policy_file, {"models": {"allowed": [{"name": "Granite", "sha256": OTHER_SHA}]}})
    policy = policy_in_force()
    with pytest.raises(ModelRefused) as refused:
        choose_approved_model(model_path, None, store, paths.models_dir(), policy)
    message = str(refused.value)
    assert "not approved by your organisation" in message and sha256_of(model_path) in message
    assert "Granite" in message
    with pytest.raises(ModelRefused, match="not approved"):  # nor chosen automatically
        choose_approved_model(None, None, store, paths.models_dir(), policy)
    refusals = [e for e in audit_events() if e["event"] == "model_refused"]
    assert len(refusals) == 2 and refusals[0]["sha256"] == sha256_of(model_path)


def test_an_approved_model_loads_and_a_changed_copy_is_refused(policy_file, store, model_path):
    copy = paths.models_dir() / "approved.gguf"
    shutil.copyfile(model_path, copy)
    approved = sha256_of(model_path)
    write_policy(policy_file, {"models": {"allowed": [{"name": "Demo", "sha256": approved}]}})
    policy = policy_in_force()
    model, sha256, _ = choose_approved_model(copy, None, store, paths.models_dir(), policy)
    assert (model.path, sha256) == (copy, approved)

    with open(copy, "ab") as handle:  # changed after approval (a tampered or swapped file)
        handle.write(b"\0" * 32)
    os.utime(copy, ns=(1, 1))
    with pytest.raises(ModelRefused, match="changed after approval is refused"):
        choose_approved_model(copy, None, store, paths.models_dir(), policy)


def test_the_policy_default_is_chosen_by_its_hash(policy_file, store, model_path):
    write_policy(policy_file, {"models": {"default": "Demo", "allowed": [
        {"name": "Other", "sha256": OTHER_SHA},
        {"name": "Demo", "sha256": sha256_of(model_path).upper()}]}})
    model, _, note = choose_approved_model(None, None, store, paths.models_dir(),
                                           policy_in_force())
    assert model.path == model_path and "the model your organisation chose" in note


def test_users_may_not_add_models(policy_file, store, model_path):
    write_policy(policy_file, {"models": {"users_may_add": False}})
    policy = policy_in_force()
    with pytest.raises(LibraryError, match="does not allow adding models"):
        add_model_file(store, model_path)
    dropped = paths.models_dir() / "dropped.gguf"  # copied into the models folder by hand
    shutil.copyfile(model_path, dropped)
    with pytest.raises(ModelRefused, match="allows only the models installed with the app"):
        choose_approved_model(dropped, None, store, paths.models_dir(), policy)
    # the automatic choice passes over the dropped file and takes the built-in model
    assert [m.path for m in list_models(store, paths.models_dir())][0] == dropped
    model, _, _ = choose_approved_model(None, None, store, paths.models_dir(), policy)
    assert model.path == model_path


def test_documents_outside_the_policy_are_refused_before_reading(policy_file, tmp_path):
    write_policy(policy_file, {"documents": {"max_size_mb": 0.001, "formats": ["txt"]},
                               "summary_styles": ["brief"]})
    page = tmp_path / "page.html"
    page.write_text("<p>hello</p>")
    with pytest.raises(NotAllowedByPolicy, match="not a kind of file your organisation"):
        admit_document(page, "brief")
    big = tmp_path / "big.txt"
    big.write_text("x" * 5000)
    with pytest.raises(NotAllowedByPolicy, match="allows documents of up to 0.001 MB"):
        admit_document(big, "brief")
    small = tmp_path / "small.txt"
    small.write_text("fine")
    with pytest.raises(NotAllowedByPolicy, match="not offered by your organisation"):
        admit_document(small, "key_facts")
    admit_document(small, "brief")
    assert [e["file"] for e in audit_events() if e["event"] == "document_refused"] == [
        "page.html", "big.txt", "small.txt"]


def test_a_policy_sets_what_text_recognition_reads_over_the_users_choice(policy_file):
    from app.core.policy.documents import ocr_languages

    assert ocr_languages("latin,ja", policy_in_force()) == ("latin", "ja")  # no policy
    write_policy(policy_file, {"documents": {"ocr_languages": ["latin", "zh"]}})
    policy = read_policy(policy_file)

    assert not policy.locked_down, policy.refusal
    assert policy.locked_settings() == {"ocr_languages": "latin,zh"}
    assert ocr_languages("ja", policy) == ("latin", "zh")
    write_policy(policy_file, {"documents": {"ocr_languages": ["th"]}})  # not a model's
    assert read_policy(policy_file).locked_down


@pytest.mark.parametrize("forced", [True, False])
def test_a_policy_may_set_the_thorough_check_either_way(policy_file, forced):
    assert thorough_check(True) and not thorough_check(False)  # no policy: as asked
    write_policy(policy_file, {"thorough_check": forced})
    forget_policy()  # read again, as at the next start
    assert policy_in_force().thorough_check is forced
    assert thorough_check(True) is forced and thorough_check(False) is forced


def test_a_thorough_check_that_is_not_true_or_false_is_refused(policy_file):
    write_policy(policy_file, {"thorough_check": "sometimes"})
    assert policy_in_force().locked_down
