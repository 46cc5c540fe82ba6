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


def open_model(path, **options):
    """llama_cpp.Llama(model_path=path, verbose=False, **options), the one way every process
    of the app (engine, bench) loads a model, without the extra buffers where they crash."""
    module = llama_cpp()
    if extra_buffers_safe(cpu_features()):
        return module.Llama(model_path=str(path), verbose=False, **options)
    with _model_params(module, use_extra_bufts=False):
        return module.Llama(model_path=str(path), verbose=False, **options)


@contextmanager
def _model_params(module, **fields):
    """llama-cpp-python's Llama() takes no use_extra_bufts; it reads the C defaults while
    it loads, so those are changed for the length of one load (under a lock: the
    bindings module is shared by the process's threads)."""
    bindings = module.llama_cpp
    defaults = bindings.llama_model_default_params

    def changed():
        params = defaults()
        for name, value in fields.items():
            setattr(params, name, value)
        return params

    with _params_lock:
        bindings.llama_model_default_params = changed
        try:
            yield
        finally:
            bindings.llama_model_default_params = defaults


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
