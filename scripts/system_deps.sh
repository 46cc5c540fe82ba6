#!/usr/bin/env bash
# The Debian/Ubuntu packages the set-up needs, installed when missing: a compiler for
# llama-cpp-python, the libraries Qt's xcb plugin loads to open a window, a font, what the
# tests use to prove the app offline (strace, unshare), and a private keychain for the
# encryption tests (a D-Bus session bus, GNOME Keyring). As root they are installed here;
# otherwise the one `sudo apt-get install …` line that fixes it is printed and the set-up stops.
# On other systems this only says what to check.
set -euo pipefail

PACKAGES=(
  build-essential cmake                               # compile llama-cpp-python
  libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1        # Qt's xcb platform plugin
  libxcb-image0 libxcb-randr0 libxcb-render-util0 libxcb-shape0 libxcb-xkb1
  libxkbcommon-x11-0 libegl1 libgl1 libfontconfig1 libdbus-1-3 fonts-dejavu-core
  strace util-linux dpkg                              # the tests' network audit and namespaces
  qemu-user                                           # the installer's older-CPU check
  dbus-daemon gnome-keyring libsecret-tools           # a real Secret Service for the keychain tests
)

if ! command -v dpkg-query >/dev/null 2>&1; then
  echo "Not a Debian-like system: install a C compiler, CMake and Qt's runtime libraries yourself."
  exit 0
fi

missing=()
for package in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" \
    || missing+=("$package")
done
[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" -eq 0 ]; then
  echo "Installing system packages: ${missing[*]}"
  DEBIAN_FRONTEND=noninteractive apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
else
  echo "These system packages are missing. Install them, then run make again:"
  echo "  sudo apt-get install ${missing[*]}"
  exit 1
fi
