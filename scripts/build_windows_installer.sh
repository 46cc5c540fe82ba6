#!/usr/bin/env bash
# The Windows installer from the bundle scripts/build_bundle.sh made: Inno Setup's compiler on
# installer/windows/offline-assistant.iss, which takes the bundle from dist\offline-assistant
# and writes dist\installer\OfflineAssistant-<version>-setup.exe (both relative to the .iss).
# Runs in Git Bash on Windows (the CI workflow's windows job).
#
#   scripts/build_windows_installer.sh           build the installer
#   scripts/build_windows_installer.sh --find    print where ISCC.exe is; exit 1 if nowhere
#
# The version comes from app/__init__.py (/DAppVersion), so the .iss default cannot lag behind.
# OA_INSTALLER_MODEL=C:\approved\model.gguf adds the optional "Approved language model"
# component (/DModelFile). Signing is a separate step (scripts/sign_windows.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/platform.sh

fail() { echo "build_windows_installer: $*" >&2; exit 1; }

find_iscc() {
    local found
    for found in "$(command -v iscc 2>/dev/null || true)" "$(command -v ISCC.exe 2>/dev/null || true)" \
                 "/c/Program Files (x86)/Inno Setup 6/ISCC.exe" "/c/Program Files/Inno Setup 6/ISCC.exe"; do
        if [[ -n "$found" && -f "$found" ]]; then echo "$found"; return 0; fi
    done
    return 1
}

if [[ "${1:-}" == --find ]]; then find_iscc; exit; fi
[[ $OA_OS == windows ]] || fail "builds the Windows installer on Windows only (Inno Setup)"
ISCC=$(find_iscc) || fail "Inno Setup 6 (ISCC.exe) not found: install Inno Setup 6.3 or later"
[[ -f "$(frozen_exe)" ]] || fail "no bundle at dist/offline-assistant (scripts/build_bundle.sh builds it)"

VERSION=$(sed -n 's/^__version__ = "\(.*\)"/\1/p' app/__init__.py | tr -d '\r')
DEFINES=("/DAppVersion=$VERSION")
if [[ -n "${OA_INSTALLER_MODEL:-}" ]]; then DEFINES+=("/DModelFile=$OA_INSTALLER_MODEL"); fi

# MSYS_NO_PATHCONV: Git Bash would otherwise take /DAppVersion=… for a path and rewrite it.
MSYS_NO_PATHCONV=1 "$ISCC" "${DEFINES[@]}" "$(native_path installer/windows/offline-assistant.iss)"

SETUP="dist/installer/OfflineAssistant-$VERSION-setup.exe"
[[ -f "$SETUP" ]] || fail "Inno Setup made no $SETUP"
echo "build_windows_installer: $SETUP ($(du -h "$SETUP" | cut -f1))"
