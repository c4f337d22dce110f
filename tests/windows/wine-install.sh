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
for file in MarsSetupDoctor.exe MarsSetupDoctor.com; do
  [ -f "$install_dir/$file" ] || fail "$file not installed"
done
# The licenses an LGPL-3.0 Qt must ship with, installed beside the program (and named in the About box).
for file in LICENSE.txt THIRD-PARTY-NOTICES.txt licenses/LGPL-3.0.txt licenses/GPL-3.0.txt; do
  [ -s "$install_dir/$file" ] || fail "$file not installed"
done
grep -q "GNU LESSER GENERAL PUBLIC LICENSE" "$install_dir/licenses/LGPL-3.0.txt" || fail "licenses/LGPL-3.0.txt is not the LGPL"
grep -q "Version 3, 29 June 2007" "$install_dir/licenses/GPL-3.0.txt" || fail "licenses/GPL-3.0.txt is not the GPL-3.0"
[ -n "$(find "$install_dir/licenses/qt-patches" -name '*.patch' | head -1)" ] || fail "Qt's patches not installed"
[ -n "$(find "$WINEPREFIX/drive_c" -path '*Start Menu*' -name 'MARS Setup Doctor.lnk' | head -1)" ] || fail "no Start-menu shortcut"
echo "installed into $install_dir"
