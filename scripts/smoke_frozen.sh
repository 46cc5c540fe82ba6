#!/usr/bin/env bash
# Smoke test of the frozen one-folder bundle built by `make dist` (build.spec).
#
#   scripts/smoke_frozen.sh [BUNDLE_DIR] [PDF]
#
# Checks, each with a fresh OFFLINE_ASSISTANT_HOME:
#   doctor     exits 0 (and how long it takes)
#   models     lists a model that lives inside the bundle
#   summarize  of a PDF exits 0 and prints a summary, with no network (unshare -n) where the
#              machine allows a network namespace
#   the window starts offscreen and stays up for GUI_SECONDS without a traceback
# Exits non-zero on the first failure.
set -euo pipefail
cd "$(dirname "$0")/.."

BUNDLE=${1:-dist/offline-assistant}
PDF=${2:-/work/shared/corpus/py-pdf-sample-files/004-pdflatex-4-pages/pdflatex-4-pages.pdf}
GUI_SECONDS=${GUI_SECONDS:-20}
EXE="$BUNDLE/offline-assistant"

fail() { echo "SMOKE FAIL: $*" >&2; exit 1; }
since() { awk -v a="$1" -v b="$EPOCHREALTIME" 'BEGIN { printf "%.2f", b - a }'; }
ok() { echo "SMOKE OK:   $*"; }

[[ -x "$EXE" ]] || fail "no executable at $EXE (run 'make dist' first)"
[[ -f "$PDF" ]] || fail "no sample PDF at $PDF (pass one as the second argument)"

WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
fresh_home() { mktemp -d -p "$WORK" home.XXXX; }
no_traceback() { ! grep -q "Traceback (most recent call last)" "$1"; }

echo "Bundle: $BUNDLE ($(du -sh "$BUNDLE" | cut -f1))"

# --- doctor ---------------------------------------------------------------------------------
start=$EPOCHREALTIME
OFFLINE_ASSISTANT_HOME=$(fresh_home) "$EXE" doctor >"$WORK/doctor.out" 2>&1 \
    || { cat "$WORK/doctor.out"; fail "doctor exited non-zero"; }
elapsed=$(since "$start")
grep -E "^(llama.cpp|CPU features|Models):" "$WORK/doctor.out" || true
ok "doctor exit 0 in ${elapsed} s"

# --- models ---------------------------------------------------------------------------------
OFFLINE_ASSISTANT_HOME=$(fresh_home) "$EXE" models >"$WORK/models.out" 2>&1 \
    || { cat "$WORK/models.out"; fail "models exited non-zero"; }
cat "$WORK/models.out"
grep -q "$(cd "$BUNDLE" && pwd)/" "$WORK/models.out" \
    || fail "models does not list a model from inside the bundle"
ok "models lists the bundled model"

# --- summarize, offline ---------------------------------------------------------------------
# unshare -n needs root; an unprivileged user gets a network namespace with -r (user namespace).
NONET=()
if unshare -n true 2>/dev/null; then
    NONET=(unshare -n)
elif unshare -rn true 2>/dev/null; then
    NONET=(unshare -rn)
else
    echo "note: no network namespace available here; summarize runs with the network present"
fi
start=$EPOCHREALTIME
OFFLINE_ASSISTANT_HOME=$(fresh_home) "${NONET[@]}" "$EXE" summarize "$PDF" \
    >"$WORK/summary.out" 2>"$WORK/summary.err" \
    || { cat "$WORK/summary.err"; fail "summarize exited non-zero"; }
elapsed=$(since "$start")
tail -n 4 "$WORK/summary.err"
[[ -s "$WORK/summary.out" ]] || fail "summarize printed no summary"
no_traceback "$WORK/summary.err" || { cat "$WORK/summary.err"; fail "traceback in summarize"; }
echo "--- summary ---"; cat "$WORK/summary.out"; echo "---------------"
ok "summarize exit 0 in ${elapsed} s${NONET:+ under '${NONET[*]}' (no network)}"

# --- the window, offscreen ------------------------------------------------------------------
set +e
OFFLINE_ASSISTANT_HOME=$(fresh_home) QT_QPA_PLATFORM=offscreen \
    timeout "$GUI_SECONDS" "$EXE" >"$WORK/gui.log" 2>&1
code=$?
set -e
[[ $code -eq 124 ]] || { cat "$WORK/gui.log"; fail "the window exited with $code before ${GUI_SECONDS} s"; }
no_traceback "$WORK/gui.log" || { cat "$WORK/gui.log"; fail "traceback while the window ran"; }
ok "window stayed up ${GUI_SECONDS} s offscreen (exit 124 from timeout)"

echo "Bundle size: $(du -sh "$BUNDLE" | cut -f1)   all frozen smoke checks passed"
