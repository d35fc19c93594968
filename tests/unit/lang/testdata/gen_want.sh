#!/bin/bash
# Regenerates errors/NAME.want from what `go build` (Go 1.19) prints for errors/NAME.go.
# Files named gosim_*.go are gosim-specific (unsupported constructs, limits): their .want
# files are written by hand and left alone. go build prints paths as "./NAME.go"; gosim
# prints the path it was given, so the "./" is dropped.
set -euo pipefail
cd "$(dirname "$0")/errors"
if ! command -v go >/dev/null; then echo "go not installed; nothing regenerated"; exit 0; fi
case "$(go version)" in *go1.19*) ;; *) echo "need Go 1.19 ($(go version))"; exit 1;; esac
for f in *.go; do
  case "$f" in gosim_*) continue;; esac
  (GOFLAGS= GOWORK=off GO111MODULE=off go build -o /dev/null "$f" 2>&1 || true) \
    | { grep -v "^# command-line-arguments" || true; } | sed "s|\./$f|$f|g" > "${f%.go}.want"
done
