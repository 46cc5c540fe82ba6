"""What a model is, in the numbers a person (and the memory estimate) needs: its size,
quantisation, trained context and the shape that sizes its KV cache."""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from app.core.models.ggml_types import file_type_name
from app.core.models.gguf import GGUFHeader, TensorInfo

KV_CACHE_BYTES = 2  # llama.cpp keeps keys and values in f16 unless told otherwise


@dataclass(frozen=True)
class ModelCard:
    name: str
    architecture: str
    parameter_count: int  # sum of the tensors' element counts, as llama.cpp counts them
    quantisation: str  # Q4_K_M, Q4_1, F16, ...
    file_size: int
    weights_bytes: int  # tensor data, what the weights take in memory
    context_length: int  # the context the model was trained for
    layers: int
    attention_heads: int
    kv_heads: int
    embedding_size: int
    head_dim: int  # key length per head
    value_dim: int  # value length per head (equal to head_dim in most models)
    vocab_size: int
    feed_forward_size: int
    has_chat_template: bool
    licence: str | None
    path: Path | None = None

    def kv_bytes_per_token(self) -> int:
        # keys and values of every layer, f16
        return self.layers * self.kv_heads * (self.head_dim + self.value_dim) * KV_CACHE_BYTES

    @property
    def bits_per_weight(self) -> float:
        return 8 * self.weights_bytes / max(self.parameter_count, 1)


def card_from_header(header: GGUFHeader, path: Path, *,
                     tensors: tuple[TensorInfo, ...] | None = None,
                     file_size: int | None = None) -> ModelCard:
    """The card of a checked header. `tensors` and `file_size` cover all parts of a model
    split over several files."""
    tensors = header.tensors if tensors is None else tensors
    meta = _Metadata(header)
    heads = meta.count("attention.head_count", 0)
    embedding = meta.count("embedding_length", 0)
    head_dim = meta.count("attention.key_length", embedding // max(heads, 1))
    return ModelCard(
        name=_text(header.metadata.get("general.name")) or path.stem,
        architecture=header.architecture,
        parameter_count=sum(t.elements for t in tensors),
        quantisation=_quantisation(header, tensors),
        file_size=header.file_size if file_size is None else file_size,
        weights_bytes=sum(t.nbytes for t in tensors),
        context_length=meta.count("context_length", 0),
        layers=meta.count("block_count", 0),
        attention_heads=heads,
        kv_heads=meta.count("attention.head_count_kv", heads),
        embedding_size=embedding,
        head_dim=head_dim,
        value_dim=meta.count("attention.value_length", head_dim),
        vocab_size=meta.count("vocab_size", _int(header.metadata.get("tokenizer.ggml.tokens"))),
        feed_forward_size=meta.count("feed_forward_length", 4 * embedding),
        has_chat_template=header.has_chat_template,
        licence=_text(header.metadata.get("general.license")),
        path=path,
    )


class _Metadata:
    """Numbers under the architecture's prefix (`llama.block_count`), read defensively:
    a damaged or hostile file must give a default, never an exception."""

    def __init__(self, header: GGUFHeader):
        self.header, self.prefix = header, header.architecture

    def count(self, key: str, default: int) -> int:
        full = f"{self.prefix}.{key}"
        per_layer = self.header.layer_arrays.get(full)
        if per_layer:  # e.g. a different number of KV heads per layer: size for the largest
            return _int(max(per_layer), default)
        return _int(self.header.metadata.get(full), default)


def _int(value, default: int = 0) -> int:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return default
    if isinstance(value, float) and not math.isfinite(value):
        return default
    return max(int(value), 0)


def _text(value) -> str | None:
    if not isinstance(value, str):
        return None
    return value.strip() or None


def _quantisation(header: GGUFHeader, tensors: tuple[TensorInfo, ...]) -> str:
    """llama.cpp's file type name; without one, the type holding most of the weights."""
    file_type = header.metadata.get("general.file_type")
    if isinstance(file_type, int) and not isinstance(file_type, bool):
        name = file_type_name(file_type)
        if name:
            return name
    matrices = Counter()
    for tensor in tensors:
        if len(tensor.dims) >= 2:
            matrices[tensor.kind.name] += tensor.nbytes
    return matrices.most_common(1)[0][0] if matrices else "unknown"
