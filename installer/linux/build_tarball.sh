#!/usr/bin/env bash
# Build the plain .tar.gz of the one-folder bundle, for Linux users without admin rights.
#
#   installer/linux/build_tarball.sh [BUNDLE_DIR] [OUT_DIR]
#       BUNDLE_DIR  default dist/offline-assistant
#       OUT_DIR     default dist   -> OUT_DIR/offline-assistant-<version>-linux-<machine>.tar.gz
#
# Environment: TAR_GZIP_LEVEL (default 6).
#
# The archive holds one folder, offline-assistant-<version>/: the bundle as it is (the app runs
# from there directly: ./offline-assistant), plus
#   install-user.sh      copies it into ~/.local/opt/offline-assistant and adds a menu entry
#                        and ~/.local/bin/offline-assistant (no root; --uninstall removes them)
#   share/               the .desktop template and the icon that install-user.sh uses
#   README.txt, THIRD-PARTY.txt
# Downloads nothing; needs only tar and gzip (pigz when installed, for speed).
set -euo pipefail
cd "$(dirname "$0")/../.."

BUNDLE=${1:-dist/offline-assistant}
OUT=${2:-dist}
NAME=offline-assistant
HERE=installer/linux
LEVEL=${TAR_GZIP_LEVEL:-6}
source "$HERE/common.sh"

fail() { echo "build_tarball: $*" >&2; exit 1; }

[[ -x "$BUNDLE/$NAME" && -d "$BUNDLE/_internal" ]] || fail "no bundle at $BUNDLE (run 'make dist')"
VERSION=$(app_version)
[[ -n "$VERSION" ]] || fail "cannot read __version__ from app/__init__.py"
MACHINE=$(uname -m)
TOP="$NAME-$VERSION"
TARBALL="$OUT/$NAME-$VERSION-linux-$MACHINE.tar.gz"

mkdir -p "$OUT"
STAGE=$(mktemp -d "$OUT/.tar-stage.XXXXXX")
trap 'rm -rf "$STAGE"' EXIT
GLIBC=$(glibc_needed "$BUNDLE")
cp -a "$BUNDLE" "$STAGE/$TOP"
chmod -R u+rwX,go+rX,go-w "$STAGE/$TOP"
install -m 0755 "$HERE/install-user.sh" "$STAGE/$TOP/install-user.sh"
install -d -m 0755 "$STAGE/$TOP/share"
install -m 0644 "$HERE/offline-assistant.desktop" "$STAGE/$TOP/share/$NAME.desktop"
install -m 0644 resources/icons/offline-assistant.png "$STAGE/$TOP/share/$NAME.png"
install -m 0644 resources/icons/offline-assistant.svg "$STAGE/$TOP/share/$NAME.svg"
install -m 0644 installer/THIRD-PARTY.txt "$STAGE/$TOP/THIRD-PARTY.txt"
install -m 0644 LICENSE "$STAGE/$TOP/LICENSE"
cat >"$STAGE/$TOP/README.txt" <<EOF
Offline Assistant $VERSION for Linux ($MACHINE) — summarise documents with a language model
that runs on this computer. Nothing you open or type leaves the machine.

Install for yourself (no administrator rights needed):
    open a terminal in this folder and run:   ./install-user.sh
    then start "Offline Assistant" from your applications menu.
    (Many file managers also offer right-click > "Run as a Program" on install-user.sh.)

Or run it from this folder without installing:   ./offline-assistant

Check that it works on this computer (prints a short report, about half a minute):
    ./offline-assistant --self-test

Remove it:   ~/.local/opt/offline-assistant/install-user.sh --uninstall
Your conversations and summaries stay in ~/.local/share/OfflineAssistant.

Needs Linux on $MACHINE with glibc $GLIBC or newer (check: ldd --version) and, for the
window, the X11/xcb libraries of a normal desktop (Debian/Ubuntu package names: libxcb-cursor0
libxcb-icccm4 libxcb-keysyms1 libxkbcommon-x11-0 libegl1 libgl1 libfontconfig1).
EOF

COMPRESS=(gzip -n "-$LEVEL")
command -v pigz >/dev/null && COMPRESS=(pigz -n "-$LEVEL")
start=$EPOCHREALTIME
tar -C "$STAGE" --owner=0 --group=0 --numeric-owner --sort=name -cf - "$TOP" \
    | "${COMPRESS[@]}" >"$TARBALL.tmp"
mv "$TARBALL.tmp" "$TARBALL"
elapsed=$(since "$start")
echo "build_tarball: $TARBALL"
echo "  archive size:    $(du -h "$TARBALL" | cut -f1) ($(stat -c %s "$TARBALL") bytes, gzip -$LEVEL, built in ${elapsed} s)"
echo "  unpacked size:   $(du -sh "$STAGE/$TOP" | cut -f1)"
