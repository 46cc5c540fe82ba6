"""A small GGUF writer, to build the model files the core tests need (valid, damaged,
hostile) without a model: shared by the validation and the fit tests."""

from __future__ import annotations

import struct

from app.core.models.ggml_types import GGML_TYPES

UINT16, UINT32, FLOAT32, BOOL, STRING, ARRAY = 2, 4, 6, 7, 8, 9
SCALAR_FORMATS = {0: "B", 1: "b", 2: "H", 3: "h", 4: "I", 5: "i", 6: "f", 7: "?", 10: "Q",
                  11: "q", 12: "d"}


def gguf_string(text: str) -> bytes:
    data = text.encode()
    return struct.pack("<Q", len(data)) + data


def gguf_value(value) -> bytes:
    """Type id and payload; a (type, value) pair picks the type, else it follows Python's."""
    if isinstance(value, tuple):
        kind, value = value
        return struct.pack("<I" + SCALAR_FORMATS[kind], kind, value)
    if isinstance(value, bool):
        return struct.pack("<IB", BOOL, value)
    if isinstance(value, int):
        return struct.pack("<II", UINT32, value)
    if isinstance(value, float):
        return struct.pack("<If", FLOAT32, value)
    if isinstance(value, str):
        return struct.pack("<I", STRING) + gguf_string(value)
    return struct.pack("<IIQ", ARRAY, STRING, len(value)) + b"".join(map(gguf_string, value))


def tensor_table(tensors: list[tuple[str, tuple[int, ...], int]], *,
                 alignment: int = 32) -> tuple[bytes, int]:
    """The tensor info entries, laid out one after the other and each aligned as llama.cpp
    expects, and the size of the data section they describe."""
    entries, offset, end = [], 0, 0
    for name, dims, type_id in tensors:
        entries.append(gguf_string(name) + struct.pack(f"<I{len(dims)}qIQ", len(dims), *dims,
                                                   type_id, offset))
        kind, elements = GGML_TYPES[type_id], 1
        for dim in dims:
            elements *= dim
        end = offset + elements // kind.block_size * kind.type_size
        offset = end + (-end % alignment)
    return b"".join(entries), end


def gguf_bytes(metadata: dict, tensors: list[tuple[str, tuple[int, ...], int]], *,
               alignment: int = 32) -> tuple[bytes, int]:
    """Header bytes (padded to the data section) and the size the whole file must have."""
    settings = b"".join(gguf_string(key) + gguf_value(value) for key, value in metadata.items())
    table, data_size = tensor_table(tensors, alignment=alignment)
    header = b"GGUF" + struct.pack("<IQQ", 3, len(tensors), len(metadata)) + settings + table
    header += b"\0" * (-len(header) % alignment)
    return header, len(header) + data_size


def write_gguf(path, metadata: dict, tensors, *, alignment: int = 32, size: int | None = None):
    """A GGUF file whose data section is a hole: as large as it claims, yet no disk used."""
    header, full_size = gguf_bytes(metadata, tensors, alignment=alignment)
    with open(path, "wb") as handle:
        handle.write(header)
        handle.truncate(full_size if size is None else size)
    return path


def small_llama(**extra) -> dict:
    return {"general.architecture": "llama", "general.name": "Tiny", "llama.block_count": 2,
            "llama.context_length": 4096, "llama.embedding_length": 256,
            "llama.attention.head_count": 4, "general.file_type": 2, **extra}
