#!/usr/bin/env bash
# The frozen app's own --self-test with the network cut off: `make dist` and every job of the CI
# workflow run it on the bundle they built, to show that the program needs no network.
#
#   scripts/self_test_offline.sh [EXECUTABLE [ARGS...]]
#       EXECUTABLE  default: the console program build.spec makes on this system
#       ARGS        default: --self-test
#
# How the network is cut:
#   Linux    a new network namespace, whose only interface is a loopback that is down:
#            `unshare -n` as root, `unshare -rn` (in a user namespace) otherwise, or
#            `sudo -n unshare -n` dropping back to this user inside, where unprivileged user
#            namespaces are switched off (Ubuntu 24.04's default).
#   macOS    sandbox-exec with a profile that denies every network operation but Unix sockets
#            (the app's own single-instance socket), and the DNS resolver's socket as well.
#   Windows  a Windows Firewall rule that blocks all outbound traffic of EXECUTABLE, and so of
#            the engine and reader processes (the same file, run again); added with PowerShell,
#            which needs an administrator (a CI runner is one), and removed afterwards. A
#            firewall profile that is off is switched on for the test and off again after it.
# On Linux and macOS a probe first shows that the cut works: a connection to 127.0.0.1 made
# inside it must fail with "network unreachable" or "not permitted", not "refused". Windows'
# firewall does not filter loopback traffic, so there the rule in force is the evidence.
#
# WHERE THE NETWORK CANNOT BE CUT (no namespace, no sandbox-exec, no administrator) this says
# so plainly and runs the test with the network present. OA_REQUIRE_OFFLINE=1 (the CI workflow
# sets it) makes that a failure instead.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/platform.sh

