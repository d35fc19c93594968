#!/usr/bin/env bash
# interp_bench.sh GOSIM — the interpreter's speed side by side with real Go (issue: within 30x).
# Builds fib.go and sieve.go with the real toolchain, runs each binary and `gosim run` on the same
# file 3 times (GOMAXPROCS=1 for both), and prints the median wall times and their ratio: once as
# a lesson runs (a call and a return event for every call, each a point where the engine can
# pause) and once with --no-call-events (only the runtime's events: the interpreter's own speed).
set -eu
gosim=${1:?usage: interp_bench.sh path/to/gosim}
here=$(cd "$(dirname "$0")" && pwd)
if ! command -v go >/dev/null; then echo "interp_bench: go is not installed; skipping"; exit 0; fi
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
now() { date +%s.%N; }
median() { sort -n | sed -n 2p; }
printf '%-10s %12s %12s %8s %14s %8s\n' program go_s gosim_s ratio no_call_ev_s ratio
for prog in fib sieve; do
  src="$here/programs/$prog.go"
  (cd "$tmp" && GOFLAGS= GO111MODULE=off go build -o "$tmp/$prog" "$src")
  want=$(GOMAXPROCS=1 "$tmp/$prog")
  got=$("$gosim" run --GOMAXPROCS 1 "$src" 2>/dev/null || true)
  if [ "$got" != "$want" ]; then echo "interp_bench: $prog: gosim printed '$got', go printed '$want'"; exit 1; fi
  g=$(for i in 1 2 3; do s=$(now); GOMAXPROCS=1 "$tmp/$prog" >/dev/null; e=$(now); awk -v a="$s" -v b="$e" 'BEGIN{print b-a}'; done | median)
  s=$(for i in 1 2 3; do s=$(now); "$gosim" run --GOMAXPROCS 1 "$src" >/dev/null 2>&1; e=$(now); awk -v a="$s" -v b="$e" 'BEGIN{print b-a}'; done | median)
  q=$(for i in 1 2 3; do s0=$(now); "$gosim" run --GOMAXPROCS 1 --no-call-events "$src" >/dev/null 2>&1; e=$(now); awk -v a="$s0" -v b="$e" 'BEGIN{print b-a}'; done | median)
  printf '%-10s %12.4f %12.4f %7.1fx %14.4f %7.1fx\n' "$prog" "$g" "$s" "$(awk -v a="$s" -v b="$g" 'BEGIN{print a/b}')" \
    "$q" "$(awk -v a="$q" -v b="$g" 'BEGIN{print a/b}')"
done
