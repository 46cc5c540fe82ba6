#!/bin/sh
# Offline Assistant: install for this user only. No administrator rights, no network.
#
#   ./install-user.sh                install, or update, into ~/.local/opt/offline-assistant
#   ./install-user.sh --prefix DIR   install into DIR/offline-assistant instead
#   ./install-user.sh --uninstall    remove the program, its menu entry and its launcher
#
# It adds "Offline Assistant" to your applications menu and a launcher command
# ~/.local/bin/offline-assistant. Your own data (conversations, summaries, models you added)
# lives in ~/.local/share/OfflineAssistant: this script never changes or deletes it, not even
# with --uninstall.
set -eu

NAME=offline-assistant
HERE=$(cd "$(dirname "$0")" && pwd)
DATA_HOME=${XDG_DATA_HOME:-$HOME/.local/share}
PREFIX=$HOME/.local/opt
BIN=$HOME/.local/bin
ACTION=install
MARK="# Launcher written by Offline Assistant's install-user.sh"

while [ $# -gt 0 ]; do
    case "$1" in
        --uninstall) ACTION=uninstall ;;
        --prefix) [ $# -ge 2 ] || { echo "--prefix needs a folder" >&2; exit 2; }
                  PREFIX=$2; shift ;;
        --prefix=*) PREFIX=${1#--prefix=} ;;
        -h|--help) sed -n '2,13p' "$0"; exit 0 ;;
        *) echo "Unknown option: $1 (try --help)" >&2; exit 2 ;;
    esac
    shift
done

TARGET=$PREFIX/$NAME
DESKTOP=$DATA_HOME/applications/$NAME.desktop
LAUNCHER=$BIN/$NAME
USER_DATA=${OFFLINE_ASSISTANT_HOME:-$DATA_HOME/OfflineAssistant}

refresh_menu() {
    if command -v update-desktop-database >/dev/null 2>&1; then
        update-desktop-database -q "$DATA_HOME/applications" 2>/dev/null || true
    fi
}

if [ "$ACTION" = uninstall ]; then
    # The installed copy may be where this script runs from: that is fine on Linux.
    if [ -x "$TARGET/$NAME" ] && [ -d "$TARGET/_internal" ]; then
        rm -rf "$TARGET"
        echo "Removed $TARGET"
    else
        echo "No installation found in $TARGET"
    fi
    if [ -f "$LAUNCHER" ] && grep -q "^$MARK" "$LAUNCHER"; then
        rm -f "$LAUNCHER"
        echo "Removed $LAUNCHER"
    fi
    if [ -f "$DESKTOP" ] && grep -q "^X-OfflineAssistant-Installer=install-user.sh" "$DESKTOP"; then
        rm -f "$DESKTOP"
        echo "Removed the menu entry $DESKTOP"
    fi
    refresh_menu
    echo "Your data is kept in $USER_DATA (delete that folder yourself if you no longer want it)."
    exit 0
fi

[ -x "$HERE/$NAME" ] && [ -d "$HERE/_internal" ] \
    || { echo "Run this script from the unpacked Offline Assistant folder." >&2; exit 1; }

# --- copy the program (skipped when run from the installed copy itself) -------------------------
if [ "$HERE" != "$(mkdir -p "$TARGET" && cd "$TARGET" && pwd)" ]; then
    echo "Installing Offline Assistant into $TARGET …"
    rm -rf "$TARGET.new"
    mkdir -p "$TARGET.new"
    cp -R "$HERE/." "$TARGET.new/"
    rm -rf "$TARGET.old"
    mv "$TARGET" "$TARGET.old"
    mv "$TARGET.new" "$TARGET"
    rm -rf "$TARGET.old"
fi

# --- launcher command ---------------------------------------------------------------------------
mkdir -p "$BIN"
cat >"$LAUNCHER" <<EOF
#!/bin/sh
$MARK; the app lives in $TARGET.
exec "$TARGET/$NAME" "\$@"
EOF
chmod 0755 "$LAUNCHER"

# --- menu entry ---------------------------------------------------------------------------------
# Exec and Icon are absolute paths: nothing depends on PATH or an icon cache being refreshed.
mkdir -p "$DATA_HOME/applications"
ICON=$TARGET/share/$NAME.png
{
    sed -e '/^Exec=/d' -e '/^TryExec=/d' -e '/^Icon=/d' "$TARGET/share/$NAME.desktop"
    echo "Exec=\"$TARGET/$NAME\""
    echo "TryExec=$TARGET/$NAME"
    echo "Icon=$ICON"
    echo "X-OfflineAssistant-Installer=install-user.sh"
} >"$DESKTOP.tmp"
mv "$DESKTOP.tmp" "$DESKTOP"
chmod 0644 "$DESKTOP"
refresh_menu

echo "Installed. Start \"Offline Assistant\" from your applications menu,"
echo "or run: $LAUNCHER"
case ":$PATH:" in
    *":$BIN:"*) ;;
    *) echo "(Note: $BIN is not on your PATH yet; it usually is after logging in again.)" ;;
esac
echo "Your data will be kept in $USER_DATA."
echo "To remove the program later: $TARGET/install-user.sh --uninstall"
