#!/usr/bin/env bash
# Notarises a signed .dmg: sends it to Apple's notary service, waits for the verdict, staples
# the ticket to the .dmg so Gatekeeper accepts it offline, and checks the result. This uploads
# the .dmg to Apple, which is why installer/macos/make_dmg.sh never does it; the CI workflow's
# optional notarisation step runs this only when the organisation has set its secrets.
#
#   scripts/macos_notarise.sh DMG
#
# Environment (an App Store Connect API key with the Developer role, from the secrets):
#   APPLE_NOTARY_KEY_P8_BASE64   the key file AuthKey_<id>.p8, base64-encoded
#   APPLE_NOTARY_KEY_ID          its key ID
#   APPLE_NOTARY_ISSUER_ID       the issuer ID shown with it in App Store Connect
set -euo pipefail

fail() { echo "macos_notarise: $*" >&2; exit 1; }
[[ "$(uname -s)" == Darwin ]] || fail "macOS only (xcrun notarytool)"
[[ $# -eq 1 && -f "$1" ]] || fail "usage: scripts/macos_notarise.sh DMG"
for name in APPLE_NOTARY_KEY_P8_BASE64 APPLE_NOTARY_KEY_ID APPLE_NOTARY_ISSUER_ID; do
    [[ -n "${!name:-}" ]] || fail "$name is not set"
done
DMG=$1
codesign --verify --strict --verbose=2 "$DMG" || fail "$DMG is not signed (set MACOS_SIGN_IDENTITY)"

KEY_DIR=$(mktemp -d)
trap 'rm -rf "$KEY_DIR"' EXIT
KEY="$KEY_DIR/AuthKey_$APPLE_NOTARY_KEY_ID.p8"
printf '%s' "$APPLE_NOTARY_KEY_P8_BASE64" | base64 --decode >"$KEY"

# --wait returns when Apple has decided; a rejection exits 0, so the status is read.
xcrun notarytool submit "$DMG" --key "$KEY" --key-id "$APPLE_NOTARY_KEY_ID" \
    --issuer "$APPLE_NOTARY_ISSUER_ID" --wait --output-format plist >"$KEY_DIR/result.plist"
status=$(/usr/libexec/PlistBuddy -c "Print :status" "$KEY_DIR/result.plist")
if [[ "$status" != Accepted ]]; then
    id=$(/usr/libexec/PlistBuddy -c "Print :id" "$KEY_DIR/result.plist" || true)
    xcrun notarytool log "$id" --key "$KEY" --key-id "$APPLE_NOTARY_KEY_ID" \
        --issuer "$APPLE_NOTARY_ISSUER_ID" || true
    fail "Apple's notary service answered '$status' for $DMG"
fi
xcrun stapler staple "$DMG"
xcrun stapler validate "$DMG"
spctl --assess --type open --context context:primary-signature --verbose=2 "$DMG"
echo "macos_notarise: $DMG notarised and stapled"
