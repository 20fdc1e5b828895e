#!/bin/sh
# Put Coati Desk in your applications menu (for you only), run from where this folder is.
#
#   ./install-menu-entry.sh            add the menu entry (again after moving the folder)
#   ./install-menu-entry.sh --remove   take it out (your payrolls and settings stay)
set -eu

here=$(cd "$(dirname "$0")" && pwd)
share="${XDG_DATA_HOME:-$HOME/.local/share}"
apps="$share/applications"
icons="$share/icons/hicolor/scalable/apps"

refresh() {
    if command -v update-desktop-database >/dev/null 2>&1; then
        update-desktop-database -q "$apps" 2>/dev/null || true
    fi
}

if [ "${1:-}" = "--remove" ]; then
    rm -f "$apps/coati-desk.desktop" "$icons/coati-desk.svg"
    refresh
    echo "Menu entry removed."
    exit 0
fi

case "$here" in
    *[\"\`\$\\%]*)
        echo "error: move this folder to a path without \" \` \$ \\ or %, then run me again" >&2
        exit 2
        ;;
esac

mkdir -p "$apps" "$icons"
cp "$here/coati-desk.svg" "$icons/coati-desk.svg"
{
    grep -v -e '^Exec=' -e '^TryExec=' "$here/coati-desk.desktop"
    printf 'Exec="%s/coati-desk"\n' "$here"
    printf 'TryExec=%s/coati-desk\n' "$here"
} > "$apps/coati-desk.desktop.tmp"
mv "$apps/coati-desk.desktop.tmp" "$apps/coati-desk.desktop"
refresh
echo "Menu entry added: $apps/coati-desk.desktop (runs $here/coati-desk)"
