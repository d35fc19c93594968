#!/usr/bin/env python3
"""`gosim run --perfetto` structure test (issue 16): for every shipped scenario (with its own
config and with 4 Ps), the Chrome trace-event JSON parses and has what a viewer needs and what
gosim's own event stream (--trace-jsonl of the same run) says it must have:
  - process names Ps / Ms / runtime, a thread per P and per M that ran a goroutine;
  - one goroutine slice per stretch a goroutine ran (go_start, or a system call returning on a P),
    never overlapping another on the same P;
  - one GC slice per phase left; heap and goroutine counters;
  - flow arrows in pairs (s then f, same id, "bp":"e"): one per steal, at most one per goready.
usage: perfetto_check.py GOSIM SCENARIO_DIR"""
import glob
import json
import os
import subprocess
import sys
import tempfile

gosim, scen = sys.argv[1], sys.argv[2]
failures = []


def fail(name, msg):
    failures.append(f"FAIL {name}: {msg}")


def check(name, path, jsonl):
    with open(path) as f:
        doc = json.load(f)
    evs = [json.loads(line) for line in open(jsonl)]
    if doc.get("displayTimeUnit") != "ns":
        fail(name, "displayTimeUnit is not ns")
    te = doc["traceEvents"]
    meta = [e for e in te if e["ph"] == "M"]
    procs = {e["pid"]: e["args"]["name"] for e in meta if e["name"] == "process_name"}
    if procs != {1: "Ps", 2: "Ms", 3: "runtime"}:
        fail(name, f"process names {procs}")
    threads = {(e["pid"], e["tid"]): e["args"]["name"] for e in meta if e["name"] == "thread_name"}
    starts = [e for e in evs if e["kind"] == "go_start"]
    for e in starts:
        if threads.get((1, e["p"])) != f"P{e['p']}":
            fail(name, f"no track for P{e['p']}")
        if threads.get((2, e["m"])) != f"M{e['m']}":
            fail(name, f"no track for M{e['m']}")
    gslices = [e for e in te if e["ph"] == "X" and e["pid"] == 1 and e["name"].startswith("G")]
    want = len(starts) + sum(1 for e in evs if e["kind"] == "syscall_exit" and e["p"] >= 0)
    if len(gslices) != want:
        fail(name, f"{len(gslices)} goroutine slices on the P tracks, gosim ran {want} stretches")
    for e in gslices:
        goid = int(e["name"].split()[0][1:])
        if e["args"]["goid"] != goid or len(e["name"].split()) < 2:
            fail(name, f"slice {e['name']} does not name its goroutine and function")
    by_p = {}
    for e in gslices:
        by_p.setdefault(e["tid"], []).append((round(e["ts"] * 1000), round(e["dur"] * 1000)))
    for p, sl in by_p.items():
        sl.sort()
        for (t0, d0), (t1, _) in zip(sl, sl[1:]):
            if t0 + d0 > t1:
                fail(name, f"P{p}: slices overlap at {t1} ns")
    phases = [e for e in evs if e["kind"] == "gc_phase"]
    gc = [e for e in te if e["ph"] == "X" and e["pid"] == 3]
    want_gc = sum(1 for e in phases if e["args"]["from"] != 0) + (1 if phases and phases[-1]["args"]["to"] != 0 else 0)
    if len(gc) != want_gc:
        fail(name, f"{len(gc)} GC phase slices, gosim's events left {want_gc} phases")
    counters = {e["name"] for e in te if e["ph"] == "C"}
    if counters != {"heap", "goroutines"}:
        fail(name, f"counters {sorted(counters)}")
    flows = {}
    for e in te:
        if e["ph"] in "sf":
            if e.get("bp") != "e":
                fail(name, "a flow event without bp:e")
            flows.setdefault(e["id"], []).append(e)
    for fid, pair in flows.items():
        if [e["ph"] for e in pair] != ["s", "f"] or pair[0]["ts"] > pair[1]["ts"]:
            fail(name, f"flow {fid} is not one s then one f")
    steals = sum(1 for e in evs if e["kind"] == "steal")
    if sum(1 for p in flows.values() if p[0]["name"] == "steal") != steals:
        fail(name, f"steal arrows differ from the {steals} steals")
    wakes = sum(1 for p in flows.values() if p[0]["name"] == "wakeup")
    if wakes > sum(1 for e in evs if e["kind"] == "go_ready"):
        fail(name, "more wake-up arrows than goready events")
    return len(gslices), len(flows)


with tempfile.TemporaryDirectory() as tmp:
    n = 0
    for procs in ([], ["--GOMAXPROCS", "4"]):
        for s in sorted(glob.glob(os.path.join(scen, "*", "*.json"))):
            name = os.path.basename(os.path.dirname(s)) + ("@4" if procs else "")
            out, jl = os.path.join(tmp, name + ".json"), os.path.join(tmp, name + ".jsonl")
            subprocess.run([gosim, "run", s, *procs, "--perfetto", out, "--trace-jsonl", jl],
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            try:
                slices, flows = check(name, out, jl)
                print(f"{name}: {slices} goroutine slices, {flows} flows")
            except (OSError, ValueError, KeyError) as err:
                fail(name, f"unreadable: {err}")
            n += 1
for f in failures:
    print(f)
if not failures:
    print(f"perfetto json: {n} runs have the expected tracks, slices, counters and flows")
sys.exit(1 if failures else 0)
