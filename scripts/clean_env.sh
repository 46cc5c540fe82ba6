#!/usr/bin/env bash
# Runs a command in a clean environment: a plain PATH, HOME and a UTF-8 locale, nothing else
# from the machine it runs on.
#
#   scripts/clean_env.sh COMMAND [ARGS...]
#
# The portability check (check_portable.sh) runs its emulated probes this way, because the
# build machine's settings must not leak into an emulated older CPU: with
# OPENBLAS_CORETYPE=Haswell (some Linux images set it) `import numpy` dies with an illegal
# instruction under QEMU's Nehalem, a fault of the build machine, not of the installer.
set -euo pipefail
program=$(command -v "$1") || { echo "clean_env: $1 not found" >&2; exit 127; }
shift
exec env -i PATH=/usr/local/bin:/usr/bin:/bin HOME="${HOME:-/tmp}" LANG=C.UTF-8 "$program" "$@"
