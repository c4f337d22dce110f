#!/usr/bin/env bash
# The command line against hostile input, end to end on the real binary:
#   cli-hostile.sh PROGRAM README         log-file traps, option typos, --help-all, a missing TMPDIR, the log's place
#   cli-hostile.sh PROGRAM README dns     a DNS server that never answers (in a network namespace of its own)
# Exit 77 (SKIP_RETURN_CODE in tests/CMakeLists.txt): cannot run here, reported as skipped.
set -euo pipefail
program=$1
readme=$2
mode=${3:-}
export QT_QPA_PLATFORM=offscreen
fail() { echo "FAIL: $*" >&2; exit 1; }
skip() { echo "SKIPPED: $*" >&2; exit 77; }

if [ "$mode" = in-namespace ]; then
  # Inside unshare -n -m: loopback only, and a resolv.conf naming a loopback server that reads queries and never
  # answers (glibc asks port 53 only, so the black hole binds it; this namespace's port 53 is nobody else's).
  work=$4
  ip link set lo up
  echo "nameserver 127.0.0.1" > "$work/resolv.conf"
  mount --bind "$work/resolv.conf" /etc/resolv.conf
  coproc blackhole { exec python3 -c '
import socket, sys
s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
s.bind(("127.0.0.1", 53))
print("ready", flush=True)
while True:
    s.recvfrom(4096)' 2>&1; }
  trap 'kill "$blackhole_PID"' EXIT  # it holds our output open: left running, it would keep CTest waiting
  read -r ready <&"${blackhole[0]}"
  [ "$ready" = ready ] || fail "the black-hole DNS server did not start"
  mkfifo "$work/out"
  "$program" --check --text --temp-folder "$work" > "$work/out" 2> "$work/err" &
  pid=$!
  printed=
  while IFS= read -r line; do
    echo "$line" >> "$work/report.txt"
    [[ "$line" == overall:* ]] && printed=$EPOCHREALTIME
  done < "$work/out"
  set +e
  wait "$pid"
  set -e
  gone=$EPOCHREALTIME
  [ -n "$printed" ] || fail "no report printed: $(cat "$work/err")"
  python3 - "$printed" "$gone" "$work/report.txt" <<'PY'
import re, sys
printed, gone, report = float(sys.argv[1]), float(sys.argv[2]), open(sys.argv[3], encoding="utf-8").read()
gap = gone - printed
print(f"silent DNS: process gone {gap:.3f} s after its report")
assert gap < 1.0, f"the process outlived its report by {gap:.1f} s"
for host in ("www.msftncsi.com/ncsi.txt", "login.chinacloudapi.cn ", "backup.windowsazure.cn "):
    line = next(l for l in report.splitlines() if host in l)
    # Worded as DNS, and the line's two times agree: never "after 4815 ms ... no answer within 5000 ms" (issue 24).
    found = re.search(r"name not resolved after (\d+) ms, direct: no answer within (\d+) ms", line)
    assert found, line
    assert int(found.group(1)) >= int(found.group(2)), line
assert "cannot resolve the service's names" in report, "the summary words DNS failures as DNS"
PY
  exit 0
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

if [ "$mode" = dns ]; then
  command -v unshare > /dev/null && command -v ip > /dev/null || skip "needs unshare and ip"
  as_root=(); [ "$(id -u)" -eq 0 ] || as_root=(-r)  # unprivileged: a user namespace maps us to root in it
  unshare "${as_root[@]}" -n -m true 2> /dev/null || skip "cannot make a network and mount namespace here"
  chmod 755 "$work"
  exec unshare "${as_root[@]}" -n -m "$0" "$program" "$readme" in-namespace "$work"
fi

# The checks that do run stay off the network where a namespace can be had (no route: every probe fails at once).
offline=()
if unshare -n true 2> /dev/null; then offline=(unshare -n); elif unshare -rn true 2> /dev/null; then offline=(unshare -rn); fi

expect_refusal() {  # what, text the message must hold, arguments...
  local what=$1 text=$2 code=0
  shift 2
  timeout 20 "${offline[@]}" "$program" --check --temp-folder "$work" "$@" > /dev/null 2> "$work/err" || code=$?
  [ "$code" -ne 124 ] || fail "$what: still running after 20 s"
  [ "$code" -eq 64 ] || fail "$what: exit code $code, not 64: $(cat "$work/err")"
  grep -qF -- "$text" "$work/err" || fail "$what: message lacks \"$text\": $(cat "$work/err")"
}

# (7) A FIFO with no reader: the old fopen blocked forever.
mkfifo "$work/fifo.log"
expect_refusal "a FIFO as --log-file" "$work/fifo.log is a FIFO" --log-file "$work/fifo.log"
# (11) A symlink: refused, its target untouched; a dangling one creates nothing.
echo canary > "$work/target.txt"
ln -s "$work/target.txt" "$work/link.log"
ln -s "$work/created-by-link.txt" "$work/dangling.log"
expect_refusal "a symlink as --log-file" "$work/link.log is a symbolic link" --log-file "$work/link.log"
expect_refusal "a dangling symlink as --log-file" "$work/dangling.log is a symbolic link" --log-file "$work/dangling.log"
[ "$(cat "$work/target.txt")" = canary ] || fail "the symlink's target was written"
[ ! -e "$work/created-by-link.txt" ] || fail "the dangling symlink's target was created"
# issue 21 (5): --profile naming a FIFO, or a link: refused at start-up, never waited on (QFile blocked for a writer).
mkfifo "$work/fifo-profile.json"
expect_refusal "a FIFO as --profile" "it is a FIFO, socket or device, not a regular file" --profile "$work/fifo-profile.json"
ln -s "$work/target.txt" "$work/link-profile.json"
expect_refusal "a symlink as --profile" "it is a symbolic link (never read through)" --profile "$work/link-profile.json"
# (11) A name ending in a separator: refused before any folder is made.
expect_refusal "--log-file ending in /" "ends in a folder separator" --log-file "$work/new/dir/"
[ ! -e "$work/new" ] || fail "--log-file new/dir/ created a folder"
# A proper new file still works.
set +e
"${offline[@]}" "$program" --check --temp-folder "$work" --log-file "$work/ok.log" > /dev/null 2>&1
set -e
grep -q "starting" "$work/ok.log" || fail "a plain new --log-file was not written"

# (13) A long option with one dash.
expect_refusal "-check" "did you mean --check?" -check
# (9) --help-all, which --help lists: the full help, exit 0, no wizard.
short_help=$("$program" --help)  # not piped into grep -q: its early exit would SIGPIPE the writer under pipefail
grep -q -- '--help-all' <<<"$short_help" || fail "--help no longer lists --help-all"
help=$(timeout 20 "$program" --help-all) || fail "--help-all exited $?"
grep -q -- '--check' <<<"$help" || fail "--help-all printed no help"

# (14) TMPDIR naming a missing folder: the report names it.
set +e
env TMPDIR="$work/no-such-tmp" "${offline[@]}" "$program" --check --json > "$work/tmpdir.json" 2> /dev/null
set -e
python3 - "$work/tmpdir.json" "$work/no-such-tmp" <<'PY'
import json, sys
report = json.load(open(sys.argv[1], encoding="utf-8"))
temp = next(c for c in report["checks"] if c["id"] == "temp-files")
assert temp["status"] in ("error", "fail", "warning"), temp
assert any(sys.argv[2] in line for line in temp["evidence"]), temp
PY

# (15) The default log goes where the README says.
mkdir "$work/home"
set +e
env -u XDG_DATA_HOME HOME="$work/home" "${offline[@]}" "$program" --check --temp-folder "$work" > /dev/null 2>&1
set -e
[ -f "$work/home/.local/share/MARS Setup Doctor/logs/mars-setup-doctor.log" ] ||
  fail "no log at ~/.local/share/MARS Setup Doctor/logs/: $(cd "$work/home" && find . -type f)"
python3 - "$readme" <<'PY'
import re, sys
text = re.sub(r"\s+", " ", open(sys.argv[1], encoding="utf-8").read())
for path in (r"%LOCALAPPDATA%\MARS Setup Doctor\logs\mars-setup-doctor.log",
             "~/.local/share/MARS Setup Doctor/logs/mars-setup-doctor.log"):
    assert path in text, f"README does not give the log's place {path}"
PY
echo "hostile command line: log-file traps refused (64), -check, --help-all, missing TMPDIR, log place as documented"
