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
