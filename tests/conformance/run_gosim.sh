#!/usr/bin/env bash
# Runs every program of a conformance folder through gosim the way gen.sh runs real Go
# (GOMAXPROCS=1, stdin empty or NAME.stdin's bytes through --stdin, 10 s host timeout) and compares stdout and the exit status
# byte for byte, and stderr after the normalisation rule in README.md.
#
#   run_gosim.sh GOSIM DIR [--must-pass LIST]
#
# Prints one line per failing program, then "N passed, M failed". With --must-pass, exits 1
# when any program named in LIST (one name per line, '#' comments) fails: the programs gosim
# is known to run, so a change that breaks one of them fails CI while the rest of the corpus
# is still being covered. Without it, exits 1 when any program fails.
#
# A program whose figures vary between real Go runs has a NAME.range file: lines `WORD MIN MAX`
# (the number after WORD in stdout must lie in MIN..MAX, the range seen over the recorded runs);
# the rest of stdout must still match byte for byte.
set -uo pipefail
gosim=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
dir=$(cd "$2" && pwd)
must_pass=""
[ "${3:-}" = "--must-pass" ] && must_pass=$4
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

declare -A required=()
if [ -n "$must_pass" ]; then
  while read -r name _; do
    [ -z "$name" ] || [ "${name#\#}" != "$name" ] || required[$name]=1
  done <"$must_pass"
fi

pass=0
fail=0
broken_required=0
for src in "$dir"/*.go "$dir"/*/go.mod; do
  [ -e "$src" ] || continue
  n=$(basename "$src" .go)
  arg="$n.go"
  # A directory program (NAME/go.mod): `gosim run NAME`, as `go run .` inside it.
  if [ "$n" = go.mod ]; then n=$(basename "$(dirname "$src")"); arg=$n; fi
  # From the program's folder, as a user runs `go run NAME.go`: paths print as NAME.go.
  # NAME.stdin: the program's stdin, the bytes gen.sh gave real Go (gosim never reads its own
  # stdin unless told, so </dev/null cannot leak into the run).
  stdin_args=()
  [ -f "$dir/$n.stdin" ] && stdin_args=(--stdin "$n.stdin")
  # NAME.files/ and NAME.env (part vfs2): the tree and the environment gen.sh gave real Go.
  [ -d "$dir/$n.files" ] && stdin_args+=(--files "$n.files")
  # gen.sh runs Go under `env -i GODEBUG= GOMAXPROCS=1 NAME.env's variables`: gosim gets the
  # same environment, in the same order (part startup18: Go's start-up copies every variable).
  if [ -f "$dir/$n.env" ]; then
    stdin_args+=(--env GODEBUG= --env GOMAXPROCS=1)
    while IFS= read -r kv; do [ -z "$kv" ] || stdin_args+=(--env "$kv"); done <"$dir/$n.env"
  fi
  (cd "$dir" && timeout 10 "$gosim" run --GOMAXPROCS 1 "${stdin_args[@]}" "$arg" </dev/null >"$work/out" 2>"$work/err")
  code=$?
  "$here/gen.sh" --normalize <"$work/err" >"$work/err.norm"
  why=""
  if [ -f "$dir/$n.range" ]; then
    # Check each ranged number, then compare the rest with those numbers blanked out.
    bad=$(awk 'NR==FNR { lo[$1]=$2; hi[$1]=$3; next }
               { for (i = 1; i < NF; i++) if ($i in lo) { v = $(i+1) + 0
                   if (v < lo[$i] || v > hi[$i]) printf "%s %s not in %s..%s; ", $i, $(i+1), lo[$i], hi[$i] } }' \
          "$dir/$n.range" "$work/out")
    [ -z "$bad" ] || why="$bad"
    blank='NR==FNR { r[$1]=1; next } { for (i = 1; i < NF; i++) if ($i in r) $(i+1) = "#" } 1'
    awk "$blank" "$dir/$n.range" "$work/out" >"$work/out.b"
    awk "$blank" "$dir/$n.range" "$dir/$n.stdout" >"$work/exp.b"
    cmp -s "$work/out.b" "$work/exp.b" || why="${why:+$why, }stdout differs"
    # A program that prints with println (stderr, so that it imports nothing: startup_none)
    # has its ranged numbers checked there too.
    bad=$(awk 'NR==FNR { lo[$1]=$2; hi[$1]=$3; next }
               { for (i = 1; i < NF; i++) if ($i in lo) { v = $(i+1) + 0
                   if (v < lo[$i] || v > hi[$i]) printf "%s %s not in %s..%s; ", $i, $(i+1), lo[$i], hi[$i] } }' \
          "$dir/$n.range" "$work/err.norm")
    [ -z "$bad" ] || why="${why:+$why, }$bad"
    awk "$blank" "$dir/$n.range" "$work/err.norm" >"$work/err.norm.b" && mv "$work/err.norm.b" "$work/err.norm"
    awk "$blank" "$dir/$n.range" "$dir/$n.stderr.norm" >"$work/experr.b"
    if cmp -s "$work/err.norm" "$work/experr.b"; then cp "$dir/$n.stderr.norm" "$work/err.norm"; fi
  elif ! cmp -s "$work/out" "$dir/$n.stdout"; then why="stdout differs"; fi
  if [ "$code" != "$(cat "$dir/$n.exit")" ]; then why="${why:+$why, }exit $code, want $(cat "$dir/$n.exit")"; fi
  if ! cmp -s "$work/err.norm" "$dir/$n.stderr.norm"; then why="${why:+$why, }stderr differs"; fi
  if [ -z "$why" ]; then
    pass=$((pass + 1))
  else
    fail=$((fail + 1))
    mark=""
    if [ -n "${required[$n]:-}" ]; then mark=" (must pass)"; broken_required=$((broken_required + 1)); fi
    echo "FAIL $n$mark: $why: $(head -c 160 "$work/err" | head -n 2 | tr '\n' ' ')"
  fi
done
echo "$(basename "$dir"): $pass passed, $fail failed"
if [ -n "$must_pass" ]; then
  [ "$broken_required" -eq 0 ]
else
  [ "$fail" -eq 0 ]
fi
