#!/usr/bin/env bash
# Fuzzes the parsers of untrusted input (SNTP replies, HTTP dates, cloud-profile JSON, HTTP/NCSI answers, vault
# credentials files, reports, the probe as SYSTEM's answer and request) with libFuzzer under AddressSanitizer and UndefinedBehaviorSanitizer, each for the given number
# of seconds (default 60), then replays each corpus timing every input. Fails on any crash, leak, sanitizer finding or input slower than 100 ms.
set -euo pipefail
seconds=${1:-60}
root=$(cd "$(dirname "$0")/.." && pwd)
"$root/scripts/deps.sh"
build="$root/build-fuzz"
targets=(sntp httpdate profile httpresponse vaultfile report systemprobe)

CC=clang-14 CXX=clang++-14 cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DMARS_FUZZ=ON >/dev/null
cmake --build "$build" --parallel "$(nproc)" --target "${targets[@]/#/fuzz_}"

export ASAN_OPTIONS=detect_leaks=1:abort_on_error=0
export UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1
failed=0
passed=0
for target in "${targets[@]}"; do
  corpus="$build/corpus/$target"
  mkdir -p "$corpus"
  cp -n "$root/tests/fuzz/corpus/$target/"* "$corpus/" 2>/dev/null || true
  log="$build/fuzz_$target.log"
  if ! "$build/tests/fuzz/fuzz_$target" -max_total_time="$seconds" -timeout=1 -rss_limit_mb=2048 -print_final_stats=1 \
       "$corpus" >"$log" 2>&1; then
    echo "fuzz_$target: FAILED (crash, leak, sanitizer finding or timeout); see $log" >&2
    tail -30 "$log" >&2
    failed=$((failed + 1))
    continue
  fi
  runs=$(grep -oE 'stat::number_of_executed_units: *[0-9]+' "$log" | grep -oE '[0-9]+$' || echo "?")
  slowest=$(MARS_FUZZ_TIMING=1 "$build/tests/fuzz/fuzz_$target" -runs=0 "$corpus" 2>/dev/null | sed -nE 's/.*slowest ([0-9.]+) ms.*/\1/p')
  inputs=$(find "$corpus" -type f | wc -l)
  echo "fuzz_$target: $runs runs in ${seconds} s, 0 crashes, 0 leaks; corpus $inputs inputs, slowest ${slowest:-?} ms (limit 100)"
  if [ -z "$slowest" ] || ! awk -v s="$slowest" 'BEGIN { exit !(s <= 100) }'; then
    echo "fuzz_$target: an input took longer than 100 ms" >&2
    failed=$((failed + 1))
  else
    passed=$((passed + 1))
  fi
done
# scripts/test.sh adds these to its totals; a run that dies before this line counts as one failure there.
echo "fuzz targets: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
