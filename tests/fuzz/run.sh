#!/usr/bin/env bash
# run.sh [RUNS] — build the libFuzzer targets with clang (libFuzzer + AddressSanitizer +
# UndefinedBehaviorSanitizer) and run each for RUNS executions (default 20000; a count, not a
# time, so two runs on different machines do the same work):
#   fuzz_frontend  the Go front end (lexer, parser, checker), seeded with every .go file in the
#                  test corpora and scenarios;
#   fuzz_scenario  the scenario loader (JSON, schema, the rules beyond it), seeded with every
#                  scenario .json.
# Each run starts from the seeds alone (-seed=1), so the same RUNS repeats the same work. The
# whole log of each target is kept in build/fuzz/TARGET.log; a crash, a leak, a timeout, an
# out-of-memory or a UBSan report fails the script (exit 1) and names the log and the input.
set -euo pipefail
runs=${1:-20000}
case $runs in '' | *[!0-9]*) echo "fuzz: RUNS must be a whole number of executions, not '$runs'" >&2; exit 1 ;; esac
root=$(cd "$(dirname "$0")/../.." && pwd)
out=$root/build/fuzz
mkdir -p "$out"
if ! command -v clang++ >/dev/null; then
  echo "fuzz: clang++ is not installed (apt-get install clang)"; exit 1
fi
flags=(-std=c++20 -O1 -g -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=undefined -I"$root")

# The scenario schema is compiled in (sim/CMakeLists.txt does the same with scripts/embed.cmake).
mkdir -p "$out/generated"
cmake -DIN="$root/sim/scenario/scenario.schema.json" -DOUT="$out/generated/scenario_schema.inc.new" \
  -P "$root/scripts/embed.cmake"
if cmp -s "$out/generated/scenario_schema.inc.new" "$out/generated/scenario_schema.inc"; then
  rm "$out/generated/scenario_schema.inc.new"
else
  mv "$out/generated/scenario_schema.inc.new" "$out/generated/scenario_schema.inc"
fi

# build TARGET SOURCES...: (re)link build/fuzz/TARGET when a source or header it may use is newer.
build() {
  local bin=$out/$1; shift
  if [ -x "$bin" ] && [ -z "$(find "$root/sim" "$root/tests/fuzz" -newer "$bin" \( -name '*.cpp' -o -name '*.h' -o -name '*.json' \) | head -1)" ]; then
    echo "fuzz: $bin is up to date"; return
  fi
  echo "fuzz: building $bin"
  clang++ "${flags[@]}" -I"$out/generated" "$@" -lfmt -o "$bin"
}
build fuzz_frontend "$root/tests/fuzz/fuzz_frontend.cpp" "$root"/sim/lang/*.cpp "$root"/sim/base/*.cpp
build fuzz_scenario "$root/tests/fuzz/fuzz_scenario.cpp" "$root"/sim/scenario/*.cpp "$root"/sim/base/*.cpp \
  "$root"/sim/trace/*.cpp

# Seeds, fresh each run.
rm -rf "$out/seeds" "$out/work" "$out/fuzz"
mkdir -p "$out/seeds/frontend" "$out/seeds/scenario" "$out/work/frontend" "$out/work/scenario" "$out/fuzz"
find "$root/tests" "$root/scenarios" -name '*.go' -exec cp {} "$out/seeds/frontend/" \;
find "$root/scenarios" -name '*.json' -exec cp {} "$out/seeds/scenario/" \;
# The programs the scenario seeds name, beside the path the target parses them as (fuzz/).
find "$root/scenarios" -name '*.go' -exec cp {} "$out/fuzz/" \;

status=0
cd "$out"
for t in frontend scenario; do
  log=$out/fuzz_$t.log
  echo "fuzz: fuzz_$t, $runs executions over $(ls "$out/seeds/$t" | wc -l) seed files (log: $log)"
  rc=0
  UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 \
    "./fuzz_$t" -runs="$runs" -seed=1 -max_len=4096 -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
    -artifact_prefix="$out/fuzz_$t-" "work/$t" "seeds/$t" >"$log" 2>&1 || rc=$?
  grep -E '^(Done|stat::number_of_executed_units|stat::peak_rss_mb)' "$log" || true
  if [ "$rc" -ne 0 ]; then
    echo "fuzz: fuzz_$t stopped on a finding (exit $rc):"
    grep -E 'ERROR: |runtime error:|SUMMARY:|Test unit written to' "$log" | head -10 || true
    status=1
  elif grep -qE 'runtime error:|ERROR: (Address|Leak|UndefinedBehavior)Sanitizer' "$log"; then
    echo "fuzz: fuzz_$t: a sanitizer reported (see $log)"
    status=1
  fi
done
[ "$status" -eq 0 ] && echo "fuzz: no findings"
exit "$status"
