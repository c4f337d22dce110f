#!/usr/bin/env bash
# --check --bundle end to end on the real program: the zip opened with Python's zipfile, its MANIFEST held to the
# files and sizes, both languages, the agent's logs from --install-folder and --temp-folder, --redact masking the
# computer name and the profile in every file, and failures (a missing folder, a link, usage errors) leaving
# nothing behind.
set -euo pipefail
program=$1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }
mkdir -p "$work/Agent/Temp" "$work/Temp"
printf 'engine line one\nengine failed: 0x1FC07\n' > "$work/Agent/Temp/CBEngineCurr.errlog"
printf 'patch started\n' > "$work/Temp/OBPatch.log"
echo junk > "$work/Temp/a.tmp"

set +e
"$program" --check --json --temp-folder "$work/Temp" --install-folder "$work/Agent" --log-file "$work/doctor.log" \
  --bundle "$work/bundle.zip" > "$work/report.json" 2> "$work/err.txt"
code=$?
set -e
[ "$code" -le 2 ] || fail "exit code $code: $(cat "$work/err.txt")"
[ -f "$work/bundle.zip" ] || fail "no bundle written: $(cat "$work/err.txt")"
# It says where it wrote the zip (on stderr: stdout is the report).
grep -qF "Support bundle written: $(cd "$work" && pwd -P)/bundle.zip" "$work/err.txt" || grep -qF "Support bundle written: $work/bundle.zip" "$work/err.txt" \
  || fail "no word of where the bundle went: $(cat "$work/err.txt")"
python3 - "$work/bundle.zip" "$work/report.json" "$code" <<'PY'
import json, re, sys, zipfile
bundle = zipfile.ZipFile(sys.argv[1])
names = sorted(bundle.namelist())
for expected in ["MANIFEST.txt", "report.html", "report.json", "report.zh_CN.html", "report.zh_CN.json", "settings.txt",
                 "logs/mars-setup-doctor.log", "agent-logs/CBEngineCurr.errlog", "setup-logs/Temp/OBPatch.log"]:
    assert expected in names, (expected, names)
manifest = bundle.read("MANIFEST.txt").decode("utf-8")
listed = dict((m.group(1), int(m.group(2))) for m in re.finditer(r"^(\S+)  (\d+) bytes  ", manifest, re.M))
assert sorted(listed) == sorted(n for n in names if n != "MANIFEST.txt"), (listed, names)
for name, size in listed.items():
    assert bundle.getinfo(name).file_size == size, (name, size, bundle.getinfo(name).file_size)
english = json.loads(bundle.read("report.json"))
chinese = json.loads(bundle.read("report.zh_CN.json"))
printed = json.load(open(sys.argv[2], encoding="utf-8"))
assert english["reportId"] == chinese["reportId"] == printed["reportId"], "one run, one report id"
assert [c["id"] for c in english["checks"]] == [c["id"] for c in chinese["checks"]]
assert [c["status"] for c in english["checks"]] == [c["status"] for c in chinese["checks"]]
assert re.search("[\u4e00-\u9fff]", bundle.read("report.zh_CN.html").decode("utf-8")), "no Chinese in the Chinese report"
assert b"engine failed: 0x1FC07" in bundle.read("agent-logs/CBEngineCurr.errlog")
assert b"command-line run" in bundle.read("logs/mars-setup-doctor.log") or b"starting" in bundle.read("logs/mars-setup-doctor.log")
assert "Uptime: " in bundle.read("settings.txt").decode("utf-8")
assert "setup-logs/Temp/OBInstaller0Curr.errlog: left out" in manifest, manifest
PY

# --redact: the computer name and the profile folder are in no file of the bundle.
set +e
HOME="$work" "$program" --check --quiet --temp-folder "$work/Temp" --install-folder "$work/Agent" --log-file "$work/doctor.log" \
  --bundle "$work/masked.zip" --redact 2> "$work/err.txt"
set -e
[ -f "$work/masked.zip" ] || fail "no masked bundle: $(cat "$work/err.txt")"
python3 - "$work/masked.zip" "$work" <<'PY'
import socket, sys, zipfile
bundle = zipfile.ZipFile(sys.argv[1])
host = socket.gethostname()
for name in bundle.namelist():
    text = bundle.read(name).decode("utf-8")
    if len(host) >= 2:
        assert host.lower() not in text.lower(), (name, host)
    assert sys.argv[2] not in text, (name, "the profile folder is still there")
assert "<computer>" in bundle.read("report.json").decode("utf-8")
assert "--redact: masked" in bundle.read("MANIFEST.txt").decode("utf-8")
PY

# A folder that does not exist: a clear error, a nonzero exit, nothing left behind.
set +e
"$program" --check --quiet --temp-folder "$work/Temp" --bundle "$work/missing/bundle.zip" 2> "$work/err.txt"
code=$?
set -e
[ "$code" -ne 0 ] || fail "an unwritable bundle exited 0"
grep -q -- '--bundle: .*missing' "$work/err.txt" || fail "no clear error: $(cat "$work/err.txt")"
[ ! -e "$work/missing" ] || fail "the failed bundle left something behind"

# A read-only folder (for a user that is not root) or a file standing where the folder should be (for anyone).
echo file > "$work/notafolder"
set +e
"$program" --check --quiet --temp-folder "$work/Temp" --bundle "$work/notafolder/bundle.zip" 2> "$work/err.txt"
code=$?
set -e
[ "$code" -ne 0 ] || fail "a bundle under a file exited 0"
[ "$(cat "$work/notafolder")" = file ] || fail "the file in the way was changed"
[ -z "$(ls -A "$work" | grep -v -e '^Agent$' -e '^Temp$' -e '^doctor' -e '^bundle.zip$' -e '^masked.zip$' -e '^report.json$' -e '^err.txt$' -e '^notafolder$')" ] \
  || fail "temporary files left: $(ls -A "$work")"

# A link at the name: refused before anything runs, its target untouched.
echo keep > "$work/elsewhere.txt"
ln -s "$work/elsewhere.txt" "$work/link.zip"
set +e
"$program" --check --quiet --bundle "$work/link.zip" 2> "$work/err.txt"
code=$?
set -e
[ "$code" -eq 64 ] || fail "--bundle through a link: exit $code, expected 64"
grep -q 'is a link' "$work/err.txt" || fail "no reason for the refused link"
[ "$(cat "$work/elsewhere.txt")" = keep ] || fail "--bundle wrote through a link"

# Usage: --redact goes with --bundle, and a folder is not a file name. (--bundle without --check is the wizard's
# usage error, a message box: StartupOptionsTest covers it.)
for args in "--check --redact" "--check --bundle $work/"; do
  set +e
  # shellcheck disable=SC2086
  "$program" $args > /dev/null 2> "$work/err.txt"
  code=$?
  set -e
  [ "$code" -eq 64 ] || fail "$args: exit $code, expected 64"
done
[ ! -e "$work/x.zip" ] || fail "a usage error wrote a bundle"
echo "cli bundle: all passed"
