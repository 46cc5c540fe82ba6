"""How llama.cpp's CPU code is found: a native build links it in, a portable build keeps one
library per CPU generation that must be loaded from the package's own folder."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from app.core.engine.native import cpu_variant_folder, llama_cpp


def test_a_native_build_needs_no_variant_folder(tmp_path: Path):
    (tmp_path / "lib").mkdir()
    (tmp_path / "lib" / "libggml-cpu.so").write_bytes(b"")
    assert cpu_variant_folder(tmp_path) is None


def test_a_portable_build_is_recognised_by_its_per_cpu_libraries(tmp_path: Path):
    package = tmp_path / "site-packages" / "llama_cpp"
    (package / "lib").mkdir(parents=True)
    (package / "lib" / "libggml-base.so").write_bytes(b"")
    wheel_bin = tmp_path / "site-packages" / "bin"  # where the wheel puts them
    wheel_bin.mkdir()
    (wheel_bin / "libggml-cpu-haswell.so").write_bytes(b"")
    assert cpu_variant_folder(package) == wheel_bin
    (package / "lib" / "libggml-cpu-haswell.so").write_bytes(b"")  # the frozen app's layout
    assert cpu_variant_folder(package) == package / "lib"


def test_the_installed_build_reports_its_cpu_features():
    # In a fresh process, as the engine host does it: with a portable build this only
    # works when the per-CPU library was found and loaded.
    code = ("from app.core.engine.native import llama_cpp;"
            "print(llama_cpp().llama_print_system_info().decode())")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         timeout=120, check=True).stdout
    assert "CPU :" in out and "SSE3 = 1" in out
    assert llama_cpp() is llama_cpp()  # set up once per process
