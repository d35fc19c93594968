// The GC cycle in running programs (sim/rt/gc.cpp driving sim/heap/mgc*.cpp): cycles start at
// the pacer's trigger, unreachable objects are freed, runtime.GC() completes a cycle, gctrace
// prints Go's line, the checker finds what a missing write barrier loses.
#include <doctest/doctest.h>

#include <map>
#include <regex>
#include <string>

#include "sim/run/build.h"
#include "sim/run/runner.h"
#include "sim/scenario/scenario.h"

using namespace gosim;

namespace {

struct GcRan {
  std::string output;
  int exit_code = -1;
  std::string hash;
  std::map<EventKind, int64_t> kinds;
};

GcRan run_gc(const std::string& src, Config cfg) {
  Scenario s;
  s.id = "gc";
  s.source_name = "gc.go";
  s.source = src;
  s.config = cfg;
  Build b = build_program(s);
  REQUIRE_MESSAGE(b.errors.empty(), (b.errors.empty() ? "" : b.errors[0].str()));
  Machine mc(*b.program, s.config);
  mc.start(b.main_entry);
  GcRan out;
  const RunReport r = run_to_end(mc, [&](const Machine&, const Event& e) { ++out.kinds[e.kind]; }, true);
  out.output = mc.model().output;
  out.exit_code = r.exit_code;
  out.hash = r.trace_hash;
  return out;
}

Config gc_config(int32_t gogc) {
  Config c;
  c.gomaxprocs = 1;
  c.gogc = gogc;
  c.check_gc = true;
  return c;
}

// 200k 48-byte objects (9.6 MB), one in ten kept.
const char* kChurn = R"(package main

import (
	"fmt"
	"runtime"
)

type node struct {
	next *node
	a, b int
	name string
}

var keep []*node

func main() {
	var last *node
	for i := 0; i < 200000; i++ {
		n := &node{next: last, a: i}
		if i%10 == 0 {
			keep = append(keep, n)
		}
		last = n
		if i%10 == 9 {
			last = nil
		}
	}
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	fmt.Println("gc", ms.NumGC > 0, ms.NextGC > 0)
	runtime.GC()
	runtime.ReadMemStats(&ms)
	fmt.Println("live", ms.HeapAlloc < 3<<20, len(keep), keep[19999].a)
}
)";

}  // namespace

TEST_CASE("gc: cycles start at the trigger, free garbage, and runtime.GC sweeps it all") {
  const GcRan r = run_gc(kChurn, gc_config(100));
  CHECK(r.exit_code == 0);
  CHECK(r.output == "gc true true\nlive true 20000 199990\n");
  CHECK(r.kinds.at(EventKind::kGcPhase) > 0);
  CHECK(r.kinds.at(EventKind::kStopTheWorld) > 0);
  CHECK(r.kinds.at(EventKind::kGcMarkRoot) > 0);
  CHECK(r.kinds.at(EventKind::kGcScanObject) > 0);
  CHECK(r.kinds.at(EventKind::kSweepSpan) > 0);
  // Same scenario and seed, same run.
  CHECK(run_gc(kChurn, gc_config(100)).hash == r.hash);
}

TEST_CASE("gc: GOGC=off never starts a cycle by itself; runtime.GC() still runs one") {
  const GcRan r = run_gc(kChurn, gc_config(-1));
  CHECK(r.exit_code == 0);
  CHECK(r.output == "gc false true\nlive true 20000 199990\n");
}

TEST_CASE("gc: --gctrace prints Go 1.19's gctrace=1 line per cycle on stderr") {
  Config c = gc_config(100);
  c.gctrace = true;
  const GcRan r = run_gc(kChurn, c);
  const std::regex line(R"(gc (\d+) @\d+\.\d{3}s \d+%: [0-9.]+\+[0-9.]+\+[0-9.]+ ms clock, [0-9.]+\+[0-9.]+/[0-9.]+/[0-9.]+\+[0-9.]+ ms cpu, \d+->\d+->\d+ MB, \d+ MB goal, \d+ MB stacks, \d+ MB globals, 1 P( \(forced\))?)");
  int lines = 0;
  bool forced = false;
  size_t pos = 0;
  while (pos < r.output.size()) {
    const size_t nl = r.output.find('\n', pos);
    const std::string l = r.output.substr(pos, nl - pos);
    pos = nl + 1;
    if (l.rfind("gc ", 0) != 0 || l.rfind("gc true", 0) == 0) continue;
    CHECK_MESSAGE(std::regex_match(l, line), l);
    ++lines;
    forced = forced || l.find("(forced)") != std::string::npos;
  }
  CHECK(lines >= 2);
  CHECK(forced);  // runtime.GC()'s cycle
}

