#!/usr/bin/env bash
# Without a display (no DISPLAY, no WAYLAND_DISPLAY, no Qt platform of its own), or with a DISPLAY whose X server does
# not answer, what would open the window says that a window is needed or that --check was meant, and exits 64
# (EX_USAGE); never an abort (134) with a Qt message.
set -uo pipefail
program=$1
work=$(mktemp -d)
xvfb=
trap '[ -n "$xvfb" ] && kill "$xvfb" 2>/dev/null; rm -rf "$work"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }
unset DISPLAY WAYLAND_DISPLAY QT_QPA_PLATFORM

expect_usage() {  # what it must say, then the arguments
  local says=$1; shift
  timeout 60 "$program" "$@" > "$work/out" 2> "$work/err" < /dev/null
  local code=$?
  [ "$code" -eq 64 ] || { cat "$work/err" >&2; fail "$* exited $code, not 64"; }
  grep -q -- "$says" "$work/err" || { cat "$work/err" >&2; fail "$*: stderr does not say \"$says\""; }
  if grep -qi "reinstall\|could not connect to display\|qt.qpa" "$work/err"; then cat "$work/err" >&2; fail "$*: Qt's abort message"; fi
  [ ! -s "$work/out" ] || fail "$*: wrote to stdout"
}

expect_usage "no window would be seen" --error 34513
expect_usage "$program --check --error 34513" --error 34513   # the command it meant, ready to copy
expect_usage "no window would be seen" --page summary
expect_usage "no window would be seen"
expect_usage "go with --check" --json
expect_usage "go with --check" --text --cloud public
# In Chinese too: the sentence is translated, the command is not.
MARS_LANGUAGE=zh_CN expect_usage "--check" --error 34513
grep -q "no window would be seen" "$work/err" && fail "the Chinese message is in English"

# A DISPLAY that names an X server nobody serves (an SSH session's, left behind): the same, not Qt's abort. The number
# is one with no socket, neither in /tmp/.X11-unix nor abstract, and no TCP listener on 6000+N.
silent=
for n in $(seq 4711 4811); do
  [ -e "/tmp/.X11-unix/X$n" ] && continue
  grep -q "@/tmp/.X11-unix/X$n\b" /proc/net/unix 2>/dev/null && continue
  (exec 3<>"/dev/tcp/127.0.0.1/$((6000 + n))") 2>/dev/null && continue
  silent=$n; break
done
[ -n "$silent" ] || fail "no display number between 4711 and 4811 is free"
DISPLAY=":$silent" expect_usage "no window would be seen" --error 34513
grep -q "DISPLAY=:$silent" "$work/err" || { cat "$work/err" >&2; fail "the message does not name the DISPLAY that did not answer"; }
DISPLAY=":$silent" expect_usage "$program --check --error 34513" --error 34513
DISPLAY="127.0.0.1:$silent" expect_usage "no window would be seen" --page summary   # over TCP, as ssh -X forwards
DISPLAY=":$silent" QT_QPA_PLATFORM=xcb expect_usage "no window would be seen"
DISPLAY=":$silent" MARS_LANGUAGE=zh_CN expect_usage "DISPLAY=:$silent" --error 34513
grep -q "no window would be seen" "$work/err" && fail "the Chinese message is in English"

# A display that answers still opens the window: after a few seconds the program is still running (timeout ends it).
# An X server of this test's own, on a display number it finds free itself (-displayfd): xvfb-run -a can pick the
# number another test's server holds, and that server may be gone by the time the window opens.
if command -v Xvfb > /dev/null; then
  Xvfb -displayfd 3 -screen 0 1366x768x24 -nolisten tcp 3> "$work/display" 2> "$work/xvfb.log" &
  xvfb=$!
  for _ in $(seq 100); do [ -s "$work/display" ] && break; sleep 0.1; done
  [ -s "$work/display" ] || { cat "$work/xvfb.log" >&2; fail "Xvfb did not start"; }
  DISPLAY=":$(head -n 1 "$work/display")" HOME=$work timeout 5 "$program" --page welcome > "$work/out" 2> "$work/err" < /dev/null
  code=$?
  [ "$code" -eq 124 ] || { cat "$work/err" >&2; fail "with an X server that answers it exited $code instead of opening its window"; }
  kill "$xvfb"; wait "$xvfb" 2>/dev/null; xvfb=
else
  # Everything above was asserted; this case could not run: a skip (exit 77), never a pass.
  echo "no display, or one that does not answer: usage errors, exit 64, no abort"
  echo "MARS-SKIPPED: Xvfb is not installed (scripts/deps.sh installs it): the case of a display that answers is not run"
  exit 77
fi
echo "no display, or one that does not answer: usage errors, exit 64, no abort"
