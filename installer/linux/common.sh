# Shared by build_deb.sh and build_tarball.sh (sourced, from the repository root).

# The app's version, from app/__init__.py.
app_version() {
    sed -n 's/^__version__ = "\(.*\)"/\1/p' app/__init__.py
}

# The lowest glibc the bundle in $1 can run on. PyInstaller copies most libraries into the
# bundle but always takes glibc from the target system, so the highest GLIBC_x.y symbol
# version any bundled file asks for is the real minimum. Without objdump (binutils), or when
# no file names a version, the build machine's own glibc: an upper bound of that minimum, so
# still a safe one.
glibc_needed() {
    local found=""
    if command -v objdump >/dev/null; then
        found=$(find "$1" -type f \( -name '*.so*' -o -perm -u+x \) -print0 \
            | xargs -0 objdump -T 2>/dev/null \
            | grep -o 'GLIBC_[0-9][0-9.]*' | sed 's/GLIBC_//' | sort -uV | tail -n 1 || true)
    fi
    if [[ -z "$found" ]]; then
        found=$(ldd --version | head -n 1 | grep -o '[0-9][0-9.]*$')
    fi
    echo "$found"
}

# Seconds since $1 (an $EPOCHREALTIME value), one decimal.
since() {
    awk -v a="$1" -v b="$EPOCHREALTIME" 'BEGIN { printf "%.1f", b - a }'
}
