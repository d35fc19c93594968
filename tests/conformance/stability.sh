#!/usr/bin/env bash
# stability.sh [N] — run every conformance program N times (default 10) under the real Go toolchain
# and fail if any program's stdout, exit status or normalised stderr differs between runs.
# A thin wrapper over `gen.sh DIR --stability=N` for both corpus folders; writes nothing.
here=$(cd "$(dirname "$0")" && pwd)
n=${1:-10}
rc=0
for d in lang sched; do
    "$here/gen.sh" "$here/$d" --stability="$n" || rc=1
done
exit $rc
