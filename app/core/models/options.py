"""The options a model is loaded with. A module of its own so that both the fit check and
the planner that chooses them (plan.py, which runs the fit check) can name them."""

from __future__ import annotations

from dataclasses import asdict, dataclass, replace

Q8_0 = 8  # ggml's type id: a KV cache in 8-bit blocks, about half the bytes of f16


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
    # ggml types of the KV cache's keys and values; None: llama.cpp's f16
    type_k: int | None = None
    type_v: int | None = None
    # answers the engine can write at once (EngineClient.generate_many), each with a KV
    # cache of n_ctx tokens of its own: on a CPU, decoding is bound by reading the weights,
    # and several sequences read them once per step
    n_seq: int = 1

    @property
    def kv_cache_type(self) -> str:
        return "q8_0" if self.type_k == Q8_0 else "f16"

    def with_q8_0_cache(self) -> LoadOptions:
        """The same, with a q8_0 KV cache: about half the memory per token of context, so
        a longer context fits where f16 would not. llama.cpp quantises the V cache only with
        flash attention, which also shrinks the attention's compute buffer."""
        return replace(self, flash_attn=True, type_k=Q8_0, type_v=Q8_0)

    def as_dict(self) -> dict:
        return asdict(self)
