"""The organisation's say over models (app/core/policy): which model may load, checked
before llama.cpp ever sees the file, and the choice of the model to load at start under it.

With an allow-list a model is approved by the SHA-256 of its file, computed once per
(path, size, mtime) and cached (library.model_sha256): a file changed after it was approved
has another hash and is refused. Without a list, a policy that forbids users' own models
approves only the models that came with the app.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

from app.core import audit
from app.core.models.files import BUILT_IN, BUNDLED, LibraryModel, choose_start_model, list_models
from app.core.models.library import model_sha256
from app.core.policy import Policy, PolicyRefusal

if TYPE_CHECKING:
    from app.core.store import Store

ASK_IT = "Ask your IT team to approve it, or choose an approved model."


class ModelRefused(PolicyRefusal):
    """The policy does not let this model load; the message says why, in plain words."""


def refusal(policy: Policy, model: LibraryModel, sha256: str | None) -> str | None:
    """Why the policy refuses `model` (whose file hashes to `sha256`, None when not known
    yet); None when it may load, or when only its hash can tell."""
    if policy.locked_down:
        return policy.refusal
    if policy.allowed_models is not None:
        if sha256 is None or policy.approved(sha256):
            return None
        return (f"{model.name} is not approved by your organisation: the SHA-256 of "
                f"{model.path.name} ({sha256}) is not on the policy's list of allowed models"
                f"{_names(policy)}. A model file changed after approval is refused too. "
                f"{ASK_IT}")
    if policy.users_may_add_models is False and model.source not in (BUILT_IN, BUNDLED):
        return (f"{model.name} was added on this computer, and your organisation's policy "
                "allows only the models installed with the app. " + ASK_IT)
    return None


def _names(policy: Policy) -> str:
    names = [m.name for m in policy.allowed_models or ()]
    return f" ({', '.join(names)})" if names else " (the list is empty)"


def check_approved(store: Store, model: LibraryModel, policy: Policy) -> str:
    """The model's SHA-256 when the policy lets it load; ModelRefused (and an audit entry)
    when not. Hashes the file when its hash is not cached: never on the GUI thread."""
    if policy.locked_down:
        _refuse(model, None, policy.refusal)
    sha256 = model_sha256(store, model.path)
    why = refusal(policy, model, sha256)
    if why:
        _refuse(model, sha256, why)
    return sha256


def _refuse(model: LibraryModel, sha256: str | None, why: str) -> NoReturn:
    audit.record("model_refused", name=model.name, path=str(model.path), sha256=sha256,
                 reason=why)
    raise ModelRefused(why)


def choose_approved_model(explicit: str | Path | None, default: str | None, store: Store,
                          models_dir: Path, policy: Policy) -> tuple[LibraryModel, str, str]:
    """The model to load at start, its SHA-256 and a sentence about the choice: the one
    asked for by path (refused when not approved); else the policy's default; else the
    user's default while approved; else the first approved model of the catalogue.

    Raises FileNotFoundError (nothing to load) or ModelRefused."""
    if policy.locked_down:
        raise ModelRefused(policy.refusal)
    if explicit:
        model, note = choose_start_model(explicit, None, store, models_dir)
        return model, check_approved(store, model, policy), note
    if policy.default_model:
        return _policy_default(store, models_dir, policy)
    passed_over = ""
    if default and Path(default).expanduser().is_file():
        model, note = choose_start_model(None, default, store, models_dir)
        sha256 = model_sha256(store, model.path)
        why = refusal(policy, model, sha256)
        if why is None:
            return model, sha256, note
        passed_over = f"Your default model was passed over: {why} "
        default = None
    if policy.allowed_models is None and policy.users_may_add_models is not False:
        model, note = choose_start_model(None, default, store, models_dir)
        return model, model_sha256(store, model.path), passed_over + note
    usable = [model for model in list_models(store, models_dir) if model.usable]
    for model in usable:
        sha256 = model_sha256(store, model.path)
        if refusal(policy, model, sha256) is None:
            return model, sha256, f"{passed_over}Using the approved model {model.name}."
    missing = (f"{passed_over}No model approved by your organisation is on this computer"
               f"{_names(policy)}. Ask your IT team to install one into {models_dir}.")
    if not usable:
        raise FileNotFoundError(missing)
    audit.record("model_refused", names=[m.name for m in usable], reason=missing)
    raise ModelRefused(missing + f" The models here ({', '.join(m.name for m in usable)}) "
                       "are not approved.")


def _policy_default(store: Store, models_dir: Path,
                    policy: Policy) -> tuple[LibraryModel, str, str]:
    wanted = next(m for m in policy.allowed_models or () if m.name == policy.default_model)
    for model in list_models(store, models_dir):
        if model.usable and model_sha256(store, model.path) == wanted.sha256:
            return model, wanted.sha256, (f"Using {wanted.name}, the model your organisation "
                                          "chose.")
    raise FileNotFoundError(f"The model your organisation chose, {wanted.name}, is not on this "
                            f"computer. Ask your IT team to install it into {models_dir}.")
