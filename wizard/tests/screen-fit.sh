#!/usr/bin/env bash
# Runs the screen-fit tests on an X server the size of the screen they are about, at its scale (Qt's scale factor):
#   screen-fit.sh 1366x768 1.5 PROGRAM    a helpdesk laptop at 150 %
#   screen-fit.sh 1920x1080 2 PROGRAM     a full-HD screen at 200 %
set -euo pipefail
size=$1 scale=$2
shift 2
command -v xvfb-run >/dev/null || { echo "SKIPPED: xvfb-run is not installed"; exit 77; }
export QT_QPA_PLATFORM=xcb QT_SCALE_FACTOR=$scale
exec xvfb-run -a -s "-screen 0 ${size}x24" "$@"
