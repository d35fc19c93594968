#!/usr/bin/env bash
# Compares `gosim escape NAME.go` with the real compiler's `go build -gcflags='-m -l'`
# output saved by gen_escape.sh, line for line, for every program of the escape corpus.
#
#   run_escape.sh GOSIM DIR [--must-pass LIST]
#
# Prints a unified diff for each mismatching file, then the match ratio: lines (the
# expected lines found in order in gosim's output, by an LCS diff) and files (identical).
# With --must-pass, exits 1 when a file named in LIST (one name per line, '#' comments)
# mismatches; without it, when any file mismatches.
set -uo pipefail
gosim=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
dir=$(cd "$2" && pwd)
must_pass=""
[ "${3:-}" = "--must-pass" ] && must_pass=$4
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

declare -A required=()
if [ -n "$must_pass" ]; then
  while read -r name _; do
    [ -z "$name" ] || [ "${name#\#}" != "$name" ] || required[$name]=1
  done <"$must_pass"
fi

files=0 files_ok=0 lines=0 lines_ok=0 broken=0
for src in "$dir"/*.go; do
  n=$(basename "$src" .go)
  want="$dir/$n.escape"
  [ -f "$want" ] || { echo "MISSING $n.escape (run gen_escape.sh)"; broken=$((broken + 1)); continue; }
  (cd "$dir" && "$gosim" escape "$n.go" >"$work/got" 2>"$work/err")
  code=$?
  total=$(wc -l <"$want")
  missing=$(diff "$want" "$work/got" | grep -c '^<' || true)
  files=$((files + 1))
  lines=$((lines + total))
  lines_ok=$((lines_ok + total - missing))
  if [ $code -eq 0 ] && cmp -s "$want" "$work/got"; then
    files_ok=$((files_ok + 1))
  else
    mark=""
    if [ -z "$must_pass" ] || [ -n "${required[$n]:-}" ]; then mark=" (must pass)"; broken=$((broken + 1)); fi
    echo "FAIL $n$mark: exit $code, $((total - missing))/$total lines"
    diff -u "$want" "$work/got" | tail -n +3 | head -40
    [ $code -eq 0 ] || head -3 "$work/err"
  fi
done
echo "escape: lines $lines_ok/$lines matched, files $files_ok/$files identical"
[ $broken -eq 0 ]
