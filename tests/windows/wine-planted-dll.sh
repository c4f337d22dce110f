#!/usr/bin/env bash
# No DLL planted beside the program is loaded: not by the console twin running a whole check, not by the wizard
# opening its window, wherever they are started from (the user's Downloads, where a browser once saved a version.dll;
# Wine runs every program as an elevated administrator, so this is also the elevated instance "Restart as
# administrator" starts, which is the program itself in the same folder).
# The programs import only kernel32 and msvcrt at load time and delay-load every other system DLL from System32
# (cmake/DelayLoad.cmake, app/SystemDllsFromSystem32.cpp); Qt's plugins are inside the exe, and a static Qt looks
# for none on disk (cmake/WindowsDeploy.cmake). Wine's loader debug channel (+loaddll) names every file it loads, so:
#   1. control: a program built here that imports version.dll the ordinary way loads the planted one (the test can
#      see a planted DLL being loaded);
#   2. `MarsSetupDoctor.com --check --json` and the wizard's window load none of the planted files, and take the
#      system DLLs they do use (several of the planted names among them) from System32.
# Wine, unlike Windows, prefers its own (builtin) system DLLs to one found beside a program; WINEDLLOVERRIDES
# "<name>=n,b" gives it Windows' order (the program's folder first, then System32) for each planted name.
# What Wine cannot show: Wine's own builtin DLLs resolve their delay imports (ws2_32 delay-loads iphlpapi and dnsapi,
# for one) through Wine's ResolveDelayLoadedAPI, which in Wine 8 searches the program's folder whatever
# SetDefaultDllDirectories said (its LoadLibrary honours it). On Windows those DLLs are Windows' own. So a first run
# without planted files lists the builtins the programs load, and a name one of them delay-loads is not planted
# (the test says which, and why).
# Usage: wine-planted-dll.sh DEPLOY_DIR SCREENSHOT
set -euo pipefail
deploy=$1 shot=$2
here=$(cd "$(dirname "$0")" && pwd)
export MARS_WINE_PREFIX=${MARS_WINE_PLANTED_PREFIX:?}
source "$here/wine-env.sh"
wine_prefix_win10
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
downloads="$work/Downloads"
cp -r "$deploy" "$downloads"
folder=$(winepath -w "$downloads")
gui() {  # loaddll log
  MARS_WINE_PROGRAM="$folder\\MarsSetupDoctor.exe" MARS_WINE_LOADDLL_LOG="$1" "$here/wine-gui.sh" "$shot" welcome >/dev/null
}
check() {  # loaddll log, report; sets $code
  set +e
  WINEDEBUG=+loaddll wine "$folder\\MarsSetupDoctor.com" --check --json >"$2" 2>"$1"
  code=$?
  set -e
  wineserver -w
}

# The system DLLs the programs delay-load that are not KnownDLLs (a KnownDLL always comes from System32).
candidates=(version userenv dwmapi uxtheme iphlpapi dnsapi netapi32 winhttp crypt32 secur32 wintrust bcrypt ncrypt mpr
            authz winmm wtsapi32 dwrite d3d9 d3d11 dxgi wevtapi)
check "$work/baseline-check.log" "$work/baseline.json"
gui "$work/baseline-gui.log"
wine_dlls=$(find /usr/lib -type d -path '*/wine/x86_64-windows' | head -1)
[ -d "$wine_dlls" ] || fail "Wine's builtin DLLs (…/wine/x86_64-windows) not found"
# The builtins the two runs loaded, and what they delay-load (read the way check-import-floor.py reads the programs').
wine_delayed=$(python3 - "$here/check-import-floor.py" "$wine_dlls" "$work/baseline-check.log" "$work/baseline-gui.log" <<'PY'
import importlib.util, os, re, sys
spec = importlib.util.spec_from_file_location("floor", sys.argv[1])
floor = importlib.util.module_from_spec(spec)
spec.loader.exec_module(floor)
builtins = set()
for log in sys.argv[3:]:
    builtins |= {m.lower() for m in re.findall(r'Loaded L"[^"]*\\\\([^"\\\\]+\.dll)" at [0-9A-Fa-f]+: builtin', open(log, errors="replace").read())}
delayed = {}
for name in sorted(builtins):
    path = os.path.join(sys.argv[2], name)
    if os.path.exists(path):
        for dll, _ in floor.delay_imports_of(path):
            delayed.setdefault(dll.lower()[:-4], name[:-4])
print("\n".join(f"{dll} {by}" for dll, by in sorted(delayed.items())))
PY
)
planted=()
left_out=()
for name in "${candidates[@]}"; do
  by=$(awk -v n="$name" '$1 == n { print $2 }' <<<"$wine_delayed")
  if [ -n "$by" ]; then left_out+=("$name (Wine's $by delay-loads it)"); else planted+=("$name"); fi
