#!/usr/bin/env bash
# Goroutine churn (issue 20): programs/churn1m.go creates and finishes 1M goroutines with two
# alive at a time. gosim's peak RSS must stay under 50 MB (Go reuses dead Gs and their stacks,
# gfput/gfget; before gosim did, every goroutine ever run kept ~1.1 KiB: 1.12 GB here).
# Prints the peak RSS and exits 1 when it is over the bound.
#
#   tests/bench/churn_bench.sh [GOSIM] [--max-rss-mb N]
set -uo pipefail
here=$(cd "$(dirname "$0")" && pwd)
gosim="$here/../../build/bin/gosim"
max_mb=50
while [ $# -gt 0 ]; do
  case "$1" in
    --max-rss-mb) max_mb=$2; shift 2 ;;
    *) gosim=$1; shift ;;
  esac
done
[ -x "$gosim" ] || { echo "churn_bench: no gosim binary at $gosim" >&2; exit 1; }
[ -x /usr/bin/time ] || { echo "churn_bench: needs /usr/bin/time (GNU time)" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
/usr/bin/time -f "%e %M" -o "$work/time" "$gosim" run --GOMAXPROCS 1 "$here/programs/churn1m.go" >"$work/out" 2>&1
status=$?
read -r secs kb < <(tail -n 1 "$work/time")
want="499999500000"
echo "churn1m: exit $status, $secs s, peak RSS $((kb / 1024)) MB (bound $max_mb MB), output $(head -c 40 "$work/out")"
[ "$status" -eq 0 ] && [ "$(head -n 1 "$work/out")" = "$want" ] || { echo "churn_bench: wrong result" >&2; exit 1; }
[ "$kb" -le $((max_mb * 1024)) ] || { echo "churn_bench: peak RSS over $max_mb MB" >&2; exit 1; }
