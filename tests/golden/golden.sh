#!/usr/bin/env bash
# Golden trace hashes: a determinism guard. For every scenario in scenarios/ and a few
# conformance programs, under GOMAXPROCS 1, 2, 4, 8 and seeds 1, 2, 3, the trace hash
# (`gosim run --hash`: a digest of every event and of the output) must equal the one in
# trace_hashes.txt.
#
#   golden.sh GOSIM            compare; exit 1 and name every run whose hash changed
#   golden.sh GOSIM --update   rewrite trace_hashes.txt (runs everything twice, refuses if the
#                              two runs disagree: a hash that is not stable must never be stored)
#
# A change to the runtime model that alters any event legitimately changes hashes: rerun with
# --update, and read the diff of trace_hashes.txt to see which runs moved.
set -uo pipefail
gosim=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
mode=${2:-check}
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
file="$here/trace_hashes.txt"

# The conformance programs included besides the scenarios (one line each).
programs=(runnext_spawn_order pingpong_unbuffered overflow_300 select_forced_choices mutex_main_holds
          wg_fanout_workers deadlock_goroutine_dump)

# Scenarios the interpreter cannot run (none today): no hash is stored for them.
skip=" "

inputs() {
  for json in "$root"/scenarios/*/*.json; do
    local id
    id=$(basename "$(dirname "$json")")
    [[ "$skip" == *" $id "* ]] && continue
    echo "scenario/$id ${json#"$root"/}"
  done
  for p in "${programs[@]}"; do
    echo "sched/$p tests/conformance/sched/$p.go"
  done
}

hash_of() {  # path procs seed -> the hash, or "error:STATUS" when no hash line came out
  local out
  out=$(cd "$root" && timeout 120 "$gosim" run "$1" --GOMAXPROCS "$2" --seed "$3" --hash 2>/dev/null </dev/null \
        | sed -n 's/^trace hash: //p' | tail -n 1)
  echo "${out:-error}"
}

compute() {
  echo "# name GOMAXPROCS seed trace-hash; regenerate with tests/golden/golden.sh build/bin/gosim --update"
  while read -r name path; do
    for procs in 1 2 4 8; do
      for seed in 1 2 3; do
        echo "$name $procs $seed $(hash_of "$path" "$procs" "$seed")"
      done
    done
  done < <(inputs)
}

if [ "$mode" = "--update" ]; then
  a=$(compute)
  b=$(compute)
  if [ "$a" != "$b" ]; then
    echo "golden: the trace hashes differ between two runs of the same build; not written:" >&2
    diff <(echo "$a") <(echo "$b") >&2
    exit 1
  fi
  if grep -q ' error$' <<<"$a"; then
    echo "golden: some runs printed no hash:" >&2
    grep ' error$' <<<"$a" >&2
    exit 1
  fi
  echo "$a" >"$file"
  echo "golden: wrote $(grep -vc '^#' "$file") hashes to ${file#"$root"/}"
  exit 0
fi

if [ ! -f "$file" ]; then
  echo "golden: $file is missing; create it with: tests/golden/golden.sh build/bin/gosim --update" >&2
  exit 1
fi
now=$(compute)
if ! changes=$(diff <(grep -v '^#' "$file") <(grep -v '^#' <<<"$now")); then
  echo "golden: trace hashes changed (< stored, > this build):"
  echo "$changes"
  echo "golden: if the runtime model changed on purpose, regenerate with:"
  echo "        tests/golden/golden.sh build/bin/gosim --update   (and review the diff)"
  echo "golden: if it did not, gosim lost determinism or a change had an unintended effect."
  exit 1
fi
echo "golden: $(grep -vc '^#' "$file") trace hashes match"
