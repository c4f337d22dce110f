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
# The probe as LocalSystem really tried: Wine registers the task, cannot start it (its IRegisteredTask::Run is a
# stub), and the program removes the task and its private copy again, saying each step.
endpoints = " ".join(checks["endpoints"]["evidence"])
for step in ("As LocalSystem, step by step:", "(SYSTEM and Administrators only)", "registered (runs as S-1-5-18, no trigger)",
             "program copied from the running program's own file (SHA-256 ", "the task could not be started: 0x80004001"):
    assert step in endpoints, (step, endpoints)
# The copy was written from the running program's own file: its SHA-256 is the installed program's.
import hashlib, os, re
installed = os.path.join(os.environ["WINEPREFIX"], "drive_c/Program Files/MARS Setup Doctor/MarsSetupDoctor.com")
digest = re.search(r"own file \(SHA-256 ([0-9a-f]{64})\)", endpoints).group(1)
assert digest == hashlib.sha256(open(installed, "rb").read()).hexdigest(), ("the copy is not the running program", digest)
assert endpoints.count(" removed") >= 2, endpoints
print(f"CLI under Wine: {statuses}, exit code {code}")
PY
for where in "$WINEPREFIX/drive_c/ProgramData" "$WINEPREFIX/drive_c/windows/system32/tasks"; do
  [ -d "$where" ] || { echo "FAIL: $where is not there to look for leftovers in" >&2; exit 1; }
done
leftovers=$(find "$WINEPREFIX/drive_c/ProgramData" "$WINEPREFIX/drive_c/windows/system32/tasks" -maxdepth 1 \( -name 'MarsSetupDoctorProbe-*' -o -name 'MARS Setup Doctor probe *' \) | wc -l)
[ "$leftovers" -eq 0 ] || { echo "FAIL: the SYSTEM probe left $leftovers task(s) or folder(s) behind" >&2; exit 1; }

# The probe mode itself, as the SYSTEM task would start it, here as Wine's user against a loopback NCSI server: the
# answer file is the protocol's, names the account it ran as, and has one outcome per probe.
probe_dir=$(mktemp -d)
python3 - "$probe_dir" <<'PY' &
import http.server, sys, os
class Ncsi(http.server.BaseHTTPRequestHandler):
    def do_GET(self):
        body = b"Microsoft NCSI"
        self.send_response(200); self.send_header("Content-Length", str(len(body))); self.end_headers(); self.wfile.write(body)
    def log_message(self, *args): pass
server = http.server.HTTPServer(("127.0.0.1", 0), Ncsi)
open(os.path.join(sys.argv[1], "port"), "w").write(str(server.server_port))
server.serve_forever()
PY
server_pid=$!
for _ in $(seq 50); do [ -s "$probe_dir/port" ] && break; sleep 0.1; done
port=$(cat "$probe_dir/port")
python3 -c "import base64,json,sys; print(base64.urlsafe_b64encode(json.dumps({'probes':[{'role':'connectivity','kind':'ncsi','host':'','port':443,'url':'http://127.0.0.1:$port/ncsi.txt','expect':'Microsoft NCSI'}],'stageTimeoutMs':3000,'proxy':''}).encode()).decode().rstrip('='), end='')" >"$probe_dir/request.txt"
set +e
wine "C:\\Program Files\\MARS Setup Doctor\\MarsSetupDoctor.com" --probe-endpoints-as-system "$(winepath -w "$probe_dir/result.json")" --probe-request "$(winepath -w "$probe_dir/request.txt")" 2>"$probe_dir/err"
probe_code=$?
set -e
kill "$server_pid" 2>/dev/null || true
python3 - "$probe_dir/result.json" "$probe_code" "$probe_dir/err" <<'PY'
import json, sys
assert int(sys.argv[2]) == 0, (sys.argv[2], open(sys.argv[3]).read())
answer = json.load(open(sys.argv[1], encoding="utf-8"))
assert answer["format"] == "mars-system-probe" and answer["version"] == 1, answer
assert answer["account"].startswith("S-1-5-21-"), answer["account"]  # Wine's user: the parent would refuse it as not SYSTEM
assert len(answer["outcomes"]) == 1 and answer["outcomes"][0]["failedAt"] == "done", answer["outcomes"]
print(f"probe mode under Wine: answered as {answer['account']} along {answer['routeReason']}: {answer['outcomes'][0]['via']}")
PY
rm -rf "$probe_dir"

