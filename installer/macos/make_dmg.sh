#!/usr/bin/env bash
# Pack "dist/Offline Assistant.app" (built by `pyinstaller build.spec` on a Mac) into a .dmg
# that users open and drag to Applications.
#
#   installer/macos/make_dmg.sh ["dist/Offline Assistant.app"] [OUT_DIR]
#       -> OUT_DIR/OfflineAssistant-<version>-macos-<arm64|x86_64>.dmg   (OUT_DIR default: dist)
#
# Runs on macOS only (hdiutil). Downloads nothing.
#
# Signing and notarisation (needed, or Gatekeeper refuses to open an app from a .dmg): set
#   MACOS_SIGN_IDENTITY="Developer ID Application: Your Org (TEAMID)"
# for the PyInstaller build (build.spec then signs every binary and the .app) and for this
# script, which signs the .app itself if it is not signed yet, and the .dmg. Notarisation sends the .dmg to Apple, so it is never run from here; run it
# yourself afterwards on a machine that may reach Apple (steps in installer/README.md):
#   xcrun notarytool submit OUT.dmg --keychain-profile <profile> --wait
#   xcrun stapler staple OUT.dmg
set -euo pipefail
cd "$(dirname "$0")/../.."

APP=${1:-"dist/Offline Assistant.app"}
OUT=${2:-dist}
fail() { echo "make_dmg: $*" >&2; exit 1; }

[[ "$(uname -s)" == Darwin ]] || fail "builds a .dmg on macOS only (needs hdiutil)"
command -v hdiutil >/dev/null || fail "hdiutil not found"
[[ -d "$APP/Contents/MacOS" ]] || fail "no app at $APP (run: pyinstaller --noconfirm build.spec)"

VERSION=$(sed -n 's/^__version__ = "\(.*\)"/\1/p' app/__init__.py)
ARCH=$(uname -m)
DMG="$OUT/OfflineAssistant-$VERSION-macos-$ARCH.dmg"
IDENTITY=${MACOS_SIGN_IDENTITY:-}

if [[ -n "$IDENTITY" ]] && codesign --verify --deep --strict "$APP" 2>/dev/null; then
    echo "make_dmg: $APP is already signed (build.spec signs it when MACOS_SIGN_IDENTITY is set)"
elif [[ -n "$IDENTITY" ]]; then
    # Inside out: every library and executable first, then the .app itself.
    find "$APP/Contents" -type f \( -name '*.dylib' -o -name '*.so' -o -perm -u+x \) -print0 \
        | xargs -0 codesign --force --timestamp --options runtime \
            --entitlements installer/macos/entitlements.plist --sign "$IDENTITY"
    codesign --force --timestamp --options runtime \
        --entitlements installer/macos/entitlements.plist --sign "$IDENTITY" "$APP"
    codesign --verify --deep --strict --verbose=2 "$APP"
else
    echo "make_dmg: MACOS_SIGN_IDENTITY not set: the .app is NOT signed (fine for testing only)"
fi

STAGE=$(mktemp -d)
trap 'rm -rf "$STAGE"' EXIT
ditto "$APP" "$STAGE/$(basename "$APP")"
ln -s /Applications "$STAGE/Applications"
cp installer/THIRD-PARTY.txt "$STAGE/THIRD-PARTY.txt"
mkdir -p "$OUT"
rm -f "$DMG"
hdiutil create -volname "Offline Assistant $VERSION" -srcfolder "$STAGE" -fs HFS+ \
    -format UDZO -imagekey zlib-level=9 -ov "$DMG"
if [[ -n "$IDENTITY" ]]; then
    codesign --force --timestamp --sign "$IDENTITY" "$DMG"
fi
echo "make_dmg: $DMG ($(du -h "$DMG" | cut -f1))"
[[ -n "$IDENTITY" ]] && echo "Next: notarise it (installer/README.md, 'macOS: sign and notarise')."
exit 0
