"""The audit trail: an append-only file of JSON lines, one per event, that IT and
compliance read (`offline-assistant audit verify|export`), not a table a user can edit.

Every entry carries the OS user, the machine name, a UTC time, its own SHA-256 and the
SHA-256 of the entry before it, so an entry changed, removed or moved breaks the chain
(check.py finds where). Each write is fsynced before the work it records is reported done,
and happens under a file lock: the window and a terminal command writing at the same moment
still make one chain, never two branches.
"""

from __future__ import annotations

import getpass
import hashlib
import json
import os
import platform
from datetime import datetime, timezone
from pathlib import Path

from filelock import FileLock, Timeout

GENESIS = "0" * 64  # the "previous entry" of the first one
OUTPUT_FIELDS = ("prompt", "answer", "summary")  # kept only at "with_outputs"
LOCK_WAIT_S = 30  # a writer holds the lock for one append: milliseconds
TAIL_BLOCK = 64 * 1024
# The chain's own fields, named apart from an event's `sha256` (of a model, a document…)
OWN_HASH, PREV_HASH = "entry_sha256", "prev_entry_sha256"
RESERVED = ("time", "event", "user", "machine", OWN_HASH, PREV_HASH)


class AuditUnavailable(Exception):
    """The audit trail cannot be written: the app refuses to work unaudited."""


def canonical(entry: dict) -> str:
    return json.dumps(entry, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def entry_hash(entry: dict) -> str:
    """The SHA-256 of an entry without its own hash."""
    body = {k: v for k, v in entry.items() if k != OWN_HASH}
    return hashlib.sha256(canonical(body).encode("utf-8")).hexdigest()


def _os_user() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # a user with no name in the password database
        return f"uid {os.getuid()}" if hasattr(os, "getuid") else "unknown"


class AuditTrail:
    def __init__(self, path: Path, level: str = "metadata"):
        self.path = Path(path)
        self.level = level

    def record(self, event: str, **fields) -> dict:
        """Append one entry and fsync it; returns the entry written."""
        clash = set(fields) & set(RESERVED)
        if clash:
            raise ValueError(f"audit fields {sorted(clash)} are the trail's own")
        if self.level != "with_outputs":
            fields = {k: v for k, v in fields.items() if k not in OUTPUT_FIELDS}
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            with FileLock(str(self.path) + ".lock", timeout=LOCK_WAIT_S):
                return self._append(event, fields)
        except Timeout as exc:
            raise AuditUnavailable(self._cannot(
                "another program has held it locked for too long")) from exc
        except OSError as exc:
            raise AuditUnavailable(self._cannot(exc.strerror or str(exc))) from exc

    def _append(self, event: str, fields: dict) -> dict:
        entry = {"time": datetime.now(timezone.utc).isoformat(timespec="microseconds"),
                 "event": event, "user": _os_user(), "machine": platform.node(),
                 **fields, PREV_HASH: self._last_hash()}
        entry[OWN_HASH] = entry_hash(entry)
        with open(self.path, "ab") as handle:
            handle.write(canonical(entry).encode("utf-8") + b"\n")
            handle.flush()
            os.fsync(handle.fileno())
        return entry

    def _last_hash(self) -> str:
        line = last_line(self.path)
        if line is None:
            return GENESIS
        try:
            return json.loads(line)[OWN_HASH]
        except (ValueError, KeyError, TypeError):
            # A damaged last line: chain to its bytes, so `verify` still names it.
            return hashlib.sha256(line).hexdigest()

    def _cannot(self, why: str) -> str:
        return (f"The audit trail {self.path} cannot be written ({why}). Your organisation "
                "requires every use of this app to be recorded, so it will not work until "
                "the audit folder can be written: ask your IT team.")


def last_line(path: Path) -> bytes | None:
    """The file's last non-empty line, read from its end (the trail grows for years)."""
    try:
        handle = open(path, "rb")
    except FileNotFoundError:
        return None
    with handle:
        end = handle.seek(0, os.SEEK_END)
        tail = b""
        while end > 0:
            start = max(0, end - TAIL_BLOCK)
            handle.seek(start)
            tail = handle.read(end - start) + tail
            end = start
            stripped = tail.rstrip(b"\n")
            if b"\n" in stripped or end == 0:
                return stripped.rsplit(b"\n", 1)[-1] or None
    return None
