#!/usr/bin/env bash
# Runs every GC conformance program with the real Go 1.19 toolchain under GOGC=50, 100, 200
# and off (GOMAXPROCS=1) and saves what it prints as NAME.gogcX.expected. Run it again after
# changing a program; gosim's output never goes into these files.
set -euo pipefail
cd "$(dirname "$0")"
command -v go >/dev/null || { echo "go is not installed" >&2; exit 1; }
go version | grep -q 'go1\.19' || { echo "need Go 1.19, have $(go version)" >&2; exit 1; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for src in *.go; do
  n=${src%.go}
  GO111MODULE=off go build -o "$tmp/$n" "$src"
  for g in 50 100 200 off; do
    GOGC=$g GOMAXPROCS=1 "$tmp/$n" >"$n.gogc$g.expected"
  done
done
