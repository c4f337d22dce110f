#!/usr/bin/env bash
# The program on Windows older than its floor (Windows 10 1607 / Server 2016, build 14393), played by Wine: Wine 8
# answers RtlGetVersion with the version winecfg sets (per program through HKCU\Software\Wine\AppDefaults\<exe>\Version)
# and the build number in HKLM\Software\Microsoft\Windows NT\CurrentVersion\CurrentBuildNumber.
#   wine-floor.sh console DIR [PROGRAM]    the console twin (or PROGRAM in DIR, a Qt-less stand-in that starts the same
#                                          way): refused on 8.1 and on 10 build 14392 (stderr, exit 2), runs on 10
#                                          build 14393 (--version, exit 0)
#   wine-floor.sh gui DEPLOY_DIR SHOT.png  the wizard on 8.1: a message box says which Windows it needs (screenshot),
#                                          OK ends it with exit 2 and no wizard window opens
set -euo pipefail
mode=$1 deploy=$2
console_program=${3:-MarsSetupDoctor.com}
export MARS_WINE_PREFIX=${MARS_WINE_FLOOR_PREFIX:?}
source "$(dirname "$0")/wine-env.sh"
wine_prefix_win10
current='HKLM\Software\Microsoft\Windows NT\CurrentVersion'
appdefaults='HKCU\Software\Wine\AppDefaults'
trap 'winecfg -v win10 >/dev/null 2>&1 || true; wine reg delete "$appdefaults" /f >/dev/null 2>&1 || true' EXIT
program="$(winepath -w "$deploy")"

run_console() {  # expected exit code, what stderr must say (a grep -F string, or empty); then the arguments
  local expected=$1 says=$2 code
  shift 2
  set +e
  wine "$program\\$console_program" "$@" >"$out" 2>"$err"
  code=$?
  set -e
  [ "$code" -eq "$expected" ] || fail "exit code $code, expected $expected; stdout: $(cat "$out"); stderr: $(cat "$err")"
  [ -z "$says" ] || grep -qF "$says" "$err" || fail "stderr does not say '$says': $(cat "$err")"
}

if [ "$mode" = console ]; then
  out=$(mktemp) err=$(mktemp)
  wine reg add "$current" /v CurrentBuildNumber /d 14393 /f >/dev/null
  run_console 0 "" --version
  grep -q '[0-9]\.[0-9]' "$out" || fail "--version printed no version: $(cat "$out")"
  echo "Windows 10 build 14393: runs, --version printed $(head -1 "$out")"

  wine reg add "$current" /v CurrentBuildNumber /d 14392 /f >/dev/null
  run_console 2 "needs Windows 10 version 1607 or Windows Server 2016 (build 14393) or later" --version
  grep -qF "(build 14392)" "$err" || fail "the message does not name the running build: $(cat "$err")"
  echo "Windows 10 build 14392: $(cat "$err")"

  winecfg -v win10
  wine reg add "$appdefaults\\$console_program" /v Version /d win81 /f >/dev/null
  run_console 2 "This computer runs Windows 6.3 (build 9600)." --check --json
  [ ! -s "$out" ] || fail "a refused start still printed a report: $(cat "$out")"
  echo "Windows 8.1: $(cat "$err")"
  rm -f "$out" "$err"
  exit 0
fi

shot=$3
wine reg add "$appdefaults\\MarsSetupDoctor.exe" /v Version /d win81 /f >/dev/null
display=":$((90 + RANDOM % 400))"
Xvfb "$display" -screen 0 1280x900x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
trap 'DISPLAY=$display wineserver -k 2>/dev/null || true; kill $xvfb 2>/dev/null || true; winecfg -v win10 >/dev/null 2>&1 || true; wine reg delete "$appdefaults" /f >/dev/null 2>&1 || true' EXIT
export DISPLAY=$display
wait_for_display "$display"
# A wineserver still up from an earlier wine call (the registry edit, the test before) has its desktop without this
# display: a window opened through it is never seen (a message box fails at once). Wait for it to end first.
wineserver -w
code_file=$(mktemp)
(set +e; wine "$program\\MarsSetupDoctor.exe" >/dev/null 2>&1; echo $? >"$code_file") &
window=""
for _ in $(seq 1 60); do
  window=$(xdotool search --onlyvisible --name '^MARS Setup Doctor$' 2>/dev/null | head -1 || true)
  [ -n "$window" ] && break
  sleep 1
done
[ -n "$window" ] || fail "no window titled 'MARS Setup Doctor' within 60 s"
capture_when_settled "$window" "$shot"
size=$(identify -format '%wx%h' "$shot")
width=${size%x*}
# The wizard's window is at least 600 px wide; a message box with one sentence is much smaller.
[ "$width" -lt 600 ] || fail "the window is ${size}: the wizard opened instead of the message box"
xdotool windowfocus "$window" 2>/dev/null || true
xdotool key Return
for _ in $(seq 1 30); do
  [ -s "$code_file" ] && break
  sleep 1
done
[ -s "$code_file" ] || fail "the program did not end after OK"
code=$(cat "$code_file")
rm -f "$code_file"
[ "$code" -eq 2 ] || fail "exit code $code after the message box, expected 2"
echo "Windows 8.1: message box $window ($size) in $shot; OK ended the program with exit code $code"
