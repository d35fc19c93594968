#!/usr/bin/env bash
# json_bench.sh GOSIM — encoding/json from Go's source, side by side with real Go (part json2,
# issue 19): programs/json_loop.go (300 json.Marshal/Unmarshal round trips) must print what Go
# prints; then the median of 3 wall times of `go run`, of the built Go binary and of `gosim run`.
set -eu
gosim=${1:?usage: json_bench.sh path/to/gosim}
here=$(cd "$(dirname "$0")" && pwd)
if ! command -v go >/dev/null; then echo "json_bench: go is not installed; skipping"; exit 0; fi
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
now() { date +%s.%N; }
median() { sort -n | sed -n 2p; }
src="$here/programs/json_loop.go"
(cd "$tmp" && GOFLAGS= GO111MODULE=off go build -o "$tmp/json_loop" "$src")
want=$(GOMAXPROCS=1 "$tmp/json_loop")
got=$("$gosim" run --GOMAXPROCS 1 "$src" 2>/dev/null || true)
if [ "$got" != "$want" ]; then echo "json_bench: gosim printed '$got', go printed '$want'"; exit 1; fi
time_of() { for i in 1 2 3; do s=$(now); "$@" >/dev/null 2>&1; e=$(now); awk -v a="$s" -v b="$e" 'BEGIN{print b-a}'; done | median; }
r=$(cd "$tmp" && GOFLAGS= GO111MODULE=off GOMAXPROCS=1 time_of go run "$src")
g=$(GOMAXPROCS=1 time_of "$tmp/json_loop")
s=$(time_of "$gosim" run --GOMAXPROCS 1 "$src")
printf '%-10s %10s %10s %10s %14s\n' program go_run_s go_bin_s gosim_s gosim/go_run
printf '%-10s %10.3f %10.3f %10.3f %13.1fx\n' json_loop "$r" "$g" "$s" "$(awk -v a="$s" -v b="$r" 'BEGIN{print a/b}')"
