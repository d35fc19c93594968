#!/usr/bin/env bash
# The collector's benchmarks side by side with real Go (issue 6, "Speed"): same table as
# sched_bench.sh (wall, CPU, peak RSS; medians), for
#   alloc1m    — 1M small objects allocated, 10% kept (target: within 10x of Go's wall time)
#   gcgraph1m  — a 1M-object linked graph built, then collected by runtime.GC() while live
#
#   tests/bench/gc_bench.sh [GOSIM] [--runs N] [--procs N] [--only NAME]
here=$(cd "$(dirname "$0")" && pwd)
exec bash "$here/sched_bench.sh" --programs "alloc1m gcgraph1m" "$@"
