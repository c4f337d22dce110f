#!/usr/bin/env bash
# Prepares Qt for Windows (x86_64 mingw-w64), static, cross-built from Debian's own qt6-base source with the project's
# patches (scripts/qt-patches/*.patch, applied in name order), in a cache outside the checkout keyed by the host Qt
# version and a hash of those patches, the configure options below, the toolchain file and Debian's exact source
# version: qt-<version>-<hash>-mingw64-static. A changed input gets a new prefix and a rebuild; unchanged ones reuse
# the finished cache; a missing or half-built one is rebuilt. Prints the install prefix as its last line.
# Static, so the program ships as one exe (a user double-clicks it inside the zip from a support email, where Explorer
# extracts that one file alone); the cost is one build of about 27 minutes on 2 cores, paid once per key.
# `build-qt-mingw.sh --prefix` prints the prefix the current inputs map to and builds nothing.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)

qt_version=$(dpkg-query -W -f='${Version}' qt6-base-dev | sed -E 's/^([0-9]+\.[0-9]+\.[0-9]+).*/\1/')
cache_root=${MARS_CACHE_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/mars-setup-doctor}
patches=("$here"/scripts/qt-patches/*.patch)
# Minimal static qtbase for a Widgets + Network program: no SQL, D-Bus, print support, test library, XML or
# concurrency modules, no OpenSSL (Schannel instead), sized for size (-Os). FEATURE_tabletevent=OFF: the dfsg tarball
# lacks src/3rdparty/wintab. OpenGL stays at its default (dynamic): turning it off breaks qwindowswindow.cpp in 6.4.2.
# static_runtime: Qt's own link lines take libstdc++, libgcc and winpthread statically, as the program does.
options=(
  -DCMAKE_BUILD_TYPE=Release -DBUILD_SHARED_LIBS=OFF -DFEATURE_static_runtime=ON -DFEATURE_optimize_size=ON
  -DQT_BUILD_EXAMPLES=OFF -DQT_BUILD_TESTS=OFF
  -DFEATURE_sql=OFF -DFEATURE_dbus=OFF -DFEATURE_printsupport=OFF -DFEATURE_testlib=OFF -DFEATURE_xml=OFF
  -DFEATURE_concurrent=OFF -DFEATURE_openssl=OFF -DFEATURE_schannel=ON
  -DFEATURE_system_zlib=OFF -DFEATURE_tabletevent=OFF
)
# The key covers each patch's name and content (renaming, reordering, editing, adding or removing one changes it),
# every configure option, the toolchain file and Debian's exact source version (a security update of 6.4.2+dfsg-10
# is another Qt, and the notices name the exact one).
debian_version=$(dpkg-query -W -f='${Version}' qt6-base-dev)
patch_key=$( { for p in "${patches[@]}"; do basename "$p"; sha256sum < "$p"; done; printf '%s\n' "${options[@]}";
               sha256sum < "$here/cmake/mingw-w64-x86_64.cmake"; echo "$debian_version"; } | sha256sum | cut -c1-12)
prefix="$cache_root/qt-$qt_version-$patch_key-mingw64-static"
stamp="$prefix/.build-complete"

if [ "${1:-}" = --prefix ]; then
  echo "$prefix"
  exit 0
fi
if [ -f "$stamp" ]; then
  echo "$prefix"
  exit 0
fi

# apt-get source needs a deb-src entry: derive one from the machine's own Debian source rather than naming a mirror here.
if ! grep -rqsE '^(Types:.*deb-src|deb-src )' /etc/apt/sources.list /etc/apt/sources.list.d/; then
  src=/etc/apt/sources.list.d/debian.sources
  [ -f "$src" ] || { echo "build-qt-mingw: no $src to derive a deb-src entry from" >&2; exit 1; }
  sed -E 's/^Types:.*/Types: deb-src/' "$src" > /etc/apt/sources.list.d/mars-setup-doctor-src.sources
  apt-get update -qq
fi

work="$cache_root/build-qt-$qt_version-$patch_key"
rm -rf "$work" "$prefix"
mkdir -p "$work"
cd "$work"
apt-get source -qq --download-only "qt6-base=$debian_version" >/dev/null
dpkg-source -x --no-check qt6-base_*.dsc source >/dev/null
for p in "${patches[@]}"; do
  echo "build-qt-mingw: applying $(basename "$p")"
  patch -d source -p1 --forward --batch --quiet < "$p"
done

start=$(date +%s)
# The toolchain file is kept with the cache: Qt remembers its path, and the checkout may move.
mkdir -p "$prefix/qt-patches"
cp "$here/cmake/mingw-w64-x86_64.cmake" "$prefix/mingw-w64-x86_64.cmake"
cp "${patches[@]}" "$prefix/qt-patches/"  # what this Qt was built with, for whoever finds the cache
cmake -S source -B build -G Ninja \
  -DCMAKE_TOOLCHAIN_FILE="$prefix/mingw-w64-x86_64.cmake" \
  -DCMAKE_INSTALL_PREFIX="$prefix" \
  -DQT_HOST_PATH=/usr -DQT_HOST_PATH_CMAKE_DIR=/usr/lib/x86_64-linux-gnu/cmake \
  "${options[@]}" >/dev/null
cmake --build build --parallel "$(nproc)"
cmake --install build >/dev/null
end=$(date +%s)

echo "Qt $qt_version ($patch_key) for mingw64 (static) built in $((end - start)) s on $(nproc) cores" | tee "$prefix/.build-time"
touch "$stamp"
rm -rf "$work"
echo "$prefix"
