"""What the engine client says when a GPU could not hold the layers asked of it, and it
loaded the model again with fewer (EngineClient._load_in_host)."""

from __future__ import annotations


def gpu_layer_count(n_gpu_layers: int, layers: int) -> int:
    """Layers actually put on the GPU: -1 (or more than the model has) means all of them
    and the output layer too."""
    return layers + 1 if n_gpu_layers < 0 or n_gpu_layers > layers else n_gpu_layers


def gpu_retry_note(refused: list[int], loaded_with: int | None) -> str:
    """'The GPU could not hold 33 layers (out of memory); loaded with 16 layers on the GPU
    instead.' Empty when the first try worked; `loaded_with` None: nothing loaded yet."""
    if not refused:
        return ""
    tried = " or ".join(str(n) for n in refused)
    said = f"The GPU could not hold {tried} layers (out of memory)"
    if loaded_with is None:
        return f"{said}."
    if loaded_with == 0:
        return f"{said}; the model runs on the CPU alone instead, which is slower."
    return f"{said}; loaded with {loaded_with} layers on the GPU instead."

