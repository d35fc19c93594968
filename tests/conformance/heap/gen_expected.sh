#!/bin/sh
# Regenerates memstats_deltas.expected with the real Go 1.19 toolchain (GOGC=off: no GC cycle
# may free anything between the two ReadMemStats calls of a case).
set -eu
dir=$(dirname "$0")
go version
GOGC=off go run "$dir/memstats_deltas.go" > "$dir/memstats_deltas.expected"
cat "$dir/memstats_deltas.expected"
