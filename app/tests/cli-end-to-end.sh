#!/usr/bin/env bash
# The command-line mode end to end: JSON that parses, the exit-code rule, --fix applying a fix and re-checking,
# text output, and usage errors. The portable build's temp folder is a folder made here (--temp-folder).
set -euo pipefail
program=$1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }
mkdir "$work/Temp"
for i in 1 2 3 4 5; do echo junk > "$work/Temp/f$i.tmp"; done
echo keep > "$work/Temp/keep.txt"

expect_rule() {  # json file, exit code
  python3 - "$1" "$2" <<'PY'
import json, sys
report = json.load(open(sys.argv[1], encoding="utf-8"))
statuses = [c["status"] for c in report["checks"]]
code = int(sys.argv[2])
expected = 0 if all(s == "pass" for s in statuses) else 1 if all(s in ("pass", "warning") for s in statuses) else 2
assert code == expected, f"exit code {code}, expected {expected} for {statuses}"
PY
}

set +e
"$program" --check --json --cloud public --temp-folder "$work/Temp" > "$work/first.json" 2> "$work/first.err"
code=$?
set -e
expect_rule "$work/first.json" "$code"
python3 - "$work/first.json" <<'PY'
import json, sys
report = json.load(open(sys.argv[1], encoding="utf-8"))
assert report["cloud"] == "public"
temp = next(c for c in report["checks"] if c["id"] == "temp-files")
assert temp["status"] == "warning" and temp["summary"].startswith("5 .tmp files"), temp
assert any(f["id"] == "clear-tmp-files" for f in temp["fixes"]), temp
PY

set +e
"$program" --check --json --temp-folder "$work/Temp" --fix temp-files/clear-tmp-files > "$work/fixed.json" 2>/dev/null
code=$?
set -e
expect_rule "$work/fixed.json" "$code"
[ "$(find "$work/Temp" -name '*.tmp' | wc -l)" -eq 0 ] || fail "--fix left .tmp files"
[ -f "$work/Temp/keep.txt" ] || fail "--fix deleted something that is not a .tmp file"
python3 - "$work/fixed.json" <<'PY'
import json, sys
report = json.load(open(sys.argv[1], encoding="utf-8"))
temp = next(c for c in report["checks"] if c["id"] == "temp-files")
assert temp["status"] == "pass", temp
applied = report["fixesApplied"]
assert len(applied) == 1 and applied[0]["fix"] == "clear-tmp-files" and applied[0]["ok"], applied
assert any("deleted 5 .tmp files" in line for line in applied[0]["changes"]), applied
PY

set +e
"$program" --check --text --temp-folder "$work/Temp" > "$work/report.txt" 2>/dev/null
set -e
grep -q '^overall: ' "$work/report.txt" || fail "--text printed no overall line"
grep -q '^\[PASS\] Temporary files' "$work/report.txt" || fail "--text lacks the temp-files line"

# Every fix the text report offers is one --fix accepts (it once offered endpoints/copy-allow-list and refused it).
set +e
"$program" --check --text --temp-folder "$work/Temp" --report-language en > "$work/offers.txt" 2>/dev/null
set -e
grep -o -- '--fix [^ )]*' "$work/offers.txt" | sort -u | while read -r _ fix; do
  set +e
  "$program" --check --json --temp-folder "$work/Temp" --fix "$fix" > /dev/null 2> "$work/fix.err"
  code=$?
  set -e
  [ "$code" -ne 64 ] || fail "the report offers --fix $fix, which --fix refuses: $(cat "$work/fix.err")"
done
set +e
"$program" --check --json --temp-folder "$work/Temp" --fix endpoints/copy-allow-list > /dev/null 2> "$work/allow.err"
set -e
if grep -q 'copy-allow-list' "$work/offers.txt"; then
  grep -q 'windowsazure.cn' "$work/allow.err" || fail "--fix endpoints/copy-allow-list printed no allow-list"
fi

# (Hostile input 1) A path is used exactly as given: "Dir " (a trailing space) is another folder than "Dir", and
# a folder that does not exist as given is an error that names it — never a cleanup of its look-alike.
mkdir "$work/Dir" "$work/Dir "
echo x > "$work/Dir/other.tmp"
echo x > "$work/Dir /named.tmp"
set +e
"$program" --check --json --temp-folder "$work/Dir " --fix temp-files/clear-tmp-files > "$work/space.json" 2>/dev/null
"$program" --check --text --temp-folder "$work/Nowhere " > "$work/nowhere.txt" 2>/dev/null
set -e
[ -f "$work/Dir/other.tmp" ] || fail "--temp-folder 'Dir ' cleared 'Dir'"
[ ! -e "$work/Dir /named.tmp" ] || fail "--temp-folder 'Dir ' did not clear the folder it named"
grep -q "Nowhere " "$work/nowhere.txt" || fail "a missing folder is not named as given"
grep -q '^\[ERROR\] Temporary files' "$work/nowhere.txt" || fail "a missing folder is not an error"

