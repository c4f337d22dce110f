#!/usr/bin/env bash
# Installs what is needed, builds, and starts the wizard. Arguments go to the program (try --help).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
"$root/scripts/deps.sh"
cmake -S "$root" -B "$root/build-run" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DMARS_BUILD_TESTS=OFF >/dev/null
cmake --build "$root/build-run" --parallel "$(nproc)"
program="$root/build-run/app/mars-setup-doctor"
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [[ " $* " != *" --help "* && " $* " != *" --version "* ]]; then
  echo "run.sh: no display found, so the wizard opens on a virtual screen (xvfb-run); start it from a desktop session to see it." >&2
  exec xvfb-run -a -s "-screen 0 1280x900x24" "$program" "$@"
fi
exec "$program" "$@"
