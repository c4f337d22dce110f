#!/usr/bin/env bash
# scripts/run.sh as the README uses it, with the install and the build stubbed (they print, as the real ones do):
# it forwards its arguments, stdout is the program's alone (so `run.sh --check --json | …` parses), and without a
# display it says that no window will be seen.
set -uo pipefail
source_dir=$1 program=$(realpath "$2")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }
mkdir -p "$work/tree/scripts" "$work/bin"
cp "$source_dir/scripts/run.sh" "$work/tree/scripts/run.sh"
printf '#!/bin/sh\necho "deps: all packages present"\n' > "$work/tree/scripts/deps.sh"
# cmake: talks on stdout like the real one; the build "makes" the program (a link to the one built here).
cat > "$work/bin/cmake" <<STUB
#!/bin/sh
echo "-- Configuring done (stub)"
if [ "\$1" = "--build" ]; then mkdir -p "\$2/app" && ln -sf "$program" "\$2/app/mars-setup-doctor" && echo "[1/1] Linking (stub)"; fi
STUB
cat > "$work/bin/xvfb-run" <<'STUB'
#!/bin/sh
echo "xvfb-run $*" >&2
exit 0
STUB
chmod +x "$work/tree/scripts/"*.sh "$work/bin/"*
export PATH="$work/bin:$PATH"
unset DISPLAY WAYLAND_DISPLAY QT_QPA_PLATFORM
mkdir "$work/Temp"

"$work/tree/scripts/run.sh" --check --json --temp-folder "$work/Temp" > "$work/out.json" 2> "$work/err.txt"
code=$?
[ "$code" -le 2 ] || fail "run.sh --check --json exited $code: $(tail -5 "$work/err.txt")"
python3 -c 'import json, sys; json.load(open(sys.argv[1]))' "$work/out.json" || fail "stdout is not the JSON report alone: $(head -3 "$work/out.json")"
grep -q "Configuring done" "$work/err.txt" || fail "the build's output is not on stderr"
grep -q "deps: all packages present" "$work/err.txt" || fail "the install's output is not on stderr"

"$work/tree/scripts/run.sh" --version > "$work/version.txt" 2>/dev/null || fail "run.sh --version failed"
grep -q "^MARS Setup Doctor " "$work/version.txt" || fail "run.sh did not forward --version: $(cat "$work/version.txt")"

"$work/tree/scripts/run.sh" --error 34513 > /dev/null 2> "$work/err.txt"
grep -q "no window will be seen" "$work/err.txt" || fail "without a display run.sh does not say that no window will be seen"
grep -q "xvfb-run .*mars-setup-doctor --error 34513" "$work/err.txt" || fail "run.sh did not forward the arguments to the wizard"
echo "run.sh: arguments forwarded, stdout the program's alone, no display said"
