#!/usr/bin/env bash
# reflect_bench.sh GOSIM — package reflect's speed side by side with real Go (part reflect, issue
# 19): builds programs/reflect_walk.go (Value.Field, Kind, Int, Float, Len over nested structs,
# 14 000 Field calls), checks gosim prints what Go prints, and prints the median of 5 wall times
# of the Go binary and of `gosim run`, and their ratio.
set -eu
gosim=${1:?usage: reflect_bench.sh path/to/gosim}
here=$(cd "$(dirname "$0")" && pwd)
if ! command -v go >/dev/null; then echo "reflect_bench: go is not installed; skipping"; exit 0; fi
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
now() { date +%s.%N; }
median() { sort -n | sed -n 3p; }
src="$here/programs/reflect_walk.go"
(cd "$tmp" && GOFLAGS= GO111MODULE=off go build -o "$tmp/reflect_walk" "$src")
want=$(GOMAXPROCS=1 "$tmp/reflect_walk")
got=$("$gosim" run --GOMAXPROCS 1 "$src" 2>/dev/null || true)
if [ "$got" != "$want" ]; then echo "reflect_bench: gosim printed '$got', go printed '$want'"; exit 1; fi
time_of() { for i in 1 2 3 4 5; do s=$(now); "$@" >/dev/null 2>&1; e=$(now); awk -v a="$s" -v b="$e" 'BEGIN{print b-a}'; done | median; }
g=$(GOMAXPROCS=1 time_of "$tmp/reflect_walk")
s=$(time_of "$gosim" run --GOMAXPROCS 1 "$src")
printf '%-14s %10s %10s %8s\n' program go_s gosim_s ratio
printf '%-14s %10.4f %10.4f %7.1fx\n' reflect_walk "$g" "$s" "$(awk -v a="$s" -v b="$g" 'BEGIN{print a/b}')"
