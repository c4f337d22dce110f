#!/usr/bin/env bash
# Installs what is needed, builds, and starts the program with the arguments given (try --help). What the install and
# the build print goes to stderr, so stdout is the program's alone: ./scripts/run.sh --check --json | jq .overall
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
"$root/scripts/deps.sh" >&2
cmake -S "$root" -B "$root/build-run" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DMARS_BUILD_TESTS=OFF >&2
cmake --build "$root/build-run" --parallel "$(nproc)" >&2
program="$root/build-run/app/mars-setup-doctor"
window=true  # the options that print and exit instead of opening the wizard (app/StartupOptions.cpp, wantsCommandLineMode)
for argument in "$@"; do
  case "$argument" in
    --check|-check|--help|--help-all|-h|-\?|--version|-v|--fleet-report|--fleet-report=*) window=false ;;
  esac
done
if $window && [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
  echo "run.sh: this machine has no display, so no window will be seen: the wizard runs on a virtual screen (xvfb-run)" \
       "until it is stopped (Ctrl+C). For the checks in this terminal: ./scripts/run.sh --check" >&2
  exec xvfb-run -a -s "-screen 0 1280x900x24" "$program" "$@"
fi
exec "$program" "$@"
