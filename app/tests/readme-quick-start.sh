#!/usr/bin/env bash
# The README's quick start, run as written: each command of "What a helpdesk runs most" on the built program, in a
# folder of its own, without a display (as on a build machine). The wizard's command says no window would be seen
# (exit 64); the --check ones report (exit 0-2) and leave the files they name.
set -uo pipefail
program=$1 readme=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }
unset DISPLAY WAYLAND_DISPLAY QT_QPA_PLATFORM
mapfile -t commands < <(awk '/^What a helpdesk runs most:/ {on=1; next} on && /^    mars-setup-doctor/ {sub(/ +#.*/, ""); sub(/^ +/, ""); print; seen=1; next} on && seen && !/^ *$/ {exit}' "$readme")
[ "${#commands[@]}" -eq 5 ] || fail "expected the five commands of the quick start, found ${#commands[@]}: ${commands[*]}"
mkdir "$work/Temp"
cd "$work"
for command in "${commands[@]}"; do
  read -ra words <<< "$command"
  args=("${words[@]:1}")
  timeout 300 "$program" "${args[@]}" > out.txt 2> err.txt < /dev/null
  code=$?
  case " ${args[*]} " in
    *" --check "*)
      [ "$code" -le 2 ] || fail "$command: exit $code: $(head -5 err.txt)"
      [ -s out.txt ] || [[ " ${args[*]} " == *" --bundle "* ]] || fail "$command: printed nothing" ;;
    *)
      [ "$code" -eq 64 ] || fail "$command: exit $code without a display, not 64"
      grep -q "no window would be seen" err.txt || fail "$command: $(cat err.txt)" ;;
  esac
  echo "ok: $command (exit $code)"
done
[ -s ticket.zip ] || fail "no ticket.zip"
python3 -c 'import sys, zipfile; assert "MANIFEST.txt" in zipfile.ZipFile(sys.argv[1]).namelist()' ticket.zip || fail "ticket.zip is not a bundle"
[ -s before.json ] || fail "no before.json"
# The comment's second half: after a fix, compare with the report saved before it.
timeout 300 "$program" --check --compare before.json > after.txt 2> err.txt < /dev/null
[ "$?" -le 2 ] || fail "--check --compare before.json: $(head -5 err.txt)"
grep -q '^Compared with report ' after.txt || fail "--compare: no comparison in the report"
echo "README quick start: every command works as written"
