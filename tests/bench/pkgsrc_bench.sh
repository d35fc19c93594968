#!/usr/bin/env bash
# Packages from source (issue 19): what loading Go's own source costs a run.
#   - `gosim run hello.go` (fmt is modelled: nothing is read from GOROOT), target < 0.3 s;
#   - programs/runes.go, which loads unicode (its 200 KB of tables) and unicode/utf8 from
#     GOROOT/src, and its ratio to the same program built by real Go (go build, then run).
# Prints the median of N runs (default 5) of each. Never fails on time (tests/bench policy);
# exits 1 only when an output is wrong.
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

hello=$(median "$gosim" run --GOMAXPROCS 1 "$here/programs/hello.go")
[ "$(cat "$work/out")" = "hello, world" ] || { echo "pkgsrc_bench: hello.go printed $(cat "$work/out")" >&2; exit 1; }
echo "hello.go: gosim median ${hello} s over $runs runs (target < 0.3 s)"

check=$(median "$gosim" check "$here/programs/runes.go")
echo "runes.go: gosim check (parse + type-check unicode, unicode/utf8 from source) median ${check} s"
runes=$(median "$gosim" run --GOMAXPROCS 1 "$here/programs/runes.go")
got=$(cat "$work/out")
if command -v go >/dev/null; then
  (cd "$work" && cp "$here/programs/runes.go" . && GOFLAGS= CGO_ENABLED=0 go build -o runes runes.go) || exit 1
  gorun=$(median "$work/runes")
  [ "$got" = "$(cat "$work/out")" ] || { echo "pkgsrc_bench: runes.go: gosim printed $got, go $(cat "$work/out")" >&2; exit 1; }
  echo "runes.go: gosim run median ${runes} s, go (built binary) ${gorun} s, ratio $(echo "$runes / $gorun" | bc)"
else
  echo "runes.go: gosim run median ${runes} s (go not installed: no ratio)"
fi
