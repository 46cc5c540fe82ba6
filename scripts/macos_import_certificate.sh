#!/usr/bin/env bash
# Puts the organisation's "Developer ID Application" certificate into a throw-away keychain on
# a CI Mac, so that build.spec and installer/macos/make_dmg.sh can sign with
# MACOS_SIGN_IDENTITY. The CI workflow's optional signing step runs it; a developer's Mac that
# already has the certificate in its login keychain needs none of this.
#
#   scripts/macos_import_certificate.sh
#
# Environment (from the workflow's secrets):
#   MACOS_CERTIFICATE_P12_BASE64   the certificate with its private key (.p12), base64-encoded
#   MACOS_CERTIFICATE_PASSWORD     the .p12 password
# The keychain lives in RUNNER_TEMP (or TMPDIR) with a random password, and goes with the runner.
set -euo pipefail

fail() { echo "macos_import_certificate: $*" >&2; exit 1; }
[[ "$(uname -s)" == Darwin ]] || fail "macOS only (security)"
for name in MACOS_CERTIFICATE_P12_BASE64 MACOS_CERTIFICATE_PASSWORD; do
    [[ -n "${!name:-}" ]] || fail "$name is not set"
done

DIR=${RUNNER_TEMP:-${TMPDIR:-/tmp}}
KEYCHAIN="$DIR/offline-assistant-signing.keychain-db"
KEYCHAIN_PASSWORD=$(uuidgen)
P12="$DIR/offline-assistant-signing.p12"
trap 'rm -f "$P12"' EXIT

printf '%s' "$MACOS_CERTIFICATE_P12_BASE64" | base64 --decode >"$P12"
security create-keychain -p "$KEYCHAIN_PASSWORD" "$KEYCHAIN"
security set-keychain-settings -lut 21600 "$KEYCHAIN"  # stays unlocked for a long build
security unlock-keychain -p "$KEYCHAIN_PASSWORD" "$KEYCHAIN"
security import "$P12" -k "$KEYCHAIN" -P "$MACOS_CERTIFICATE_PASSWORD" -t cert -f pkcs12 \
    -T /usr/bin/codesign
# Lets codesign use the key without a dialog that nobody on a runner could answer.
security set-key-partition-list -S apple-tool:,apple: -s -k "$KEYCHAIN_PASSWORD" "$KEYCHAIN" >/dev/null
# Add it to the search list (keeping the others), or codesign does not look in it.
existing=()
while IFS= read -r line; do
    line=${line//\"/}
    line=${line#"${line%%[![:space:]]*}"}
    if [[ -n "$line" ]]; then existing+=("$line"); fi
done < <(security list-keychains -d user)
security list-keychains -d user -s "$KEYCHAIN" ${existing[@]+"${existing[@]}"}
security find-identity -v -p codesigning "$KEYCHAIN"
