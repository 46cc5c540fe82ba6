"""Every folder the app uses, in one place.

`OFFLINE_ASSISTANT_HOME` moves the whole data folder (tests, portable installs);
otherwise platformdirs picks the per-user data folder of the operating system. The data
folder is private to its user (app/private_files.py).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from platformdirs import user_data_dir

from app.private_files import private_folder

HOME_ENV = "OFFLINE_ASSISTANT_HOME"


def data_dir() -> Path:
    override = os.environ.get(HOME_ENV)
    path = Path(override) if override else Path(user_data_dir("OfflineAssistant", False))
    return private_folder(path)  # others' documents' text: no one else may read it


def models_dir() -> Path:
    path = data_dir() / "models"
    path.mkdir(parents=True, exist_ok=True)
    return path


def logs_dir() -> Path:
    # Not created here: app/log_file.py creates it when it opens the log, and naming it (in
    # `doctor`, in Settings) must work even when the data folder is read-only.
    return data_dir() / "logs"


def database_path() -> Path:
    return data_dir() / "offline-assistant.db"


def resources_dir() -> Path:
    # A PyInstaller bundle unpacks data next to the executable (sys._MEIPASS).
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def policy_schema_path() -> Path:
    """The published schema of the organisation's policy file (installer/README.md)."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "installer" / "policy.schema.json"
    return Path(__file__).resolve().parent.parent / "installer" / "policy.schema.json"
