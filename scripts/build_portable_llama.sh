#!/usr/bin/env bash
# llama-cpp-python for the installers, never built for the build machine's own CPU
# (installer/README.md, "Portability"). `make portable-llama` and the CI workflow run this.
#
#   scripts/build_portable_llama.sh          -> PORTABLE_WHEELS/llama_cpp_python-<pin>-*.whl
#
#   x86-64 (Linux, Windows)  no -march=native; one CPU backend per x86-64 generation, picked
#                            at run time (app/core/engine/native.py loads them)
#   macOS                    Metal, no -mcpu=native (an M3 build may use instructions an M1
#                            lacks); the Metal shaders are embedded in the library
#   other machines           GGML_NATIVE=OFF only: a generic build, never tried here
#
# Compiled once (about 40 minutes on 2 cores on x86-64: the CPU code is built a dozen times)
# and reused while a wheel of the version constraints.txt pins is in PORTABLE_WHEELS.
# Environment: PYTHON (whose pip builds it; the Makefile passes the developer venv's),
# PORTABLE_WHEELS (default build/portable-wheel), PORTABLE_CMAKE_ARGS (replaces the flags
# above, e.g. to add -DGGML_CUDA=on), CMAKE_BUILD_PARALLEL_LEVEL.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/platform.sh

WHEELS=${PORTABLE_WHEELS:-build/portable-wheel}
PIN=$(llama_pin)
[[ -n "$PIN" ]] || { echo "build_portable_llama: no llama_cpp_python== pin in constraints.txt" >&2; exit 1; }

existing=$(llama_wheel "$WHEELS")
if [[ -n "$existing" ]]; then
    echo "portable llama-cpp-python: $existing"
    exit 0
fi

X86_64="-DGGML_NATIVE=OFF -DGGML_BACKEND_DL=ON -DGGML_CPU_ALL_VARIANTS=ON"
case "$OA_OS/$(uname -m)" in
    linux/x86_64 | windows/x86_64) FLAGS=$X86_64 ;;
    macos/*) FLAGS="-DGGML_NATIVE=OFF -DGGML_METAL=ON -DGGML_METAL_EMBED_LIBRARY=ON" ;;
    *) FLAGS="-DGGML_NATIVE=OFF"
       echo "build_portable_llama: $(uname -sm): a generic build, not tested for installers" ;;
esac
FLAGS=${PORTABLE_CMAKE_ARGS:-$FLAGS}

echo "Building llama-cpp-python $PIN with CMAKE_ARGS=\"$FLAGS\" into $WHEELS"
CMAKE_ARGS="$FLAGS" "$(oa_python)" -m pip wheel --no-deps --no-cache-dir \
    -c constraints.txt llama-cpp-python -w "$WHEELS"

built=$(llama_wheel "$WHEELS")
[[ -n "$built" ]] || { echo "build_portable_llama: pip made no llama_cpp_python-$PIN wheel" >&2; exit 1; }
echo "portable llama-cpp-python: $built"
