#!/usr/bin/env bash
# THIRD-PARTY-NOTICES.txt names the versions this machine builds with and the copyright lines Debian records for them,
# so a Debian update that changes them fails here instead of shipping stale notices.
# Usage: notices-match-build.sh NOTICES QT_VERSION
set -euo pipefail
notices=$1 qt_version=$2
fail() { echo "FAIL: $*" >&2; exit 1; }
version_of() { dpkg-query -W -f='${Version}' "$1" 2>/dev/null || true; }
qt_package=$(version_of qt6-base-dev)
[ -n "$qt_package" ] || { echo "MARS-SKIPPED: qt6-base-dev is not a Debian package here"; exit 77; }
grep -qF "qtbase $qt_version" "$notices" || fail "the notices do not name qtbase $qt_version"
grep -qF "version $qt_package" "$notices" || fail "the notices do not name Debian's qt6-base $qt_package"
grep -qF "apt-get source qt6-base=$qt_package" "$notices" || fail "the notices' apt-get source line is not for $qt_package"
spdlog=$(version_of libspdlog-dev | sed -E 's/^[0-9]+://; s/[+~-].*//')
fmt=$(version_of libfmt-dev | sed -E 's/[+~-].*//')
grep -qF "spdlog $spdlog - MIT" "$notices" || fail "the notices do not name spdlog $spdlog"
grep -qF "{fmt} $fmt - MIT" "$notices" || fail "the notices do not name fmt $fmt"
grep -qF "$(sed -nE 's/^Copyright: (.*Gabi Melman.*)$/\1/p' /usr/share/doc/libspdlog-dev/copyright | head -1)" "$notices" ||
  fail "spdlog's copyright line differs from Debian's"
grep -qF "Victor Zverovich" "$notices" || fail "fmt's copyright line is missing"
for file in LGPL-3 GPL-3; do
  [ -s "/usr/share/common-licenses/$file" ] || fail "/usr/share/common-licenses/$file missing: the package copies it"
done
echo "notices match this build: qtbase $qt_version (Debian $qt_package), spdlog $spdlog, fmt $fmt"
