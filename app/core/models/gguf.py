"""Read a GGUF file's metadata and tensor table without loading it, and refuse files that
are not GGUF or whose header is damaged.

llama.cpp trusts the file it is given: a damaged header can abort it (a wrongly typed
`general.alignment` trips an assert) or make it read past the end of the file. Everything
here is bounded by the file's size, so a hostile or truncated file becomes a ModelFileError
with a plain message, never another exception. The checks follow llama.cpp's own
(gguf.cpp, llama-model-loader.cpp) so that a file accepted here is one llama.cpp accepts.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from app.core.models.ggml_types import GGML_TYPES, GgmlType, tensor_bytes

MAGIC = b"GGUF"
SUPPORTED_VERSIONS = (2, 3)
MAX_KV_COUNT = 100_000
MAX_TENSOR_COUNT = 1_000_000
MAX_STRING = 64 * 1024 * 1024
# What the header may make us hold in memory: all its text together, and the numbers of its
# short lists (a chat template is tens of KB; the vocabulary is skipped, not kept).
MAX_KEPT_TEXT = 64 * 1024 * 1024
MAX_KEPT_NUMBERS = 64 * 1024
MAX_TENSOR_NAME = 64  # GGML_MAX_NAME, including the terminating zero
MAX_DIMS = 4  # GGML_MAX_DIMS
MAX_ELEMENTS = 2**63 - 1  # ggml counts elements in an int64
DEFAULT_ALIGNMENT = 32  # GGUF_DEFAULT_ALIGNMENT
READ_CHUNK = 1024 * 1024  # header bytes read at a time

_UINT32, _STRING, _ARRAY = 4, 8, 9
# value type -> struct of a scalar
_SCALARS = {
    kind: struct.Struct("<" + fmt)
    for kind, fmt in {
        0: "B", 1: "b", 2: "H", 3: "h", 4: "I", 5: "i", 6: "f", 7: "?", 10: "Q", 11: "q",
        12: "d",
    }.items()
}
_U32, _U64, _I64 = struct.Struct("<I"), struct.Struct("<Q"), struct.Struct("<q")
# smallest possible entries, to refuse a count the rest of the file cannot hold
_MIN_KV_BYTES = 8 + 4 + 1  # empty key, type, one-byte value
_MIN_TENSOR_INFO_BYTES = 8 + 4 + 4 + 8  # empty name, n_dims, type, offset


class ModelFileError(Exception):
    """A model file that cannot be used; the message says why in plain words."""


@dataclass(frozen=True, slots=True)  # slots: a file may list up to a million tensors
class TensorInfo:
    name: str
    dims: tuple[int, ...]
    type_id: int
    offset: int  # from the start of the data section

    @property
    def kind(self) -> GgmlType:
        return GGML_TYPES[self.type_id]

    @property
    def elements(self) -> int:
        count = 1
        for dim in self.dims:
            count *= dim
        return count

    @property
    def nbytes(self) -> int:
        return tensor_bytes(self.kind, self.elements)


@dataclass(frozen=True)
class GGUFHeader:
    version: int
    tensor_count: int
    metadata: dict  # scalars and strings; arrays are summarised as their length
    tensors: tuple[TensorInfo, ...] = ()
    alignment: int = DEFAULT_ALIGNMENT
    data_offset: int = 0  # where tensor data begins in the file
    file_size: int = 0
    # numeric arrays of per-layer values (e.g. head counts that differ per layer)
    layer_arrays: dict = field(default_factory=dict)

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
    """Reads the header through a sliding window: fast on 100,000-entry vocabularies,
    and a claimed length is checked against the file before anything is read."""

    MAX_LAYER_ARRAY = 4096  # numeric arrays up to this length are kept, not summarised

    def __init__(self, handle: BinaryIO, size: int):
        self.handle, self.size = handle, size
        self.window, self.start, self.pos = b"", 0, 0  # window holds bytes from `start`
        self.kept_text = self.kept_numbers = 0

    def _fill(self, n: int) -> None:
        if n > self.size - self.pos:
            raise ModelFileError("the file ends too early: it is truncated or damaged")
        if self.pos + n <= self.start + len(self.window):
            return
        self.handle.seek(self.pos)
        self.window, self.start = self.handle.read(max(n, READ_CHUNK)), self.pos
        if len(self.window) < n:  # the file shrank while being read
            raise ModelFileError("the file ends too early: it is truncated or damaged")

    def unpack(self, layout: struct.Struct):
        self._fill(layout.size)
        value = layout.unpack_from(self.window, self.pos - self.start)[0]
        self.pos += layout.size
        return value

    def take(self, n: int) -> bytes:
        self._fill(n)
        offset = self.pos - self.start
        self.pos += n
        return self.window[offset:offset + n]

    def skip(self, n: int, what: str) -> None:
        if n > self.size - self.pos:
            raise ModelFileError(f"{what} runs past the end of the file: it is damaged")
        self.pos += n

    def raw_string(self) -> bytes:
        length = self.unpack(_U64)
        if length > MAX_STRING or length > self.size - self.pos:
            raise ModelFileError("a text field runs past the end of the file: it is damaged")
        self.kept_text += length
        if self.kept_text > MAX_KEPT_TEXT:
            raise ModelFileError("its settings hold an implausible amount of text: it is damaged")
        return self.take(length)

    def string(self) -> str:
        return self.raw_string().decode("utf-8", errors="replace")

    def value(self, kind: int):
        if kind in _SCALARS:
            return self.unpack(_SCALARS[kind])
        if kind == _STRING:
            return self.string()
        if kind == _ARRAY:
            return self.array()
        raise ModelFileError(f"unknown metadata type {kind}: the file is damaged or too new")

    def array(self) -> int | tuple:
        """A numeric array short enough to be per-layer values comes back whole; any other
        array is skipped and summarised as its length."""
        kind, count = self.unpack(_U32), self.unpack(_U64)
        if kind in _SCALARS:
            width = _SCALARS[kind].size
            if count > (self.size - self.pos) // width:
                raise ModelFileError("a list runs past the end of the file: it is damaged")
            if count <= self.MAX_LAYER_ARRAY and self.kept_numbers + count <= MAX_KEPT_NUMBERS:
                self.kept_numbers += count
                data = self.take(width * count)
                return tuple(item[0] for item in _SCALARS[kind].iter_unpack(data))
            self.skip(width * count, "a list")
        elif kind == _STRING:
            self.skip_strings(count)
        else:  # llama.cpp reads no nested arrays either
            raise ModelFileError(f"a list holds values of type {kind}: the file is damaged")
        return count

    def skip_strings(self, count: int) -> None:
        if count > (self.size - self.pos) // 8:
            raise ModelFileError("a list runs past the end of the file: it is damaged")
        for _ in range(count):
            self.skip(self.unpack(_U64), "a text field")


def read_header(path: str | Path) -> GGUFHeader:
    """Metadata and tensor table of a GGUF file. Raises ModelFileError."""
    path = Path(path)
    if not path.is_file():
        raise ModelFileError(f"{path.name}: the model file does not exist")
    try:
        with path.open("rb") as handle:
            size = path.stat().st_size
            return _read(_Reader(handle, size), path.name)
    except OSError as exc:
        raise ModelFileError(f"{path.name} cannot be read ({exc.strerror or exc})") from exc


def _read(reader: _Reader, name: str) -> GGUFHeader:
    try:
        if reader.take(4) != MAGIC:
            raise ModelFileError(f"{name} is not a GGUF model file")
    except ModelFileError:
        raise ModelFileError(f"{name} is not a GGUF model file") from None
    version = reader.unpack(_U32)
    if struct.unpack(">I", struct.pack("<I", version))[0] in SUPPORTED_VERSIONS:
        raise ModelFileError(f"{name} is a big-endian GGUF file, made for other computers")
    if version not in SUPPORTED_VERSIONS:
        raise ModelFileError(f"{name} uses GGUF version {version}, which is not supported")
    tensor_count, kv_count = reader.unpack(_U64), reader.unpack(_U64)
    _check_count(reader, kv_count, MAX_KV_COUNT, _MIN_KV_BYTES, "metadata entries", name)
    metadata, layer_arrays = _read_metadata(reader, kv_count)
    _check_count(reader, tensor_count, MAX_TENSOR_COUNT, _MIN_TENSOR_INFO_BYTES, "tensors",
                 name)
    tensors = _read_tensor_table(reader, tensor_count)
    alignment = metadata.get("general.alignment", DEFAULT_ALIGNMENT)
    return GGUFHeader(
        version=version, tensor_count=tensor_count, metadata=metadata, tensors=tensors,
        alignment=alignment, data_offset=padded(reader.pos, alignment),
        file_size=reader.size, layer_arrays=layer_arrays,
    )


def _check_count(reader: _Reader, count: int, limit: int, smallest: int, what: str,
                 name: str) -> None:
    if count > limit or count > (reader.size - reader.pos) // smallest:
        raise ModelFileError(f"{name} claims {count} {what}: it is damaged")


def _read_metadata(reader: _Reader, kv_count: int) -> tuple[dict, dict]:
    metadata, layer_arrays = {}, {}
    for _ in range(kv_count):
        key = reader.string()
        if key in metadata:
            raise ModelFileError(f"the setting {_quote(key)} appears twice: it is damaged")
        kind = reader.unpack(_U32)
        value = reader.value(kind)
        if isinstance(value, tuple):
            layer_arrays[key], value = value, len(value)
        metadata[key] = value
        if key == "general.alignment":
            _check_alignment(kind, value)
    return metadata, layer_arrays


def _check_alignment(kind: int, value) -> None:
    # llama.cpp reads this key as a uint32 and aborts when it has another type
    if kind != _UINT32 or value == 0 or value & (value - 1):
        raise ModelFileError("its data alignment setting is not valid: the file is damaged")


def _quote(text: str, limit: int = 60) -> str:
    """A name from the file, short enough for a message (a hostile file may hold megabytes)."""
    return repr(text if len(text) <= limit else text[:limit] + "…")


def _read_tensor_table(reader: _Reader, count: int) -> tuple[TensorInfo, ...]:
    tensors, names = [], set()
    for _ in range(count):
        tensor = _read_tensor_info(reader)
        if tensor.name in names:
            raise ModelFileError(f"the tensor {tensor.name!r} appears twice: it is damaged")
        names.add(tensor.name)
        tensors.append(tensor)
    return tuple(tensors)


def _read_tensor_info(reader: _Reader) -> TensorInfo:
    raw_name = reader.raw_string()
    if len(raw_name) >= MAX_TENSOR_NAME:
        raise ModelFileError("a tensor name is too long: the file is damaged")
    name = raw_name.decode("utf-8", errors="replace")
    n_dims = reader.unpack(_U32)
    if n_dims > MAX_DIMS:
        raise ModelFileError(f"the tensor {name!r} has {n_dims} dimensions: it is damaged")
    dims = tuple(reader.unpack(_I64) for _ in range(n_dims))
    type_id, offset = reader.unpack(_U32), reader.unpack(_U64)
    _check_tensor_shape(name, dims, type_id)
    return TensorInfo(name=name, dims=dims, type_id=type_id, offset=offset)


def _check_tensor_shape(name: str, dims: tuple[int, ...], type_id: int) -> None:
    kind = GGML_TYPES.get(type_id)
    if kind is None:
        raise ModelFileError(
            f"the tensor {name!r} uses number format {type_id}, which this version of "
            "llama.cpp does not know: the file is damaged or newer than the app")
    if any(dim < 0 for dim in dims):
        raise ModelFileError(f"the tensor {name!r} has a negative size: it is damaged")
    elements = 1
    for dim in dims:
        elements *= dim
    if elements > MAX_ELEMENTS:
        raise ModelFileError(f"the tensor {name!r} is impossibly large: it is damaged")
    if dims and dims[0] % kind.block_size:
        raise ModelFileError(
            f"the tensor {name!r} has rows of {dims[0]} values, which {kind.name} cannot "
            "hold: the file is damaged")


def padded(position: int, alignment: int) -> int:
    return position + (-position % alignment)
