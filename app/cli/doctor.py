"""`doctor`: this machine, llama.cpp and where the app keeps its data and its log, for a
person or for IT. It only names the database, so it works whatever the database's state."""

from __future__ import annotations

import os
import sys

from app import __version__, log_file, paths
from app.cli.output import ExitCode


def run_doctor(args) -> int:
    # Imported here: the parser imports this module on every launch, the window's included.
    import llama_cpp

    from app.core.engine.native import cpu_features
    from app.core.models.hardware import probe
    from app.core.units import format_bytes

    machine = probe()
    gpus = ", ".join(f"{g.name} ({format_bytes(g.vram_free)} free of "
                     f"{format_bytes(g.vram_total)})" for g in machine.gpus)
    lines = [
        f"Offline Assistant {__version__}",
        f"System:        {machine.system}",
        f"CPU:           {machine.cpu}",
        f"Cores:         {machine.physical_cores} physical, {machine.logical_cores} logical",
        f"RAM:           {format_bytes(machine.ram_available)} free of "
        f"{format_bytes(machine.ram_total)}",
        f"GPU:           {gpus or 'none found (the model runs on the CPU)'}",
        f"llama.cpp:     llama-cpp-python {llama_cpp.__version__}",
        f"CPU features:  {', '.join(k for k, v in cpu_features().items() if v == '1')}",
        f"Data folder:   {paths.data_dir()}",
        f"Database:      {paths.database_path()}",
        f"Models folder: {paths.models_dir()}",
        f"Models:        {_count_models()} found",
        f"Log file:      {log_file.log_path()}",
        f"Python:        {sys.version.split()[0]} ({os.name})",
    ]
    print("\n".join(lines))
    return ExitCode.OK


def _count_models() -> int:
    """What `models` lists and the automatic choice picks from: the same catalogue."""
    from app.core.models.files import list_models
    from app.core.store import Store

    store = Store(paths.database_path())
    try:
        return len(list_models(store, paths.models_dir()))
    finally:
        store.close()
