"""What the user does with the catalogue (files.py): whether a model fits this computer,
its SHA-256, computed once per version (size, mtime) of the file and kept in the store,
adding, copying and removing models.

Hashing reads the whole file, seconds for a 7-8B model, so it is a step of its own that the
caller runs in the background. Nothing here deletes a file the user
referenced: only a file inside the app's own models folder, and only when asked to.
"""

from __future__ import annotations

import hashlib
import os
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from app.core.models.card import ModelCard
from app.core.models.files import (
    ADDED_FILE,
    ADDED_FOLDER,
    MODELS_FOLDER,
    LibraryModel,
    absolute,
    describe_file,
    gguf_files,
)
from app.core.models.gguf import ModelFileError
from app.core.models.validate import model_part_paths, validate_model
from app.core.policy import policy_in_force
from app.core.units import format_bytes

if TYPE_CHECKING:
    from app.core.store import Store

READ_BLOCK = 8 * 1024**2
# Left free after a copy: the database, the logs and the system itself need room.
COPY_HEADROOM = 500 * 1000**2
PARTIAL_SUFFIX = ".partial"

Progress = Callable[[int, int], None]  # bytes done, bytes in all
Stop = Callable[[], bool]


class LibraryError(Exception):
    """A library action that cannot be done; the message says why and what to do."""


class Stopped(LibraryError):
    """The user (or the app closing) stopped a copy or a hash; nothing half-done is kept."""


# -- hashing ------------------------------------------------------------------------------
def file_sha256(path: Path, *, stop: Stop | None = None) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        while block := handle.read(READ_BLOCK):
            if stop is not None and stop():
                raise Stopped(f"Computing the SHA-256 of {path.name} was stopped.")
            digest.update(block)
    return digest.hexdigest()


def model_sha256(store: Store, path: str | Path, *, stop: Stop | None = None) -> str:
    """The file's SHA-256: the cached one while the file is unchanged, else computed now
    and cached. Reads the whole file when it computes: never call it on the GUI thread."""
    path = absolute(path)
    before = path.stat()
    version = (before.st_size, before.st_mtime_ns)
    record = store.model_record(str(path))
    if record and record["sha256"] and (record["size"], record["mtime_ns"]) == version:
        return record["sha256"]
    sha256 = file_sha256(path, stop=stop)
    after = path.stat()
    if (after.st_size, after.st_mtime_ns) == version:  # else it changed while being read
        store.set_model_hash(str(path), size=version[0], mtime_ns=version[1], sha256=sha256)
    return sha256


# -- adding -------------------------------------------------------------------------------
def check_may_add() -> None:
    """Refuse to add a model or a folder when the organisation's policy forbids it."""
    policy = policy_in_force()
    if policy.locked_down or policy.users_may_add_models is False:
        raise LibraryError("Your organisation's policy does not allow adding models on this "
                           "computer. Ask your IT team for the model you need.")


def check_model_file(path: str | Path) -> ModelCard:
    """The card of a file the user wants to add; LibraryError says why it cannot be used."""
    try:
        return validate_model(path)
    except ModelFileError as exc:
        raise LibraryError(
            f"This file cannot be used as a model: {exc}. Choose a complete .gguf model "
            "file made for llama.cpp.") from exc


def add_model_file(store: Store, path: str | Path) -> LibraryModel:
    """List a model file where it is: nothing is copied, and removing it from the list
    later leaves the file alone."""
    check_may_add()
    path = absolute(path)
    check_model_file(path)
    record = store.model_record(str(path))
    if record is None or record["source"] is None:
        store.save_model_record({"path": str(path), "name": path.stem, "source": ADDED_FILE,
                                 "size": None, "mtime_ns": None})
        record = store.model_record(str(path))
    return describe_file(store, path, record["source"], record)


