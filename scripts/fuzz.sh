#!/usr/bin/env bash
# Fuzzes the parsers of untrusted input (SNTP replies, HTTP dates, cloud-profile JSON, HTTP/NCSI answers, vault
# credentials files and their PKCS #12 iteration counts, reports, the probe as SYSTEM's answer and request, the agent's log lines scanned for its last error) with libFuzzer under AddressSanitizer and UndefinedBehaviorSanitizer, each for the given number
# of seconds (default 60), as many targets at once as there are cores, then replays each corpus timing every input. Fails on any crash, leak, sanitizer finding or input slower than 100 ms.
set -euo pipefail
seconds=${1:-60}
root=$(cd "$(dirname "$0")/.." && pwd)
"$root/scripts/deps.sh"
build="$root/build-fuzz"
targets=(sntp httpdate profile httpresponse vaultfile report systemprobe pkcs12 errorscan)

CC=clang-14 CXX=clang++-14 cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DMARS_FUZZ=ON >/dev/null
cmake --build "$build" --parallel "$(nproc)" --target "${targets[@]/#/fuzz_}"

export ASAN_OPTIONS=detect_leaks=1:abort_on_error=0
export UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1
# One target: fuzz, then replay its corpus timing each input. Prints its line; its exit status is its verdict.
fuzz_one() {
  local target=$1 corpus="$build/corpus/$1" log="$build/fuzz_$1.log"
  mkdir -p "$corpus"
  cp -n "$root/tests/fuzz/corpus/$target/"* "$corpus/" 2>/dev/null || true
  if ! "$build/tests/fuzz/fuzz_$target" -max_total_time="$seconds" -timeout=1 -rss_limit_mb=2048 -print_final_stats=1 \
       "$corpus" >"$log" 2>&1; then
    { echo "fuzz_$target: FAILED (crash, leak, sanitizer finding or timeout); see $log"; tail -30 "$log"; } >&2
    return 1
  fi
  local runs slowest inputs
  runs=$(grep -oE 'stat::number_of_executed_units: *[0-9]+' "$log" | grep -oE '[0-9]+$' || echo "?")
  slowest=$(MARS_FUZZ_TIMING=1 "$build/tests/fuzz/fuzz_$target" -runs=0 "$corpus" 2>/dev/null | sed -nE 's/.*slowest ([0-9.]+) ms.*/\1/p')
  inputs=$(find "$corpus" -type f | wc -l)
  echo "fuzz_$target: $runs runs in ${seconds} s, 0 crashes, 0 leaks; corpus $inputs inputs, slowest ${slowest:-?} ms (limit 100)"
  if [ -z "$slowest" ] || ! awk -v s="$slowest" 'BEGIN { exit !(s <= 100) }'; then
    echo "fuzz_$target: an input took longer than 100 ms" >&2
    return 1
  fi
}
export -f fuzz_one
export build root seconds

# libFuzzer runs one process per target: as many targets at once as there are cores, each for the whole `seconds`.
results="$build/fuzz-results"
rm -rf "$results"
mkdir -p "$results"
printf '%s\n' "${targets[@]}" |
  xargs -P "$(nproc)" -I{} bash -c 'if fuzz_one "$1"; then touch "$2/$1.passed"; else touch "$2/$1.failed"; fi' _ {} "$results"
passed=$(find "$results" -name '*.passed' | wc -l)
failed=$((${#targets[@]} - passed))
# scripts/test.sh adds these to its totals; a run that dies before this line counts as one failure there.
echo "fuzz targets: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
