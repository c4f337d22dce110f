# Sourced by the Windows package tests: one private Wine prefix for the installed program, quiet Wine.
export WINEPREFIX="$MARS_WINE_PREFIX"
export WINEDEBUG=-all
export WINEDLLOVERRIDES="mscoree,mshtml="
export WINEARCH=win64
install_dir="$WINEPREFIX/drive_c/Program Files/MARS Setup Doctor"
fail() { echo "FAIL: $*" >&2; exit 1; }
