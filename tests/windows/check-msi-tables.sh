#!/usr/bin/env bash
# The MSI's tables say what a Windows administrator relies on: the files, a Start-menu shortcut, an upgrade code,
# the version, a per-machine install under Program Files, the licenses and third-party notices.
set -euo pipefail
msi=$1 version=$2
fail() { echo "FAIL: $*" >&2; exit 1; }
[ -f "$msi" ] || fail "no MSI at $msi (run scripts/build-windows.sh)"
tables=$(msiinfo tables "$msi")
for table in File Component Shortcut Upgrade Property Directory Feature; do
  grep -qx "$table" <<<"$tables" || fail "table $table missing"
done
files=$(msiinfo export "$msi" File)
for file in MarsSetupDoctor.exe MarsSetupDoctor.com LICENSE.txt THIRD-PARTY-NOTICES.txt LGPL-3.0.txt GPL-3.0.txt \
            qt6-base-copyright.txt mingw-w64-copyright.txt; do
  grep -q "|$file	\|	$file	" <<<"$files" || fail "file $file not in the File table"
done
# The program is one exe (Qt linked in): no DLL, no plugin, no qt.conf beside it.
! grep -qiE '\.dll	|qt\.conf	' <<<"$files" || fail "the MSI installs a DLL or qt.conf: $(grep -iE '\.dll	|qt\.conf	' <<<"$files" | head -3)"
grep -q 'MARS Setup Doctor' <<<"$(msiinfo export "$msi" Shortcut)" || fail "no Start-menu shortcut"
grep -qi '6B0E3C52-6D8A-4F0C-9A9B-3E1D2C7F5A41' <<<"$(msiinfo export "$msi" Upgrade)" || fail "upgrade code missing"
grep -qP "\t513\t\t?WIX_UPGRADE_DETECTED" <<<"$(msiinfo export "$msi" Upgrade)" || fail "a same-version rebuild would not replace the installed one (Upgrade Attributes not 513)"
properties=$(msiinfo export "$msi" Property)
grep -qP "^ProductVersion\t$version\r?$" <<<"$properties" || fail "ProductVersion is not $version"
grep -qP "^ALLUSERS\t1\r?$" <<<"$properties" || fail "not a per-machine install"
grep -q 'ProgramFiles64Folder' <<<"$(msiinfo export "$msi" Directory)" || fail "not under 64-bit Program Files"
echo "MSI tables: $(wc -l <<<"$files") File rows, shortcut, upgrade code, version $version, per-machine"
