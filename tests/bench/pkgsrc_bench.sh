#!/usr/bin/env bash
# Packages from source (issue 19): what loading Go's own source costs a run. Four programs:
#   hello.go (fmt is modelled: nothing is read from GOROOT; target < 0.3 s), strconv.go (strings
#   and strconv, ~100 files from GOROOT), errctx.go (errors, context), runes.go (unicode: 200 KB of
#   tables, unicode/utf8).
# For each: the median wall time of N runs (default 5) of `gosim check` and `gosim run`, of
# `go run` (which compiles: its build cache is warm after the first run) and of the binary `go
# build` made, and gosim run's ratio to each. Then front_bench (if built) splits the front end
# into its phases, cold and with the standard-library cache (sim/lang/pkgcache.h), in one process.
# Never fails on time (tests/bench policy); exits 1 only when an output is wrong.
#
#   tests/bench/pkgsrc_bench.sh [GOSIM] [--runs N]
set -uo pipefail
here=$(cd "$(dirname "$0")" && pwd)
gosim="$here/../../build/bin/gosim"
runs=5
while [ $# -gt 0 ]; do
  case "$1" in
    --runs) runs=$2; shift 2 ;;
    *) gosim=$1; shift ;;
  esac
done
[ -x "$gosim" ] || { echo "pkgsrc_bench: no gosim binary at $gosim" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# median CMD...: runs CMD $runs times (output to $work/out), prints the median wall time in s.
median() {
  : >"$work/times"
  for _ in $(seq "$runs"); do
    s=$(date +%s.%N)
    "$@" >"$work/out" 2>&1
    e=$(date +%s.%N)
    echo "$e - $s" | bc >>"$work/times"
  done
  sort -n "$work/times" | awk '{ a[NR] = $1 } END { printf "%.3f", a[int((NR + 1) / 2)] }'
}

programs="hello strconv errctx runes"
uptime
for p in $programs; do
  src="$here/programs/$p.go"
  check=$(median "$gosim" check "$src")
  run=$(median "$gosim" run --GOMAXPROCS 1 "$src")
  got=$(cat "$work/out")
  if ! command -v go >/dev/null; then
    echo "$p.go: gosim check ${check} s, run ${run} s (go not installed: no ratio)"
    continue
  fi
  (cd "$work" && cp "$src" . && GOFLAGS= CGO_ENABLED=0 go build -o "$p.bin" "$p.go") || exit 1
  bin=$(median "$work/$p.bin")
  want=$(cat "$work/out")
  [ "$got" = "$want" ] || { echo "pkgsrc_bench: $p.go: gosim printed $got, go $want" >&2; exit 1; }
  gorun=$(median env GOMAXPROCS=1 GOFLAGS= go run "$work/$p.go")
  echo "$p.go: gosim check ${check} s, gosim run ${run} s | go run ${gorun} s (ratio $(echo "scale=2; $run / $gorun" | bc)) | go-built binary ${bin} s (ratio $(echo "$run / $bin" | bc))"
done
front="$(dirname "$gosim")/front_bench"
if [ -x "$front" ]; then
  for p in $programs; do "$front" "$here/programs/$p.go" || exit 1; done
fi