EXE_PATH=${1:-$(frozen_exe)}
ARGS=(--self-test)
if [[ $# -gt 1 ]]; then shift; ARGS=("$@"); fi

say() { echo "self_test_offline: $*"; }
fail() { echo "self_test_offline: FAIL: $*" >&2; exit 1; }
[[ -f "$EXE_PATH" ]] || fail "no executable at $EXE_PATH (scripts/build_bundle.sh builds it)"

WORK=$(mktemp -d)
NONET=()        # the command prefix that runs a program without network
HOW=""          # how it is cut, in words
NOT_CUT=""      # why the network stays, where it does
FW_RULE=""      # Windows: the firewall rule in force
FW_SWITCHED=""  # Windows: the firewall profiles this script switched on

# --- Windows Firewall ---------------------------------------------------------------------------
# A .ps1 file rather than -Command: Windows PowerShell mangles double quotes in arguments.
cat >"$WORK/firewall.ps1" <<'PS1'
$ErrorActionPreference = 'Stop'
if ($env:OA_FW_ACTION -eq 'add') {
    if ((Get-Service mpssvc).Status -ne 'Running') { throw 'the Windows Firewall service is not running' }
    New-NetFirewallRule -DisplayName $env:OA_FW_RULE -Direction Outbound -Action Block `
        -Program $env:OA_FW_PROGRAM -Profile Any | Out-Null
    $off = @(Get-NetFirewallProfile | Where-Object { $_.Enabled -eq 'False' } | ForEach-Object { $_.Name })
    if ($off.Count -gt 0) { Set-NetFirewallProfile -Profile $off -Enabled True }
    Write-Output ('switched-on:' + ($off -join ','))
} else {
    Get-NetFirewallRule -DisplayName $env:OA_FW_RULE -ErrorAction SilentlyContinue | Remove-NetFirewallRule
    if ($env:OA_FW_SWITCHED) { Set-NetFirewallProfile -Profile ($env:OA_FW_SWITCHED -split ',') -Enabled False }
}
PS1
firewall() {  # add | remove
    OA_FW_ACTION=$1 OA_FW_RULE=$FW_RULE OA_FW_PROGRAM=$(native_path "$EXE_PATH") \
        OA_FW_SWITCHED=$FW_SWITCHED powershell.exe -NoProfile -NonInteractive \
        -ExecutionPolicy Bypass -File "$(native_path "$WORK/firewall.ps1")"
}

cleanup() {
    if [[ -n "$FW_RULE" ]]; then
        firewall remove || echo "self_test_offline: could not remove the firewall rule '$FW_RULE'" >&2
    fi
    rm -rf "$WORK"
}
trap cleanup EXIT

# --- cut the network --------------------------------------------------------------------------
MACOS_PROFILE='(version 1)(allow default)(deny network*)(allow network* (local unix-socket))(allow network* (remote unix-socket))(deny network-outbound (literal "/private/var/run/mDNSResponder"))'
case $OA_OS in
    linux)
        if unshare -n true 2>/dev/null; then
            NONET=(unshare -n); HOW="unshare -n"
        elif unshare -rn true 2>/dev/null; then
            NONET=(unshare -rn); HOW="unshare -rn"
        elif command -v sudo >/dev/null && sudo -n --preserve-env unshare -n true 2>/dev/null; then
            NONET=(sudo -n --preserve-env unshare -n
                   setpriv --reuid "$(id -u)" --regid "$(id -g)" --clear-groups --)
            HOW="sudo unshare -n, as $(id -un) inside"
        else
            NOT_CUT="no network namespace could be made (unshare -n, unshare -rn and sudo -n unshare -n were refused)"
        fi ;;
    macos)
        if command -v sandbox-exec >/dev/null && sandbox-exec -p "$MACOS_PROFILE" /usr/bin/true; then
            NONET=(sandbox-exec -p "$MACOS_PROFILE"); HOW="sandbox-exec, network denied"
        else
            NOT_CUT="sandbox-exec is missing or refused the profile"
        fi ;;
    windows)
        FW_RULE="OfflineAssistant self-test $$"
        if out=$(firewall add 2>&1); then
            FW_SWITCHED=$(echo "$out" | tr -d '\r' | sed -n 's/^switched-on://p')
            HOW="a Windows Firewall rule blocking all outbound traffic of $(native_path "$EXE_PATH")"
            say "$HOW${FW_SWITCHED:+ (firewall profiles switched on for the test: $FW_SWITCHED)}"
        else
            NOT_CUT="no Windows Firewall rule could be added (it needs an administrator and the firewall service): $out"
        fi ;;
esac

if [[ ${#NONET[@]} -gt 0 ]]; then
    PROBE='import errno, socket
s = socket.socket()
s.settimeout(5)
try:
    s.connect(("127.0.0.1", 9))
    print("connected")
except OSError as error:
    print(errno.errorcode.get(error.errno, repr(error)))'
    got=$("${NONET[@]}" "$(oa_python)" -c "$PROBE" 2>&1 | tail -n 1) || true
    case "$got" in
        ENETUNREACH | ENETDOWN | EPERM | EACCES) say "network cut by $HOW (probe: connect to 127.0.0.1 -> $got)" ;;
        *) NOT_CUT="$HOW did not cut the network (probe: connect to 127.0.0.1 -> $got)"; NONET=() ;;
    esac
fi

if [[ -n "$NOT_CUT" ]]; then
    echo "self_test_offline: THE NETWORK IS NOT CUT HERE: $NOT_CUT" >&2
    [[ "${OA_REQUIRE_OFFLINE:-0}" != 1 ]] || fail "OA_REQUIRE_OFFLINE=1: refusing to test with the network present"
    echo "self_test_offline: the self-test runs WITH the network present" >&2
fi

# --- the test -----------------------------------------------------------------------------------
mkdir -p "$WORK/home"
status=0
OFFLINE_ASSISTANT_HOME=$(native_path "$WORK/home") QT_QPA_PLATFORM=offscreen \
    ${NONET[@]+"${NONET[@]}"} "$EXE_PATH" "${ARGS[@]}" >"$WORK/out" 2>&1 || status=$?
cat "$WORK/out"
[[ $status -eq 0 ]] || fail "$EXE_PATH ${ARGS[*]} exited $status"
if [[ "${ARGS[*]}" == *--self-test* ]]; then
    grep -q "SELF-TEST PASSED" "$WORK/out" || fail "no SELF-TEST PASSED line"
fi
if [[ -n "$NOT_CUT" ]]; then
    say "passed, WITH the network present"
else
    say "passed with the network cut off ($HOW)"
fi
