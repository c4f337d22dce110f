#!/usr/bin/env bash
# A DLL planted beside the program (the user's Downloads, where a browser once saved a version.dll) is not loaded by
# the elevated instance, which "Restart as administrator" starts through MarsSetupDoctorElevated.exe
# (app/elevated/elevated_main.cpp). Wine's loader debug channel (+loaddll) names every file it loads, so:
#   1. control: the program itself, started from that folder, loads the planted version.dll (the test can see it);
#   2. the starter: the program runs from a copy in C:\ProgramData, loads version.dll from System32 and never the
#      planted file, answers --version (exit 0), and the copy is gone afterwards.
# Wine, unlike Windows, prefers its own (builtin) system DLLs to one found beside a program; WINEDLLOVERRIDES
# "version=n,b" gives it Windows' order (the program's folder first, then System32) for this DLL, for both runs.
# What Wine cannot show: the administrators-only ACL of the copy (Wine does not enforce ACLs; every Wine process is an
# elevated administrator). That rests on the SDDL in elevated_main.cpp, the Windows rules it cites, and review.
set -euo pipefail
deploy=$1
export MARS_WINE_PREFIX=${MARS_WINE_PLANTED_PREFIX:?}
source "$(dirname "$0")/wine-env.sh"
if [ ! -f "$WINEPREFIX/system.reg" ]; then
  wineboot -i >/dev/null 2>&1 || true
  wineserver -w
fi
winecfg -v win10
[ -f "$deploy/MarsSetupDoctorElevated.exe" ] || fail "no MarsSetupDoctorElevated.exe in $deploy"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
downloads="$work/Downloads"
cp -r "$deploy" "$downloads"
printf '#include <windows.h>\nBOOL WINAPI DllMain(HINSTANCE d, DWORD r, LPVOID p) { (void)d; (void)r; (void)p; return TRUE; }\n' \
  >"$work/planted.c"
x86_64-w64-mingw32-gcc -shared -o "$downloads/version.dll" "$work/planted.c"
folder=$(winepath -w "$downloads")
programdata="$WINEPREFIX/drive_c/ProgramData"
export WINEDLLOVERRIDES="$WINEDLLOVERRIDES;version=n,b"

run() {  # log file, program; then its arguments. Sets $code.
  local log=$1 program=$2
  shift 2
  set +e
  WINEDEBUG=+loaddll wine "$folder\\$program" "$@" >"$log.out" 2>"$log"
  code=$?
  set -e
  wineserver -w
}
planted_pattern='Downloads\\\\version\.dll'

run "$work/control.log" MarsSetupDoctor.com --version
grep -qiE "Loaded .*$planted_pattern" "$work/control.log" ||
  fail "control: the program started from the folder did not load the planted DLL, so this test could not see it: $(grep -i version "$work/control.log" | head -5)"
echo "control: started from the folder itself, the program loads $(grep -iE "Loaded .*$planted_pattern" "$work/control.log" | head -1 | sed 's/^.*Loaded //')"

run "$work/elevated.log" MarsSetupDoctorElevated.exe --version
grep -iE "Loaded .*$planted_pattern" "$work/elevated.log" && fail "the elevated instance loaded the planted DLL"
[ "$code" -eq 0 ] || fail "the starter exited $code: $(grep -v '^[0-9a-f]*:trace' "$work/elevated.log" | tail -5)"
copy_exe=$(grep -iE 'Loaded .*ProgramData\\\\MARS Setup Doctor elevated [^\\]*\\\\MarsSetupDoctor\.exe' "$work/elevated.log" | head -1)
[ -n "$copy_exe" ] || fail "the program was not started from a copy in ProgramData: $(grep -i 'MarsSetupDoctor\.exe' "$work/elevated.log" | head -3)"
system_version=$(grep -iE 'Loaded .*system32\\\\version\.dll' "$work/elevated.log" | head -1)
[ -n "$system_version" ] || fail "version.dll was not loaded from System32: $(grep -i 'version\.dll' "$work/elevated.log" | head -3)"
leftover=$(find "$programdata" -maxdepth 1 -name 'MARS Setup Doctor elevated *' | head -1)
[ -z "$leftover" ] || fail "the copy was not removed: $leftover"
echo "elevated: $(sed 's/^.*Loaded //' <<<"$copy_exe")"
echo "elevated: $(sed 's/^.*Loaded //' <<<"$system_version"); the planted DLL: not loaded; the copy: removed"
