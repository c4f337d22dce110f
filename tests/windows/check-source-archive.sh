#!/usr/bin/env bash
# The source archive published beside the MSI and the zip (Qt is linked in under the LGPL-3.0, section 4 d 0): it
# holds what the notices' rebuild steps need, the scripts, the Qt patches and the program's own code, and no build
# output.
# Usage: check-source-archive.sh ARCHIVE VERSION
set -euo pipefail
archive=$1 version=$2
fail() { echo "FAIL: $*" >&2; exit 1; }
[ -f "$archive" ] || fail "no source archive at $archive (run scripts/build-windows.sh)"
names=$(tar -tzf "$archive")
top="MarsSetupDoctor-$version"
for file in CMakeLists.txt LICENSE README.md app/main.cpp cmake/WindowsDeploy.cmake cmake/DelayLoad.cmake \
            scripts/build-qt-mingw.sh scripts/build-windows.sh resources/notices/THIRD-PARTY-NOTICES.txt; do
  grep -qx "$top/$file" <<<"$names" || fail "$top/$file not in the source archive"
done
grep -q "^$top/scripts/qt-patches/.*\.patch$" <<<"$names" || fail "Qt's patches not in the source archive"
! grep -qE "^$top/(build[^/]*|out)/" <<<"$names" || fail "the source archive holds build output: $(grep -E "^$top/(build[^/]*|out)/" <<<"$names" | head -3)"
echo "source archive: $(wc -l <<<"$names") files, with the build scripts, Qt's patches and the program's code"
