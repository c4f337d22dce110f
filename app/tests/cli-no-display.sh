#!/usr/bin/env bash
# Without a display (no DISPLAY, no WAYLAND_DISPLAY, no Qt platform of its own), what would open the window says that
# a window is needed or that --check was meant, and exits 64 (EX_USAGE); never an abort (134) with a Qt message.
set -uo pipefail
program=$1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
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
echo "no display: usage errors, exit 64, no abort"
