#!/usr/bin/env bash
# corpus_counts.sh [ROOT] — the corpus sizes the docs state equal the corpora's sizes: README.md
# ("all N language programs and all M scheduling programs"), tests/conformance/README.md (the
# per-folder counts, its section headings, and one table row per program) and docs/escape.md.
# Prints each check; exits 1 on the first stale number, saying which file and what to write.
set -euo pipefail
root=${1:-$(cd "$(dirname "$0")/../.." && pwd)}
conf=$root/tests/conformance
fail=0
# A program is NAME.go, or a directory program NAME/go.mod (run like `go run .`).
programs() {
  find -L "$conf/$1" -maxdepth 1 -name '*.go' -printf '%f\n' | sed 's/\.go$//'
  find -L "$conf/$1" -mindepth 2 -maxdepth 2 -name go.mod -printf '%h\n' | sed 's#.*/##'
}
count() { programs "$1" | wc -l; }
# check FILE DESCRIPTION STATED ACTUAL
check() {
  if [ "$3" = "$4" ]; then
    echo "ok   $1: $2 = $4"
  else
    echo "FAIL $1: $2 says '${3:-nothing}', the corpus has $4"; fail=1
  fi
}
# stated FILE PERL-REGEX: the first number captured by the regex in FILE
stated() { grep -oP "$2" "$1" | head -1 | grep -oP '[0-9]+' | head -1 || true; }

lang=$(count lang); sched=$(count sched); escape=$(count escape)
check README.md "language programs" "$(stated "$root/README.md" 'all [0-9]+ language programs')" "$lang"
check README.md "scheduling programs" "$(stated "$root/README.md" 'all [0-9]+ scheduling programs')" "$sched"
for d in lang sched tutorial; do
  n=$(count $d)
  check tests/conformance/README.md "\`$d/\` list entry" "$(stated "$conf/README.md" "^- \`$d/\` \\([0-9]+ programs\\)")" "$n"
  check tests/conformance/README.md "### $d/ heading" "$(stated "$conf/README.md" "^### $d/ \\([0-9]+ programs\\)")" "$n"
  # One table row per program under the heading, and every program has its row.
  rows=$(awk -v h="### $d/" 'index($0, h) == 1 {s = 1; next} /^##/ {s = 0} s && /^\| `/' "$conf/README.md" |
         cut -d'`' -f2 | sort)
  check tests/conformance/README.md "$d/ table rows" "$(printf '%s\n' "$rows" | grep -c . || true)" "$n"
  missing=$(comm -23 <(programs "$d" | sort) \
                     <(printf '%s\n' "$rows"))
  for p in $missing; do echo "FAIL tests/conformance/README.md: no table row for $d/$p"; fail=1; done
done
check docs/escape.md "escape programs" "$(stated "$root/docs/escape.md" 'escape/\*\.go` \([0-9]+ programs')" "$escape"
exit $fail
