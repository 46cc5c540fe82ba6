"""Load options chosen on purpose: llama-cpp-python's Llama() defaults suit neither
long documents nor a desktop (n_ctx=512, a thread count that ignores SMT)."""

from __future__ import annotations

from dataclasses import asdict, dataclass, replace

import psutil

from app.core.models.card import ModelCard
from app.core.models.fit import MIN_CONTEXT, check_fit, gpu_layers_that_fit
from app.core.models.hardware import Hardware, probe

DEFAULT_CONTEXT_CAP = 8192  # enough for a long chunk, modest KV cache on a laptop
KV_SHARE_OF_FREE_RAM = 0.25  # never let the KV cache take more than this of what is free
# Context lengths tried, longest first: a longer context means fewer chunks per document.
CONTEXT_STEPS = (8192, 6144, 4096, 3072, 2048, 1536, 1024, 768, 512)
# When even the shortest context only fits tightly, stay at or below this one: the weights
# are what crowds the memory, and a modest context still summarises in few chunks.
TIGHT_CONTEXT_CAP = 2048
UNKNOWN_TRAINED_CONTEXT = 2048


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

    @classmethod
    def from_card(cls, card: ModelCard) -> ModelShape:
        return cls(
            context_length=card.context_length or UNKNOWN_TRAINED_CONTEXT,
            layers=card.layers,
            kv_heads=card.kv_heads,
            head_dim=card.head_dim,
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


def choose_options(model: ModelShape | ModelCard, *, n_ctx: int | None = None,
                   hardware: Hardware | None = None, gpu_offload: bool = False,
                   cap: int = DEFAULT_CONTEXT_CAP) -> LoadOptions:
    """Threads, context and GPU layers for this model on this machine.

    From a ModelCard: the longest context (see CONTEXT_STEPS, at most the trained one and
    `cap`) whose whole need (weights, KV cache, compute buffer) fits in free RAM. Layers go
    to the GPU only with `gpu_offload`, which the caller sets when the llama.cpp build can
    offload (a CPU build ignores n_gpu_layers, and the RAM estimate would then be wrong).
    From a bare ModelShape: the older rule, the KV cache within a quarter of free RAM."""
    if isinstance(model, ModelShape):
        threads = physical_cores()
        return LoadOptions(n_ctx=n_ctx or choose_context(model, cap=cap), n_threads=threads,
                           n_threads_batch=threads)
    hardware = hardware or probe()
    threads = hardware.physical_cores
    base = LoadOptions(n_ctx=n_ctx or MIN_CONTEXT, n_threads=threads, n_threads_batch=threads)
    if n_ctx:
        return _place_layers(model, hardware, base, gpu_offload)
    return _fitting_options(model, hardware, base, gpu_offload, cap)


def context_candidates(card: ModelCard, cap: int = DEFAULT_CONTEXT_CAP) -> list[int]:
    """Contexts worth trying for this model, longest first; never empty."""
    limit = min(card.context_length or UNKNOWN_TRAINED_CONTEXT, cap)
    candidates = [step for step in CONTEXT_STEPS if step <= limit]
    rounded = limit - limit % 256
    if rounded >= MIN_CONTEXT and rounded not in candidates:
        candidates.insert(0, rounded)  # e.g. a model trained for 2500 tokens: 2304 first
    return candidates or [MIN_CONTEXT]


def _fitting_options(card: ModelCard, hardware: Hardware, base: LoadOptions,
                     gpu_offload: bool, cap: int) -> LoadOptions:
    tried = [_place_layers(card, hardware, replace(base, n_ctx=n_ctx), gpu_offload)
             for n_ctx in context_candidates(card, cap)]
    verdicts = [check_fit(card, hardware, options).verdict for options in tried]
    for options, verdict in zip(tried, verdicts):
        if verdict == "fits":
            return options
    for options, verdict in zip(tried, verdicts):
        if verdict == "tight" and options.n_ctx <= TIGHT_CONTEXT_CAP:
            return options
    return tried[-1]  # will not fit: the engine client refuses it with check_fit's message


def _place_layers(card: ModelCard, hardware: Hardware, options: LoadOptions,
                  gpu_offload: bool) -> LoadOptions:
    if not gpu_offload or not hardware.gpus:
        return options
    return replace(options, n_gpu_layers=gpu_layers_that_fit(card, hardware.gpus[0], options))
