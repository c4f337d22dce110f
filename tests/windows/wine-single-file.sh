#!/usr/bin/env bash
# The exe alone, as a user double-clicking it inside the zip from a support email gets it (Explorer extracts that one
# file to a temporary folder): taken out of the portable zip into an empty folder, it is under 25 MB, answers
# `--check --json` with a report, and opens the wizard (screenshots, in English and in Chinese).
# Usage: wine-single-file.sh ZIP VERSION SCREENSHOT
set -euo pipefail
zip=$1 version=$2 shot=$3
here=$(cd "$(dirname "$0")" && pwd)
export MARS_WINE_PREFIX=${MARS_WINE_SINGLE_PREFIX:?}
source "$here/wine-env.sh"
[ -f "$zip" ] || fail "no zip at $zip (run scripts/build-windows.sh)"
wine_prefix_win10
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
alone="$work/Temp1_MarsSetupDoctor-$version-x64-portable.zip"
mkdir "$alone"
unzip -q -j "$zip" "MarsSetupDoctor-$version/MarsSetupDoctor.exe" -d "$alone"
[ "$(ls -A "$alone")" = MarsSetupDoctor.exe ] || fail "the folder holds more than the exe: $(ls -A "$alone")"
bytes=$(stat -c %s "$alone/MarsSetupDoctor.exe")
limit=$((25 * 1024 * 1024))
[ "$bytes" -lt "$limit" ] || fail "MarsSetupDoctor.exe is $bytes bytes, over 25 MB ($limit)"
folder=$(winepath -w "$alone")

set +e
wine "$folder\\MarsSetupDoctor.exe" --check --json >"$work/report.json" 2>"$work/stderr.txt"
code=$?
set -e
wineserver -w
summary=$(python3 - "$work/report.json" <<'PY'
import json, sys
report = json.load(open(sys.argv[1], encoding="utf-8"))
checks = report.get("checks") or []
if len(checks) < 6:
    sys.exit(f"the report holds {len(checks)} checks, not the six and more the catalogue declares")
print(f"{len(checks)} checks: " + ", ".join(f"{c.get('id')}={c.get('status')}" for c in checks))
PY
) || fail "--check --json (exit $code) gave no report: $(head -c 400 "$work/report.json") $(tail -3 "$work/stderr.txt")"
[ "$(ls -A "$alone")" = MarsSetupDoctor.exe ] || fail "the run left files beside the exe: $(ls -A "$alone")"
echo "the exe alone ($((bytes / 1024 / 1024)) MB, $bytes bytes): --check --json exit $code, $summary"

MARS_WINE_PROGRAM="$folder\\MarsSetupDoctor.exe" "$here/wine-gui.sh" "$shot" welcome
# In Chinese, Qt's own strings too (the wizard's buttons): its translation is compiled in, not beside the exe.
MARS_LANGUAGE=zh_CN MARS_WINE_WINDOW_TITLE="MARS 安装诊断" MARS_WINE_PROGRAM="$folder\\MarsSetupDoctor.exe" "$here/wine-gui.sh" "${shot%.png}-zh.png" welcome
