#!/usr/bin/env bash
# --compare and --fleet-report end to end on the real program: a fix's before and after in the JSON and text
# reports, finding codes that docs/finding-codes.md lists, bad earlier reports refused with a reason, and a folder of
# reports (some bad, one a link out of the folder) merged into one self-contained page.
set -euo pipefail
program=$1
codes_doc=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }
mkdir "$work/Temp" "$work/fleet" "$work/outside"
for i in 1 2 3 4 5; do echo junk > "$work/Temp/f$i.tmp"; done

set +e
"$program" --check --quiet --temp-folder "$work/Temp" --out "$work/before.json"
"$program" --check --quiet --temp-folder "$work/Temp" --fix temp-files/clear-tmp-files
"$program" --check --json --temp-folder "$work/Temp" --compare "$work/before.json" --out "$work/after.json" > "$work/after.out"
"$program" --check --text --temp-folder "$work/Temp" --compare "$work/before.json" > "$work/after.txt"
set -e
python3 - "$work/before.json" "$work/after.json" "$codes_doc" <<'PY'
import json, re, sys
before, after = (json.load(open(p, encoding="utf-8")) for p in sys.argv[1:3])
documented = set(re.findall(r"^\| (MSD-[A-Z]{3}-\d{3}) \|", open(sys.argv[3], encoding="utf-8").read(), re.M))
for report in (before, after):
    for check in report["checks"]:
        assert check["code"] in documented, check
        assert check["docs"].startswith("https://docs.azure.cn/en-us/backup/"), check  # the default cloud: Azure China
comparison = after["comparison"]
assert comparison["earlierReportId"] == before["reportId"], comparison
temp = next(c for c in comparison["checks"] if c["id"] == "temp-files")
assert temp["change"] == "better" and temp["before"] == "warning" and temp["after"] == "pass", temp
assert temp["beforeCode"] == "MSD-TMP-009" and temp["afterCode"] == "MSD-TMP-005", temp
assert any(line.startswith("5 .tmp files") or "5 .tmp files" in line for line in temp["evidenceRemoved"]), temp
PY
grep -q '^Compared with report ' "$work/after.txt" || fail "--compare: the text report says nothing of the comparison"
grep -q '\[Warning -> Passed\] Temporary files: better (MSD-TMP-009 -> MSD-TMP-005)' "$work/after.txt" || fail "--compare: $(grep -A3 Compared "$work/after.txt")"

# A bad earlier report is refused before any check runs, with the reason.
head -c 200 "$work/before.json" > "$work/cut.json"
echo '{"name": "a package.json"}' > "$work/foreign.json"
for bad in cut foreign missing; do
  set +e
  "$program" --check --temp-folder "$work/Temp" --compare "$work/$bad.json" > "$work/bad.out" 2> "$work/bad.err"
  code=$?
  set -e
  [ "$code" -eq 64 ] || fail "--compare $bad.json exited $code, not 64"
  [ ! -s "$work/bad.out" ] || fail "--compare $bad.json still ran the checks"
  grep -q -e 'Not valid JSON' -e 'Not a MARS Setup Doctor report' -e 'does not exist' "$work/bad.err" || fail "--compare $bad.json: $(cat "$work/bad.err")"
done
set +e
"$program" --fleet-report "$work/fleet" --check > /dev/null 2> "$work/usage.err"; code=$?
set -e
[ "$code" -eq 64 ] && grep -q -- '--fleet-report' "$work/usage.err" || fail "--fleet-report with --check was not refused"

# The fleet: three machines, a newer and an older report of one, a cut-short file, another program's JSON, an
# oversized file, and a link to a report outside the folder.
python3 - "$work/before.json" "$work/after.json" "$work/fleet" "$work/outside" <<'PY'
import json, sys, os
before, after = (json.load(open(p, encoding="utf-8")) for p in sys.argv[1:3])
fleet, outside = sys.argv[3], sys.argv[4]
def put(path, report, machine, report_id):
    report = dict(report, machine=machine, reportId=report_id)
    open(path, "w", encoding="utf-8").write(json.dumps(report))
put(f"{fleet}/SRV-A.json", before, "SRV-A", "0000000A")
put(f"{fleet}/SRV-B.json", after, "SRV-B<script>", "0000000B")
put(f"{fleet}/SRV-C.json", after, "SRV-C", "0000000C")
put(f"{fleet}/SRV-C-old.json", dict(after, created="2020-01-01T00:00:00Z"), "SRV-C", "0000000D")
put(f"{outside}/secret.json", after, "OUTSIDE-MACHINE", "0000000E")
open(f"{fleet}/cut.json", "w").write(json.dumps(after)[:300])
open(f"{fleet}/foreign.json", "w").write('{"compilerOptions": {}}')
open(f"{fleet}/big.json", "w").write(" " * (5 * 1024 * 1024))
os.symlink(f"{outside}/secret.json", f"{fleet}/link.json")
PY
set +e
"$program" --fleet-report "$work/fleet" --out "$work/fleet.html" 2> "$work/fleet.err"
code=$?
"$program" --fleet-report "$work/fleet" --report-language zh_CN > "$work/fleet-zh.html" 2>/dev/null
"$program" --fleet-report "$work/nowhere" > /dev/null 2> "$work/nowhere.err"
nowhere=$?
set -e
[ "$code" -eq 0 ] || fail "--fleet-report exited $code: $(cat "$work/fleet.err")"
[ "$nowhere" -eq 64 ] && grep -q 'not a folder' "$work/nowhere.err" || fail "--fleet-report of no folder: $nowhere"
python3 - "$work/fleet.html" "$work/fleet-zh.html" <<'PY'
import re, sys
html = open(sys.argv[1], encoding="utf-8").read()
assert html.startswith("<!DOCTYPE html>")
assert "<script" not in html and "src=" not in html and "@import" not in html, "not self-contained"
assert all(h.startswith("#") for h in re.findall(r'href="([^"]*)"', html)), "a link out of the page"
assert "OUTSIDE-MACHINE" not in html, "a link out of the folder was followed"
assert "SRV-A" in html and "SRV-B&lt;script&gt;" in html and "SRV-C" in html
assert "3 machines merged, 5 files skipped" in html, re.findall(r"\d+ machines merged[^<]*", html)
for name in ("cut.json", "foreign.json", "big.json", "link.json", "SRV-C-old.json"):
    assert f"<code>{name}</code>" in html, name
assert '<h2 id="check-temp-files">' in html
# A heading and a link for each overall status some machine has, and no empty one.
overall = re.findall(r'<h2 id="status-([a-z-]+)">', html)
assert overall and all(f'href="#status-{s}"' in html for s in overall), overall
assert not re.search(r'<h2 id="status-[a-z-]+">[^<]*</h2>\n<ul></ul>', html), "an empty Overall heading"
assert "\u26d4" not in html, "a glyph most fonts lack"
assert "MSD-TMP-009" in html and "MSD-TMP-005" in html
zh = open(sys.argv[2], encoding="utf-8").read()
assert "多机汇总报告" in zh
PY
grep -q '^skipped cut.json: Not valid JSON' "$work/fleet.err" || fail "--fleet-report did not name the skipped files: $(cat "$work/fleet.err")"
echo "command line: --compare before and after, finding codes documented, --fleet-report over a hostile folder"