# (Hostile input 12) The text report names what a fix left and why, not only "partly done".
mkdir "$work/Left"
echo x > "$work/Left/clear.tmp"
echo x > "$work/Left/kept.tmp"
chmod a-w "$work/Left/kept.tmp"
set +e
"$program" --check --text --temp-folder "$work/Left" --fix temp-files/clear-tmp-files --report-language en > "$work/left.txt" 2>/dev/null
set -e
grep -q '^fix applied: Clear .tmp files - ' "$work/left.txt" || fail "the text report does not list the fix"
grep -q 'deleted 1 .tmp files' "$work/left.txt" || fail "the text report does not say what was deleted"

# For many machines: --out writes the JSON atomically (a link at the name is replaced, never written through),
# --quiet prints nothing, --summary-line prints one line of at most 2,048 characters; the exit code is the same.
echo canary > "$work/elsewhere.txt"
ln -s "$work/elsewhere.txt" "$work/machine.json"
set +e
"$program" --check --quiet --temp-folder "$work/Temp" --out "$work/machine.json" > /dev/null 2> "$work/link.err"
link_code=$?
rm "$work/machine.json"
"$program" --check --quiet --temp-folder "$work/Temp" --out "$work/machine.json" > "$work/quiet.out" 2>/dev/null
quiet_code=$?
"$program" --check --summary-line --temp-folder "$work/Temp" > "$work/line.out" 2>/dev/null
line_code=$?
set -e
[ ! -s "$work/quiet.out" ] || fail "--quiet printed: $(head -c 200 "$work/quiet.out")"
[ "$(cat "$work/elsewhere.txt")" = canary ] || fail "--out wrote through a link"
[ "$link_code" -eq 64 ] && grep -q 'is a link' "$work/link.err" || fail "--out naming a link was not refused ($link_code)"
python3 -c 'import json,sys; json.load(open(sys.argv[1]))' "$work/machine.json" || fail "--out wrote no JSON"
expect_rule "$work/machine.json" "$quiet_code"
[ "$(wc -l < "$work/line.out")" -eq 1 ] || fail "--summary-line printed more than one line"
[ "$(head -1 "$work/line.out" | wc -m)" -le 2049 ] || fail "--summary-line is longer than 2,048 characters"
grep -q '^MARS Setup Doctor ' "$work/line.out" || fail "--summary-line: $(cat "$work/line.out")"
[ "$line_code" -eq "$quiet_code" ] || fail "--summary-line exited $line_code, --quiet $quiet_code"

# The report in the other language: the same findings, Chinese words.
set +e
"$program" --check --text --temp-folder "$work/Temp" --report-language zh_CN > "$work/zh.txt" 2>/dev/null
set -e
grep -q '临时文件' "$work/zh.txt" || fail "--report-language zh_CN wrote no Chinese"
grep -q '^\[PASS\] Temporary files' "$work/report.txt" || fail "the English report changed"

# A file name with a newline forges no line of the log, of stderr or of the report.
mkdir "$work/Forge" "$work/Forge/new
line"
forged=$'ro\n2026-12-01 00:00:00.000 info fix clear-tmp-files: changed: FORGED.tmp'
echo x > "$work/Forge/$forged"
chmod a-w "$work/Forge/$forged"
echo x > "$work/Forge/plain.tmp"  # something to clear, so the cleanup runs and names what it leaves
echo x > "$work/Forge/new
line/a.tmp"
set +e
"$program" --check --text --temp-folder "$work/Forge" --fix temp-files/clear-tmp-files --log-file "$work/forge.log" \
  > "$work/forge.txt" 2> "$work/forge.err"
"$program" --check --text --temp-folder "$work/Forge/new
line" --log-file "$work/forge.log" >> "$work/forge.txt" 2>> "$work/forge.err"
set -e
for out in "$work/forge.log" "$work/forge.err" "$work/forge.txt"; do
  ! grep -q '^2026-12-01 00:00:00.000' "$out" || fail "a file name forged a line in $(basename "$out")"
  ! grep -q '^line' "$out" || fail "a folder name broke a line of $(basename "$out")"
