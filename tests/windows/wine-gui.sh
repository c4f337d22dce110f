#!/usr/bin/env bash
# Starts the installed program under Wine on a virtual screen, waits for its window, saves a screenshot of it and
# fails on a blank one. The screenshot is what a Windows user sees (QWizard ModernStyle, windowsvista style).
# MARS_WINE_PROGRAM: another program to start (a Windows path) instead of the installed one; MARS_WINE_LOADDLL_LOG:
# a file for Wine's loader channel (+loaddll: every DLL the program loads, and from where); MARS_WINE_WINDOW_TITLE:
# the title to wait for (the Chinese window has its own).
set -euo pipefail
shot=$1 page=${2:-welcome}
source "$(dirname "$0")/wine-env.sh"
program=${MARS_WINE_PROGRAM:-"C:\\Program Files\\MARS Setup Doctor\\MarsSetupDoctor.exe"}
loaddll_log=${MARS_WINE_LOADDLL_LOG:-/dev/null}
title=${MARS_WINE_WINDOW_TITLE:-MARS Setup Doctor}
display=":$((90 + RANDOM % 400))"
Xvfb "$display" -screen 0 1280x900x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
trap 'DISPLAY=$display wineserver -k 2>/dev/null || true; kill $xvfb 2>/dev/null || true' EXIT
export DISPLAY=$display
wait_for_display "$display"
# A wineserver still up from an earlier wine call (the registry edit, the test before) has its desktop without this
# display: a window opened through it is never seen (a message box fails at once). Wait for it to end first.
wineserver -w
if [ "$loaddll_log" = /dev/null ]; then
  wine "$program" --page "$page" >/dev/null 2>&1 &
else
  WINEDEBUG=+loaddll wine "$program" --page "$page" >/dev/null 2>"$loaddll_log" &
fi
window=""
for _ in $(seq 1 60); do
  window=$(xdotool search --onlyvisible --name "^$title\$" 2>/dev/null | head -1 || true)
  [ -n "$window" ] && break
  sleep 1
done
[ -n "$window" ] || fail "no window titled '$title' within 60 s"
capture_when_settled "$window" "$shot"
deviation=$(convert "$shot" -format '%[fx:standard_deviation]' info:)
colors=$(convert "$shot" -format '%k' info:)
size=$(identify -format '%wx%h' "$shot")
python3 -c "import sys; sys.exit(0 if float('$deviation') > 0.05 and int('$colors') > 32 else 1)" ||
  fail "screenshot looks blank (deviation $deviation, $colors colours)"
echo "window $window, screenshot $shot: $size, $colors colours, deviation $deviation"
