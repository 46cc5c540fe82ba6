"""Which model the app picks, and what it reads from a GGUF header without loading it."""

from __future__ import annotations

import sys

import pytest

from app.core.models import choose_model, list_models, read_header
from app.core.models.files import ADDED_FOLDER, choose_start_model
from app.core.models.library import add_model_folder
from app.core.store import Store


@pytest.fixture
def store(tmp_path):
    store = Store(tmp_path / "app.db")
    yield store
    store.close()


def test_empty_models_folder_falls_back_to_the_demo_model_and_says_so(tmp_path, model_path,
                                                                      store):
    model, note = choose_model(None, store, tmp_path)
    assert model.embedded and model.path == model_path
    assert "built-in demo model" in note and str(tmp_path) in note


def test_a_model_in_the_models_folder_wins(tmp_path, model_path, store):
    (tmp_path / "granite-8b.Q4_K_M.gguf").symlink_to(model_path)
    model, note = choose_model(None, store, tmp_path)
    assert model.name == "granite-8b.Q4_K_M" and not model.embedded
    assert [m.embedded for m in list_models(store, tmp_path)] == [False, True]


def test_the_automatic_choice_sees_the_folders_the_user_added(tmp_path, model_path, store):
    """One catalogue: the model an added folder holds is listed by `models` and counted by
    `doctor`, so the automatic choice must take it before the demo model too."""
    added = tmp_path / "usb"
    added.mkdir()
    (added / "qwen-7b.gguf").symlink_to(model_path)
    add_model_folder(store, added)
    model, note = choose_model(None, store, tmp_path / "models")
    assert model.name == "qwen-7b" and model.source == ADDED_FOLDER and not model.embedded
    assert note == f"Using the model qwen-7b from {added}."
    assert [m.path for m in list_models(store, tmp_path / "models")][0] == model.path


def test_an_unusable_file_is_passed_over_by_the_automatic_choice(tmp_path, model_path, store):
    (tmp_path / "broken.gguf").write_bytes(b"GGUF" + bytes(20))
    model, note = choose_model(None, store, tmp_path)
    assert model.embedded and "built-in demo model" in note


def test_a_model_bundled_by_the_installer_comes_before_the_demo(tmp_path, model_path,
                                                                  monkeypatch, store):
    bundle = tmp_path / "bundle"
    (bundle / "models").mkdir(parents=True)
    (bundle / "models" / "approved.gguf").symlink_to(model_path)
    monkeypatch.setattr(sys, "_MEIPASS", str(bundle), raising=False)
    model, note = choose_model(None, store, tmp_path / "empty")
    assert model.bundled and "came with this installation" in note


def test_an_explicit_missing_file_is_a_clear_error(tmp_path, store):
    with pytest.raises(FileNotFoundError, match="does not exist"):
        choose_model(tmp_path / "nope.gguf", store, tmp_path)


def test_header_of_the_demo_model(model_path):
    header = read_header(model_path)
    assert header.version == 3 and header.architecture == "llama"
    assert header.has_chat_template
    assert header.metadata["llama.context_length"] == 8192
    assert header.metadata["tokenizer.ggml.tokens"] == 49152  # arrays are summarised by length


def test_the_default_chosen_in_the_models_window_is_used_while_its_file_is_there(
        tmp_path, model_path, store):
    chosen = tmp_path / "usb" / "granite-8b.gguf"
    chosen.parent.mkdir()
    chosen.symlink_to(model_path)
    model, note = choose_start_model(None, str(chosen), store, tmp_path / "models")
    assert model.path == chosen and "granite-8b.gguf" in note
    model, _ = choose_start_model(model_path, str(chosen), store, tmp_path / "models")
    assert model.path == model_path  # asked for by name: that one
    chosen.unlink()  # the drive is unplugged
    model, note = choose_start_model(None, str(chosen), store, tmp_path / "models")
    assert model.embedded
    assert note.startswith(f"Your default model {chosen} is not there now")
    assert "built-in demo model" in note
