"""Fast reading: a small model reads, the main model writes. A summary's cost is mostly its
map step, every page read once into notes (notes.py); a model with a tenth of the
parameters reads them ten times as fast on the same computer. In Fast reading the
library's small model writes those notes and the main model does every combining step and
the summary itself; in Thorough reading (the default) the main model does both.

The reader is the largest model of the library that has a chat template, at most a quarter
of the main model's parameters, and that the organisation's policy approves (by the same
rules as any model that loads: approval.py). The job records which one, with its SHA-256,
so a resumed job reads its remaining parts with the very same file, or says why it cannot.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from app.core import audit
from app.core.engine import EngineClient, EngineError
from app.core.models.approval import refusal
from app.core.models.files import LibraryModel, list_models, same_path
from app.core.models.library import model_sha256
from app.core.policy import Policy

SMALL_SHARE = 4  # the reader has at most 1/SMALL_SHARE of the main model's parameters


class NoReader(EngineError):
    """Fast reading cannot be done; the message says why and what to do."""

    def __init__(self, message: str):
        super().__init__(message, "load")


@dataclass(frozen=True)
class Reader:
    engine: EngineClient  # the small model, loaded in an engine of its own
    setting: dict  # what the job records of it: reader_setting()


def small_models(models: list[LibraryModel], main_path: Path | None,
                 main_parameters: int) -> list[LibraryModel]:
    """The library's models that may read for the main one, the largest first."""
    fitting = [m for m in models
               if m.usable and m.card.has_chat_template and not same_path(m.path, main_path)
               and m.card.parameter_count * SMALL_SHARE <= main_parameters]
    return sorted(fitting, key=lambda m: m.card.parameter_count, reverse=True)


def choose_reader(store, models_dir: Path, policy: Policy, main) -> tuple[LibraryModel, str]:
    """The small model that reads for `main` (the LoadedModel of the main engine) and its
    SHA-256; NoReader says why there is none. Hashes files: never on the GUI thread."""
    if main is None or main.card is None:  # the organisation's server: it does the reading
        raise NoReader("Fast reading needs the model to run on this computer; the "
                       "organisation's server reads the pages itself.")
    candidates = small_models(list_models(store, models_dir), main.path,
                              main.card.parameter_count)
    for model in candidates:
        sha256 = model_sha256(store, model.path)
        if refusal(policy, model, sha256) is None:
            return model, sha256
    approved = " that your organisation approves" if candidates else ""
    raise NoReader(
        f"Fast reading needs a small model{approved} in the library, with at most a "
        f"quarter of the parameters of {main.name} (for a 7–8B model, one of 0.5–2B with a "
        "chat template); there is none. Add one in File → Models…, or summarise with "
        "Thorough reading.")


def reader_setting(model: LibraryModel, sha256: str) -> dict:
    """What a job records of its reader (its settings' "reader")."""
    return {"name": model.name, "path": str(model.path), "sha256": sha256}


def job_reader(job: dict) -> dict | None:
    """The reader a job was started with, None for Thorough reading."""
    return json.loads(job["settings"] or "{}").get("reader")


def needs_reader(store, job_id: int) -> dict | None:
    """The reader setting of a Fast-reading job with parts still to read, else None."""
    job = store.job(job_id)
    setting = job_reader(job)
    if setting is None or job["status"] == "done":
        return None
    maps = store.chunks(job_id, "map")
    if len(maps) == 1:  # one part: the main model summarises it in one pass
        return None
    return setting if not maps or any(c["status"] != "done" for c in maps) else None


def new_job_reader(store, models_dir: Path, policy: Policy, main) -> dict:
    """The reader setting of a new Fast-reading job (choose_reader)."""
    return reader_setting(*choose_reader(store, models_dir, policy, main))


def reader_to_resume(store, models_dir: Path, policy: Policy, job_id: int) -> dict | None:
    """The reader setting a job needs to go on, checked (check_job_reader); None when it
    needs none."""
    setting = needs_reader(store, job_id)
    if setting is not None:
        check_job_reader(store, models_dir, policy, setting)
    return setting


def check_job_reader(store, models_dir: Path, policy: Policy, setting: dict) -> None:
    """NoReader when the file a job began reading with is gone, changed or no longer
    approved: its remaining parts must not be read by another model."""
    path, name = Path(setting["path"]), setting["name"]
    listed = [m for m in list_models(store, models_dir) if same_path(m.path, path)]
    if not path.is_file():
        raise NoReader(f"The small model this summary reads with, {name}, is no longer at "
                       f"{path}. Put it back to resume; the parts already read are kept.")
    sha256 = model_sha256(store, path)
    if sha256 != setting["sha256"]:
        raise NoReader(f"The small model this summary reads with, {name}, has changed since "
                       "the summary began; the parts already read are kept. Summarise the "
                       "document again to read it with the model as it is now.")
    model = listed[0] if listed else LibraryModel(path, name, "", 0, sha256)
    why = refusal(policy, model, sha256)
    if why:
        raise NoReader(why)


@contextmanager
def reader_engine(setting: dict | None, *, threads: int | None = None) -> Iterator[Reader | None]:
    """The reader loaded in an engine of its own, closed when the block ends (None for no
    setting: Thorough reading). Its context is what the memory check gives it (a small
    model's cache is small)."""
    if setting is None:
        yield None
        return
    engine = EngineClient()
    try:
        engine.load(setting["path"], threads=threads)
        audit.model_loaded(engine.model.name, setting["path"], setting["sha256"])
        yield Reader(engine, setting)
    finally:
        engine.close()
