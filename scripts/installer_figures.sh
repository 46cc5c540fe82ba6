#!/usr/bin/env bash
# Figures for the Linux installers, printed by `make dist` / `make installers`:
#   sizes of the bundle, the .deb and the .tar.gz, the frozen app's start-up time (to the
#   window shown on Qt's offscreen platform, and to the model loaded in it), and the frozen
#   self-test (model load, tokens/s, a summary of the bundled sample).
#
#   scripts/installer_figures.sh [BUNDLE_DIR] [OUT_DIR]      RUNS=3 start-ups (median shown)
#
# Every run uses a throw-away data folder and, where the machine allows a network namespace,
# no network at all (unshare). Exits non-zero if the frozen self-test fails.
set -euo pipefail
cd "$(dirname "$0")/.."

BUNDLE=${1:-dist/offline-assistant}
OUT=${2:-dist}
RUNS=${RUNS:-3}
EXE="$BUNDLE/offline-assistant"
source installer/linux/common.sh

[[ -x "$EXE" ]] || { echo "installer_figures: no bundle at $BUNDLE (run 'make dist')" >&2; exit 1; }

NONET=()
if unshare -n true 2>/dev/null; then NONET=(unshare -n)
elif unshare -rn true 2>/dev/null; then NONET=(unshare -rn)
fi
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

run_frozen() {  # run the bundle with a fresh data folder and without network
    OFFLINE_ASSISTANT_HOME=$(mktemp -d -p "$WORK") QT_QPA_PLATFORM=offscreen \
        "${NONET[@]}" "$EXE" "$@"
}
median() { sort -n | awk '{ v[NR] = $1 } END { if (NR) print v[int((NR + 1) / 2)]; else print "?" }'; }
size_of() { [[ -f "$1" ]] && echo "$(du -h "$1" | cut -f1)  $(basename "$1")" || echo "(not built)"; }

VERSION=$(app_version)
: >"$WORK/shown"; : >"$WORK/loaded"; : >"$WORK/wall"
for _ in $(seq "$RUNS"); do
    start=$EPOCHREALTIME
    run_frozen --self-test --window-only >"$WORK/window.out" 2>"$WORK/window.err" \
        || { cat "$WORK/window.out" "$WORK/window.err"; echo "window start-up check failed" >&2; exit 1; }
    since "$start" >>"$WORK/wall"; echo >>"$WORK/wall"
    sed -n 's/^Window: .* \([0-9.]*\) s after the process started.*/\1/p' "$WORK/window.out" >>"$WORK/shown"
    sed -n 's/^Window model: .* \([0-9.]*\) s after the process started.*/\1/p' "$WORK/window.out" >>"$WORK/loaded"
done

run_frozen --self-test >"$WORK/self-test.out" 2>"$WORK/self-test.err" \
    || { cat "$WORK/self-test.out" "$WORK/self-test.err"; echo "frozen self-test failed" >&2; exit 1; }
pick() { sed -n "s/^$1: *//p" "$WORK/self-test.out" | head -n 1; }

cat <<EOF

Installer figures — Offline Assistant $VERSION, $(uname -sm), $(nproc) cores$([[ ${#NONET[@]} -gt 0 ]] && echo ", no network (${NONET[*]})")
  bundle             $(du -sh "$BUNDLE" | cut -f1)  $BUNDLE
  .deb               $(size_of "$(ls -t "$OUT"/offline-assistant_"$VERSION"_*.deb 2>/dev/null | head -n 1)")
  .tar.gz            $(size_of "$(ls -t "$OUT"/offline-assistant-"$VERSION"-linux-*.tar.gz 2>/dev/null | head -n 1)")
  needs glibc        $(glibc_needed "$BUNDLE") or newer
  start-up, frozen, offscreen (median of $RUNS; from process start):
    window shown     $(median <"$WORK/shown") s
    model loaded     $(median <"$WORK/loaded") s   (in the window, demo or bundled model)
    whole run        $(grep . "$WORK/wall" | median) s   (start, load, close, exit)
  frozen self-test:
    model            $(pick Model)
    load             $(pick "Model load")
    generation       $(pick Generation)
    summary          $(pick Summary)
EOF
