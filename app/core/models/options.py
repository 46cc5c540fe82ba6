"""The options a model is loaded with. A module of its own so that both the fit check and
the planner that chooses them (plan.py, which runs the fit check) can name them."""

from __future__ import annotations

from dataclasses import asdict, dataclass


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
