#!/usr/bin/env bash
# Build the Debian/Ubuntu package from the one-folder bundle that `make dist` (build.spec) made.
#
#   installer/linux/build_deb.sh [BUNDLE_DIR] [OUT_DIR]
#       BUNDLE_DIR  default dist/offline-assistant
#       OUT_DIR     default dist            -> OUT_DIR/offline-assistant_<version>_<arch>.deb
#
# Environment (all optional):
#   DEB_COMPRESSION  xz (default: every dpkg reads it), gzip, zstd (dpkg >= 1.21.18 only) or none
#   DEB_LEVEL        compression level (default: dpkg-deb's own)
#   DEB_VERSION      package version (default: __version__ from app/__init__.py)
#   DEB_ARCH         package architecture (default: dpkg --print-architecture)
#   DEB_MAINTAINER   "Name <address>" for the control file
#
# What the package holds:
#   /opt/offline-assistant/                    the bundle, unchanged (root-owned, read-only)
#   /usr/bin/offline-assistant                 a two-line launcher script into /opt
#   /usr/share/applications/offline-assistant.desktop
#   /usr/share/icons/hicolor/{scalable,256x256}/apps/offline-assistant.{svg,png}
#   /usr/share/doc/offline-assistant/copyright the licence notes (installer/THIRD-PARTY.txt)
# Its maintainer scripts only refresh the menu and icon caches. Users' data
# (~/.local/share/OfflineAssistant: conversations, summaries, their own models) is never read,
# moved or deleted: not on install, not on upgrade, not on remove, not on purge.
#
# Needs only dpkg-deb (part of dpkg on every Debian/Ubuntu), coreutils and, for the libc6
# version, objdump (binutils) if present. Downloads nothing.
set -euo pipefail
cd "$(dirname "$0")/../.."

BUNDLE=${1:-dist/offline-assistant}
OUT=${2:-dist}
PACKAGE=offline-assistant
HERE=installer/linux
source "$HERE/common.sh"

fail() { echo "build_deb: $*" >&2; exit 1; }

command -v dpkg-deb >/dev/null || fail "dpkg-deb not found: build the .deb on Debian or Ubuntu"
[[ -x "$BUNDLE/offline-assistant" ]] || fail "no bundle at $BUNDLE (run 'make dist' first)"
[[ -d "$BUNDLE/_internal" ]] || fail "$BUNDLE has no _internal/ folder: not a PyInstaller 6 bundle"

VERSION=${DEB_VERSION:-$(app_version)}
[[ -n "$VERSION" ]] || fail "cannot read __version__ from app/__init__.py"
ARCH=${DEB_ARCH:-$(dpkg --print-architecture 2>/dev/null || echo amd64)}
MAINTAINER=${DEB_MAINTAINER:-"Offline Assistant team <dev@offline-assistant.invalid>"}
COMPRESSION=${DEB_COMPRESSION:-xz}

# --- the lowest libc6 the bundle can run on (see common.sh) ---------------------------------
LIBC=$(glibc_needed "$BUNDLE")
[[ -n "$LIBC" ]] || fail "could not work out the glibc version the bundle needs"

# --- dependencies -----------------------------------------------------------------------------
# What the bundle takes from the system (checked with ldd over every bundled library, see
# installer/README.md): glibc, libGL/libEGL (GLVND), libxcb, and two xcb helpers PyInstaller
# does not find on a build machine without a desktop (libxcb-icccm4, libxcb-keysyms1).
# libxcb-cursor0, libxkbcommon-x11-0 and libfontconfig1 are bundled today but are listed too:
# Qt's xcb plugin cannot start without them, and they are on every desktop anyway.
# Wayland: Qt prefers its wayland plugin in a Wayland session and needs these two for it;
# without them it falls back to X11 (XWayland), so they are only recommended.
DEPENDS="libc6 (>= $LIBC), libxcb1, libxcb-cursor0, libxcb-icccm4, libxcb-keysyms1, \
libxkbcommon-x11-0, libegl1, libgl1, libfontconfig1"
RECOMMENDS="libwayland-cursor0, libwayland-egl1"

