#!/usr/bin/env bash
# A rebuild of the same version replaces the installed program instead of sitting beside it. Each wixl run gives the
# MSI a new product code; the second build is played by a copy of the MSI with a new product and package code, as a
# rebuild would have. Under Wine: install the MSI, then the rebuild: one product registered (the rebuild's). Control:
# a rebuild whose Upgrade row still has wixl's Attributes 1 (same version not included) installs beside it — two
# products — so the count can tell the difference.
# Usage: wine-upgrade.sh MSI   (its own prefix: MARS_WINE_UPGRADE_PREFIX)
set -euo pipefail
msi=$1
export MARS_WINE_PREFIX=${MARS_WINE_UPGRADE_PREFIX:?}
source "$(dirname "$0")/wine-env.sh"
[ -f "$msi" ] || fail "no MSI at $msi (run scripts/build-windows.sh)"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
rm -rf "$WINEPREFIX"
wineboot -i >/dev/null 2>&1 || true
winecfg -v win10

grep -qP '\t513\t\t?WIX_UPGRADE_DETECTED' <<<"$(msiinfo export "$msi" Upgrade)" ||
  fail "the MSI's upgrade row does not include its own version: $(msiinfo export "$msi" Upgrade)"

rebuild() {  # output, Upgrade Attributes: a copy of the MSI as another build of the same version would be
  local out=$1 attributes=$2
  cp "$msi" "$out"
  local product package
  product="{$(python3 -c 'import uuid; print(str(uuid.uuid4()).upper())')}"
  package="{$(python3 -c 'import uuid; print(str(uuid.uuid4()).upper())')}"
  msibuild "$out" -q "UPDATE Property SET Value = '$product' WHERE Property = 'ProductCode'" \
    -s "Installation Database" "MARS Setup Doctor project" "x64;1033" "$package"
  msiinfo export "$out" Upgrade | awk -F'\t' -v a="$attributes" 'BEGIN { OFS = "\t" }
    NR > 3 && $7 ~ /^WIX_UPGRADE_DETECTED/ { $5 = a } { print }' >"$work/Upgrade.idt"
  msibuild "$out" -i "$work/Upgrade.idt"
  echo "$product"
}
products() {  # the product codes registered under the Uninstall key with our name
  wine reg query 'HKLM\Software\Microsoft\Windows\CurrentVersion\Uninstall' /s 2>/dev/null | tr -d '\r' |
    awk '/^HKEY/ { key = $0 } /DisplayName.*MARS Setup Doctor/ { sub(/.*\\/, "", key); print key }' | sort -u
}
install() { wine msiexec /i "$(winepath -w "$1")" /qn; wineserver -w; }

original=$(msiinfo export "$msi" Property | tr -d '\r' | awk -F'\t' '$1 == "ProductCode" { print $2 }')
install "$msi"
[ "$(products)" = "$original" ] || fail "after the first install: $(products | tr '\n' ' '), expected $original"

second=$(rebuild "$work/rebuild.msi" 513 | tail -1)
install "$work/rebuild.msi"
registered=$(products)
[ "$registered" = "$second" ] || fail "after installing a rebuild of the same version: $(tr '\n' ' ' <<<"$registered"), expected only $second"
[ -f "$install_dir/MarsSetupDoctor.exe" ] || fail "the rebuild left no program in $install_dir"
echo "same version twice: one product ($second), the first build's replaced"

control=$(rebuild "$work/control.msi" 1 | tail -1)
install "$work/control.msi"
count=$(products | wc -l)
[ "$count" -eq 2 ] || fail "control: without the inclusive upgrade row $count products, expected 2 (the test could not tell)"
echo "control: with wixl's Attributes 1 the rebuild sits beside it ($count products) — what the patch prevents"
