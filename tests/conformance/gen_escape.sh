#!/usr/bin/env bash
# Regenerates the expected escape-analysis output of the escape corpus from the real Go
# toolchain: for every escape/NAME.go, `go build -gcflags='-m -l' NAME.go` run in a
# scratch copy of the folder (so the file prints as ./NAME.go, as a user would see it),
# stderr saved as escape/NAME.escape. Needs Go 1.19 (`go version` is checked).
#
#   gen_escape.sh [NAME.go ...]     # default: every .go file in escape/
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
dir=$here/escape
go version | grep -q 'go1\.19' || { echo "gen_escape.sh: needs Go 1.19, have: $(go version)" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export GO111MODULE=off GOFLAGS= GOCACHE="$work/cache"
files=("$@")
[ ${#files[@]} -gt 0 ] || files=("$dir"/*.go)
for src in "${files[@]}"; do
  n=$(basename "$src" .go)
  rm -rf "$work/src" && mkdir -p "$work/src"
  cp "$dir/$n.go" "$work/src/$n.go"
  if ! (cd "$work/src" && go build -gcflags='-m -l' -o /dev/null "$n.go" 2>"$work/out"); then
    echo "gen_escape.sh: $n.go does not build:" >&2
    cat "$work/out" >&2
    exit 1
  fi
  cp "$work/out" "$dir/$n.escape"
  echo "$n: $(($(wc -l <"$dir/$n.escape") - 1)) decisions"
done
