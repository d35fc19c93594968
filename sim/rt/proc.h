// The scheduler's queue and G-lifecycle functions — Go 1.19 runtime/proc.go, one function each.
//
// They are free functions over the plain-data Model so a test can set up a P by hand and check
// one rule at a time ("runqputslow moves 128 + the new G to the global queue"). Each emits the
// event a student would pause on. The Machine (machine.cpp) calls them in the order
// schedule()/findRunnable() do.
#pragma once

#include <cstdint>

#include "sim/base/config.h"
#include "sim/rt/runtime2.h"

namespace gosim {

// Where execute() found the G it runs (GoStart's `source` argument).
enum class RunSource : int32_t { kRunnext = 0, kLocal = 1, kGlobal = 2, kStolen = 3 };

struct Found {
  GIdx g = kNoG;
  bool inherit_time = false;  // came from runnext: keeps the current time slice
  RunSource source = RunSource::kLocal;
};

// --- local run queue -----------------------------------------------------------------------
uint32_t runqlen(const P& pp);
bool runqempty(const P& pp);  // also considers runnext
// Go: runqput — next=true puts gp in runnext and kicks the old runnext to the tail.
// Returns the goid of the G kicked out of runnext (0 if none).
int64_t runqput(Model& md, int32_t pid, GIdx gp, bool next);
// Go: runqputslow — the ring is full: move half of it plus gp to the global queue.
void runqputslow(Model& md, int32_t pid, GIdx gp);
// Go: runqget — runnext first (inheriting the time slice), then the ring's head.
Found runqget(Model& md, int32_t pid);

// --- global run queue ----------------------------------------------------------------------
void globrunqput(Model& md, GIdx gp);
// Go: globrunqget — take a fair share (size/GOMAXPROCS + 1, at most max if max > 0, at most
// half a local queue); run the first, put the rest on pp's local queue.
GIdx globrunqget(Model& md, int32_t pid, int32_t max, bool fairness);

// --- stealing ------------------------------------------------------------------------------
// Go: runqsteal/runqgrab — take the larger half of p2's ring (or its runnext, only when
// allowed); returns the G to run now (the last one grabbed) or kNoG.
GIdx runqsteal(Model& md, int32_t pid, int32_t victim, bool steal_runnext);
// Go: stealWork — 4 passes over all Ps in a random order; runnext only on the last pass.
GIdx stealWork(Model& md, int32_t pid, int32_t mid);

// --- G lifecycle ---------------------------------------------------------------------------
// Go: newproc/newproc1 — a new (or recycled) G, put in pp's runnext. Returns its index.
// `system` marks the runtime's own goroutines (hidden from NumGoroutine and dumps).
GIdx newproc(Model& md, int32_t pid, GIdx parent, int32_t entry, int64_t arg, bool system = false);
// Go: execute — gp runs on pp's M; schedtick advances unless the G inherits the slice.
void execute(Model& md, int32_t pid, const Found& f);
// Go: gopark — the running G blocks with a reason; its P must schedule something else.
void gopark(Model& md, int32_t pid, WaitReason reason);
// Go: goready/ready — a waiting G becomes runnable in the readying P's runnext.
void goready(Model& md, int32_t pid, GIdx gp, const CostModel& cost);
// Go: goschedImpl — the running G goes to the tail of the global queue.
void goschedImpl(Model& md, int32_t pid);
// Go: goexit0 — the running G is dead; keep it for reuse (gfput).
void goexit0(Model& md, int32_t pid);

// --- Ps and Ms -----------------------------------------------------------------------------
// Go: wakep — if a P is idle and nobody is spinning, start an M spinning on it.
void wakep(Model& md, int32_t waker_pid, const CostModel& cost);
// Go: findRunnable (the part gosim models so far); kNoG when the P should go idle.
Found findRunnable(Model& md, int32_t pid);
// Go: releasep + pidleput + stopm — the P goes idle and its M sleeps.
void park_p(Model& md, int32_t pid);
// Go: resetspinning — an M found work: it stops spinning and, Go's rule, wakes another.
void resetspinning(Model& md, int32_t pid, const CostModel& cost);

// goid of a G index, 0 for kNoG (events carry goids, not indices).
int64_t goid_of(const Model& md, GIdx g);

}  // namespace gosim