# For many machines, through the console twin as an Intune or ConfigMgr script runs it: --out writes the report
# atomically, --quiet prints nothing, --summary-line prints one line of at most 2,048 characters; same exit code.
out_dir=$(mktemp -d)
trap 'rm -rf "$out_dir" "$json" "$json.err"' EXIT
out_win=$(winepath -w "$out_dir/report.json")
set +e
wine "C:\\Program Files\\MARS Setup Doctor\\MarsSetupDoctor.com" --check --quiet --out "$out_win" >"$out_dir/quiet.out" 2>/dev/null
quiet_code=$?
wine "C:\\Program Files\\MARS Setup Doctor\\MarsSetupDoctor.com" --check --summary-line >"$out_dir/line.out" 2>/dev/null
line_code=$?
set -e
[ ! -s "$out_dir/quiet.out" ] || { echo "FAIL: --quiet printed: $(head -c 200 "$out_dir/quiet.out")" >&2; exit 1; }
python3 - "$out_dir/report.json" "$quiet_code" "$out_dir/line.out" "$line_code" <<'PY'
import json, sys
report = json.load(open(sys.argv[1], encoding="utf-8"))
statuses = [c["status"] for c in report["checks"]]
expected = 0 if all(s == "pass" for s in statuses) else 1 if all(s in ("pass", "warning") for s in statuses) else 2
assert int(sys.argv[2]) == expected, f"--quiet --out exit code {sys.argv[2]}, expected {expected}"
lines = open(sys.argv[3], encoding="utf-8").read().splitlines()
assert len(lines) == 1 and lines[0].startswith("MARS Setup Doctor ") and len(lines[0]) <= 2048, lines
assert int(sys.argv[4]) in (0, 1, 2), sys.argv[4]
print(f"--out/--quiet/--summary-line under Wine: exit {sys.argv[2]}, line of {len(lines[0])} characters")
PY

# The ticket kit through the console twin: a support bundle (zip, masked names), a comparison with the report written
# above, and a fleet page of a folder holding that report and a file that is not one.
mkdir "$out_dir/fleet"
cp "$out_dir/report.json" "$out_dir/fleet/server1.json"
echo '{"not": "a report"' > "$out_dir/fleet/broken.json"
twin="C:\\Program Files\\MARS Setup Doctor\\MarsSetupDoctor.com"
set +e
wine "$twin" --check --quiet --bundle "$(winepath -w "$out_dir/ticket.zip")" --redact >/dev/null 2>"$out_dir/bundle.err"
wine "$twin" --check --json --compare "$(winepath -w "$out_dir/report.json")" >"$out_dir/compared.json" 2>/dev/null
wine "$twin" --fleet-report "$(winepath -w "$out_dir/fleet")" --out "$(winepath -w "$out_dir/fleet.html")" >/dev/null 2>"$out_dir/fleet.err"
fleet_code=$?
set -e
python3 - "$out_dir" "$fleet_code" <<'PY'
import json, sys, zipfile
out, fleet_code = sys.argv[1], int(sys.argv[2])
with zipfile.ZipFile(f"{out}/ticket.zip") as bundle:
    names = bundle.namelist()
    for wanted in ("MANIFEST.txt", "report.json", "report.zh_CN.json", "report.html", "settings.txt"):
        assert wanted in names, (wanted, names)
    manifest = bundle.read("MANIFEST.txt").decode("utf-8")
    for name in names:
        if name != "MANIFEST.txt":
            assert name in manifest, (name, manifest)
compared = json.load(open(f"{out}/compared.json", encoding="utf-8"))
assert compared["comparison"]["checks"], compared.get("comparison")
page = open(f"{out}/fleet.html", encoding="utf-8").read()
assert "<script" not in page.lower() and "broken.json" in page, "the fleet page lists the bad file as skipped"
assert fleet_code == 0, fleet_code
print(f"bundle ({len(names)} files), --compare and --fleet-report under Wine")
PY
