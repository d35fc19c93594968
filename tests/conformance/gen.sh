#!/usr/bin/env bash
# gen.sh — expected outputs for the gosim conformance corpus, produced by the real Go toolchain.
#
#   gen.sh DIR [NAME...]                 build and run DIR/*.go (or only the NAMEs), write
#                                        NAME.stdout NAME.stderr NAME.exit NAME.stderr.norm
#   gen.sh DIR --check [NAME...]         write nothing; exit 1 listing every program whose expected
#                                        files are missing or differ from a fresh run
#   gen.sh DIR --stability[=N] [NAME...] write nothing; run each binary N times (default 10) and exit 1
#                                        listing every program whose stdout, exit or normalised
#                                        stderr is not the same in every run
#   gen.sh --normalize < stderr          print the normalised form of a Go stderr (the rule in README.md)
#
# Each program is built with `go build -trimpath` (so the expected files do not depend on where the
# repository or GOROOT live) and run with GOMAXPROCS=1, GODEBUG= (empty), GOTRACEBACK unset, stdin
# from an empty file (or from NAME.stdin when the program has one: gosim gets the same bytes
# through `--stdin NAME.stdin`, run_gosim.sh), in a fresh copy of NAME.files/ when the program has
# one (gosim: `--files NAME.files`; files 0644, directories 0755, umask 022 as in gosim), with
# only NAME.env's variables when it has one (gosim: `--env`), and a 10 s timeout. A program that fails to build or times out is an error.
# The contract is NAME.stdout, NAME.exit and NAME.stderr.norm (compared byte for byte); NAME.stderr
# is the raw record of one run (its hex argument words vary with ASLR) and --check only verifies that
# it normalises to NAME.stderr.norm. A program with a NAME.range file (figures real Go varies
# between runs; README.md, alloc/) has its stdout compared as run_gosim.sh compares gosim's: each
# ranged number within its recorded range, the rest byte for byte (--check and --stability).
# If `go` is not installed the script says so and exits 77, which ctest reports as skipped
# (SKIP_RETURN_CODE). The corpus was recorded with go1.19.8; with another release the script
# skips the same way unless GOSIM_CONFORMANCE_ANY_GO=1.
set -u

timeout_s=10

# The normalisation rule (README.md, "Normalisation of stderr"). Idempotent: it can be applied to
# gosim's stderr as well as to Go's. Only lines inside goroutine blocks (from a `goroutine N [...]:`
# header to the next blank line) are rewritten, plus the pc= word of a `[signal ...]` line.
normalize() {
    awk '
    BEGIN { inblock = 0 }
    /^\[signal / { gsub(/pc=0x[0-9a-f]+/, "pc=..."); print; next }
    /^goroutine [0-9]+ \[.*\]:$/ { inblock = 1; print; next }
    /^$/ { inblock = 0; print; next }
    inblock && /^\t/ {
        # N1: drop the PC offset at the end of a location line.
        sub(/ \+0x[0-9a-f]+$/, "")
        # N2: a standard-library file keeps its path below GOROOT/src ("runtime/panic.go:884").
        if (match($0, /^\t\/.*\/src\/(runtime|sync|internal|fmt|os|time|errors|syscall|net|log)\//)) {
            s = substr($0, 2, RLENGTH - 1)
            sub(/^.*\/src\//, "", s)
            $0 = "\t" s substr($0, RLENGTH + 1)
        }
        # N3: a user file loses its directory ("/abs/dir/NAME.go:12", "./NAME.go:12" -> "NAME.go:12").
        if ($0 ~ /^\t(\.\/|\/)/) {
            sub(/^\t.*\//, "\t")
        }
        print; next
    }
    inblock && /^[^\t].*\([^()]*\)$/ && !/^created by / {
        # N4: the argument list, empty or not, becomes (...) (Go prints "(...)" for inlined
        # frames and "()" only for non-inlined functions without arguments).
        i = match($0, /\([^()]*\)$/)
        $0 = substr($0, 1, i - 1) "(...)"
        print; next
    }
    { print }
    '
}

if [ "${1:-}" = "--normalize" ]; then
    normalize
    exit 0
fi

usage() { echo "usage: gen.sh DIR [--check | --stability[=N]] [NAME...]" >&2; exit 2; }

# same_stdout RANGE EXPECTED ACTUAL: the two stdouts match; with a RANGE file (lines `WORD MIN MAX`,
# as run_gosim.sh reads them) the number after each WORD in ACTUAL lies in MIN..MAX and the rest
# matches byte for byte (a figure of real Go that varies between runs, e.g. with the hash seed).
same_stdout() {
    if [ ! -f "$1" ]; then cmp -s "$2" "$3"; return; fi
    local bad
    bad=$(awk 'NR==FNR { lo[$1]=$2; hi[$1]=$3; next }
               { for (i = 1; i < NF; i++) if ($i in lo) { v = $(i+1) + 0
                   if (v < lo[$i] || v > hi[$i]) printf "%s %s not in %s..%s; ", $i, $(i+1), lo[$i], hi[$i] } }' "$1" "$3")
    [ -z "$bad" ] || { echo "    range: $bad" >&2; return 1; }
    local blank='NR==FNR { r[$1]=1; next } { for (i = 1; i < NF; i++) if ($i in r) $(i+1) = "#" } 1'
    cmp -s <(awk "$blank" "$1" "$2") <(awk "$blank" "$1" "$3")
}
[ $# -ge 1 ] || usage
dir=$1; shift
[ -d "$dir" ] || { echo "gen.sh: no such directory: $dir" >&2; exit 2; }
dir=$(cd "$dir" && pwd)
mode=write
runs=1
names=()
for a in "$@"; do
    case $a in
        --check) mode=check ;;
        --stability) mode=stability; runs=10 ;;
        --stability=*) mode=stability; runs=${a#--stability=} ;;
        -*) usage ;;
        *) names+=("${a%.go}") ;;
    esac
done

if ! command -v go >/dev/null 2>&1; then
    echo "gen.sh: 'go' is not installed; skipping the conformance corpus in $dir"
    exit 77
fi
gover=$(go env GOVERSION 2>/dev/null || true)
case $gover in
    go1.19*) ;;
    *)
        if [ "${GOSIM_CONFORMANCE_ANY_GO:-}" != 1 ]; then
            echo "gen.sh: the corpus was recorded with go1.19.8, this is '$gover'; skipping (set GOSIM_CONFORMANCE_ANY_GO=1 to run anyway)"
            exit 77
        fi ;;