done
[ "${#planted[@]}" -ge 8 ] || fail "only ${#planted[@]} names left to plant: ${planted[*]}"
echo "not planted, Wine's own builtins delay-load them: $(IFS=,; echo "${left_out[*]}")"
printf '#include <windows.h>\nBOOL WINAPI DllMain(HINSTANCE d, DWORD r, LPVOID p) { (void)d; (void)r; (void)p; return TRUE; }\n' \
  >"$work/planted.c"
x86_64-w64-mingw32-gcc -shared -o "$work/planted.dll" "$work/planted.c"
overrides=()
for name in "${planted[@]}"; do
  cp "$work/planted.dll" "$downloads/$name.dll"
  overrides+=("$name=n,b")
done
MARS_WINE_DLL_OVERRIDES=$(IFS=';'; echo "${overrides[*]}")
export MARS_WINE_DLL_OVERRIDES
source "$here/wine-env.sh"  # again, for the overrides
# Any DLL loaded from the Downloads folder.
planted_pattern='Loaded L"[^"]*\\\\Downloads\\\\[^"]*\.dll"'

# The control, in a Downloads folder of its own with a planted version.dll.
mkdir -p "$work/control/Downloads"
cp "$work/planted.dll" "$work/control/Downloads/version.dll"
printf '#include <windows.h>\nint main(void) { DWORD h; return GetFileVersionInfoSizeW(L"x", &h) ? 0 : 1; }\n' >"$work/control.c"
x86_64-w64-mingw32-gcc -o "$work/control/Downloads/control.exe" "$work/control.c" -lversion
set +e
WINEDEBUG=+loaddll WINEDLLOVERRIDES="$WINEDLLOVERRIDES;version=n,b" wine "$(winepath -w "$work/control/Downloads")\\control.exe" \
  >/dev/null 2>"$work/control.log"
set -e
wineserver -w
grep -qE "$planted_pattern" "$work/control.log" ||
  fail "control: a program importing version.dll did not load the planted one, so this test could not see it: $(grep -i 'version\.dll' "$work/control.log" | head -3)"
echo "control: a program importing version.dll the ordinary way loads $(grep -oE "$planted_pattern" "$work/control.log" | head -1 | sed 's/^Loaded //')"

check "$work/check.log" "$work/check.json"
python3 -c 'import json, sys; json.load(open(sys.argv[1]))' "$work/check.json" ||
  fail "--check --json (exit $code) printed no JSON report: $(grep -v ':trace:' "$work/check.log" | tail -5)"
if grep -E "$planted_pattern" "$work/check.log"; then
  fail "--check loaded a planted DLL (above)"
fi

gui "$work/gui.log"
if grep -E "$planted_pattern" "$work/gui.log"; then
  fail "the wizard loaded a planted DLL (above)"
fi

# The planted names the two runs did load, and from where: System32 (Wine's builtin), never the folder.
from_system=()
for name in "${planted[@]}"; do
  if grep -qiE "Loaded L\"C:\\\\\\\\windows\\\\\\\\system32\\\\\\\\$name\.dll\"" "$work/check.log" "$work/gui.log"; then
    from_system+=("$name")
  fi
done
[ "${#from_system[@]}" -ge 3 ] ||
  fail "only ${#from_system[@]} of the planted names were loaded at all (${from_system[*]}): the runs did not exercise the delay-loaded DLLs"
echo "--check (exit $code) and the wizard: none of the ${#planted[@]} planted DLLs loaded;" \
     "${#from_system[@]} of those names loaded from System32: ${from_system[*]}"
