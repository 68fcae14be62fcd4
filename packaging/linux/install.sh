#!/usr/bin/env bash
# packaging/linux/install.sh BUNDLE [DATA_HOME]      install Repères for this user (no root)
# packaging/linux/install.sh --uninstall [DATA_HOME]
#
# BUNDLE is the one-folder bundle (dist/reperes, see packaging/README.md). DATA_HOME defaults to
# $XDG_DATA_HOME or ~/.local/share. What goes where:
#   DATA_HOME/reperes/                                       the program
#   DATA_HOME/applications/fr.reperes.Reperes.desktop        the menu entry (Exec: full path)
#   DATA_HOME/icons/hicolor/NxN/apps/fr.reperes.Reperes.png  the icon, 16 to 256 px, and SVG
#   DATA_HOME/metainfo/fr.reperes.Reperes.metainfo.xml       what software centres show
# Carnets are not touched by either command: they live in the user's data folder.
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ICONS="$HERE/../icons"
ID=fr.reperes.Reperes
SIZES=(16 22 24 32 48 64 128 256)

die() { printf 'install: %s\n' "$*" >&2; exit 1; }

uninstall=false
if [[ ${1:-} == --uninstall ]]; then
    uninstall=true
    shift
else
    BUNDLE=${1:-}
    [[ -n $BUNDLE && -x $BUNDLE/reperes ]] || die "usage: install.sh BUNDLE [DATA_HOME] (BUNDLE/reperes not found)"
    shift
fi
DATA_HOME=${1:-${XDG_DATA_HOME:-$HOME/.local/share}}
APP_DIR="$DATA_HOME/reperes"

remove() {
    rm -rf "$APP_DIR"
    rm -f "$DATA_HOME/applications/$ID.desktop" "$DATA_HOME/metainfo/$ID.metainfo.xml"
    local s
    for s in "${SIZES[@]}"; do
        rm -f "$DATA_HOME/icons/hicolor/${s}x${s}/apps/$ID.png"
    done
    rm -f "$DATA_HOME/icons/hicolor/scalable/apps/$ID.svg"
}

refresh() {  # menus and icon caches, when the desktop has the tools
    command -v update-desktop-database >/dev/null 2>&1 &&
        update-desktop-database -q "$DATA_HOME/applications" 2>/dev/null || true
    command -v gtk-update-icon-cache >/dev/null 2>&1 &&
        gtk-update-icon-cache -q -t "$DATA_HOME/icons/hicolor" 2>/dev/null || true
}

if $uninstall; then
    remove
    refresh
    printf 'Repères est désinstallé. Vos carnets sont toujours là.\n'
    exit 0
fi

remove
mkdir -p "$APP_DIR" "$DATA_HOME/applications" "$DATA_HOME/metainfo"
cp -a "$BUNDLE/." "$APP_DIR/"
for s in "${SIZES[@]}"; do
    install -D -m 0644 "$ICONS/reperes-$s.png" "$DATA_HOME/icons/hicolor/${s}x${s}/apps/$ID.png"
done
install -D -m 0644 "$ICONS/reperes.svg" "$DATA_HOME/icons/hicolor/scalable/apps/$ID.svg"
install -m 0644 "$HERE/$ID.metainfo.xml" "$DATA_HOME/metainfo/$ID.metainfo.xml"

# Exec and TryExec get the full path, quoted as the Desktop Entry specification says.
program="$APP_DIR/reperes"
quoted=$(printf '%s' "$program" | sed -e 's/[\\"`$]/\\\\&/g')
exec_line="\"$quoted\""
awk -v exec_line="$exec_line" -v try="$program" '
    /^Exec=/    { print "Exec=" exec_line; next }
    /^TryExec=/ { print "TryExec=" try; next }
    { print }
' "$HERE/$ID.desktop" >"$DATA_HOME/applications/$ID.desktop"
chmod 0644 "$DATA_HOME/applications/$ID.desktop"
refresh
printf 'Repères est installé : %s\n' "$program"
