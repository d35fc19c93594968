#!/usr/bin/env bash
# xml_bench.sh GOSIM — encoding/xml from Go's source, side by side with real Go (part xml,
# issue 19): programs/xml_loop.go (20 xml.Marshal/Unmarshal round trips of 40 records) must print what Go
# prints; then the median of 3 wall times of `go run`, of the built Go binary and of `gosim run`.
set -eu
gosim=${1:?usage: xml_bench.sh path/to/gosim}
here=$(cd "$(dirname "$0")" && pwd)
if ! command -v go >/dev/null; then echo "xml_bench: go is not installed; skipping"; exit 0; fi
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
now() { date +%s.%N; }
median() { sort -n | sed -n 2p; }
src="$here/programs/xml_loop.go"
(cd "$tmp" && GOFLAGS= GO111MODULE=off go build -o "$tmp/xml_loop" "$src")
want=$(GOMAXPROCS=1 "$tmp/xml_loop")
got=$("$gosim" run --GOMAXPROCS 1 "$src" 2>/dev/null || true)
if [ "$got" != "$want" ]; then echo "xml_bench: gosim printed '$got', go printed '$want'"; exit 1; fi
time_of() { for i in 1 2 3; do s=$(now); "$@" >/dev/null 2>&1; e=$(now); awk -v a="$s" -v b="$e" 'BEGIN{print b-a}'; done | median; }
r=$(cd "$tmp" && GOFLAGS= GO111MODULE=off GOMAXPROCS=1 time_of go run "$src")
g=$(GOMAXPROCS=1 time_of "$tmp/xml_loop")
s=$(time_of "$gosim" run --GOMAXPROCS 1 "$src")
printf '%-10s %10s %10s %10s %14s\n' program go_run_s go_bin_s gosim_s gosim/go_run
printf '%-10s %10.3f %10.3f %10.3f %13.1fx\n' xml_loop "$r" "$g" "$s" "$(awk -v a="$s" -v b="$r" 'BEGIN{print a/b}')"
