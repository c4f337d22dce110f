#!/usr/bin/env bash
# The zh_CN catalogue covers the code as it is now: lupdate, run over the sources into a copy of it, finds no new
# text and leaves no entry unfinished. (Reading the file alone cannot tell that a new string was never extracted.)
set -euo pipefail
source_dir=$1
lupdate=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp "$source_dir/translations/mars_setup_doctor_zh_CN.ts" "$work/zh_CN.ts"
mapfile -t files < <(find "$source_dir/app" "$source_dir/wizard" "$source_dir/checks" \( -name '*.cpp' -o -name '*.h' \) | sort)
"$lupdate" -no-obsolete -locations none -tr-function-alias tr+=msg "${files[@]}" -ts "$work/zh_CN.ts" > "$work/lupdate.log" 2>&1
found=$(grep -oE 'Found [0-9]+ source text\(s\) \([0-9]+ new' "$work/lupdate.log" || true)
unfinished=$(grep -c 'type="unfinished"' "$work/zh_CN.ts" || true)
echo "lupdate: ${found:-no summary}; unfinished: $unfinished"
if [ "$unfinished" -ne 0 ]; then
  grep -B2 'type="unfinished"' "$work/zh_CN.ts" | grep '<source>' | head -20 >&2
  echo "translations: $unfinished texts in the code have no zh_CN translation (run the mars_checks_lupdate target)" >&2
  exit 1
fi
