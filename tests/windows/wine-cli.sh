#!/usr/bin/env bash
# The installed console twin runs the checks under Wine: JSON on stdout, real Win32 verdicts, documented exit code.
set -euo pipefail
source "$(dirname "$0")/wine-env.sh"
json=$(mktemp)
set +e
wine "C:\\Program Files\\MARS Setup Doctor\\MarsSetupDoctor.com" --check --json --cloud china --error 0x1FC07 >"$json" 2>"$json.err"
code=$?
set -e
python3 - "$json" "$code" <<'PY'
import json, sys
path, code = sys.argv[1], int(sys.argv[2])
report = json.load(open(path, encoding="utf-8"))
checks = {c["id"]: c for c in report["checks"]}
assert report["cloud"] == "china", report["cloud"]
admin = checks["admin-rights"]
# Wine's token is a fully elevated administrator (shared/domain/wine.md), so the real Win32 query must pass.
assert admin["status"] == "pass", admin
assert any("yes" in line for line in admin["evidence"]), admin
folder = checks["install-folder"]
assert folder["status"] in ("pass", "fail"), folder
assert any("Program Files" in line for line in folder["evidence"]), folder
# Started from an error given in hex: the console twin names it and its causes' checks.
focus = report["startedFromError"]
assert focus["id"] == "0x1FC07" and focus["causeChecks"], focus
statuses = [c["status"] for c in report["checks"]]
expected = 0 if all(s == "pass" for s in statuses) else 1 if all(s in ("pass", "warning") for s in statuses) else 2
assert code == expected, f"exit code {code}, expected {expected} for {statuses}"
print(f"CLI under Wine: {statuses}, exit code {code}")
PY
