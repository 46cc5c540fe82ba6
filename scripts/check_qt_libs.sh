#!/usr/bin/env bash
# Can Qt open a window here? On Linux, lists the system libraries that Qt's xcb platform
# plugin needs and this machine lacks, and prints the one `apt-get install …` line that
# fixes it (exit 1), instead of Qt's own "could not load the Qt platform plugin xcb".
#
#   scripts/check_qt_libs.sh [PYTHON | LIBRARY.so ...]
#
# With a Python (default .venv/bin/python) it checks that Python's PySide6 xcb plugin; with
# shared libraries it checks those. `make run` runs it before the window opens. Package
# names follow Debian's rule for library packages (libxcb-icccm.so.4 -> libxcb-icccm4);
# on other systems install the libraries named.
set -euo pipefail
[[ "$(uname -s)" == Linux ]] || exit 0
command -v ldd >/dev/null || exit 0

targets=("$@")
if [[ ${#targets[@]} -eq 0 || "${targets[0]}" != *.so* ]]; then
    python=${1:-.venv/bin/python}
    qt=$("$python" -c "import PySide6, pathlib; print(pathlib.Path(PySide6.__file__).parent / 'Qt')")
    targets=("$qt/plugins/platforms/libqxcb.so")
fi

package_of() {  # libxkbcommon-x11.so.0 -> libxkbcommon-x11-0
    local soname=$1 name version
    case $soname in
        libglib-2.0.so.*) echo libglib2.0-0; return ;;
        libGLX.so.*) echo libglx0; return ;;
    esac
    name=${soname%%.so.*}; version=${soname##*.so.}
    [[ "$name" =~ [0-9]$ ]] && name="$name-"
    echo "${name,,}${version%%.*}"
}

missing=$(for target in "${targets[@]}"; do ldd "$target" 2>/dev/null; done \
          | awk '/=> not found/ {print $1}' | sort -u)
[[ -z "$missing" ]] && exit 0

packages=$(for soname in $missing; do package_of "$soname"; done | sort -u | tr '\n' ' ')
echo "Qt cannot open a window: these system libraries are missing: $(echo $missing)"
if command -v dpkg-query >/dev/null; then
    echo "Install them, then run make run again:"
    echo "  sudo apt-get install ${packages% }"
else
    echo "Install the packages that provide them with your system's package manager."
fi
exit 1
