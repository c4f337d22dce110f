#!/usr/bin/env bash
# Output redirected to a file is written to that file, as UTF-8, by both programs: the GUI exe once overrode the
# redirect with the parent's console (freopen("CONOUT$")). A real console's UTF-16 path (WriteConsoleW) needs a
# console, which headless Wine has not: it is written to the documented rules, not tested here.
set -euo pipefail
source "$(dirname "$0")/wine-env.sh"
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
for program in MarsSetupDoctor.exe MarsSetupDoctor.com; do
  set +e
  wine "C:\\Program Files\\MARS Setup Doctor\\$program" --check --text --report-language zh_CN >"$out/$program.txt" 2>/dev/null
  set -e
  python3 - "$out/$program.txt" "$program" <<'PY'
import sys
path, program = sys.argv[1], sys.argv[2]
text = open(path, "rb").read().decode("utf-8")  # fails on anything but UTF-8
assert "overall:" in text or "总体：" in text, f"{program}: no report in the redirected file ({len(text)} characters)"
assert "临时文件" in text, f"{program}: the Chinese report lost its Chinese"
print(f"{program}: {len(text)} characters of UTF-8 in the redirected file")
PY
done
