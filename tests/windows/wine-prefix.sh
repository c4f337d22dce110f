#!/usr/bin/env bash
# Makes the Wine prefix (WINEPREFIX) once, before any test program starts in it. Two first starts in parallel race:
# Debian's Wine records its server's private temp dir in the prefix (a file named "wineserver"), and a start that finds
# the other's half-made record prints "fixed a temporary directory error, please try running the same command again"
# and fails, or waits forever for a server that never comes. So CTest runs this first, as a fixture.
set -euo pipefail
: "${WINEPREFIX:?}"
for attempt in 1 2 3; do
  if wineboot -i >/dev/null 2>&1 && wineserver -w && wine cmd /c exit 0 >/dev/null 2>&1; then
    wineserver -w
    echo "wine prefix ready: $WINEPREFIX (attempt $attempt)"
    exit 0
  fi
  wineserver -k >/dev/null 2>&1 || true
done
echo "wine-prefix.sh: could not make the Wine prefix $WINEPREFIX" >&2
exit 1