esac
[ "$gover" = go1.19.8 ] || echo "gen.sh: note: recorded with go1.19.8, running $gover" >&2

if [ ${#names[@]} -eq 0 ]; then
    for f in "$dir"/*.go; do
        [ -e "$f" ] || continue
        b=${f##*/}; names+=("${b%.go}")
    done
    # A directory program: NAME/go.mod plus package main's files (and local packages), built
    # like `go build .` inside it.
    for f in "$dir"/*/go.mod; do
        [ -e "$f" ] || continue
        b=${f%/go.mod}; names+=("${b##*/}")
    done
fi

work=$(mktemp -d "${TMPDIR:-/tmp}/gosim-conf.XXXXXX")
trap 'rm -rf "$work"' EXIT
export GOFLAGS= GOWORK=off GO111MODULE=auto CGO_ENABLED=0
# Standard input is an empty file of our own, not /dev/null: on some machines (CI's among them)
# /dev/null is a plain file that earlier commands have written into, and a program that reads
# stdin (io_stdin_eof) then read 11 bytes instead of io.EOF.
: >"$work/empty-stdin"

# run_one BIN OUTPREFIX [STDIN]: run once, write OUTPREFIX.{stdout,stderr,exit}
# With NAME.files/ (a folder), the program runs in a fresh copy of it (gosim gets the same tree
# through `--files NAME.files`, run_gosim.sh); with NAME.env (NAME=value lines), its environment
# is only those variables plus GOMAXPROCS and GODEBUG (gosim's: `--env NAME=value` for each).
run_one() {
    local cwd=$work opts=() envs=()
    if [ -n "${files_dir:-}" ]; then
        cwd=$work/cwd
        rm -rf "$cwd" && mkdir -p "$cwd" && cp -R "$files_dir/." "$cwd/"
        # gosim's --files gives every file 0644 and every directory 0755, whatever the checkout's
        # umask made them; Go's copy gets the same modes.
        find "$cwd" -type d -exec chmod 755 {} + && find "$cwd" -type f -exec chmod 644 {} +
    fi
    if [ -n "${env_file:-}" ]; then
        opts=(-i)
        while IFS= read -r kv; do [ -z "$kv" ] || envs+=("$kv"); done <"$env_file"
    fi
    # umask 022, the one gosim models (docs/go-subset.md): the modes of the files a program
    # creates would otherwise follow the shell's umask (002 under some CI runners).
    (umask 022 && cd "$cwd" && env "${opts[@]}" -u GOTRACEBACK GODEBUG= GOMAXPROCS=1 "${envs[@]}" \
        timeout "$timeout_s" "$1" <"${3:-$work/empty-stdin}" >"$2.stdout" 2>"$2.stderr")
    echo $? >"$2.exit"
}