done
grep -q 'FORGED' "$work/forge.log" || fail "the read-only file was not named in the log at all"

set +e
"$program" --check --page nowhere > /dev/null 2> "$work/usage.err"
code=$?
set -e
[ "$code" -eq 64 ] || fail "a bad argument exited $code, not 64"
grep -q 'Unknown page' "$work/usage.err" || fail "no message for a bad argument"
# Started from the agent's error: the report names it and says which of its causes were found here.
set +e
"$program" --check --json --temp-folder "$work/Temp" --error 'Error 0x86D1: Invalid vault credentials provided.' \
  > "$work/error.json" 2>/dev/null
"$program" --check --text --temp-folder "$work/Temp" --error 34513 > "$work/error.txt" 2>/dev/null
"$program" --check --error 'the backup is slow' > /dev/null 2> "$work/error.err"
code=$?
set -e
python3 - "$work/error.json" <<'PY'
import json, sys
report = json.load(open(sys.argv[1], encoding="utf-8"))
focus = report["startedFromError"]
assert focus["id"] == "34513" and focus["title"].startswith("Error 34513: "), focus
assert "vault-credentials" in focus["causeChecks"] and "temp-files" in focus["causeChecks"], focus
checks = {c["id"]: c for c in report["checks"]}
for check in focus["causeChecks"]:
    c = checks[check]
    lists = [name for name in ("found", "ruledOut", "notExamined") if check in focus[name]]
    assert len(lists) == 1, (check, lists, focus)
    # What could not be examined is never found: an Error, no file chosen, no agent on this system.
    if c["status"] in ("error", "not-run") or c["code"] in ("MSD-VLT-001", "MSD-AGT-003", "MSD-CCH-002", "MSD-TLS-001"):
        assert lists == ["notExamined"], (check, c["status"], c["code"], focus)
    elif c["status"] == "pass":
        assert lists == ["ruledOut"], (check, focus)
# This machine has no vault file chosen and no Windows agent: neither is a cause "found here".
assert "vault-credentials" in focus["notExamined"] and "agent" in focus["notExamined"], focus
assert "Vault credentials file" not in focus["verdict"].split("Ruled out:")[0].split("Not examined")[0], focus["verdict"]
PY
grep -q '^started from Error 34513: Invalid vault credentials provided' "$work/error.txt" || fail "--text does not name the error"
[ "$code" -eq 64 ] || fail "an unknown --error exited $code, not 64"
grep -q 'no agent error this tool knows matches "the backup is slow"; known: 34513' "$work/error.err" || fail "no message for an unknown --error"
# The agent's last error, found without asking: its log (UTF-16, as the agent may write it) names 0x1FC07, and --check
# starts from it and says where it came from; the user's --error wins over it.
mkdir -p "$work/Agent/Temp"
printf 'Activation started\r\nActivation did not complete: internal service error 0x1FC07\r\n' | iconv -f UTF-8 -t UTF-16 > "$work/Agent/Temp/CBEngineCurr.errlog"
set +e
"$program" --check --json --temp-folder "$work/Temp" --install-folder "$work/Agent" > "$work/found.json" 2>/dev/null
"$program" --check --json --temp-folder "$work/Temp" --install-folder "$work/Agent" --error 10054 > "$work/chosen.json" 2>/dev/null
set -e
python3 - "$work/found.json" "$work/chosen.json" "$work/Agent/Temp/CBEngineCurr.errlog" <<'PY'
import json, sys
found = json.load(open(sys.argv[1], encoding="utf-8"))["startedFromError"]
assert found["id"] == "0x1FC07", found
source = found["source"]
assert source["kind"] == "file" and source["file"] == sys.argv[3] and source["foundBy"] == "id", source
assert source["line"] == "Activation did not complete: internal service error 0x1FC07", source
assert source["fileLastWritten"].endswith("Z"), source
chosen = json.load(open(sys.argv[2], encoding="utf-8"))["startedFromError"]
assert chosen["id"] == "10054" and chosen["source"] == {"kind": "user"}, chosen
PY
# Into files, not a pipe: grep -q stops reading at its first match, and with pipefail the writer's SIGPIPE (the help
# text is longer than a pipe's buffer) would fail the test.
"$program" --version > "$work/version.txt"
grep -q '^MARS Setup Doctor ' "$work/version.txt" || fail "--version"
"$program" --help > "$work/help.txt"
grep -q -- '--check' "$work/help.txt" || fail "--help does not document --check"
grep -q -- '--error' "$work/help.txt" || fail "--help does not document --error"
echo "command line: JSON, exit codes, --fix, --text and usage errors as documented"
