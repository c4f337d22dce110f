# Sourced by the Windows package tests: one private Wine prefix for the installed program, quiet Wine.
export WINEPREFIX="$MARS_WINE_PREFIX"
export WINEDEBUG=-all
# MARS_WINE_DLL_OVERRIDES: more overrides, for a test that needs Windows' search order for some DLLs.
export WINEDLLOVERRIDES="mscoree,mshtml=${MARS_WINE_DLL_OVERRIDES:+;$MARS_WINE_DLL_OVERRIDES}"
export WINEARCH=win64
install_dir="$WINEPREFIX/drive_c/Program Files/MARS Setup Doctor"
fail() { echo "FAIL: $*" >&2; exit 1; }
# The prefix, made if it is not there yet, playing Windows 10 (Wine 8 says Windows 7 by default, which the program
# refuses).
wine_prefix_win10() {
  if [ ! -f "$WINEPREFIX/system.reg" ]; then
    wineboot -i >/dev/null 2>&1 || true
    wineserver -w
  fi
  winecfg -v win10
}
# Waits until the X server on $1 answers (at most 20 s): no fixed sleep after starting Xvfb.
wait_for_display() {
  local _
  for _ in $(seq 1 200); do
    xdpyinfo -display "$1" >/dev/null 2>&1 && return 0
    sleep 0.1
  done
  fail "the virtual screen $1 did not come up within 20 s"
}
# Captures window $1 into $2 once it has settled: five captures in a row, half a second apart, that differ in at most
# 200 pixels (a text cursor blinks; a page still painting or a check row still changing differs in far more), at most
# $3 seconds (default 30). No fixed sleep.
capture_when_settled() {
  local window=$1 shot=$2 limit=${3:-30} previous="" same=0 changed _
  local frame
  frame=$(mktemp --suffix=.png)
  mkdir -p "$(dirname "$shot")"
  for _ in $(seq 1 $((limit * 2))); do
    if import -window "$window" "$frame" 2>/dev/null; then
      if [ -n "$previous" ]; then
        changed=$(compare -metric AE -fuzz 2% "$previous" "$frame" null: 2>&1 || true)
        changed=${changed%% *}
        if [[ "$changed" =~ ^[0-9]+$ ]] && [ "$changed" -le 200 ]; then
          same=$((same + 1))
        else
          same=0
        fi
      fi
      cp "$frame" "$shot"
      previous=$shot
      if [ "$same" -ge 4 ]; then
        rm -f "$frame"
        return 0
      fi
    fi
    sleep 0.5
  done
  rm -f "$frame"
  fail "window $window kept changing for $limit s: no settled screenshot"
}
