#!/usr/bin/env bash
# The delay-load hook of the shipped programs (app/SystemDllsFromSystem32.cpp) under Wine, on probes built with the
# same delay-import libraries (tests/windows/delay-hook), each in a Downloads folder with a planted version.dll:
#   1. without the hook (control), the delay-load helper's LoadLibrary takes the planted version.dll;
#   2. with it, version.dll comes from System32 and the planted one never loads;
#   3. a DLL that lies only beside the program is not loaded at all: its delay-loaded call fails with the delay-load
#      exception (0xC06D007E) instead of falling back to the program's folder.
# No probe calls SetDefaultDllDirectories, so what they show is the hook's doing. WINEDLLOVERRIDES "version=n,b"
# gives Wine Windows' search order for version.dll (the program's folder first).
# Usage: wine-delay-hook.sh PROBE_DIR
set -euo pipefail
probes=$1
fail() { echo "FAIL: $*" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export WINEPREFIX="$probes/wine-prefix" WINEARCH=win64 WINEDEBUG=+loaddll
export WINEDLLOVERRIDES="mscoree,mshtml=;version=n,b;winedbg.exe=d"
if [ ! -f "$WINEPREFIX/system.reg" ]; then
  WINEDEBUG=-all wineboot -i >/dev/null 2>&1 || true
  wineserver -w
fi
downloads="$work/Downloads"
mkdir -p "$downloads"
printf '#include <windows.h>\nBOOL WINAPI DllMain(HINSTANCE d, DWORD r, LPVOID p) { (void)d; (void)r; (void)p; return TRUE; }\n' \
  >"$work/planted.c"
x86_64-w64-mingw32-gcc -shared -o "$downloads/version.dll" "$work/planted.c"
cp "$probes"/probe_version_hook.exe "$probes"/probe_version_nohook.exe "$probes"/probe_beside_only.exe \
   "$probes"/mars_beside_only.dll "$downloads/"
folder=$(winepath -w "$downloads")
planted='Loaded L"[^"]*\\\\Downloads\\\\version\.dll"'
system='Loaded L"C:\\\\windows\\\\system32\\\\version\.dll"'

run() {  # name; sets $code, output in $work/<name>.out/.log
  set +e
  wine "$folder\\$1.exe" >"$work/$1.out" 2>"$work/$1.log"
  code=$?
  set -e
  wineserver -w
}

run probe_version_nohook
grep -qiE "$planted" "$work/probe_version_nohook.log" ||
  fail "control: without the hook the planted version.dll was not loaded, so this test could not see it: $(grep -i 'version' "$work/probe_version_nohook.log" | head -3)"
echo "control, no hook: $(grep -oiE "$planted" "$work/probe_version_nohook.log" | head -1)"

run probe_version_hook
! grep -qiE "$planted" "$work/probe_version_hook.log" || fail "with the hook, the planted version.dll was loaded"
grep -qiE "$system" "$work/probe_version_hook.log" || fail "with the hook, version.dll did not come from System32"
[ "$code" -eq 0 ] || fail "with the hook, the probe failed (exit $code): $(cat "$work/probe_version_hook.out")"
echo "hook: $(grep -oiE "$system" "$work/probe_version_hook.log" | head -1); $(cat "$work/probe_version_hook.out")"

run probe_beside_only
grep -q "calling marsBesideOnly" "$work/probe_beside_only.out" || fail "the beside-only probe did not reach its call"
! grep -qi 'Loaded L"[^"]*mars_beside_only\.dll"' "$work/probe_beside_only.log" ||
  fail "the hook loaded a DLL from the program's folder: $(grep -i 'mars_beside_only' "$work/probe_beside_only.log" | head -2)"
grep -qiE "c06d007e|exception" "$work/probe_beside_only.log" ||
  fail "the beside-only call did not end in the delay-load exception (exit $code): $(grep -v ':trace:' "$work/probe_beside_only.log" | tail -3)"
echo "beside-only DLL: not loaded; the call raised $(grep -oiE 'c06d007e' "$work/probe_beside_only.log" | head -1 || echo 'the delay-load exception') (exit $code)"
