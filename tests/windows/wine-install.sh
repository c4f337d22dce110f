#!/usr/bin/env bash
# Installs the MSI into a fresh Wine prefix, as a user would with msiexec.
set -euo pipefail
msi=$1
source "$(dirname "$0")/wine-env.sh"
rm -rf "$WINEPREFIX"
wineboot -i >/dev/null 2>&1 || true
# Wine 8 says Windows 7 by default, and the program refuses Windows older than 10 version 1607 (wine-floor.sh tests
# that); the installed program is tested on the Windows it supports.
winecfg -v win10
wine msiexec /i "$(winepath -w "$msi")" /qn
wineserver -w
for file in MarsSetupDoctor.exe MarsSetupDoctor.com Qt6Widgets.dll platforms/qwindows.dll qt.conf; do
  [ -f "$install_dir/$file" ] || fail "$file not installed"
done
[ -n "$(find "$WINEPREFIX/drive_c" -path '*Start Menu*' -name 'MARS Setup Doctor.lnk' | head -1)" ] || fail "no Start-menu shortcut"
echo "installed into $install_dir"
