# shellcheck shell=bash
# What differs between the build machines, for the installer build scripts that `make dist` and
# the CI workflow (.github/workflows/installers.yml) run on Linux, macOS and Windows alike.
# Sourced from the repository root, never run. Written for bash 3.2 (macOS's /bin/bash) and
# Git Bash on Windows: no associative arrays, no ${var,,}, no EPOCHREALTIME.
#
#   OA_OS            linux, macos or windows
#   EXE              ".exe" on Windows, "" elsewhere
#   oa_python        the interpreter that makes venvs and builds wheels
#   venv_python DIR  that venv's interpreter
#   frozen_exe       the console executable PyInstaller made from build.spec on this system
#   native_path P    P as the system's own programs want it (a C:\ path on Windows)
#   llama_pin        the llama-cpp-python version constraints.txt pins
#   llama_wheel DIR  the wheel of that version in DIR, or nothing

case "$(uname -s)" in
    Linux) OA_OS=linux ;;
    Darwin) OA_OS=macos ;;
    MINGW* | MSYS* | CYGWIN*) OA_OS=windows ;;
    *) echo "$(uname -s): not a system the installers are built on" >&2; exit 1 ;;
esac
EXE=""
if [[ $OA_OS == windows ]]; then EXE=.exe; fi

oa_python() {
    # PYTHON wins (the Makefile passes its own). On Windows `python3` may be the Microsoft
    # Store's placeholder, while actions/setup-python and the python.org installer give `python`.
    if [[ -n "${PYTHON:-}" ]]; then
        echo "$PYTHON"
    elif [[ $OA_OS == windows ]]; then
        echo python
    elif command -v python3 >/dev/null 2>&1; then
        echo python3
    else
        echo python
    fi
}

venv_python() {
    if [[ $OA_OS == windows ]]; then echo "$1/Scripts/python.exe"; else echo "$1/bin/python"; fi
}

frozen_exe() {
    # On macOS the shipped program is the .app (build.spec's BUNDLE), so that is what is tested.
    if [[ $OA_OS == macos ]]; then
        echo "dist/Offline Assistant.app/Contents/MacOS/offline-assistant"
    else
        echo "dist/offline-assistant/offline-assistant$EXE"
    fi
}

native_path() {
    # Git Bash hands Windows programs /c/... paths unconverted inside arguments and most
    # environment variables, so the scripts convert them themselves.
    if [[ $OA_OS == windows ]]; then cygpath -w -a "$1"; else echo "$1"; fi
}

llama_pin() {
    # tr: a checkout with Windows line ends must not leave a \r in the version.
    grep -i '^llama[-_]cpp[-_]python==' constraints.txt | head -n 1 | cut -d= -f3 | tr -d '\r '
}

llama_wheel() {
    local wheel
    for wheel in "$1"/llama_cpp_python-"$(llama_pin)"-*.whl; do
        if [[ -f "$wheel" ]]; then echo "$wheel"; return; fi
    done
}
