"""The terminal commands, run as a user would: a separate process, exit codes, printed text."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys

import pytest

from app.core.models.library import add_model_file
from app.core.settings import AppSettings
from app.core.store import Store
from tests.offline import no_network_prefix

FOUR_PAGES = "004-pdflatex-4-pages/pdflatex-4-pages.pdf"
PASSWORD = "005-libreoffice-writer-password/libreoffice-writer-password.pdf"


def cli(*args, home, prefix=(), stdin=None, timeout=300):
    env = {**os.environ, "OFFLINE_ASSISTANT_HOME": str(home)}
    return subprocess.run([*prefix, sys.executable, "-m", "app", *args], env=env, input=stdin,
                          capture_output=True, text=True, timeout=timeout)


def test_summarize_a_pdf_prints_a_summary_and_saves_the_job(corpus, data_home):
    result = cli("summarize", str(corpus / FOUR_PAGES), home=data_home)
    assert result.returncode == 0, result.stderr
    assert len(result.stdout.split()) > 10
    assert "built-in demo model" in result.stderr

    store = Store(data_home / "offline-assistant.db")
    try:
        [job] = store.jobs()
        chunks = store.chunks(job["id"])
    finally:
        store.close()
    assert job["status"] == "done" and job["pages"] == 4 and job["finished"]
    assert job["summary"].strip() in result.stdout
    assert chunks and all(c["status"] == "done" and c["result"] for c in chunks)
    maps = [c for c in chunks if c["kind"] == "map"]
    assert maps[0]["first_page"] == 1 and maps[-1]["last_page"] == 4


def test_password_protected_pdf_is_a_clear_error(corpus, data_home):
    result = cli("summarize", str(corpus / PASSWORD), home=data_home)
    assert result.returncode == 2
    assert "password-protected" in result.stderr
    assert result.stdout == ""


@pytest.mark.parametrize("content, code, words", [
    (b"", 2, "empty"),
    (None, 2, "was not found"),
])
def test_unusable_documents_exit_with_a_message(tmp_path, data_home, content, code, words):
    path = tmp_path / "notes.txt"
    if content is not None:
        path.write_bytes(content)
    result = cli("summarize", str(path), home=data_home)
    assert result.returncode == code
    assert words in result.stderr.lower()


def test_a_model_that_is_not_gguf_exits_with_a_message(tmp_path, data_home):
    fake = tmp_path / "model.gguf"
    fake.write_text("this is a text file, not a model")
    result = cli("chat", "--model", str(fake), "--prompt", "hi", home=data_home)
    assert result.returncode == 3
    assert "not a GGUF model file" in result.stderr


def test_chat_answers_and_saves_the_conversation(data_home):
    result = cli("chat", home=data_home, stdin="What colour is the sky?\n")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip()
    assert "tok/s" in result.stderr
    store = Store(data_home / "offline-assistant.db")
    try:
        [conversation] = store.conversations()
        question, answer = store.messages(conversation["id"])
        assert (question["role"], answer["role"]) == ("user", "assistant")
        options = json.loads(answer["load_options"])  # the context etc. it was made with
        assert options["n_ctx"] >= 512 and options["n_threads"] >= 1
        assert "loaded" in result.stderr.lower() and f"context {options['n_ctx']}" in result.stderr
    finally:
        store.close()


def test_models_lists_the_embedded_model(data_home):
    result = cli("models", home=data_home)
    assert result.returncode == 0
    assert "SmolLM2-135M-Instruct" in result.stdout and "built-in demo" in result.stdout
    assert "SHA-256: not computed yet" in result.stdout


def test_models_hash_once_and_the_default_from_the_window_is_used(tmp_path, data_home,
                                                                  model_path):
    expected = hashlib.sha256(model_path.read_bytes()).hexdigest()
    hashed = cli("models", "--hash", home=data_home)
    assert hashed.returncode == 0 and f"SHA-256: {expected}" in hashed.stdout
    assert f"SHA-256: {expected}" in cli("models", home=data_home).stdout  # kept

    chosen = tmp_path / "granite-8b.gguf"
    chosen.symlink_to(model_path)
    store = Store(data_home / "offline-assistant.db")
    try:
        add_model_file(store, chosen)  # added where it is, then "Use this model"
        settings = AppSettings.from_store(store)
        settings.default_model = str(chosen)
        settings.save(store)
    finally:
        store.close()
    assert "granite-8b [added file] [default]" in cli("models", home=data_home).stdout
    result = cli("chat", "--prompt", "Hi", home=data_home)
    assert result.returncode == 0, result.stderr
    assert "Using the model granite-8b.gguf" in result.stderr


def test_doctor_describes_the_machine(data_home):
    result = cli("doctor", home=data_home)
    assert result.returncode == 0, result.stderr
    for label in ("CPU:", "Cores:", "RAM:", "GPU:", "llama.cpp:", "CPU features:", "Data folder:"):
        assert label in result.stdout
    assert str(data_home) in result.stdout


def test_summary_works_with_no_network_at_all(corpus, data_home):
    """In a network namespace with no interfaces, any connection attempt would fail."""
    result = cli("summarize", str(corpus / FOUR_PAGES), "--ctx", "2048", home=data_home,
                 prefix=no_network_prefix())
    assert result.returncode == 0, result.stderr
