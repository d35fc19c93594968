#!/usr/bin/env bash
# gen.sh — the argument-area sizes the real Go 1.19 compiler gives each function of abi.go:
# the "args=" figure of `go build -gcflags='-S -l'` (ABIInternal on linux/amd64), one
# "FUNC ARGS" line per function in abi.args. tests/unit/stack/frames_test.cpp compares
# gosim's register-ABI layout (sim/ir/frames.cpp) with it.
#   gen.sh           rewrite abi.args
#   gen.sh --check   exit 1 if abi.args differs from a fresh compile
# Without Go 1.19 it exits 77, which ctest reports as skipped (SKIP_RETURN_CODE).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
command -v go >/dev/null || { echo "gen.sh: go not installed, skipping"; exit 77; }
case $(go version) in *go1.19*) ;; *) echo "gen.sh: not Go 1.19, skipping"; exit 77 ;; esac
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cp "$here/abi.go" "$tmp/main.go"
printf 'module abi\ngo 1.19\n' > "$tmp/go.mod"
(cd "$tmp" && GOFLAGS= GOWORK=off CGO_ENABLED=0 GOARCH=amd64 go build -gcflags='-S -l' -o /dev/null . 2> asm.txt)
grep -E '^main\.[^ ]+ STEXT' "$tmp/asm.txt" | grep -v '\.init' |
  sed -E 's/^(main\.[^ ]+) STEXT.* args=(0x[0-9a-f]+).*/\1 \2/' |
  while read -r f a; do echo "$f $((a))"; done | sort > "$tmp/abi.args"
if [ "${1:-}" = "--check" ]; then
  diff -u "$here/abi.args" "$tmp/abi.args"
else
  cp "$tmp/abi.args" "$here/abi.args"
fi
