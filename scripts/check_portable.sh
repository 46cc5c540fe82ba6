#!/usr/bin/env bash
# Does the installer's llama.cpp run on CPUs older than the build machine's?
#
#   scripts/check_portable.sh [BUNDLE_DIR] [DIST_VENV]
#
# Runs scripts/portable_probe.py with the bundle's llama-cpp-python build (DIST_VENV, the venv
# the bundle is frozen from) under QEMU's user-mode emulation of older x86-64 CPUs (Debian:
# apt install qemu-user): it loads the demo model in-process and writes a few tokens. Then
# checks that the bundle carries exactly those llama.cpp libraries, byte for byte.
# The frozen executable itself cannot be checked under QEMU: PyInstaller's bootloader starts
# the app again with exec, which QEMU's user mode does not follow (it would run natively).
# The developer venv's native build is run the same way for contrast: it is expected to stop
# with "Illegal instruction" on the older CPUs, which shows that the check can fail.
# Skipped, with a note, where qemu-x86_64 is missing or the machine is not x86-64.
set -euo pipefail
cd "$(dirname "$0")/.."

BUNDLE=${1:-dist/offline-assistant}
DIST_VENV=${2:-build/dist-venv}
CPUS=${PORTABLE_CPUS:-"Nehalem SandyBridge Haswell"}  # SSE4.2 only, +AVX, +AVX2/FMA
EXE="$BUNDLE/offline-assistant"  # only to check that a bundle exists

if [[ "$(uname -m)" != x86_64 ]] || ! command -v qemu-x86_64 >/dev/null; then
    echo "PORTABLE SKIP: needs an x86-64 machine with qemu-x86_64 (apt install qemu-user)"
    exit 0
fi
[[ -x "$EXE" ]] || { echo "PORTABLE FAIL: no executable at $EXE (run 'make dist')" >&2; exit 1; }
MODEL=$("$DIST_VENV/bin/python" -c "from app.core.models import embedded_model_path as m; print(m())")

quiet() { grep -v "^qemu-x86_64: warning" || true; }
# The probes run in a clean environment (scripts/clean_env.sh says why): only what this
# check decides reaches the emulated CPU, whatever the build machine has set.
clean() { scripts/clean_env.sh "$@"; }
for cpu in $CPUS; do
    clean qemu-x86_64 -cpu "$cpu" "$DIST_VENV/bin/python" scripts/portable_probe.py "$MODEL" 2>&1 \
        | quiet | sed "s/^/PORTABLE OK:   $cpu: /" || { echo "PORTABLE FAIL: probe on $cpu" >&2; exit 1; }
    status=0
    # (braces: bash's own "Illegal instruction" report goes to /dev/null too)
    { (clean qemu-x86_64 -cpu "$cpu" .venv/bin/python scripts/portable_probe.py "$MODEL") \
        >/dev/null 2>&1; } 2>/dev/null || status=$?
    echo "PORTABLE INFO: $cpu: the developer's native build exits $status" \
         "$([[ $status == 132 ]] && echo '(illegal instruction, as expected)')"
done

# The bundle must carry the libraries just tested.
SITE=$("$DIST_VENV/bin/python" -c "import llama_cpp, pathlib; print(pathlib.Path(llama_cpp.__file__).parents[1])")
BUNDLED=$(find "$BUNDLE" -path "*/llama_cpp/lib" -type d | head -n 1)
variants=0
for lib in "$SITE"/llama_cpp/lib/*.so* "$SITE"/bin/libggml-cpu-*.so; do
    [[ -e "$lib" ]] || continue
    cmp -s "$lib" "$BUNDLED/$(basename "$lib")" \
        || { echo "PORTABLE FAIL: $(basename "$lib") in the bundle is not the tested one" >&2; exit 1; }
    [[ "$lib" == */libggml-cpu-* ]] && variants=$((variants + 1))
done
(( variants > 0 )) || { echo "PORTABLE FAIL: $DIST_VENV has no per-CPU libraries (make portable-llama)" >&2; exit 1; }
echo "PORTABLE OK:   the bundle carries the tested llama.cpp, with $variants per-CPU libraries"