def add_model_folder(store: Store, folder: str | Path) -> int:
    """Remember a folder whose .gguf files are listed from now on; returns how many it
    holds now (models put there later are listed too)."""
    check_may_add()
    folder = absolute(folder)
    if not folder.is_dir():
        raise LibraryError(f"{folder} is not a folder that can be read.")
    store.add_model_folder(str(folder))
    return len(gguf_files(folder))


def check_free_space(folder: Path, needed: int) -> None:
    free = shutil.disk_usage(folder).free
    if needed + COPY_HEADROOM > free:
        raise LibraryError(
            f"There is not enough free disk space to copy this model. It needs "
            f"{format_bytes(needed)}, and the drive that holds {folder} has "
            f"{format_bytes(free)} free (the app keeps {format_bytes(COPY_HEADROOM)} free "
            "for itself). Free some space, or add the model where it is, without copying.")


def copy_model_file(store: Store, source: str | Path, models_dir: Path, *,
                    progress: Progress | None = None, stop: Stop | None = None) -> LibraryModel:
    """Copy a model (every part of a split one) into the models folder, computing the
    SHA-256 on the way. A stopped or failed copy leaves nothing behind."""
    check_may_add()
    source, models_dir = absolute(source), absolute(models_dir)
    check_model_file(source)
    parts = model_part_paths(source)
    targets = [models_dir / part.name for part in parts]
    clash = next((target for target in targets if target.exists()), None)
    if clash is not None:
        raise LibraryError(f"{clash.name} is already in the models folder ({models_dir}). "
                           "Choose it in the list, or rename one of the two files.")
    total = sum(part.stat().st_size for part in parts)
    check_free_space(models_dir, total)
    copied: list[Path] = []
    done, sha256 = 0, None
    try:
        for part, target in zip(parts, targets):
            digest = _copy(part, target, done, total, progress, stop)
            copied.append(target)
            sha256 = sha256 or digest  # the hash of the file the user chose, the first part
            done += part.stat().st_size
    except BaseException:
        for target in copied:
            target.unlink(missing_ok=True)
        raise
    stat = targets[0].stat()
    store.set_model_hash(str(targets[0]), size=stat.st_size, mtime_ns=stat.st_mtime_ns,
                         sha256=sha256)
    return describe_file(store, targets[0], MODELS_FOLDER, store.model_record(str(targets[0])))


def _copy(source: Path, target: Path, done: int, total: int, progress: Progress | None,
          stop: Stop | None) -> str:
    partial = target.with_name(target.name + PARTIAL_SUFFIX)  # not *.gguf: never listed
    digest = hashlib.sha256()
    try:
        with open(source, "rb") as reader, open(partial, "wb") as writer:
            while block := reader.read(READ_BLOCK):
                if stop is not None and stop():
                    raise Stopped(f"The copy of {source.name} was stopped; nothing was kept.")
                writer.write(block)
                digest.update(block)
                done += len(block)
                if progress is not None:
                    progress(done, total)
            writer.flush()
            os.fsync(writer.fileno())  # a crash right after must not leave a torn model
        os.replace(partial, target)
    except OSError as exc:
        raise LibraryError(f"The copy of {source.name} failed ({exc.strerror or exc}); "
                           "nothing was kept.") from exc
    finally:
        partial.unlink(missing_ok=True)
    return digest.hexdigest()


# -- removing -----------------------------------------------------------------------------
def remove_model(store: Store, model: LibraryModel, *, delete_file: bool = False) -> None:
    """Take a model off the list. A referenced file stays where it is; a model in the
    models folder is deleted (every part), which the caller must have confirmed."""
    if not model.removable:
        raise LibraryError(f"{model.name} comes with the app and cannot be removed.")
    if model.source == ADDED_FOLDER:
        store.remove_model_folder(str(model.path.parent))
        return
    if model.deletes_file:
        if not delete_file:
            raise LibraryError(f"{model.name} is in the models folder: removing it from the "
                               "list deletes the file, which needs your confirmation.")
        parts = model_part_paths(model.path) if model.usable else [model.path]
        for part in parts:
            part.unlink(missing_ok=True)
    store.forget_model(str(model.path))
