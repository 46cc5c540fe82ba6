"""What this machine has: CPU, cores, memory, and an NVIDIA GPU if NVML can see one."""

from __future__ import annotations

import platform
from dataclasses import dataclass, field
from pathlib import Path

import psutil


@dataclass(frozen=True)
class GpuInfo:
    name: str
    vram_total: int
    vram_free: int


@dataclass(frozen=True)
class Hardware:
    cpu: str
    physical_cores: int
    logical_cores: int
    ram_total: int
    ram_available: int
    system: str
    gpus: list[GpuInfo] = field(default_factory=list)


def cpu_name() -> str:
    cpuinfo = Path("/proc/cpuinfo")
    if cpuinfo.exists():
        for line in cpuinfo.read_text(errors="replace").splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    return platform.processor() or platform.machine()


def nvidia_gpus() -> list[GpuInfo]:
    """Quietly empty when there is no NVIDIA driver or no nvidia-ml-py."""
    try:
        import pynvml
    except ImportError:
        return []
    try:
        pynvml.nvmlInit()
    except Exception:
        return []
    try:
        gpus = []
        for index in range(pynvml.nvmlDeviceGetCount()):
            handle = pynvml.nvmlDeviceGetHandleByIndex(index)
            name = pynvml.nvmlDeviceGetName(handle)
            memory = pynvml.nvmlDeviceGetMemoryInfo(handle)
            name = name.decode() if isinstance(name, bytes) else name
            gpus.append(GpuInfo(name, memory.total, memory.free))
        return gpus
    finally:
        pynvml.nvmlShutdown()


def probe() -> Hardware:
    memory = psutil.virtual_memory()
    return Hardware(
        cpu=cpu_name(),
        physical_cores=psutil.cpu_count(logical=False) or 1,
        logical_cores=psutil.cpu_count() or 1,
        ram_total=memory.total,
        ram_available=memory.available,
        system=f"{platform.system()} {platform.release()} ({platform.machine()})",
        gpus=nvidia_gpus(),
    )
