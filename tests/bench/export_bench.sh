#!/usr/bin/env bash
# What the exports cost (issue 16): wall time of one `gosim run` of a large scenario without an
# export, with --go-trace, with --perfetto (and --trace-jsonl for comparison); medians of N runs,
# plus each file's size.
#
#   tests/bench/export_bench.sh [GOSIM] [--runs N] [--scenario FILE.json] [-- extra gosim flags]
set -u
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
GOSIM=${1:-$root/build/bin/gosim}; shift || true
runs=5
scen=$root/scenarios/gc_pacer/gc_pacer.json
extra=()
while [ $# -gt 0 ]; do
  case "$1" in
    --runs) runs=$2; shift 2;;
    --scenario) scen=$2; shift 2;;
    --) shift; extra=("$@"); break;;
    *) echo "unknown option $1"; exit 2;;
  esac
done
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
median() { sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }
measure() {  # measure LABEL [FLAGS…]
  local label=$1; shift
  local med
  med=$(for _ in $(seq 1 "$runs"); do
    local t0 t1
    t0=$(date +%s.%N)
    "$GOSIM" run "$scen" "${extra[@]}" "$@" >/dev/null 2>&1
    t1=$(date +%s.%N)
    echo "$t1 - $t0" | bc
  done | median)
  printf "%-14s %8.3f s" "$label" "$med"
  if [ $# -gt 0 ]; then printf "   %10d bytes" "$(stat -c %s "${!#}")"; fi
  echo
}
echo "$(basename "$scen") ${extra[*]}: $("$GOSIM" run "$scen" "${extra[@]}" --trace-jsonl "$tmp/c.jsonl" >/dev/null 2>&1; wc -l <"$tmp/c.jsonl") events, median of $runs runs"
measure "no export"
measure "--go-trace" --go-trace "$tmp/r.trace"
measure "--perfetto" --perfetto "$tmp/r.json"
measure "--trace-jsonl" --trace-jsonl "$tmp/r.jsonl"
