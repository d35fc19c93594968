#!/bin/sh
# Regenerates data/gctrace_go119.txt: real `GODEBUG=gctrace=1` lines from the Go 1.19 toolchain,
# the reference for gc_trace_test.cpp's format checks. Timings differ per run; the test builds
# each line's numbers back from the text, so any run's output is a valid reference. Lines are
# appended, so several runs (with different timings) stay as references.
set -e
out=$(cd "$(dirname "$0")" && pwd)/data/gctrace_go119.txt
dir=$(mktemp -d)
cat > "$dir/main.go" <<'GO'
package main

import "fmt"

var sink [][]byte

func main() {
	for i := 0; i < 20000; i++ {
		sink = append(sink, make([]byte, 1024))
		if len(sink) > 1000 {
			sink = sink[:0]
		}
	}
	fmt.Println(len(sink))
}
GO
cd "$dir" && go build -o prog main.go && GODEBUG=gctrace=1 ./prog 2>&1 | grep '^gc ' | head -2 >> "$out"
rm -rf "$dir"
