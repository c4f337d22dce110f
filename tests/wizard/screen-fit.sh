#!/usr/bin/env bash
# Runs the screen-fit test on an X server the size of a 1366x768 laptop screen, at 150 % (Qt's scale factor).
set -euo pipefail
command -v xvfb-run >/dev/null || { echo "SKIPPED: xvfb-run is not installed"; exit 77; }
export QT_QPA_PLATFORM=xcb QT_SCALE_FACTOR=1.5
exec xvfb-run -a -s "-screen 0 1366x768x24" "$@"
