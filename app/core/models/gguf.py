"""Read a GGUF file's metadata without loading it, and refuse files that are not GGUF.

llama.cpp trusts the file it is given; checking the header here first turns a wrong or
truncated file into a clear message instead of an engine crash.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

MAGIC = b"GGUF"
SUPPORTED_VERSIONS = (2, 3)
MAX_KV_COUNT = 100_000
MAX_STRING = 64 * 1024 * 1024

# value type -> struct format of a scalar
_SCALARS = {
    0: "B", 1: "b", 2: "H", 3: "h", 4: "I", 5: "i", 6: "f", 7: "?", 10: "Q", 11: "q", 12: "d",
}
_STRING, _ARRAY = 8, 9


class ModelFileError(Exception):
    """A model file that cannot be used; the message says why in plain words."""


@dataclass(frozen=True)
class GGUFHeader:
    version: int
    tensor_count: int
    metadata: dict  # scalars and strings; arrays are summarised as their length

    @property
    def architecture(self) -> str:
        return str(self.metadata.get("general.architecture", "unknown"))

    @property
    def name(self) -> str | None:
        return self.metadata.get("general.name")

    @property
    def has_chat_template(self) -> bool:
        return "tokenizer.chat_template" in self.metadata


class _Reader:
    def __init__(self, handle: BinaryIO, size: int):
        self.handle, self.size = handle, size

    def take(self, n: int) -> bytes:
        data = self.handle.read(n)
        if len(data) != n:
            raise ModelFileError("the file ends too early: it is truncated or damaged")
        return data

    def scalar(self, fmt: str):
        return struct.unpack("<" + fmt, self.take(struct.calcsize(fmt)))[0]

    def string(self) -> str:
        length = self.scalar("Q")
        if length > MAX_STRING or self.handle.tell() + length > self.size:
            raise ModelFileError("a text field runs past the end of the file: it is damaged")
        return self.take(length).decode("utf-8", errors="replace")

    def skip_string(self) -> None:
        length = self.scalar("Q")
        if self.handle.tell() + length > self.size:
            raise ModelFileError("a text field runs past the end of the file: it is damaged")
        self.handle.seek(length, 1)

    def value(self, kind: int):
        if kind in _SCALARS:
            return self.scalar(_SCALARS[kind])
        if kind == _STRING:
            return self.string()
        if kind == _ARRAY:
            return self.skip_array()
        raise ModelFileError(f"unknown metadata type {kind}: the file is damaged or too new")

    def skip_array(self) -> int:
        kind, count = self.scalar("I"), self.scalar("Q")
        if kind in _SCALARS:
            width = struct.calcsize(_SCALARS[kind]) * count
            if self.handle.tell() + width > self.size:
                raise ModelFileError("a list runs past the end of the file: it is damaged")
            self.handle.seek(width, 1)
        elif kind == _STRING:
            for _ in range(count):
                self.skip_string()
        else:
            for _ in range(count):
                self.value(kind)
        return count


def read_header(path: str | Path) -> GGUFHeader:
    path = Path(path)
    if not path.is_file():
        raise ModelFileError(f"{path.name}: the model file does not exist")
    size = path.stat().st_size
    with path.open("rb") as handle:
        reader = _Reader(handle, size)
        try:
            if reader.take(4) != MAGIC:
                raise ModelFileError(f"{path.name} is not a GGUF model file")
        except ModelFileError:
            raise ModelFileError(f"{path.name} is not a GGUF model file") from None
        version = reader.scalar("I")
        if version not in SUPPORTED_VERSIONS:
            raise ModelFileError(f"{path.name} uses GGUF version {version}, which is not supported")
        tensors, kv_count = reader.scalar("Q"), reader.scalar("Q")
        if kv_count > MAX_KV_COUNT:
            raise ModelFileError(f"{path.name} claims {kv_count} metadata entries: it is damaged")
        metadata = {}
        for _ in range(kv_count):
            key = reader.string()
            metadata[key] = reader.value(reader.scalar("I"))
    return GGUFHeader(version=version, tensor_count=tensors, metadata=metadata)
