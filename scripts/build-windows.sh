#!/usr/bin/env bash
# Builds the Windows program on Debian: Qt for Windows (static, cached, see build-qt-mingw.sh), MarsSetupDoctor.exe
# (one file, Qt linked in) and its console twin MarsSetupDoctor.com, the deployed folder (the two programs and their
# licenses), the MSI and the portable zip. Results land in out/:
#   out/MarsSetupDoctor-<version>-x64.msi, out/MarsSetupDoctor-<version>-x64-portable.zip and the program's source,
#   out/MarsSetupDoctor-<version>-source.tar.gz (Qt is linked in under the LGPL-3.0)
# With MARS_SIGN_PFX and MARS_SIGN_PASSWORD (and optionally MARS_SIGN_TIMESTAMP_URL) set, both programs and then
# the MSI are signed with that certificate (scripts/sign-windows.sh); without them the build is unsigned.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
"$root/scripts/deps.sh"
qt_prefix=$("$root/scripts/build-qt-mingw.sh" | tail -1)
build="$root/build-windows"
out="$root/out"
version=$(sed -nE 's/^project\(MarsSetupDoctor VERSION ([0-9.]+).*/\1/p' "$root/CMakeLists.txt")

# A build tree configured against another Qt prefix (the patches changed: a new cache key) cannot switch its toolchain
# file in place; start it afresh.
if [ -f "$build/CMakeCache.txt" ] && ! grep -qF "$qt_prefix/" "$build/CMakeCache.txt"; then
  echo "build-windows: $build was configured against another Qt; configuring afresh against $qt_prefix"
  rm -rf "$build"
fi
# qt-cmake sets up the cross build against that Qt; our toolchain file is named again in case the cache was built
# from a checkout somewhere else.
"$qt_prefix/bin/qt-cmake" -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release \
  -DQT_CHAINLOAD_TOOLCHAIN_FILE="$root/cmake/mingw-w64-x86_64.cmake" -DMARS_WARNINGS_AS_ERRORS=ON >/dev/null
cmake --build "$build" --parallel "$(nproc)"

deploy="$build/deploy"
rm -rf "$deploy"
cmake --install "$build" --prefix "$deploy" --strip >/dev/null
# Signed after stripping (stripping changes the bytes a signature covers), before the MSI and the zip take them.
find "$deploy" -type f \( -name '*.exe' -o -name '*.com' \) -print0 | sort -z | \
  xargs -0 "$root/scripts/sign-windows.sh"

mkdir -p "$out"
msi="$out/MarsSetupDoctor-$version-x64.msi"
find "$deploy" -type f | sort | \
  wixl-heat -p "$deploy/" --directory-ref INSTALLDIR --component-group ProgramFiles --var var.SourceDir --win64 > "$build/files.wxs"
# wixl resolves sources relative to where it runs and rejects absolute ones.
(cd "$root" && wixl -a x64 -D Win64=yes -D "Version=$version" -D "SourceDir=build-windows/deploy" \
  -D "IconFile=resources/app/mars-setup-doctor.ico" -o "$msi" installer/MarsSetupDoctor.wxs build-windows/files.wxs)
# A rebuild of the same version must replace the installed one, not sit beside it (two entries in Apps & features).
# WiX 3 says so with MajorUpgrade AllowSameVersionUpgrades="yes"; wixl ignores that attribute, so the Upgrade table's
# detection row gets what WiX would write: msidbUpgradeAttributesMigrateFeatures (1) plus
# msidbUpgradeAttributesVersionMaxInclusive (512). Attributes is part of that table's key, which SQL UPDATE cannot
# change: the table is exported, edited and imported whole.
mkdir -p "$build/msi-tables"
msiinfo export "$msi" Upgrade >"$build/msi-tables/Upgrade.idt"
awk -F'\t' 'BEGIN { OFS = "\t" } NR > 3 && $7 ~ /^WIX_UPGRADE_DETECTED\r?$/ && $5 == 1 { $5 = 513; patched++ } { print }
             END { if (patched != 1) exit 1 }' "$build/msi-tables/Upgrade.idt" >"$build/msi-tables/Upgrade.new.idt" ||
  { echo "build-windows: the MSI's Upgrade table is not the one wixl used to write:" >&2; cat "$build/msi-tables/Upgrade.idt" >&2; exit 1; }
mv "$build/msi-tables/Upgrade.new.idt" "$build/msi-tables/Upgrade.idt"
msibuild "$msi" -i "$build/msi-tables/Upgrade.idt"
# Last: any change to the MSI after this would break its signature.
"$root/scripts/sign-windows.sh" "$msi"

zip="$out/MarsSetupDoctor-$version-x64-portable.zip"
staging="$build/zip/MarsSetupDoctor-$version"
rm -rf "$build/zip" "$zip"
mkdir -p "$build/zip"
cp -r "$deploy" "$staging"
(cd "$build/zip" && zip -qr "$zip" "MarsSetupDoctor-$version")

# The program's complete source beside them: Qt is linked in under the LGPL-3.0, whose section 4 d 0 asks for what
# relinks it with another Qt (THIRD-PARTY-NOTICES.txt says how). The files git tracks, as they are in this tree.
source="$out/MarsSetupDoctor-$version-source.tar.gz"
if git -C "$root" rev-parse --is-inside-work-tree >/dev/null 2>&1; then
  (cd "$root" && git ls-files -z | tar --null -T - --transform "s|^|MarsSetupDoctor-$version/|" -czf "$source")
else
  tar -C "$root" --exclude='./build*' --exclude=./out --exclude=./.git --transform "s|^\.|MarsSetupDoctor-$version|" \
    -czf "$source" .
fi

echo "Windows program: $msi ($(du -h "$msi" | cut -f1)), $zip ($(du -h "$zip" | cut -f1)), source $source"
