"""The model library with real files and a real SQLite store: what it lists and from where,
hashes computed once per version of a file, adding, copying and removing models, and the
model hash on summary jobs."""

from __future__ import annotations

import hashlib
import shutil

import pytest

from app.core.models import library
from app.core.models.files import (
    ADDED_FILE,
    ADDED_FOLDER,
    BUILT_IN,
    MODELS_FOLDER,
    list_models,
)
from app.core.models.library import (
    LibraryError,
    Stopped,
    add_model_file,
    add_model_folder,
    check_free_space,
    copy_model_file,
    model_sha256,
    remove_model,
)
from app.core.store import Store


def sha256_of(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def store(tmp_path):
    store = Store(tmp_path / "app.db")
    yield store
    store.close()


@pytest.fixture
def models_dir(tmp_path):
    folder = tmp_path / "models"
    folder.mkdir()
    return folder


@pytest.fixture
def hash_calls(monkeypatch) -> list:
    """Every file the library reads end to end to hash it (the real hashing runs)."""
    calls = []
    real = library.file_sha256

    def counting(path, **kwargs):
        calls.append(path.name)
        return real(path, **kwargs)

    monkeypatch.setattr(library, "file_sha256", counting)
    return calls


def test_lists_the_models_folder_added_folders_added_files_and_the_built_in_model(
        store, models_dir, tmp_path, model_path):
    (models_dir / "granite-8b.Q4_K_M.gguf").symlink_to(model_path)
    (models_dir / "readme.txt").write_text("not a model")
    extra = tmp_path / "team-models"
    extra.mkdir()
    (extra / "qwen-7b.gguf").symlink_to(model_path)
    (extra / "big-00002-of-00002.gguf").symlink_to(model_path)  # loaded through part 1
    usb = tmp_path / "usb"
    usb.mkdir()
    (usb / "mistral-7b.gguf").symlink_to(model_path)

    assert add_model_folder(store, extra) == 2
    added = add_model_file(store, usb / "mistral-7b.gguf")
    assert added.source == ADDED_FILE and added.usable

    listed = list_models(store, models_dir)
    assert [(m.name, m.source) for m in listed] == [
        ("granite-8b.Q4_K_M", MODELS_FOLDER), ("qwen-7b", ADDED_FOLDER),
        ("mistral-7b", ADDED_FILE), ("SmolLM2-135M-Instruct.Q4_1", BUILT_IN)]
    assert all(m.usable and m.card.layers == 30 for m in listed)
    assert all(m.sha256 is None for m in listed)  # listing reads headers, never whole files
    assert listed[0].size == model_path.stat().st_size


def test_a_hash_is_computed_once_and_kept(store, models_dir, model_path, hash_calls, tmp_path):
    expected = sha256_of(model_path)
    assert model_sha256(store, model_path) == expected
    hashed_at = store.model_record(str(model_path))["hashed"]
    assert model_sha256(store, model_path) == expected
    [built_in] = list_models(store, models_dir)
    assert built_in.sha256 == expected
    [again] = list_models(store, models_dir)
    assert again.sha256 == expected
    assert hash_calls == [model_path.name]  # read once, for all four answers

    store.close()
    reopened = Store(tmp_path / "app.db")  # kept across restarts, with its time unchanged
    try:
        assert model_sha256(reopened, model_path) == expected
        assert reopened.model_record(str(model_path))["hashed"] == hashed_at
    finally:
        reopened.close()
    assert hash_calls == [model_path.name]


def test_a_changed_file_is_hashed_again(store, models_dir, model_path, hash_calls):
    copy = models_dir / "granite-8b.gguf"
    shutil.copyfile(model_path, copy)
    first = model_sha256(store, copy)
    with open(copy, "ab") as handle:  # still a valid model: llama.cpp ignores trailing bytes
        handle.write(b"\0" * 64)
    listed = {m.name: m for m in list_models(store, models_dir)}
    assert listed["granite-8b"].sha256 is None and listed["granite-8b"].usable
    second = model_sha256(store, copy)
    assert second == sha256_of(copy) != first
    assert hash_calls == ["granite-8b.gguf", "granite-8b.gguf"]
    assert list_models(store, models_dir)[0].sha256 == second


@pytest.mark.parametrize("content, words", [
    (b"PK\x03\x04 a zip, not a model", "not a GGUF model file"),
    (None, "incomplete"),  # the demo model cut short: its header is fine, its data is not
])
def test_a_damaged_file_is_refused_on_add_and_nothing_is_kept(store, models_dir, tmp_path,
                                                              model_path, content, words):
    bad = tmp_path / "download.gguf"
    if content is None:
        with open(model_path, "rb") as source:
            content = source.read(20_000_000)
    bad.write_bytes(content)
    for add in (lambda: add_model_file(store, bad),
                lambda: copy_model_file(store, bad, models_dir)):
        with pytest.raises(LibraryError, match=words) as refused:
            add()
        assert str(refused.value).startswith("This file cannot be used as a model:")
    assert store.model_records() == {}
    assert list(models_dir.iterdir()) == []
    assert [m.source for m in list_models(store, models_dir)] == [BUILT_IN]


def test_a_damaged_file_in_the_models_folder_is_listed_with_its_problem(store, models_dir):
    (models_dir / "broken.gguf").write_bytes(b"GGUF\x03\x00\x00\x00" + b"\x01" * 8)
    broken = list_models(store, models_dir)[0]
    assert not broken.usable and "truncated" in broken.problem


def test_copy_into_the_models_folder_reports_progress_and_hashes_on_the_way(
        store, models_dir, tmp_path, model_path, hash_calls):
    original = tmp_path / "usb" / "granite-8b.gguf"
    original.parent.mkdir()
    original.symlink_to(model_path)
    progress = []
    copied = copy_model_file(store, original, models_dir,
                             progress=lambda done, total: progress.append((done, total)))
    target = models_dir / "granite-8b.gguf"
    assert copied.path == target and copied.source == MODELS_FOLDER and copied.usable
    assert not target.is_symlink() and target.stat().st_size == model_path.stat().st_size
    total = model_path.stat().st_size
    assert len(progress) > 3 and progress[-1] == (total, total)
    assert [done for done, _ in progress] == sorted(done for done, _ in progress)
    assert copied.sha256 == sha256_of(model_path)
    assert list_models(store, models_dir)[0].sha256 == copied.sha256
    assert hash_calls == []  # the copy hashed what it wrote; nothing read the file again
    with pytest.raises(LibraryError, match="already in the models folder"):
        copy_model_file(store, original, models_dir)


def test_a_copy_that_would_fill_the_disk_is_refused_before_it_starts(
        store, models_dir, model_path, monkeypatch):
    free = shutil.disk_usage(models_dir).free
    with pytest.raises(LibraryError, match="not enough free disk space"):
        check_free_space(models_dir, free)
    # the same check as the first step of a copy: a drive as full as this one minus 1 MB
    monkeypatch.setattr(library, "COPY_HEADROOM", free - model_path.stat().st_size + 10**6)
    with pytest.raises(LibraryError, match="add the model where it is") as refused:
        copy_model_file(store, model_path, models_dir)
    assert "GB free" in str(refused.value) or "MB free" in str(refused.value)
    assert list(models_dir.iterdir()) == []


def test_a_stopped_copy_leaves_nothing_behind(store, models_dir, model_path):
    progress = []
    with pytest.raises(Stopped):
        copy_model_file(store, model_path, models_dir,
                        progress=lambda done, total: progress.append(done),
                        stop=lambda: len(progress) >= 2)
    assert list(models_dir.iterdir()) == [] and store.model_records() == {}


def test_removing_never_deletes_a_referenced_file_and_deletes_a_copy_only_when_told(
        store, models_dir, tmp_path, model_path):
    referenced = tmp_path / "mine.gguf"
    referenced.symlink_to(model_path)
    add_model_file(store, referenced)
    folder = tmp_path / "shared"
    folder.mkdir()
    (folder / "team.gguf").symlink_to(model_path)
    add_model_folder(store, folder)
    shutil.copyfile(model_path, models_dir / "copy.gguf")
    models = {m.name: m for m in list_models(store, models_dir)}

    remove_model(store, models["mine"])
    remove_model(store, models["team"])
    with pytest.raises(LibraryError, match="needs your confirmation"):
        remove_model(store, models["copy"])
    assert (models_dir / "copy.gguf").exists()
    with pytest.raises(LibraryError, match="cannot be removed"):
        remove_model(store, models["SmolLM2-135M-Instruct.Q4_1"])
    assert [m.name for m in list_models(store, models_dir)] == [
        "copy", "SmolLM2-135M-Instruct.Q4_1"]
    assert referenced.exists() and (folder / "team.gguf").exists()

    remove_model(store, models["copy"], delete_file=True)
    assert not (models_dir / "copy.gguf").exists()
    assert [m.source for m in list_models(store, models_dir)] == [BUILT_IN]


def test_a_referenced_file_that_went_missing_stays_listed_with_the_reason(
        store, models_dir, tmp_path, model_path):
    usb = tmp_path / "usb.gguf"
    usb.symlink_to(model_path)
    add_model_file(store, usb)
    usb.unlink()
    missing = list_models(store, models_dir)[0]
    assert missing.name == "usb" and not missing.usable
    assert "is missing" in missing.problem and "not connected" in missing.problem


# -- the model file's hash on summary jobs ----------------------------------------------------
def test_a_summary_job_records_the_model_files_sha256_and_the_export_shows_it(
        engine, tmp_path, data_home):
    from app.core.documents import extract_document
    from app.core.summarize import JobFinished, run_summary, start_summary
    from app.core.summarize.export import to_markdown

    document = tmp_path / "note.txt"
    document.write_text("The board approved 12 new clinics in Penang. Opening is in May.",
                        encoding="utf-8")
    store = Store(data_home / "app.db")
    try:
        job_id = start_summary(store, engine, extract_document(document))
        expected = sha256_of(engine.model.path)
        assert store.job(job_id)["model_sha256"] == expected
        assert store.model_record(str(engine.model.path))["sha256"] == expected  # cached
        finished = list(run_summary(store, engine, job_id))[-1]
        assert isinstance(finished, JobFinished) and finished.status == "done", finished.message
        assert f"- **Model SHA-256:** {expected}" in to_markdown(store, job_id)
    finally:
        store.close()
