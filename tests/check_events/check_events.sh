#!/usr/bin/env bash
# --check-events over every shipped scenario: for GOMAXPROCS 1, 2, 4, 8 and seeds 1, 2, 3, run
# the scenario with `gosim run --check-events` (after every event, the state must show what the
# event says: sim/rt/check_events.h) and expect the exit status the same run has without the
# check (0, or 2 for the scenarios that die on purpose: deadlock, stack_overflow,
# write_barrier_off).
#
#   check_events.sh GOSIM     exit 1 and name every run whose status differs, with the mismatch
#
# known_failures.txt may list kinds whose events are known to go out at the wrong instant while a
# change moves them (it lists none today): their rules are left out of the checked run
# (--check-events-skip), and a second, strict run reports where they still fail, without failing
# the test. Delete a kind from the list once its events go out at the right instant.
set -uo pipefail
gosim=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
known=$(grep -v '^#' "$here/known_failures.txt" | awk 'NF {print $1}' | tr '\n' ',' | sed 's/,$//')

runs=0 bad=0 pending=0
declare -A seen=()
start=$(date +%s)
run() { (cd "$root" && timeout 300 "$gosim" run "$@" 2>&1 >/dev/null </dev/null); }
for json in "$root"/scenarios/*/*.json; do
  rel=${json#"$root"/}
  for procs in 1 2 4 8; do
    for seed in 1 2 3; do
      runs=$((runs + 1))
      args=("$rel" --GOMAXPROCS "$procs" --seed "$seed")
      run "${args[@]}" >/dev/null
      want=$?
      err=$(run "${args[@]}" --check-events ${known:+--check-events-skip "$known"})
      got=$?
      if [ "$got" != "$want" ]; then
        bad=$((bad + 1))
        line=$(grep -m1 '^gosim: --check-events:' <<<"$err")
        echo "FAIL: $rel GOMAXPROCS=$procs seed=$seed: exit $got, want $want: ${line:-$(tail -n 1 <<<"$err")}"
        continue
      fi
      [ -z "$known" ] && continue
      line=$(run "${args[@]}" --check-events | grep -m1 '^gosim: --check-events:')
      [ -z "$line" ] && continue
      pending=$((pending + 1))
      kind=$(sed -n 's/^gosim: --check-events: event [0-9]* (\([a-z_]*\)).*/\1/p' <<<"$line")
      seen[$kind]=1
      echo "known: $rel GOMAXPROCS=$procs seed=$seed: $line"
    done
  done
done
for kind in ${known//,/ }; do
  [ -n "${seen[$kind]:-}" ] || echo "note: $kind is in known_failures.txt but no strict run stopped at it (fixed, or hidden behind an earlier one?)"
done
echo "check_events: $runs runs, $bad failed; $pending stop at a kind in known_failures.txt when it is checked too ($(( $(date +%s) - start ))s)"
[ "$bad" = 0 ]
