#!/usr/bin/env bash
# Runs every GC conformance program (tests/conformance/gc) on gosim under GOGC=50, 100, 200 and
# off with GOMAXPROCS=1, and compares with what real Go 1.19 printed (gc/gen_expected.sh):
#   NumGC within ±2 cycles or ±15%, whichever is looser; HeapAlloc after runtime.GC() within
#   ±15%; every other line identical.
#
#   run_gc.sh GOSIM DIR [--must-pass LIST]
#
# Prints one table row per program and GOGC value, then the pass count. Exits 1 when a row
# named in LIST ("program GOGC" per line, '#' comments) is out of tolerance; without LIST, when
# any row is.
set -uo pipefail
gosim=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
dir=$(cd "$2" && pwd)
must_pass=""
[ "${3:-}" = "--must-pass" ] && must_pass=$4
declare -A required=()
if [ -n "$must_pass" ]; then
  while read -r name g _; do
    [ -z "$name" ] || [ "${name#\#}" != "$name" ] || required["$name $g"]=1
  done <"$must_pass"
fi
broken=0
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
field() { sed -n "s/^$2 //p" "$1" | head -1; }
printf '%-14s %-5s %9s %9s %13s %13s %6s %s\n' program GOGC "NumGC go" "gosim" "HeapAlloc go" "gosim(KB)" "host s" result
pass=0 total=0
for src in "$dir"/*.go; do
  n=$(basename "$src" .go)
  for g in 50 100 200 off; do
    want="$dir/$n.gogc$g.expected"
    [ -f "$want" ] || { echo "MISSING $n.gogc$g.expected (run gc/gen_expected.sh)"; total=$((total + 1)); continue; }
    total=$((total + 1))
    start=$(date +%s.%N)
    (cd "$dir" && "$gosim" run --GOMAXPROCS 1 --GOGC "$g" --check-gc "$n.go" >"$work/got" 2>"$work/err")
    code=$?
    secs=$(echo "$(date +%s.%N) - $start" | bc)
    gw=$(field "$want" NumGC); gg=$(field "$work/got" NumGC)
    hw=$(field "$want" "HeapAlloc KB"); hg=$(field "$work/got" "HeapAlloc KB")
    ok=1 why=""
    if [ $code -ne 0 ] || [ -z "$gg" ] || [ -z "$hg" ]; then
      ok=0 why="exit $code: $(head -c 300 "$work/err")"
    else
      tol=$(( gw * 15 / 100 )); [ $tol -lt 2 ] && tol=2
      d=$(( gg - gw )); [ $d -lt 0 ] && d=$(( -d ))
      [ $d -le $tol ] || { ok=0; why="NumGC off by $d (tolerance $tol)"; }
      htol=$(( hw * 15 / 100 ))
      hd=$(( hg - hw )); [ $hd -lt 0 ] && hd=$(( -hd ))
      [ $hd -le $htol ] || { ok=0; why="$why HeapAlloc off by ${hd}KB (tolerance ${htol}KB)"; }
      if ! diff <(grep -v '^NumGC \|^HeapAlloc KB ' "$want") <(grep -v '^NumGC \|^HeapAlloc KB ' "$work/got") >/dev/null; then
        ok=0; why="$why other lines differ"
      fi
    fi
    result=ok
    if [ $ok -eq 1 ]; then
      pass=$((pass + 1))
    else
      result="FAIL $why"
      if [ -z "$must_pass" ] || [ -n "${required["$n $g"]:-}" ]; then result="$result (must pass)"; broken=$((broken + 1)); fi
    fi
    printf '%-14s %-5s %9s %9s %13s %13s %6.1f %s\n' "$n" "$g" "$gw" "${gg:-?}" "$hw" "${hg:-?}" "$secs" "$result"
  done
done
echo "gc: $pass/$total within tolerance"
[ $broken -eq 0 ]
