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
# Captures window $1 into $2 once it has settled: the same pixels in three captures in a row, half a second apart
# (the page painted and its checks' rows no longer changing), at most $3 seconds (default 30). No fixed sleep.
capture_when_settled() {
  local window=$1 shot=$2 limit=${3:-30} previous="" same=0 now _
  mkdir -p "$(dirname "$shot")"
  for _ in $(seq 1 $((limit * 2))); do
    import -window "$window" "$shot" 2>/dev/null || { sleep 0.5; continue; }
    now=$(convert "$shot" rgba:- 2>/dev/null | md5sum | cut -c1-32)
    if [ "$now" = "$previous" ]; then
      same=$((same + 1))
      [ "$same" -ge 2 ] && return 0
    else
      same=0
      previous=$now
    fi
    sleep 0.5
  done
  fail "window $window kept changing for $limit s: no settled screenshot"
}
