#!/usr/bin/env bash
# MarsSetupDoctorElevated.exe starts elevated from a folder the user can write, so it may import only KnownDLLs (which
# the loader takes from System32 whatever lies beside the program), and the list of files it copies must be every file
# the program runs with: a file left off breaks the elevated program, a file added (beside the list) is not copied.
# Usage: check-elevated-starter.sh OBJDUMP DEPLOY_DIR ELEVATED_FILES_H
set -euo pipefail
objdump=$1 deploy=$2 list=$3
fail() { echo "FAIL: $*" >&2; exit 1; }
starter="$deploy/MarsSetupDoctorElevated.exe"
[ -f "$starter" ] || fail "no $starter"
# HKLM\SYSTEM\CurrentControlSet\Control\Session Manager\KnownDLLs on Windows 10 1607 and later (the subset used here).
known='^(kernel32|advapi32|msvcrt)\.dll$'
imports=$("$objdump" -p "$starter" | sed -n 's/^\s*DLL Name: //p')
[ -n "$imports" ] || fail "objdump found no imports in $starter"
while read -r dll; do
  grep -qiE "$known" <<<"$dll" || fail "the starter imports $dll, which is not a KnownDLL: it would be looked for beside it first"
done <<<"$imports"
echo "starter imports only KnownDLLs: $(tr '\n' ' ' <<<"$imports")"

listed=$(sed -n 's/^    L"\(.*\)",$/\1/p' "$list" | sed 's/\\\\/\//g' | sort)
deployed=$(cd "$deploy" && find . -type f ! -name 'MarsSetupDoctor.com' ! -name 'MarsSetupDoctorElevated.exe' | sed 's|^\./||' | sort)
folders=$(cd "$deploy" && find . -mindepth 1 -type d | sed 's|^\./||' | sort)
expected=$(printf '%s\n%s\n' "$deployed" "$folders" | sort)
[ "$listed" = "$expected" ] || fail "the starter's list differs from the deployed folder: $(diff <(echo "$listed") <(echo "$expected"))"
echo "the starter copies the $(wc -l <<<"$deployed") files and $(wc -l <<<"$folders") folders the program runs with"
