#!/usr/bin/env bash
# Removes the program with msiexec /x: nothing of it may stay in Program Files.
set -euo pipefail
msi=$1
source "$(dirname "$0")/wine-env.sh"
wine msiexec /x "$(winepath -w "$msi")" /qn
wineserver -w
left=$(find "$install_dir" -type f 2>/dev/null | wc -l)
[ "$left" -eq 0 ] || fail "$left files left in $install_dir"
echo "uninstalled; Program Files holds nothing of it"
