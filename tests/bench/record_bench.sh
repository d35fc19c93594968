#!/usr/bin/env bash
# Recording speed (issue 16, "Benchmarks"): gosim-viz records the first SECONDS of a lesson's walk
# to MP4 (H.264) at 1280x720 and 1920x1080 under Xvfb with Mesa's software GL, RUNS times each,
# and prints the median frames a second of the recording loop (draw off screen, read back,
# convert, encode; the lesson's own loading is not counted). Target: >= 30 fps at 1280x720.
#
#   tests/bench/record_bench.sh [GOSIM_VIZ] [--runs N] [--seconds S] [--lesson DIR] [--format mp4|webm|gif]
set -uo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
viz="$root/build/bin/gosim-viz"
runs=3
seconds=10
lesson="$root/lessons/04-work-stealing"
format=mp4
while [ $# -gt 0 ]; do
  case "$1" in
    --runs) runs=$2; shift 2 ;;
    --seconds) seconds=$2; shift 2 ;;
    --lesson) lesson=$2; shift 2 ;;
    --format) format=$2; shift 2 ;;
    -h|--help) sed -n '2,8p' "$0"; exit 0 ;;
    *) viz=$(cd "$(dirname "$1")" && pwd)/$(basename "$1"); shift ;;
  esac
done
[ -x "$viz" ] || { echo "record_bench: no gosim-viz at $viz (build it first, or pass its path)" >&2; exit 1; }
command -v xvfb-run >/dev/null || { echo "record_bench: needs xvfb-run (apt-get install xvfb xauth)" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# The walk of the lesson, cut to SECONDS of video: hold step 1, then step through.
python3 - "$seconds" >"$work/walk.json" <<'PY'
import json, sys
s = int(sys.argv[1]) * 1000
steps, t = [], 0
while t < s:
    d = min(2000, s - t)
    steps += [{"wait_ms": d}, {"lesson_next": 1}]
    t += d
print(json.dumps(steps[:-1]))
PY
median() { sort -n | awk '{ a[NR] = $1 } END { if (NR == 0) print "-"; else if (NR % 2) print a[(NR + 1) / 2]; else printf "%.1f\n", (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }
echo "record_bench: $(basename "$lesson"), ${seconds} s of video at 30 fps, $format, median of $runs runs"
printf '%-10s %14s %10s\n' size "frames/s" "file MB"
for size in 1280x720 1920x1080; do
  : >"$work/fps"
  : >"$work/mb"
  for _ in $(seq "$runs"); do
    xvfb-run -a -s "-screen 0 1280x720x24" "$viz" "$lesson" --script "$work/walk.json" --record "$work/out.$format" \
      --size "$size" --fps 30 --lang en >"$work/log" 2>&1 || { echo "record_bench: gosim-viz failed:"; tail -5 "$work/log"; exit 1; }
    grep -o '[0-9.]* frames a second' "$work/log" | awk '{ print $1 }' >>"$work/fps"
    stat -c %s "$work/out.$format" | awk '{ printf "%.2f\n", $1 / 1048576 }' >>"$work/mb"
  done
  printf '%-10s %14s %10s\n' "$size" "$(median <"$work/fps")" "$(median <"$work/mb")"
done