failed=()
bad=0
for n in "${names[@]}"; do
    src=$dir/$n.go
    [ -f "$dir/$n/go.mod" ] && src=$dir/$n
    if [ ! -e "$src" ]; then echo "gen.sh: no such program: $src" >&2; bad=1; continue; fi
    bin=$work/$n.bin
    if [ -d "$src" ]; then
        build() { (cd "$src" && go build -trimpath -o "$bin" .); }
    else
        build() { (cd "$dir" && go build -trimpath -o "$bin" "$n.go"); }
    fi
    if ! build 2>"$work/$n.build"; then
        echo "gen.sh: $n: build failed:" >&2; cat "$work/$n.build" >&2
        bad=1; failed+=("$n"); continue
    fi
    out=$work/$n
    stdin_file=$work/empty-stdin
    [ -f "$dir/$n.stdin" ] && stdin_file=$dir/$n.stdin
    files_dir=; env_file=
    [ -d "$dir/$n.files" ] && files_dir=$dir/$n.files
    [ -f "$dir/$n.env" ] && env_file=$dir/$n.env
    run_one "$bin" "$out" "$stdin_file"
    if [ "$(cat "$out.exit")" = 124 ]; then
        echo "gen.sh: $n: timed out after ${timeout_s}s" >&2
        bad=1; failed+=("$n"); continue
    fi
    normalize <"$out.stderr" >"$out.stderr.norm"
    case $mode in
        write)
            # Keep an existing raw stderr when it normalises to the same text: its argument words
            # may differ from this run's (ASLR) without anything meaningful changing.
            if [ -f "$dir/$n.stderr" ] && normalize <"$dir/$n.stderr" | cmp -s - "$out.stderr.norm"; then
                cp "$dir/$n.stderr" "$out.stderr"
            fi
            for ext in stdout stderr exit stderr.norm; do cp "$out.$ext" "$dir/$n.$ext"; done
            ;;
        check)
            for ext in stdout exit stderr.norm stderr; do
                if [ ! -f "$dir/$n.$ext" ]; then
                    echo "MISSING $n.$ext"; failed+=("$n"); break
                elif [ $ext = stderr ]; then
                    # The raw stderr is a record of one run; it must normalise to the .norm file.
                    if ! normalize <"$dir/$n.stderr" | cmp -s - "$dir/$n.stderr.norm"; then
                        echo "STALE   $n.stderr (does not normalise to $n.stderr.norm)"; failed+=("$n")
                    fi
                elif [ $ext = stdout ] && ! same_stdout "$dir/$n.range" "$dir/$n.stdout" "$out.stdout"; then
                    echo "STALE   $n.stdout"; diff "$dir/$n.stdout" "$out.stdout" | head -20 | sed 's/^/    /'
                    failed+=("$n"); break
                elif [ $ext != stdout ] && ! cmp -s "$out.$ext" "$dir/$n.$ext"; then
                    echo "STALE   $n.$ext"; diff "$dir/$n.$ext" "$out.$ext" | head -20 | sed 's/^/    /'
                    failed+=("$n"); break
                fi
            done
            ;;
        stability)
            r=1
            rawvary=0
            while [ "$r" -lt "$runs" ]; do
                run_one "$bin" "$work/$n.again" "$stdin_file"
                normalize <"$work/$n.again.stderr" >"$work/$n.again.stderr.norm"
                if ! cmp -s "$out.stderr" "$work/$n.again.stderr"; then rawvary=1; fi
                for ext in stdout exit stderr.norm; do
                    if [ $ext = stdout ] && same_stdout "$dir/$n.range" "$out.stdout" "$work/$n.again.stdout"; then continue; fi
                    if ! cmp -s "$out.$ext" "$work/$n.again.$ext"; then
                        echo "UNSTABLE $n ($ext differs on run $((r + 1)) of $runs)"
                        diff "$out.$ext" "$work/$n.again.$ext" | head -10 | sed 's/^/    /'
                        failed+=("$n"); r=$runs; break
                    fi
                done
                r=$((r + 1))
            done
            [ $rawvary = 0 ] || echo "note: $n: raw stderr varies between runs (argument words); the normalised form does not"
            ;;
    esac
    rm -f "$bin"
done

if [ "$mode" = check ]; then
    # Expected files whose program is gone are stale too.
    for f in "$dir"/*.exit; do
        [ -e "$f" ] || continue
        b=${f##*/}; b=${b%.exit}
        [ -f "$dir/$b.go" ] || [ -f "$dir/$b/go.mod" ] || { echo "ORPHAN  $b.exit (no $b.go)"; failed+=("$b"); }
    done
fi

if [ ${#failed[@]} -gt 0 ]; then
    echo "gen.sh: $mode failed for ${#failed[@]} program(s) in $dir: ${failed[*]}"
    exit 1
fi
[ $bad -eq 0 ] || exit 1
case $mode in
    write) echo "gen.sh: wrote expected files for ${#names[@]} program(s) in $dir" ;;
    check) echo "gen.sh: ${#names[@]} program(s) in $dir match their expected files" ;;
    stability) echo "gen.sh: ${#names[@]} program(s) in $dir gave identical output in $runs runs" ;;
esac
exit 0
