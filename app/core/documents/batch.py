"""Turn what the user dropped or named (files and folders) into the documents to summarise."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from .model import SUPPORTED_SUFFIXES


def find_documents(items: Iterable[str | Path]) -> list[Path]:
    """Files as given (even unsupported ones, so the user hears why they were skipped) and
    the supported files inside any folder, in name order: one job per file."""
    found: list[Path] = []
    for item in map(Path, items):
        if item.is_dir():
            found += sorted(p for p in item.rglob("*")
                            if p.is_file() and p.suffix.lower() in SUPPORTED_SUFFIXES)
        else:
            found.append(item)
    return found
