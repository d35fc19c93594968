#!/usr/bin/env bash
# Scheduler benchmarks side by side with real Go (issue 4, "Speed"): each program in
# tests/bench/programs/ is built with the real toolchain and run natively, then run by gosim,
# both with the same GOMAXPROCS; wall time and peak RSS are the medians of RUNS runs.
#
#   tests/bench/sched_bench.sh [GOSIM] [--runs N] [--procs N] [--only NAME] [--programs "A B"]
#
# --programs picks other programs from tests/bench/programs/ (gc_bench.sh uses it for the
# collector's benchmarks).
#
# Peak RSS comes from /usr/bin/time -v when it exists, else from VmHWM in /proc/PID/status,
# read by polling while the process runs (coarser: it can miss a last short peak). Needs `go`
# (Go 1.19) for the native side; without it only gosim's column is filled.
# Targets (issue 4): pingpong1m within 3x of real Go's wall time; blocked200k's bytes per
# blocked goroutine no more than real Go's (~2.7 KB on the reference machine).
set -uo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
gosim="$root/build/bin/gosim"
runs=3
procs=1
only=""
programs="blocked200k pingpong1m spawn100k"
while [ $# -gt 0 ]; do
  case "$1" in
    --runs) runs=$2; shift 2 ;;
    --procs) procs=$2; shift 2 ;;
    --only) only=$2; shift 2 ;;
    --programs) programs=$2; shift 2 ;;
    -h|--help) sed -n '2,12p' "$0"; exit 0 ;;
    *) gosim=$(cd "$(dirname "$1")" && pwd)/$(basename "$1"); shift ;;
  esac
done
[ -x "$gosim" ] || { echo "sched_bench: no gosim binary at $gosim (build it first, or pass its path)" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# measure CMD... -> "wall-seconds kilobytes cpu-seconds" on stdout (cpu = user + sys, which a
# loaded machine distorts much less than wall time; "-" without /usr/bin/time); the command's
# own output goes to $work/out.
measure() {
  if [ -x /usr/bin/time ]; then
    # Wall time from the clock in ns (time's %e has 10 ms steps: a 30 ms Go run would be 0.03
    # or 0.04, a third apart); peak RSS and CPU from time.
    local t0 t1
    t0=$(date +%s%N)
    /usr/bin/time -f "%e %M %U %S" -o "$work/time" "$@" >"$work/out" 2>"$work/err" </dev/null
    t1=$(date +%s%N)
    tail -n 1 "$work/time" | awk -v ns=$((t1 - t0)) '{ printf "%.3f %s %.2f\n", ns / 1e9, $2, $3 + $4 }'
    return
  fi
  local start end pid hwm=0 h
  start=$(date +%s%N)
  "$@" >"$work/out" 2>"$work/err" </dev/null &
  pid=$!
  while kill -0 "$pid" 2>/dev/null; do
    h=$(awk '/^VmHWM:/{print $2}' "/proc/$pid/status" 2>/dev/null)
    [ -n "$h" ] && [ "$h" -gt "$hwm" ] && hwm=$h
    sleep 0.02
  done
  wait "$pid"
  end=$(date +%s%N)
  awk -v ns=$((end - start)) -v kb="$hwm" 'BEGIN { printf "%.3f %d -\n", ns / 1e9, kb }'
}

median() { sort -g | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }

# median_of CMD... -> "seconds kilobytes cpu-seconds", each the median over $runs runs.
median_of() {
  local i t=() m=() c=()
  for ((i = 0; i < runs; i++)); do
    read -r s k u < <(measure "$@")
    t+=("$s")
    m+=("$k")
    c+=("$u")
  done
  echo "$(printf '%s\n' "${t[@]}" | median) $(printf '%s\n' "${m[@]}" | median) $(printf '%s\n' "${c[@]}" | median)"
}

have_go=0
command -v go >/dev/null && have_go=1
printf "GOMAXPROCS=%s, median of %s runs\n" "$procs" "$runs"
printf "%-12s %8s %8s %6s | %8s %8s %6s | %9s %9s %6s\n" program "go s" "gosim s" ratio "go cpu" "gosim cpu" ratio \
  "go MB" "gosim MB" ratio
# The scheduler's programs by default (tests/bench/programs/ also holds the interpreter's, see
# interp_bench.sh, and the collector's, see gc_bench.sh).
for name in $programs; do
  src="$here/programs/$name.go"
  [ -n "$only" ] && [ "$only" != "$name" ] && continue
  gs="-" gk="-" gc="-"
  if [ $have_go = 1 ]; then
    (cd "$work" && GOFLAGS= GOWORK=off CGO_ENABLED=0 go build -trimpath -o "$work/$name" "$src") || exit 1
    read -r gs gk gc < <(GOMAXPROCS=$procs median_of "$work/$name")
  fi
  read -r ss sk sc < <(median_of "$gosim" run "$src" --GOMAXPROCS "$procs")
  ratio() { { [ "$1" = "-" ] || [ "$2" = "-" ]; } && { echo "-"; return; }; awk -v a="$2" -v b="$1" 'BEGIN { printf "%.1fx", (b > 0 ? a / b : 0) }'; }
  mb() { [ "$1" = "-" ] && { echo "-"; return; }; awk -v k="$1" 'BEGIN { printf "%.1f", k / 1024 }'; }
  printf "%-12s %8s %8s %6s | %8s %8s %6s | %9s %9s %6s\n" "$name" "$gs" "$ss" "$(ratio "$gs" "$ss")" \
    "$gc" "$sc" "$(ratio "$gc" "$sc")" "$(mb "$gk")" "$(mb "$sk")" "$(ratio "$gk" "$sk")"
  if [ "$name" = blocked200k ]; then
    per() { [ "$1" = "-" ] && { echo "-"; return; }; awk -v k="$1" 'BEGIN { printf "%.2f KB", k * 1024 / 200000 / 1000 }'; }
    printf "%-12s per blocked goroutine (peak RSS / 200000): go %s, gosim %s\n" "" "$(per "$gk")" "$(per "$sk")"
  fi
done
