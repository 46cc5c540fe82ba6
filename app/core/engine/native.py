"""llama.cpp, imported the same way by every process that runs it.

An installer's llama.cpp must run on any x86-64 CPU, so it is built with
GGML_BACKEND_DL and GGML_CPU_ALL_VARIANTS: each CPU generation's code lives in its own
library (libggml-cpu-haswell.so, -skylakex, …) and ggml picks the best one for the running
CPU. llama-cpp-python 0.3.36 does not load those libraries itself, and ggml's own search
looks beside the executable, which is Python here, so the folder is given explicitly.
A developer's native build links its one CPU backend directly and needs nothing.
See installer/README.md, "Portability".
"""

from __future__ import annotations

import ctypes
import threading
from contextlib import contextmanager
from pathlib import Path

from app.core.models.hardware import parse_system_info

_lock = threading.Lock()
_params_lock = threading.Lock()
_ready = False


def llama_cpp():
    """The llama_cpp module, with its CPU backend loaded."""
    global _ready
    import llama_cpp as module

    with _lock:
        if not _ready:
            _load_cpu_backends(Path(module.__file__).parent)
            _ready = True
    return module


def cpu_features() -> dict[str, str]:
    """What the llama.cpp build uses on this machine (AVX2, NEON, Metal, ...), from its
    system info line. Imports llama_cpp, so call it from a command or the engine process:
    a build for a newer CPU would stop the calling process with an illegal instruction."""
    return parse_system_info(llama_cpp().llama_print_system_info().decode(errors="replace"))


def extra_buffers_safe(features: dict[str, str]) -> bool:
    """Whether llama.cpp may move the weights into its "extra" CPU buffers (repacked
    layouts, and on Intel Xeon with AMX the AMX buffer). On an AMX machine the first
    decode with AMX-repacked weights crashes the process (seen here with SmolLM2's Q4_1;
    reported upstream for Q4_K_M: ggml-org/llama.cpp#20824), so there the weights stay in
    plain CPU buffers. Plain AVX-512 code is still used; only the repacking is skipped."""
    return features.get("AMX_INT8") != "1"


def open_model(path, n_seq: int = 1, **options):
    """llama_cpp.Llama(model_path=path, verbose=False, **options), the one way every process
    of the app (engine, bench) loads a model, without the extra buffers where they crash.

    With `n_seq` > 1 the context holds that many sequences, each with a KV cache of
    n_ctx tokens of its own (llama.cpp's n_seq_max, not unified: llama_n_ctx_seq is then
    n_ctx): Llama() takes neither, so they are set on the C defaults it reads."""
    module = llama_cpp()
    model_fields = {} if extra_buffers_safe(cpu_features()) else {"use_extra_bufts": False}
    context_fields = {}
    if n_seq > 1:
        context_fields = {"n_seq_max": n_seq, "kv_unified": False}
        options = {**options, "n_ctx": options["n_ctx"] * n_seq}
    with _default_params(module, {"llama_model_default_params": model_fields,
                                  "llama_context_default_params": context_fields}):
        return module.Llama(model_path=str(path), verbose=False, **options)


@contextmanager
def _default_params(module, changes: dict[str, dict]):
    """Set fields on the C defaults that llama-cpp-python's Llama() reads while it loads
    ({"llama_model_default_params": {field: value}, …}), for the length of one load, under
    a lock: the bindings module is shared by the process's threads."""
    bindings = module.llama_cpp
    originals = {name: getattr(bindings, name) for name, fields in changes.items() if fields}

    def changed(name: str):
        def params():
            made = originals[name]()
            for field, value in changes[name].items():
                setattr(made, field, value)
            return made
        return params

    with _params_lock:
        for name in originals:
            setattr(bindings, name, changed(name))
        try:
            yield
        finally:
            for name, original in originals.items():
                setattr(bindings, name, original)


def cpu_variant_folder(package: Path) -> Path | None:
    """Where a portable build keeps its per-CPU libraries, or None for a native build.
    The llama-cpp-python wheel installs them into site-packages/bin, beside the package;
    the frozen app keeps them with the other libraries in llama_cpp/lib."""
    for folder in (package / "lib", package.parent / "bin"):
        if any(folder.glob("*ggml-cpu-*")):
            return folder
    return None


def _load_cpu_backends(package: Path) -> None:
    folder = cpu_variant_folder(package)
    if folder is None:
        return
    from llama_cpp import llama_cpp as bindings

    # Looked up through libllama's own handle: the wheel ships libggml.so and libggml.so.0 as
    # two copies, and a backend registered in the copy libllama does not use is never seen.
    ggml = bindings._lib
    ggml.ggml_backend_load_all_from_path.argtypes = [ctypes.c_char_p]
    ggml.ggml_backend_load_all_from_path.restype = None
    ggml.ggml_backend_reg_count.restype = ctypes.c_size_t
    ggml.ggml_backend_load_all_from_path(str(folder).encode())
    if ggml.ggml_backend_reg_count() == 0:
        raise RuntimeError(
            f"llama.cpp found no CPU code for this processor in {folder}. The installation "
            "is incomplete: reinstall Offline Assistant.")
