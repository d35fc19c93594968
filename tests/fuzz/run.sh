#!/usr/bin/env bash
# run.sh [SECONDS] — build the front-end fuzzer with clang (libFuzzer + AddressSanitizer) and run
# it for SECONDS (default 60), seeded with every Go file in the repository's test corpora.
# Prints libFuzzer's final stats line; exits non-zero if the fuzzer found a crash.
set -euo pipefail
secs=${1:-60}
root=$(cd "$(dirname "$0")/../.." && pwd)
out=$root/build/fuzz
mkdir -p "$out/corpus"
if ! command -v clang++ >/dev/null; then
  echo "fuzz: clang++ is not installed (apt-get install clang)"; exit 1
fi
srcs=$(ls "$root"/sim/lang/*.cpp "$root"/sim/base/*.cpp)
echo "fuzz: building $out/fuzz_frontend"
clang++ -std=c++20 -O1 -g -fsanitize=fuzzer,address,undefined -I"$root" \
  "$root/tests/fuzz/fuzz_frontend.cpp" $srcs -lfmt -o "$out/fuzz_frontend"
find "$root/tests" "$root/scenarios" -name '*.go' -exec cp {} "$out/corpus/" \; 2>/dev/null || true
echo "fuzz: running for ${secs}s over $(ls "$out/corpus" | wc -l) seed files"
cd "$out"
# The whole log is kept; a crash, a leak, a timeout or a UBSan report fails the run.
log=$out/fuzz.log
status=0
./fuzz_frontend -max_total_time="$secs" -max_len=4096 -timeout=10 -print_final_stats=1 corpus >"$log" 2>&1 || status=$?
tail -25 "$log"
if [ "$status" -ne 0 ]; then
  echo "fuzz: the fuzzer stopped on a finding (exit $status); the whole log is $log"
  exit "$status"
fi
if grep -q "runtime error:" "$log"; then
  echo "fuzz: UndefinedBehaviorSanitizer reported (see $log)"
  exit 1
fi
