#!/usr/bin/env bash
# make-delay-import-lib.sh NM AR DLLTOOL SOURCE.a OUT.a: the mingw-w64 import library SOURCE.a remade as a delay-import
# library (cmake/DelayLoad.cmake): every function it imports becomes a delay import, and its members that are not
# import stubs (ws2_32's in6addr_any, say) are kept as they are. Functions exported as data have no delay form and are
# left out, so a program that uses one fails to link instead of reading a thunk as data.
set -euo pipefail
nm=$1 ar=$2 dlltool=$3 source=$4 out=$5
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# One DLL per library: one covering several (runtimeobject's API sets) has no single delay form and is refused.
dll=$("$dlltool" --identify "$source" --identify-strict 2>/dev/null) && [ -n "$dll" ] && [ "$(wc -l <<<"$dll")" -eq 1 ] ||
  { echo "make-delay-import-lib: $source does not name exactly one DLL" >&2; exit 1; }
name=$(basename "$source" .a)
name=${name#lib}
# An import stub defines __imp_X (its address slot) and, for a function, the code thunk X.
"$nm" --defined-only "$source" 2>/dev/null | awk '$2 == "I" && $3 ~ /^__imp_/ { print substr($3, 7) }' | sort -u >"$work/slots"
"$nm" --defined-only "$source" 2>/dev/null | awk '$2 == "T" { print $3 }' | sort -u >"$work/code"
{ echo "LIBRARY \"$dll\""; echo EXPORTS; comm -12 "$work/slots" "$work/code"; } >"$work/$name.def"
# dlltool names the library's symbols after its output path: a bare lib<name>.a keeps them readable.
(cd "$work" && "$dlltool" --input-def "$name.def" --output-delaylib "lib$name.a" --dllname "$dll")
# The members dlltool made are named <stem>h.o (head), <stem>t.o (tail) and <stem>sNNNNN.o (one per export), one stem
# for the library; anything else is ordinary code or data and is carried over.
mkdir "$work/extra"
"$ar" t "$source" >"$work/members"
stem=$(sed -nE 's/^(.*)s[0-9]+\.o$/\1/p' "$work/members" | sort | uniq -c | sort -rn | awk 'NR == 1 { print $2 }')
[ -n "$stem" ] || { echo "make-delay-import-lib: $source holds no import stubs" >&2; exit 1; }
grep -vxF -e "${stem}h.o" -e "${stem}t.o" "$work/members" | grep -vE "^$(sed 's/[.[\*^$]/\\&/g' <<<"$stem")s[0-9]+\.o$" \
  >"$work/extra.list" || true
if [ -s "$work/extra.list" ]; then
  (cd "$work/extra" && xargs -a "$work/extra.list" "$ar" x "$source")
  (cd "$work/extra" && xargs -a "$work/extra.list" "$ar" rs "$work/lib$name.a")
fi
mv "$work/lib$name.a" "$out"
echo "$name: $dll, $(($(wc -l <"$work/$name.def") - 2)) functions delay-loaded, $(wc -l <"$work/extra.list") other members kept"
