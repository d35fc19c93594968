#!/usr/bin/env bash
# `gosim run --go-trace` round trip through real Go 1.19 (issue 16): every shipped scenario's
# trace must parse with `go tool trace -d`, and the events it reports must agree with gosim's own
# event stream (--trace-jsonl of the same run), kind by kind, by the table in
# sim/export/go_trace.cpp. Then `go tool trace` itself serves the pipeline scenario's trace and
# its goroutine analysis (/goroutines) must list the program's goroutines by function name.
# Skips (77) without Go 1.19.
set -u
GOSIM=${1:?usage: go_trace.sh GOSIM [SCENARIO_DIR]}
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
SCEN=${2:-$ROOT/scenarios}
command -v go >/dev/null || { echo "go not installed: skipped"; exit 77; }
case "$(go env GOVERSION 2>/dev/null)" in go1.19*) ;; *) echo "needs Go 1.19: skipped"; exit 77;; esac
TRACE_TOOL="$(go env GOTOOLDIR)/trace"
TMP=$(mktemp -d)
SERVER=""
cleanup() { [ -n "$SERVER" ] && kill "$SERVER" 2>/dev/null; rm -rf "$TMP"; }
trap cleanup EXIT
fail=0

# count FILE WORD: lines of `go tool trace -d` whose event type is WORD.
count() { awk -v w="$2" '$2 == w' "$1" | wc -l | tr -d ' '; }
# kinds J KIND [ARG=VALUE]: gosim events of a kind (optionally with one argument's value).
kinds() {
  if [ $# -eq 3 ]; then grep -c "\"kind\":\"$2\".*\"args\":{[^}]*\"${3%%=*}\":${3#*=}[,}]" "$1"; else grep -c "\"kind\":\"$2\"" "$1"; fi
}
check() {  # check NAME WHAT GOT WANT
  if [ "$3" != "$4" ]; then echo "FAIL $1: $2: go tool trace shows $3, gosim's events say $4"; fail=1; fi
}

n=0
# Each scenario with its own config, then with 4 Ps (steals, idle Ps, wake-ups across Ps).
for procs in "" 4; do
for s in "$SCEN"/*/*.json; do
  name=$(basename "$(dirname "$s")")${procs:+@$procs}
  t="$TMP/$name.trace"; j="$TMP/$name.jsonl"; d="$TMP/$name.d"
  "$GOSIM" run "$s" ${procs:+--GOMAXPROCS $procs} --go-trace "$t" --trace-jsonl "$j" >/dev/null 2>&1
  if ! "$TRACE_TOOL" -d "$t" >"$d" 2>"$d.err" || grep -v "Parsing trace" "$d.err" | grep -q .; then
    echo "FAIL $name: go tool trace -d refused the trace:"; cat "$d.err"; fail=1; continue
  fi
  check "$name" GoCreate "$(count "$d" GoCreate)" "$(kinds "$j" go_create)"
  check "$name" GoStart "$(count "$d" GoStart)" "$(( $(kinds "$j" go_start) + $(kinds "$j" syscall_exit path=1) ))"
  check "$name" GoEnd "$(count "$d" GoEnd)" "$(kinds "$j" go_exit)"
  # goready, and each goroutine netpoll found (Go: injectglist -> traceGoUnpark).
  polled=$(grep '"kind":"netpoll"' "$j" | grep -o '"found":[0-9]*' | awk -F: '{ s += $2 } END { print s + 0 }')
  check "$name" GoUnblock "$(count "$d" GoUnblock)" "$(( $(kinds "$j" go_ready) + polled ))"
  check "$name" GoPreempt "$(count "$d" GoPreempt)" "$(kinds "$j" preempt)"
  check "$name" GoSysCall "$(count "$d" GoSysCall)" "$(kinds "$j" syscall_enter)"
  check "$name" GoSysExit "$(count "$d" GoSysExit)" "$(( $(kinds "$j" syscall_exit) - $(kinds "$j" syscall_exit path=0) ))"
  # Every park is one block event, of the type its wait reason gives (runtime2.go waitReason).
  blocks=0
  for w in GoBlock GoBlockSend GoBlockRecv GoBlockSelect GoBlockSync GoBlockCond GoBlockNet GoBlockGC GoSleep GoStop GoWaiting; do
    blocks=$(( blocks + $(count "$d" $w) ))
  done
  check "$name" "blocks (all kinds)" "$blocks" "$(kinds "$j" go_park)"
  check "$name" GoBlockRecv "$(count "$d" GoBlockRecv)" "$(kinds "$j" go_park reason=14)"
  check "$name" GoBlockSend "$(count "$d" GoBlockSend)" "$(kinds "$j" go_park reason=15)"
  check "$name" GoBlockSelect "$(count "$d" GoBlockSelect)" "$(kinds "$j" go_park reason=9)"
  check "$name" GoBlockSync "$(count "$d" GoBlockSync)" "$(kinds "$j" go_park reason=18)"
  check "$name" GoSleep "$(count "$d" GoSleep)" "$(kinds "$j" go_park reason=19)"
  check "$name" GoBlockNet "$(count "$d" GoBlockNet)" "$(kinds "$j" go_park reason=2)"
  # Gosched, plus one per goroutine still running when the trace stops (runtime/trace.Stop).
  sched=$(count "$d" GoSched); want=$(kinds "$j" go_sched)
  if [ "$sched" -lt "$want" ] || [ "$sched" -gt $(( want + 64 )) ]; then check "$name" GoSched "$sched" "$want (+ the running ones)"; fi
  check "$name" GCStart "$(count "$d" GCStart)" "$(kinds "$j" gc_phase to=1)"
  check "$name" GCDone "$(count "$d" GCDone)" "$(kinds "$j" gc_phase to=4)"
  check "$name" HeapGoal "$(count "$d" HeapGoal)" "$(kinds "$j" gc_pacer)"
  check "$name" GCMarkAssistStart "$(count "$d" GCMarkAssistStart)" "$(kinds "$j" gc_assist)"
  # The goroutines: the same set of ids.
  got_g=$(awk '$2 == "GoCreate" { for (i = 3; i <= NF; i++) if ($i ~ /^g=/) id = $i; print id }' "$d" | sort -u | wc -l | tr -d ' ')
  want_g=$(grep '"kind":"go_create"' "$j" | grep -o '"g":[0-9]*' | sort -u | wc -l | tr -d ' ')
  check "$name" goroutines "$got_g" "$want_g"
  echo "$name: $(grep -c . "$d") trace events, $got_g goroutines"
  n=$((n + 1))
done
done

# Deterministic bytes: the same run twice gives the same file.
"$GOSIM" run "$SCEN/pipeline/pipeline.json" --go-trace "$TMP/again.trace" >/dev/null 2>&1
"$GOSIM" run "$SCEN/pipeline/pipeline.json" --go-trace "$TMP/again2.trace" >/dev/null 2>&1
if ! cmp -s "$TMP/again.trace" "$TMP/again2.trace"; then echo "FAIL the same run gave two different traces"; fail=1; fi

# go tool trace's own web UI: the goroutine analysis of the pipeline scenario.
"$GOSIM" run "$SCEN/pipeline/pipeline.json" --go-trace "$TMP/pipe.trace" >/dev/null 2>&1
BROWSER=true "$TRACE_TOOL" -http=127.0.0.1:0 "$TMP/pipe.trace" >"$TMP/server.log" 2>&1 &
SERVER=$!
url=""
for _ in $(seq 1 100); do
  url=$(grep -o 'http://127.0.0.1:[0-9]*' "$TMP/server.log" | head -1)
  [ -n "$url" ] && break
  sleep 0.1
done
if [ -z "$url" ]; then
  echo "FAIL go tool trace did not start:"; cat "$TMP/server.log"; fail=1
else
  page=$(curl -s "$url/goroutines" | sed 's/<[^>]*>/ /g' | tr -s ' \n')
  for fn in runtime.main main.gen.func1 main.square.func1; do
    if ! grep -q "$fn N=1" <<<"$page"; then echo "FAIL /goroutines does not list $fn:"; echo "$page"; fail=1; fi
  done
  echo "go tool trace /goroutines: $(grep -o '[a-z.]*[0-9a-z] N=[0-9]*' <<<"$page" | tr '\n' ';')"
fi
[ "$fail" -eq 0 ] && echo "go trace round trip: $n runs agree with go tool trace"
exit $fail