TEST_CASE("gc: assists kick in when a goroutine allocates faster than the workers mark") {
  const GcRan r = run_gc(kChurn, gc_config(50));
  CHECK(r.exit_code == 0);
  CHECK(r.kinds.count(EventKind::kGcAssist) == 1);
}

// A pointer moved between two heap objects over and over while the collector marks: each store
// into a heap object goes through the hybrid barrier (an event naming old and new values), and
// the checker finds nothing reachable left white at any mark termination.
const char* kMover = R"(package main

import "fmt"

type obj struct {
	p    *obj
	next *obj
	v    int
}

var list *obj
var early *obj

func main() {
	early = &obj{}
	for i := 0; i < 40000; i++ {
		list = &obj{next: list}
	}
	list = &obj{next: list, p: &obj{p: &obj{v: 42}}}
	var junk *obj
	for i := 0; i < 100000; i++ {
		h := list.p
		x := h.p
		early.p = x
		h.p = nil
		x = nil
		junk = &obj{v: i}
		x = early.p
		h.p = x
		early.p = nil
		x = nil
		junk = &obj{v: i}
	}
	_ = junk
	fmt.Println(list.p.p.v)
}
)";

TEST_CASE("gc: the hybrid write barrier sees pointer stores into the heap while marking") {
  const GcRan r = run_gc(kMover, gc_config(100));
  CHECK(r.exit_code == 0);
  CHECK(r.output == "42\n");
  CHECK(r.kinds.count(EventKind::kGcWriteBarrier) == 1);
  CHECK(r.kinds.at(EventKind::kGcWriteBarrier) > 100);
  Config off = gc_config(100);
  off.whatif.gc_barrier = 1;  // no barrier: no barrier events at all
  const GcRan r2 = run_gc(kMover, off);
  CHECK(r2.kinds.count(EventKind::kGcWriteBarrier) == 0);
}

TEST_CASE("gc: with no concurrent mark (what-if) the whole mark is one pause") {
  Config c = gc_config(100);
  c.whatif.gc_stw = true;
  c.gctrace = true;
  const GcRan r = run_gc(kChurn, c);
  CHECK(r.exit_code == 0);
  CHECK(r.output.find("live true 20000 199990\n") != std::string::npos);
  CHECK(r.kinds.count(EventKind::kGcAssist) == 0);  // nothing is left for assists to do
}

// Eight goroutines allocating at once, their results sent over a channel. Goroutines that have
// not started yet hold their go statement's record (once a hole: the checker found it freed).
// Real Go 1.19 prints 99800000.
const char* kParallel = R"(package main

import (
	"fmt"
	"sync"
)

type node struct {
	next *node
	v    int
	s    string
}

func work(id int, out chan<- *node, wg *sync.WaitGroup) {
	defer wg.Done()
	var keep *node
	for i := 0; i < 50000; i++ {
		n := &node{v: i, s: fmt.Sprint(i)}
		if i%100 == 0 {
			n.next = keep
			keep = n
		}
	}
	out <- keep
}

func main() {
	out := make(chan *node, 8)
	var wg sync.WaitGroup
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go work(i, out, &wg)
	}
	wg.Wait()
	close(out)
	total := 0
	for k := range out {
		for ; k != nil; k = k.next {
			total += k.v
			if k.s != fmt.Sprint(k.v) {
				panic("corrupted string")
			}
		}
	}
	fmt.Println(total)
}
)";

TEST_CASE("gc: goroutines allocating in parallel on 1 and 4 Ps keep everything reachable") {
  for (int32_t procs : {1, 4}) {
    Config c = gc_config(100);
    c.gomaxprocs = procs;
    const GcRan r = run_gc(kParallel, c);
    CHECK_MESSAGE(r.output == "99800000\n", r.output.substr(0, 300));
    CHECK(r.exit_code == 0);
    CHECK(r.kinds.at(EventKind::kGcPhase) > 0);
  }
}

// The what-if that teaches why the barrier exists: an object moved between two heap objects
// while the collector marks. With Go's hybrid barrier it survives (real Go 1.19 prints 42); with
// the barrier off the checker catches the object the collector would free, and says whose write
// hid it.
const char* kLost = R"(package main

