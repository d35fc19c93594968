#!/usr/bin/env bash
# The trace must not depend on how the scenario's path is spelled or where gosim runs from
# (issue #20): goroutine dumps name the program's file, so a run of scenarios/deadlock (it dies
# with a dump) is hashed, with its whole output compared, from five spellings.
#   path_spelling.sh GOSIM REPO_ROOT
set -uo pipefail
gosim=$(realpath "$1")
root=$(realpath "$2")
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
run() {  # name dir path
  (cd "$2" && "$gosim" run "$3" --hash >"$tmp/$1.out" 2>&1)
}
run plain "$root" scenarios/deadlock/deadlock.json
run dotted "$root" ./scenarios/deadlock/../deadlock/deadlock.json
run absolute / "$root/scenarios/deadlock/deadlock.json"
run inside "$root/scenarios/deadlock" deadlock.json
run sibling "$root/scenarios/hello" ../deadlock/deadlock.json
grep -q "trace hash: " "$tmp/plain.out" || { echo "no trace hash in:"; cat "$tmp/plain.out"; exit 1; }
grep -q "goroutine 1 \[chan receive\]" "$tmp/plain.out" || { echo "no goroutine dump in:"; cat "$tmp/plain.out"; exit 1; }
status=0
for v in dotted absolute inside sibling; do
  if ! cmp -s "$tmp/plain.out" "$tmp/$v.out"; then
    echo "FAIL: the $v spelling gives a different trace:"; diff "$tmp/plain.out" "$tmp/$v.out" | head -20
    status=1
  fi
done
[ $status = 0 ] && echo "path spelling: 5 spellings, one trace ($(grep 'trace hash' "$tmp/plain.out"))"
exit $status
