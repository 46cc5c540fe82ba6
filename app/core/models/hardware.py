"""What this machine has: CPU, cores, memory, an NVIDIA GPU if NVML can see one, and
an Apple Silicon GPU (Metal) that shares the main memory."""

from __future__ import annotations

import functools
import platform
import subprocess
from dataclasses import dataclass, field
from pathlib import Path

import psutil

GIB = 1024**3
# Metal lets one process keep about this share of unified memory on the GPU
# (MTLDevice.recommendedMaxWorkingSetSize, which llama.cpp logs at start: reported as about
# 2/3 of the memory on small Macs and 3/4 from 36 GB up; an estimate, not an API promise).
METAL_SHARE_SMALL, METAL_SHARE_LARGE, METAL_LARGE_FROM = 2 / 3, 3 / 4, 36 * GIB


@dataclass(frozen=True)
class GpuInfo:
    name: str
    vram_total: int
    vram_free: int
    unified: bool = False  # Apple Silicon: "VRAM" is the main memory, not extra memory


@dataclass(frozen=True)
class Hardware:
    cpu: str
    physical_cores: int
    logical_cores: int
    ram_total: int
    ram_available: int
    system: str
    gpus: list[GpuInfo] = field(default_factory=list)

    @property
    def unified_memory(self) -> bool:
        return any(gpu.unified for gpu in self.gpus)


def cpu_name() -> str:
    if is_apple_silicon():
        return _sysctl("machdep.cpu.brand_string") or "Apple Silicon"
    cpuinfo = Path("/proc/cpuinfo")
    if cpuinfo.exists():
        for line in cpuinfo.read_text(errors="replace").splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    return platform.processor() or platform.machine()


@functools.cache
def _nvml():
    """pynvml, initialised once per process; None without an NVIDIA driver or nvidia-ml-py.
    Once, because the status bar reads VRAM every second and an init/shutdown pair can take
    the driver tens of milliseconds; the driver releases it when the process ends."""
    try:
        import pynvml

        pynvml.nvmlInit()
    except Exception:
        return None
    return pynvml


def nvidia_gpus() -> list[GpuInfo]:
    """Quietly empty when there is no NVIDIA driver or no nvidia-ml-py."""
    pynvml = _nvml()
    if pynvml is None:
        return []
    gpus = []
    try:
        for index in range(pynvml.nvmlDeviceGetCount()):
            handle = pynvml.nvmlDeviceGetHandleByIndex(index)
            name = pynvml.nvmlDeviceGetName(handle)
            memory = pynvml.nvmlDeviceGetMemoryInfo(handle)
            name = name.decode() if isinstance(name, bytes) else name
            gpus.append(GpuInfo(name, memory.total, memory.free))
    except Exception:  # a GPU lost or reset while the app runs: report none rather than fail
        return []
    return gpus


def is_apple_silicon() -> bool:
    return platform.system() == "Darwin" and platform.machine() == "arm64"


def _sysctl(name: str) -> str | None:
    try:
        done = subprocess.run(["sysctl", "-n", name], capture_output=True, text=True,
                              timeout=5, check=False)
    except (OSError, subprocess.SubprocessError):
        return None
    if done.returncode != 0:
        return None
    return done.stdout.strip() or None


def apple_gpus(ram_total: int, ram_available: int) -> list[GpuInfo]:
    """The Metal GPU of an Apple Silicon Mac; empty anywhere else. It has no memory of its
    own: what it may use is a share of the main memory, and only what is free of it."""
    if not is_apple_silicon():
        return []
    share = METAL_SHARE_LARGE if ram_total >= METAL_LARGE_FROM else METAL_SHARE_SMALL
    working_set = int(ram_total * share)
    name = f"{_sysctl('machdep.cpu.brand_string') or 'Apple Silicon'} GPU (Metal)"
    return [GpuInfo(name, working_set, min(working_set, ram_available), unified=True)]


def probe() -> Hardware:
    memory = psutil.virtual_memory()
    return Hardware(
        cpu=cpu_name(),
        physical_cores=psutil.cpu_count(logical=False) or 1,
        logical_cores=psutil.cpu_count() or 1,
        ram_total=memory.total,
        ram_available=memory.available,
        system=f"{platform.system()} {platform.release()} ({platform.machine()})",
        gpus=nvidia_gpus() + apple_gpus(memory.total, memory.available),
    )


def parse_system_info(text: str) -> dict[str, str]:
    """'CPU : SSE3 = 1 | AVX2 = 1 | Metal : EMBED_LIBRARY = 1 |' -> {'SSE3': '1', ...}.
    A backend's name before ':' becomes a key of its own with the value 'backend'."""
    features: dict[str, str] = {}
    for item in text.split("|"):
        backend, colon, rest = item.partition(":")
        if colon and "=" not in backend:
            features[backend.strip()] = "backend"
            item = rest
        key, equals, value = item.partition("=")
        if equals and key.strip():
            features[key.strip()] = value.strip()
    return features
