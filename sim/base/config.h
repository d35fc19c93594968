// Run configuration: what a scenario (or the CLI) sets for one simulated run.
//
// Lives in base/ because the scenario loader fills it and the runtime model reads it, and
// neither should depend on the other.
#pragma once

#include <cstdint>
#include <string>
#include <vector>
#include <utility>

namespace gosim {

// Runaway programs stop at a limit that names itself. Defaults are generous enough for any
// lesson and small enough that an endless loop ends within about a minute of host time. A busy
// loop is caught by max_cpu_time (virtual time goroutine code ran, over all Ps), not by the
// virtual clock: a program that sleeps for minutes costs almost nothing to simulate, a loop that
// computes costs host time for every virtual nanosecond. Measured on the 2-core CI VM (loaded):
// a virtual second of `for {}` takes ~3 s, of an allocating loop ~12 s, of a loop calling a
// function with --no-call-events ~12 s; with call events a loop of calls reaches 200M events in
// ~30 s. Raise them with --max-cpu-ms / --max-time-ms / --max-events, or in config.limits.
struct Limits {
  int64_t max_events = 200'000'000;
  int64_t max_goroutines = 1'000'000;
  int64_t max_virtual_time_ns = 3'600'000'000'000;  // one virtual hour of the clock
  int64_t max_cpu_time_ns = 5'000'000'000;        // five virtual seconds of running code
  int64_t max_stack_bytes = 1'000'000'000;          // Go's maxstacksize on 64-bit
  int64_t max_heap_bytes = 4'000'000'000;
};

// Virtual nanoseconds charged for work. The numbers are rough costs of a 2020s x86 core,
// chosen so that relative timings in lessons look like real traces, not measured promises.
struct CostModel {
  int64_t instr_ns = 1;        // one IR instruction
  int64_t call_ns = 2;         // call + return overhead beyond the instructions
  int64_t newproc_ns = 250;    // `go` statement: newproc + runqput
  int64_t schedule_ns = 100;   // schedule + execute, a context switch between Gs
  int64_t park_ns = 100;       // gopark bookkeeping
  int64_t ready_ns = 50;       // goready
  int64_t wakep_ns = 5000;     // waking an idle M to run a P (futex wake + thread start-up)
  int64_t syscall_ns = 1000;   // a blocking system call's own duration floor
  int64_t write_ns = 1000;     // a write(2) of program output
  int64_t file_ns = 1000;      // part vfs2: a system call on the virtual file tree (page cache)
  int64_t sync_ns = 20;        // an uncontended sync operation (a CAS or two)
  int64_t spin_ns = 1000;      // one active spin of sync.Mutex (procyield(30): 30 PAUSEs)
  int64_t net_ns = 30000;      // one-way loopback latency: a write is readable at the peer this much later
};

// What-if switches: changes to the runtime's rules that show what a design choice buys. Each
// says what it teaches; with all of them off the model is Go 1.19.
struct WhatIf {
  // A go statement or a wake-up puts the G at the tail of the local queue instead of runnext:
  // shows why runnext exists (a woken goroutine no longer runs next, so ping-pong pairs and
  // producer/consumer hand-offs wait behind everything else).
  bool no_runnext = false;
  // Idle Ps never steal: shows an idle P next to a P with a long queue.
  bool no_steal = false;
  // GODEBUG=asyncpreemptoff=1 (a real Go setting): goroutines are preempted only at function
  // calls, as before Go 1.14, so a tight loop without calls starves everyone else on its P.
  bool no_async_preempt = false;
  // sysmon sleeps this long between turns instead of backing off from 20µs to 10ms (0: Go's rule).
  int64_t sysmon_period_us = 0;
  // The collector's write barrier (sim/heap/mbarrier.cpp): 0 Go's hybrid barrier (1.8+), 1 none
  // (the invariant checker catches the object the collector loses), 2 insertion only
  // (Dijkstra: shade the new pointer), 3 deletion only (Yuasa: shade the overwritten pointer).
  int32_t gc_barrier = 0;
  // No concurrent mark: the whole mark phase runs inside the first stop-the-world pause (the
  // collector before Go 1.5); pauses grow with the heap.
  bool gc_stw = false;
};

struct Config {
  int32_t gomaxprocs = 4;  // like a 4-core machine; conformance runs use 1
  int32_t gogc = 100;      // -1 means off
  int64_t gomemlimit = INT64_MAX;  // GOMEMLIMIT in bytes (Go 1.19's soft memory limit; max: off)
  bool gctrace = false;    // GODEBUG=gctrace=1: one line per GC cycle on stderr
  bool check_gc = false;   // check the collector's invariants at every GC step (tests)
  // --check-events: after every event, check that the state shows what the event says
  // (sim/rt/check_events.h); a mismatch stops the run as a gosim internal error.
  bool check_events = false;
  // A call and a return event for every call of the program's functions (the stack panel's
  // steps). Off, a run emits only the runtime's events (--no-call-events: long computations).
  bool call_events = true;
  // part startup18: allocate what Go 1.19 allocates before main.main (sim/rt/startup.h), so
  // absolute MemStats are Go's. false: the heap starts with the goroutines' objects only (the
  // lessons recorded before part startup18 pin addresses and counts of that heap).
  bool startup_heap = true;
  uint64_t seed = 1;
  Limits limits;
  CostModel cost;
  WhatIf whatif;
  // GODEBUG=schedtrace=X,scheddetail=1: sysmon prints SCHED lines every X ms (0: off).
  int32_t schedtrace_ms = 0;
  bool scheddetail = false;
  // The process environment (scenario "env"), "KEY=value" in the scenario's order; a plain
  // .go file runs with an empty one (os.Getenv returns "").
  std::vector<std::string> env;
  // What the program's stdin holds (scenario "stdin", `gosim run --stdin FILE`): os.Stdin.Read
  // returns these bytes, read(2) by read(2), then io.EOF. Part of the run's inputs, like env.
  std::string stdin_data;
  // part vfs2: the program's files (scenario "files", `gosim run --files DIR`): path relative to
  // the working directory -> contents; a path ending in '/' is an empty directory. The model's
  // virtual file tree starts with them (sim/rt/vfs.h); the host's files are never read by the run.
  std::vector<std::pair<std::string, std::string>> files;
};

}  // namespace gosim
