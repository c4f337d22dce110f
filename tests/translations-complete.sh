#!/usr/bin/env bash
# Each library's zh_CN catalogue covers its code as it is now: lupdate, run over the library's own folder into a copy
# of its catalogue (not its tests beside it), finds no text left untranslated. (Reading the file alone cannot tell that a new string was never
# extracted.)
set -euo pipefail
source_dir=$1
lupdate=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failed=0
for entry in checks:mars_checks wizard:mars_wizard app:mars_app_core; do
  folder=${entry%%:*} library=${entry##*:}
  catalogue="$source_dir/$folder/translations/${library}_zh_CN.ts"
  cp "$catalogue" "$work/$library.ts"
  mapfile -t files < <(find "$source_dir/$folder" -path '*/tests' -prune -o \( -name '*.cpp' -o -name '*.h' \) -print | sort)
  "$lupdate" -no-obsolete -locations none -tr-function-alias tr+=msg "${files[@]}" -ts "$work/$library.ts" > "$work/$library.log" 2>&1
  found=$(grep -oE 'Found [0-9]+ source text\(s\) \([0-9]+ new' "$work/$library.log" || true)
  unfinished=$(grep -c 'type="unfinished"' "$work/$library.ts" || true)
  echo "$library: lupdate: ${found:-no summary}; unfinished: $unfinished"
  if [ -z "$found" ] || [ "$unfinished" -ne 0 ]; then
    grep -B2 'type="unfinished"' "$work/$library.ts" | grep '<source>' | head -20 >&2 || true
    echo "$library: $unfinished texts in the code have no zh_CN translation (build the ${library}_lupdate target)" >&2
    failed=1
  fi
done
exit "$failed"
