#!/usr/bin/env bash
# The portable zip holds the same program as the MSI, with the licenses and third-party notices beside it: the
# program's MIT license, the notices, the full LGPL-3.0 and GPL-3.0 texts and Qt's patches.
# Usage: check-zip-contents.sh ZIP VERSION
set -euo pipefail
zip=$1 version=$2
fail() { echo "FAIL: $*" >&2; exit 1; }
[ -f "$zip" ] || fail "no zip at $zip (run scripts/build-windows.sh)"
names=$(unzip -Z1 "$zip")
top="MarsSetupDoctor-$version"
for file in MarsSetupDoctor.exe MarsSetupDoctor.com LICENSE.txt THIRD-PARTY-NOTICES.txt \
            licenses/LGPL-3.0.txt licenses/GPL-3.0.txt licenses/qt6-base-copyright.txt licenses/mingw-w64-copyright.txt; do
  grep -qx "$top/$file" <<<"$names" || fail "$top/$file not in the zip"
done
grep -q "^$top/licenses/qt-patches/.*\.patch$" <<<"$names" || fail "Qt's patches not in the zip"
# One exe: nothing it would load lies beside it.
! grep -qiE '\.dll$|qt\.conf$' <<<"$names" || fail "the zip holds a DLL or qt.conf: $(grep -iE '\.dll$|qt\.conf$' <<<"$names" | head -3)"
unzip -p "$zip" "$top/licenses/LGPL-3.0.txt" | cmp -s - /usr/share/common-licenses/LGPL-3 || fail "the zip's LGPL-3.0.txt is not the full LGPL-3 text"
unzip -p "$zip" "$top/THIRD-PARTY-NOTICES.txt" | grep -q "LGPL-3.0" || fail "the notices do not name the LGPL-3.0"
echo "zip: $(wc -l <<<"$names") entries, with LICENSE.txt, THIRD-PARTY-NOTICES.txt, the LGPL-3.0 and GPL-3.0 texts and Qt's patches"
