"""Will this model run on this computer? Weights + KV cache + compute buffer + a margin,
against the memory that is free, in words a person can act on.

The compute-buffer model was fitted to what llama.cpp (llama-cpp-python 0.3.36, CPU)
reports for SmolLM2-135M ("sched_reserve: CPU compute buffer size", "llama_kv_cache: CPU
KV buffer size"); tests/core/test_fit.py loads the model and checks the estimate against
those lines again.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Literal

from app.core.models.card import ModelCard
from app.core.models.ggml_types import (
    LARGER_QUANTISATION_BITS,
    SMALLER_QUANTISATION,
    SMALLER_QUANTISATION_BITS,
)
from app.core.models.hardware import GpuInfo, Hardware
from app.core.models.options import LoadOptions
from app.core.units import format_bytes

F32 = 4
CONTEXT_GRANULE = 256  # llama.cpp rounds n_ctx up to a multiple of this
MIN_CONTEXT = 512
# The engine process itself: Python, llama.cpp's libraries, the vocabulary tables
# (measured ~50 MB for Python + llama_cpp before the model), with room to spare.
PROCESS_OVERHEAD = 150 * 1000**2
MARGIN_SHARE = 0.05  # allocator slack and buffers too small to model one by one
TIGHT_SHARE = 0.85  # above this share of free memory, other programs start to suffer
VRAM_USABLE_SHARE = 0.9  # the driver and the display keep some of a GPU's memory
Q8_0_PER_F16 = 34 / 64  # a q8_0 block holds 32 values in 34 bytes; f16 takes 64

Verdict = Literal["fits", "tight", "will not fit"]


@dataclass(frozen=True)
class MemoryEstimate:
    """Bytes the engine process needs in RAM, part by part; `gpu` is held on a discrete
    GPU instead. `file_pages` is how much of `weights` are pages of the mapped model file."""

    weights: int
    kv_cache: int
    compute_buffer: int
    margin: int
    gpu: int = 0
    file_pages: int = 0

    @property
    def total(self) -> int:
        return self.weights + self.kv_cache + self.compute_buffer + self.margin


@dataclass(frozen=True)
class ModelFit:
    verdict: Verdict
    needed_bytes: int
    available_bytes: int
    message: str
    estimate: MemoryEstimate | None = None

    @property
    def fits(self) -> bool:
        return self.verdict != "will not fit"


def kv_cache_bytes(card: ModelCard, n_ctx: int, kv_cache_type: str = "f16") -> int:
    cells = -(-max(n_ctx, 1) // CONTEXT_GRANULE) * CONTEXT_GRANULE
    f16 = card.kv_bytes_per_token() * cells
    return f16 if kv_cache_type == "f16" else int(f16 * Q8_0_PER_F16)


def _kv_bytes(card: ModelCard, options: LoadOptions) -> int:
    """The KV cache of a load: one per sequence when it writes several answers at once."""
    return kv_cache_bytes(card, options.n_ctx, options.kv_cache_type) * options.n_seq


def compute_buffer_bytes(card: ModelCard, options: LoadOptions) -> int:
    """llama.cpp reserves the graph of one micro-batch, and the largest moment of it wins:
    the logits of every token of the batch; or, without flash attention, the attention
    scores of every head (plus the mask) against the whole context; or the feed-forward
    gate, up and product. Each layer reuses the same memory. A few hidden-state-sized
    activations live beside each, and the output buffer holds one row of logits.

    Fitted to what llama.cpp reports (compute + output buffer, n_ubatch 512, CPU) for
    SmolLM2-135M: 98.4-99.6 MiB up to 4096 tokens and 166.6 MiB at 8192 (this model: 99.6
    and 166.9); and for sparse files of other shapes with its vocabulary: 4096 wide with
    32 heads, 121, 308 and 572 MiB at 512, 4096 and 8192 tokens (model: 124, 312, 576);
    a 40960-wide feed-forward, 259-262 MiB (model: 260)."""
    tokens = max(min(options.n_ubatch, options.n_batch, options.n_ctx), 1)
    n_ctx = max(options.n_ctx, 1)
    hidden = card.embedding_size * tokens * F32
    logits = card.vocab_size * tokens * F32 + 3 * hidden
    feed_forward = 3 * card.feed_forward_size * tokens * F32 + 5 * hidden
    scores = 0
    if not options.flash_attn:
        scores = (card.attention_heads + 1) * n_ctx * tokens * F32 + 6 * hidden
    return max(logits, feed_forward, scores) + card.vocab_size * F32


def offloaded_share(card: ModelCard, n_gpu_layers: int) -> float:
    """Share of the layers llama.cpp puts on the GPU (-1 or more than the layers: all)."""
    if n_gpu_layers == 0:
        return 0.0
    if n_gpu_layers < 0 or n_gpu_layers >= card.layers:
        return 1.0
    return n_gpu_layers / card.layers


def estimate_memory(card: ModelCard, options: LoadOptions, *, use_mmap: bool | None = None,
                    gpu_shares_ram: bool = False) -> MemoryEstimate:
    """What loading `card` with `options` holds.

    The weights count as needed RAM with and without use_mmap. Without it they are anonymous
    memory. With it they are pages of the model file, which the OS may drop, but a model
    whose pages are dropped re-reads its file on every token: to run at speed they must stay
    resident. Measured on a 7B Q4_K_M (DESIGN.md): use_mmap=False holds 4.5 GB, all
    anonymous; use_mmap=True shows 7.8 GB of RSS = 3.4 GB anonymous (weights llama.cpp
    repacks for the CPU) + 4.3 GB of file pages, of which the repacked tensors' pages are
    read only once, at load, so they are the first the OS drops. Either way, about the
    weights' size in the file must stay resident; `file_pages` tells the two modes apart for
    a display of RSS.
    """
    use_mmap = options.use_mmap if use_mmap is None else use_mmap
    weights, kv = card.weights_bytes, _kv_bytes(card, options)
    compute = compute_buffer_bytes(card, options)
    on_gpu = 0.0 if gpu_shares_ram else offloaded_share(card, options.n_gpu_layers)
    gpu = int((weights + kv) * on_gpu) + (compute if on_gpu else 0)
    weights, kv = int(weights * (1 - on_gpu)), int(kv * (1 - on_gpu))
    margin = PROCESS_OVERHEAD + int(MARGIN_SHARE * (weights + kv + compute))
    return MemoryEstimate(weights=weights, kv_cache=kv, compute_buffer=compute, margin=margin,
                          gpu=gpu, file_pages=weights if use_mmap else 0)


def check_fit(card: ModelCard, hardware: Hardware, options: LoadOptions) -> ModelFit:
    """Fits, tight (over 85% of what is free) or will not fit, with what to do about it."""
    gpu = _discrete_gpu(hardware)
    # without a GPU of its own, layers "offloaded" stay in RAM (or in Apple's unified memory)
    estimate = estimate_memory(card, options, gpu_shares_ram=gpu is None)
    if estimate.gpu and gpu is not None:
        usable = int(gpu.vram_free * VRAM_USABLE_SHARE)
        if estimate.gpu > usable:
            return ModelFit("will not fit", estimate.gpu, usable, _gpu_message(estimate.gpu,
                            usable, gpu), estimate)
    needed, free = estimate.total, hardware.ram_available
    verdict = _verdict(needed, free)
    return ModelFit(verdict, needed, free,
                    _ram_message(verdict, card, hardware, options, needed), estimate)


def gpu_layers_that_fit(card: ModelCard, gpu: GpuInfo, options: LoadOptions) -> int:
    """n_gpu_layers for this GPU: -1 (everything, output layer too) when the whole model
    fits its free memory, else as many layers as fit, each weights/layers plus its share of
    the KV cache. The compute buffer is kept free first."""
    usable = gpu.vram_free * VRAM_USABLE_SHARE - compute_buffer_bytes(card, options)
    whole = card.weights_bytes + _kv_bytes(card, options)
    if usable >= whole:
        return -1
    per_layer = whole / max(card.layers, 1)
    return max(0, min(card.layers, int(usable // per_layer))) if per_layer else 0


def _verdict(needed: int, available: int) -> Verdict:
    if needed > available:
        return "will not fit"
    return "tight" if needed > TIGHT_SHARE * available else "fits"


def _discrete_gpu(hardware: Hardware) -> GpuInfo | None:
    return next((gpu for gpu in hardware.gpus if not gpu.unified), None)


def _ram_message(verdict: Verdict, card: ModelCard, hardware: Hardware,
                 options: LoadOptions, needed: int) -> str:
    need, free = format_bytes(needed), format_bytes(hardware.ram_available)
    cache = (f" Its KV cache is kept as q8_0, with flash attention, so that a context of "
             f"{options.n_ctx:,} tokens fits." if options.kv_cache_type == "q8_0" else "")
    if verdict == "fits":
        return f"This model needs about {need}; {free} is free.{cache}"
    remedies = _remedies(card, hardware, options, needed)
    if verdict == "tight":
        return (f"This model needs about {need} and {free} is free: it will run, but the "
                f"computer may become slow.{cache} {remedies}")
    return f"This model needs {need}; {free} is free. {remedies}"


def _remedies(card: ModelCard, hardware: Hardware, options: LoadOptions, needed: int) -> str:
    """Only the advice that can help: closing programs cannot free more than the computer
    has, a shorter context cannot shrink the weights, and Q4_K_M helps only a larger file
    that would then fit this computer."""
    quantisation = f"a smaller quantisation ({SMALLER_QUANTISATION})"
    bits = LARGER_QUANTISATION_BITS.get(card.quantisation)
    smaller_quantisation = bits is not None and (
        needed - card.weights_bytes * (1 - SMALLER_QUANTISATION_BITS / bits)
        < TIGHT_SHARE * hardware.ram_total)
    if needed > hardware.ram_total:
        smaller = quantisation if smaller_quantisation else "a smaller model"
        return (f"This computer has {format_bytes(hardware.ram_total)} of memory in all: "
                f"choose {smaller}.")
    shorter_context = options.n_ctx > MIN_CONTEXT and _needed_at(card, options, MIN_CONTEXT) < (
        TIGHT_SHARE * hardware.ram_available)
    choices = [quantisation] if smaller_quantisation else []
    choices += ["a shorter context"] if shorter_context else []
    return f"Close other programs, or choose {' or '.join(choices or ['a smaller model'])}."


def _needed_at(card: ModelCard, options: LoadOptions, n_ctx: int) -> int:
    return estimate_memory(card, replace(options, n_ctx=n_ctx)).total


def _gpu_message(needed: int, usable: int, gpu: GpuInfo) -> str:
    return (f"The part of this model given to the graphics card needs {format_bytes(needed)}; "
            f"{gpu.name} has {format_bytes(usable)} free. Put fewer layers on it, or choose "
            "a shorter context.")
