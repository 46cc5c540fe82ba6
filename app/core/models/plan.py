"""Load options chosen on purpose: llama-cpp-python's Llama() defaults suit neither
long documents nor a desktop (n_ctx=512, a thread count that ignores SMT)."""

from __future__ import annotations

from dataclasses import dataclass, replace

from app.core.models.card import ModelCard
from app.core.models.fit import MIN_CONTEXT, ModelFit, check_fit, gpu_layers_that_fit
from app.core.models.hardware import Hardware, probe
from app.core.models.options import LoadOptions

DEFAULT_CONTEXT_CAP = 8192  # enough for a long chunk, modest KV cache on a laptop
# Context lengths tried, longest first: a longer context means fewer chunks per document.
CONTEXT_STEPS = (8192, 6144, 4096, 3072, 2048, 1536, 1024, 768, 512)
# When even the shortest context only fits tightly, stay at or below this one: the weights
# are what crowds the memory, and a modest context still summarises in few chunks.
TIGHT_CONTEXT_CAP = 2048
UNKNOWN_TRAINED_CONTEXT = 2048
# Answers the engine may write at once (a summary's parts), most first: each needs a KV
# cache of its own, so they are taken only where that much memory is plainly free.
PARALLEL_SEQUENCES = (4, 2)


@dataclass(frozen=True)
class LoadPlan:
    options: LoadOptions
    fit: ModelFit


def plan_load(card: ModelCard, hardware: Hardware | None = None, *,
              n_ctx: int | None = None) -> LoadPlan:
    """The options the engine would choose for this model on this machine and whether it
    fits with them: one answer for the Models window, `models` and the bench."""
    hardware = hardware or probe()
    options = choose_options(card, n_ctx=n_ctx, hardware=hardware)
    return LoadPlan(options, check_fit(card, hardware, options))


def choose_options(card: ModelCard, *, n_ctx: int | None = None,
                   hardware: Hardware | None = None, gpu_offload: bool = False,
                   cap: int = DEFAULT_CONTEXT_CAP) -> LoadOptions:
    """Threads, context and GPU layers for this model on this machine: the longest context
    (see CONTEXT_STEPS, at most the trained one and `cap`) whose whole need (weights, KV
    cache, compute buffer) fits in free RAM. Layers go to the GPU only with `gpu_offload`,
    which the caller sets when the llama.cpp build can offload (a CPU build ignores
    n_gpu_layers, and the RAM estimate would then be wrong)."""
    hardware = hardware or probe()
    threads = hardware.physical_cores
    base = LoadOptions(n_ctx=n_ctx or MIN_CONTEXT, n_threads=threads, n_threads_batch=threads)
    if n_ctx:
        tried = _both_caches(card, hardware, base, gpu_offload)
        verdicts = [check_fit(card, hardware, options).verdict for options in tried]
        return tried[1] if verdicts[0] != "fits" and verdicts[1] == "fits" else tried[0]
    return _fitting_options(card, hardware, base, gpu_offload, cap)


def with_sequences(card: ModelCard, hardware: Hardware, options: LoadOptions) -> LoadOptions:
    """`options` with room for several answers at once (LoadOptions.n_seq) where the
    memory check still says "fits" with a KV cache for each; on the CPU only for now (a
    GPU's memory is tighter, and its layers were placed for one cache)."""
    if options.n_gpu_layers:
        return options
    for n_seq in PARALLEL_SEQUENCES:
        candidate = replace(options, n_seq=n_seq)
        if check_fit(card, hardware, candidate).verdict == "fits":
            return candidate
    return options


def _both_caches(card: ModelCard, hardware: Hardware, options: LoadOptions,
                 gpu_offload: bool) -> list[LoadOptions]:
    """The options with llama.cpp's f16 KV cache, then with a q8_0 one: the second is
    chosen only where the first does not fit, since it costs some decode speed (the bench
    measures how much) and may cost a little accuracy."""
    return [_place_layers(card, hardware, variant, gpu_offload)
            for variant in (options, options.with_q8_0_cache())]


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
    # longest context first; at each, f16 before q8_0 (a longer context with a q8_0 cache
    # beats a shorter one with f16: fewer chunks, each read whole)
    tried = [options for n_ctx in context_candidates(card, cap)
             for options in _both_caches(card, hardware, replace(base, n_ctx=n_ctx), gpu_offload)]
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