# --- stage the file tree ----------------------------------------------------------------------
mkdir -p "$OUT"
STAGE=$(mktemp -d "$OUT/.deb-stage.XXXXXX")
trap 'rm -rf "$STAGE"' EXIT
ROOT="$STAGE/root"
install -d -m 0755 "$ROOT/DEBIAN" "$ROOT/opt" "$ROOT/usr/bin" "$ROOT/usr/share/applications" \
    "$ROOT/usr/share/icons/hicolor/scalable/apps" "$ROOT/usr/share/icons/hicolor/256x256/apps" \
    "$ROOT/usr/share/doc/$PACKAGE"
cp -a "$BUNDLE" "$ROOT/opt/$PACKAGE"
# No write bits for group or others, everything readable; executables stay executable.
chmod -R u+rwX,go+rX,go-w "$ROOT/opt/$PACKAGE"

cat >"$ROOT/usr/bin/$PACKAGE" <<'LAUNCHER'
#!/bin/sh
# Installed by the offline-assistant package; the app itself lives in /opt/offline-assistant.
exec /opt/offline-assistant/offline-assistant "$@"
LAUNCHER
chmod 0755 "$ROOT/usr/bin/$PACKAGE"

install -m 0644 "$HERE/offline-assistant.desktop" "$ROOT/usr/share/applications/$PACKAGE.desktop"
install -m 0644 resources/icons/offline-assistant.svg \
    "$ROOT/usr/share/icons/hicolor/scalable/apps/$PACKAGE.svg"
install -m 0644 resources/icons/offline-assistant.png \
    "$ROOT/usr/share/icons/hicolor/256x256/apps/$PACKAGE.png"
install -m 0644 installer/THIRD-PARTY.txt "$ROOT/usr/share/doc/$PACKAGE/copyright"
install -m 0644 LICENSE "$ROOT/usr/share/doc/$PACKAGE/LICENSE"

# --- control files ----------------------------------------------------------------------------
INSTALLED_KB=$(du -sk --apparent-size "$ROOT" --exclude=DEBIAN | cut -f1)
cat >"$ROOT/DEBIAN/control" <<CONTROL
Package: $PACKAGE
Version: $VERSION
Architecture: $ARCH
Maintainer: $MAINTAINER
Installed-Size: $INSTALLED_KB
Depends: $DEPENDS
Recommends: $RECOMMENDS
Section: utils
Priority: optional
Description: summarise documents and chat with a local language model, offline
 Offline Assistant runs a language model (GGUF, through llama.cpp) on this
 computer to summarise PDF, Word, web-page, e-mail, text and Markdown
 documents and to answer questions. No document, question or answer leaves
 the machine: the app opens no network connection.
 .
 The program is installed in /opt/offline-assistant with a small demo model;
 each user's conversations, summaries and own models stay in
 ~/.local/share/OfflineAssistant, which removing this package never touches.
CONTROL

install -m 0755 "$HERE/postinst" "$ROOT/DEBIAN/postinst"
install -m 0755 "$HERE/postrm" "$ROOT/DEBIAN/postrm"
(cd "$ROOT" && find . -path ./DEBIAN -prune -o -type f -printf '%P\0' | sort -z \
    | xargs -0 md5sum) >"$ROOT/DEBIAN/md5sums"
chmod 0644 "$ROOT/DEBIAN/control" "$ROOT/DEBIAN/md5sums"

# --- build ------------------------------------------------------------------------------------
DEB="$OUT/${PACKAGE}_${VERSION}_${ARCH}.deb"
args=(--root-owner-group -Z"$COMPRESSION")
[[ -n "${DEB_LEVEL:-}" ]] && args+=(-z"$DEB_LEVEL")
start=$EPOCHREALTIME
dpkg-deb "${args[@]}" --build "$ROOT" "$DEB" >/dev/null
elapsed=$(since "$start")

echo "build_deb: $DEB"
echo "  package size:    $(du -h "$DEB" | cut -f1) ($(stat -c %s "$DEB") bytes, $COMPRESSION, built in ${elapsed} s)"
echo "  installed size:  $((INSTALLED_KB / 1024)) MiB"
echo "  Depends:         $DEPENDS"
echo "  Recommends:      $RECOMMENDS"