import "fmt"

type obj struct {
	p    *obj
	next *obj
	v    int
}

var list *obj  // a long list; the holder hangs off its head and is scanned last
var early *obj // scanned first

// The object with v=42 moves between the holder and early inside these calls only, so no
// stack frame keeps a pointer to it when the program allocates (and the collector may run).
func toEarly() {
	early.p = list.p.p
	list.p.p = nil
}

func toHolder() {
	list.p.p = early.p
	early.p = nil
}

func setup() {
	early = &obj{}
	for i := 0; i < 40000; i++ {
		list = &obj{next: list}
	}
	list = &obj{next: list, p: &obj{p: &obj{v: 42}}}
}

func main() {
	setup()
	var junk *obj
	for i := 0; i < 200000; i++ {
		toEarly()
		junk = &obj{v: i}
		if i%3 == 0 {
			junk = &obj{v: i}
		}
		toHolder()
		junk = &obj{v: i}
	}
	_ = junk
	fmt.Println(list.p.p.v)
}
)";

TEST_CASE("gc: with the write barrier off the checker catches the lost object") {
  // Whether a worker turn falls between the two moves depends on the pacing (GOGC) and on
  // where the program yields; at GOGC=50 one does, with or without call events.
  Config on = gc_config(50);
  const GcRan ok = run_gc(kLost, on);
  CHECK(ok.exit_code == 0);
  CHECK(ok.output == "42\n");
  Config off = on;
  off.whatif.gc_barrier = 1;
  const GcRan lost = run_gc(kLost, off);
  CHECK(lost.exit_code == 2);
  CHECK(lost.output.find("fatal error: gosim GC invariant: object 0x") != std::string::npos);
  CHECK(lost.output.find("is reachable but still white when marking ends") != std::string::npos);
  CHECK(lost.output.find("Goroutine 1 overwrote a pointer to it in object 0x") != std::string::npos);
}

// The two lessons as shipped: scenarios/write_barrier must show the barrier shading C, and
// scenarios/write_barrier_off (same program, barrier off) must end with the checker's sentence.
// Their move() is timed against the workers' turns (spin(N)), so a change to costs or to where
// programs yield shows up here rather than as a lesson that silently stops teaching.
static GcRan run_scenario_file(const std::string& rel) {
  ScenarioLoad load = load_scenario(std::string(GOSIM_SOURCE_DIR) + "/" + rel);
  REQUIRE(load.scenario.has_value());
  const Scenario& s = *load.scenario;
  Build b = build_program(s);
  REQUIRE(b.errors.empty());
  Machine mc(*b.program, s.config);
  mc.start(b.main_entry);
  GcRan out;
  bool wrote = false;
  const RunReport r = run_to_end(mc, [&](const Machine&, const Event& e) {
    if (e.kind == EventKind::kGcWriteBarrier && e.c > 0) ++out.kinds[e.kind];
    // Marking ends before the program prints (gc_phase mark -> mark termination, args from/to).
    if (e.kind == EventKind::kGcPhase && e.a == 2 && e.b == 3 && !wrote) ++out.kinds[e.kind];
    wrote = wrote || e.kind == EventKind::kWrite;
  }, false);
  out.output = mc.model().output;
  out.exit_code = r.exit_code;
  return out;
}

TEST_CASE("gc: the write_barrier lessons show the barrier saving C, and its loss without it") {
  const GcRan saved = run_scenario_file("scenarios/write_barrier/write_barrier.json");
  CHECK(saved.exit_code == 0);
  CHECK(saved.output == "C still holds 42 true\n");  // real Go 1.19 prints the same line
  CHECK(saved.kinds.count(EventKind::kGcWriteBarrier) == 1);  // a barrier event that shaded something
  // With Go's start-up heap the first turn marks some 70 more objects: the cycle must still end
  // (at the second Gosched) before the program prints, or the barrier saved nothing.
  CHECK(saved.kinds.count(EventKind::kGcPhase) == 1);
  const GcRan lost = run_scenario_file("scenarios/write_barrier_off/write_barrier_off.json");
  CHECK(lost.exit_code == 2);
  CHECK(lost.kinds.count(EventKind::kGcPhase) == 1);
  CHECK(lost.output.find("is reachable but still white when marking ends") != std::string::npos);
  CHECK(lost.output.find("Goroutine 1 overwrote a pointer to it in object 0x") != std::string::npos);
}
