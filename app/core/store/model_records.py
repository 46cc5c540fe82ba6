"""The store's side of the model library: one row per model file the app has seen, with
its SHA-256 once computed, and the folders the user asked the app to look in.

A row's hash belongs to one (size, mtime) of its file: a file changed in place is hashed
again, and a hash finished after the file changed under it is not kept.
"""

from __future__ import annotations

from datetime import datetime, timezone


def now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


class ModelRecords:
    """Mixed into Store; `self.db` is its sqlite-utils Database."""

    def model_records(self) -> dict[str, dict]:
        return {row["path"]: row for row in self.db["models"].rows}

    def model_record(self, path: str) -> dict | None:
        rows = list(self.db["models"].rows_where("path = ?", [path], limit=1))
        return rows[0] if rows else None

    def save_model_record(self, row: dict) -> None:
        """Insert or update by path; `added` is set once, on insert."""
        with self.db.atomic():
            existing = self.model_record(row["path"])
            values = {**row, "added": existing["added"] if existing else now()}
            self.db["models"].upsert(values, pk="path")

    def forget_model(self, path: str) -> None:
        self.db["models"].delete_where("path = ?", [path])

    def set_model_hash(self, path: str, *, size: int, mtime_ns: int, sha256: str) -> None:
        """Keep the hash of this exact version of the file."""
        with self.db.atomic():
            existing = self.model_record(path)
            if existing is None:  # a file hashed outside the library (e.g. --model): cache only
                self.db["models"].insert({"path": path, "size": size, "mtime_ns": mtime_ns,
                                          "added": now()})
            elif (existing["size"], existing["mtime_ns"]) != (size, mtime_ns):
                self.db["models"].update(path, {"size": size, "mtime_ns": mtime_ns,
                                                "card": None, "problem": None})
            self.db["models"].update(path, {"sha256": sha256, "hashed": now()})

    def model_folders(self) -> list[str]:
        return [row["path"] for row in self.db["model_folders"].rows_where(order_by="added")]

    def add_model_folder(self, path: str) -> None:
        self.db["model_folders"].insert({"path": path, "added": now()}, pk="path",
                                        ignore=True)

    def remove_model_folder(self, path: str) -> None:
        self.db["model_folders"].delete_where("path = ?", [path])
