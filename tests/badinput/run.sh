#!/usr/bin/env bash
# The bad-input corpus (issue #20): each case is a folder tests/badinput/cases/NAME/ with
#   cmd     one line: the gosim arguments. $CASE is the case folder, $TMP a scratch folder.
#   expect  line 1: the exit status gosim must give; every further line: a text that must
#           appear in its stdout+stderr (fixed string, not a pattern).
#   limits  optional: "timeout SECONDS" and/or "rss_mb MB" (defaults: 60 s, 2048 MB of host memory)
#   bin     optional: the program the case is for (gosim-viz); other programs skip it
# plus whatever input files the command names. A case passes when gosim ends in time, under the
# memory cap, with the status and every text. Usage: run.sh GOSIM [CASE_NAME...]
set -uo pipefail
gosim=$(realpath "$1"); shift
here=$(cd "$(dirname "$0")" && pwd)
cases=("$@")
if [ ${#cases[@]} -eq 0 ]; then
  # A case with a `bin` file (one word: the program, e.g. gosim-viz) runs only with that program.
  for d in "$here"/cases/*/; do
    if [ -f "$d/bin" ] && [ "$(cat "$d/bin")" != "$(basename "$gosim")" ]; then continue; fi
    cases+=("$(basename "$d")")
  done
fi
asan=$(ldd "$gosim" 2>/dev/null | grep -o libasan || true)
pass=0; fail=0
for name in "${cases[@]}"; do
  dir="$here/cases/$name"
  if [ ! -f "$dir/cmd" ] || [ ! -f "$dir/expect" ]; then
    echo "FAIL $name: needs cmd and expect"; fail=$((fail+1)); continue
  fi
  timeout_s=60; rss_mb=2048
  if [ -f "$dir/limits" ]; then
    t=$(awk '$1=="timeout"{print $2}' "$dir/limits"); [ -n "$t" ] && timeout_s=$t
    r=$(awk '$1=="rss_mb"{print $2}' "$dir/limits"); [ -n "$r" ] && rss_mb=$r
  fi
  tmp=$(mktemp -d)
  args=$(head -n1 "$dir/cmd")
  args=${args//\$CASE/$dir}
  args=${args//\$TMP/$tmp}
  want_status=$(head -n1 "$dir/expect")
  out="$tmp/.out"
  # The address-space cap keeps a runaway from taking the host down; the status then shows it.
  # Not under AddressSanitizer (`make asan`): its shadow memory reserves terabytes of addresses.
  vcap="ulimit -v $((rss_mb * 1024))"
  [ -n "$asan" ] && vcap=true
  ( cd "$dir" && eval "$vcap" && eval "timeout -k 5 $timeout_s \"$gosim\" $args" ) >"$out" 2>&1 </dev/null
  status=$?
  why=""
  if [ "$status" = 124 ] || [ "$status" = 137 ]; then why="timed out after ${timeout_s}s"; fi
  if [ -z "$why" ] && [ "$status" != "$want_status" ]; then why="exit status $status, want $want_status"; fi
  if [ -z "$why" ]; then
    while IFS= read -r text; do
      [ -z "$text" ] && continue
      if ! grep -qF -- "$text" "$out"; then why="output lacks: $text"; break; fi
    done < <(tail -n +2 "$dir/expect")
  fi
  if [ -z "$why" ]; then
    pass=$((pass+1))
  else
    fail=$((fail+1))
    echo "FAIL $name: $why"
    echo "  gosim $args"
    head -c 1500 "$out" | sed 's/^/  | /'
  fi
  rm -rf "$tmp"
done
echo "badinput: $pass passed, $fail failed"
[ "$fail" = 0 ]
