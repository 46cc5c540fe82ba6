"""Load options chosen on purpose: llama-cpp-python's Llama() defaults suit neither
long documents nor a desktop (n_ctx=512, a thread count that ignores SMT)."""

from __future__ import annotations

from dataclasses import asdict, dataclass

import psutil

DEFAULT_CONTEXT_CAP = 8192  # enough for a long chunk, modest KV cache on a laptop
KV_SHARE_OF_FREE_RAM = 0.25  # never let the KV cache take more than this of what is free


@dataclass(frozen=True)
class LoadOptions:
    n_ctx: int
    n_batch: int = 512
    n_ubatch: int = 512
    n_threads: int = 1
    n_threads_batch: int = 1
    n_gpu_layers: int = 0
    use_mmap: bool = True
    flash_attn: bool = False

    def as_dict(self) -> dict:
        return asdict(self)


@dataclass(frozen=True)
class ModelShape:
    """The few numbers from GGUF metadata that size the KV cache."""

    context_length: int
    layers: int
    kv_heads: int
    head_dim: int

    @classmethod
    def from_metadata(cls, metadata: dict) -> ModelShape:
        arch = metadata.get("general.architecture", "llama")

        def number(key: str, default: int) -> int:
            try:
                return int(metadata.get(f"{arch}.{key}", default))
            except (TypeError, ValueError):
                return default

        heads = number("attention.head_count", 32)
        embedding = number("embedding_length", 4096)
        return cls(
            context_length=number("context_length", 2048),
            layers=number("block_count", 32),
            kv_heads=number("attention.head_count_kv", heads),
            head_dim=number("attention.key_length", embedding // max(heads, 1)),
        )

    def kv_bytes_per_token(self) -> int:
        # keys + values, f16 (2 bytes), every layer
        return 2 * self.layers * self.kv_heads * self.head_dim * 2


def physical_cores() -> int:
    # Hyper-threads share one core's matrix units; llama.cpp runs best on physical cores.
    return psutil.cpu_count(logical=False) or psutil.cpu_count() or 1


def choose_context(shape: ModelShape, *, cap: int = DEFAULT_CONTEXT_CAP) -> int:
    free = psutil.virtual_memory().available
    by_ram = int(free * KV_SHARE_OF_FREE_RAM) // max(shape.kv_bytes_per_token(), 1)
    n_ctx = min(shape.context_length, cap, by_ram)
    return max(512, n_ctx - n_ctx % 256)


def choose_options(shape: ModelShape, *, n_ctx: int | None = None) -> LoadOptions:
    threads = physical_cores()
    return LoadOptions(
        n_ctx=n_ctx or choose_context(shape),
        n_threads=threads,
        n_threads_batch=threads,
    )
