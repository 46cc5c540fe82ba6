#!/usr/bin/env bash
# Authenticode-signs Windows files with the organisation's code-signing certificate: the CI
# workflow's optional signing steps run it on both executables before Inno Setup packs them, and
# on the setup program after. Git Bash on Windows; never run without the organisation's secrets.
#
#   scripts/sign_windows.sh FILE...
#
# Environment (the workflow passes them from its secrets and variables):
#   WINDOWS_CERT_PFX_BASE64   the certificate with its private key (.pfx), base64-encoded
#   WINDOWS_CERT_PASSWORD     the .pfx password
#   WINDOWS_TIMESTAMP_URL     the RFC 3161 time-stamp server of the certificate's vendor, so the
#                             signatures stay valid after the certificate expires
# A certificate whose key lives in a hardware token or a cloud signing service (required for
# code-signing certificates issued since June 2023) is used through that vendor's signtool
# options instead of /f and /p: installer/README.md, "Code signing".
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/platform.sh

fail() { echo "sign_windows: $*" >&2; exit 1; }
[[ $OA_OS == windows ]] || fail "signs on Windows only (signtool)"
[[ $# -gt 0 ]] || fail "usage: scripts/sign_windows.sh FILE..."
for name in WINDOWS_CERT_PFX_BASE64 WINDOWS_CERT_PASSWORD WINDOWS_TIMESTAMP_URL; do
    [[ -n "${!name:-}" ]] || fail "$name is not set"
done

# signtool comes with the Windows SDK, which is not on PATH: the newest one installed.
SIGNTOOL=$(command -v signtool 2>/dev/null || true)
if [[ -z "$SIGNTOOL" ]]; then
    SIGNTOOL=$(find "/c/Program Files (x86)/Windows Kits/10/bin" -path '*/x64/signtool.exe' 2>/dev/null \
               | sort -V | tail -n 1)
fi
[[ -n "$SIGNTOOL" ]] || fail "signtool.exe not found (install the Windows SDK)"

FILES=()
for file in "$@"; do
    [[ -f "$file" ]] || fail "no file $file"
    FILES+=("$(native_path "$file")")
done

PFX_DIR=$(mktemp -d)
trap 'rm -rf "$PFX_DIR"' EXIT
printf '%s' "$WINDOWS_CERT_PFX_BASE64" | base64 -d >"$PFX_DIR/certificate.pfx"

# MSYS_NO_PATHCONV: Git Bash would otherwise rewrite signtool's /f, /fd, /tr … as paths.
MSYS_NO_PATHCONV=1 "$SIGNTOOL" sign /f "$(native_path "$PFX_DIR/certificate.pfx")" \
    /p "$WINDOWS_CERT_PASSWORD" /fd sha256 /tr "$WINDOWS_TIMESTAMP_URL" /td sha256 \
    /d "Offline Assistant" "${FILES[@]}"
MSYS_NO_PATHCONV=1 "$SIGNTOOL" verify /pa /v "${FILES[@]}"
