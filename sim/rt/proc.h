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
enum class RunSource : int32_t { kRunnext = 0, kLocal = 1, kGlobal = 2, kStolen = 3, kNetpoll = 4 };

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
// Go: stealWork — 4 passes over all Ps in a random order; on the last pass also run other
// Ps' due timers and allow taking runnext.
Found stealWork(Model& md, int32_t pid, int32_t mid, const CostModel& cost);

// --- G lifecycle ---------------------------------------------------------------------------
// Go: newproc1 — a new (or recycled) G with the next goid from P pid's cache, runnable but in
// no queue yet (newproc queues it; the GC's mark workers park at once). Returns its index.
GIdx newproc1(Model& md, int32_t pid, GIdx parent, int32_t entry, int64_t arg, bool system);
// Go: newproc/newproc1 — a new (or recycled) G, put in pp's runnext. Returns its index.
// `system` marks the runtime's own goroutines (hidden from NumGoroutine and dumps).
GIdx newproc(Model& md, int32_t pid, GIdx parent, int32_t entry, int64_t arg, bool system = false);
// Go: execute — gp runs on pp's M; schedtick advances unless the G inherits the slice.
void execute(Model& md, int32_t pid, const Found& f);
// Go: gopark — the running G blocks with a reason; its P must schedule something else.
void gopark(Model& md, int32_t pid, WaitReason reason);
// Go: goready/ready — a waiting G becomes runnable in the readying P's runnext.
void goready(Model& md, int32_t pid, GIdx gp, const CostModel& cost);
// Go: goschedImpl — the running G goes to the tail of the global queue (Gosched, or a
// preemption: gopreempt_m).
void goschedImpl(Model& md, int32_t pid, bool preempted = false);
// Go: goyield_m — the running G goes to the tail of its P's local queue (a semaphore handoff
// lets the woken waiter, now in runnext, run on the rest of this time slice).
void goyield(Model& md, int32_t pid);
// Go: goexit0 — the running G is dead; keep it for reuse (gfput).
void goexit0(Model& md, int32_t pid);

// --- Ps and Ms -----------------------------------------------------------------------------
// Go: startm — give P `pid` (or, if pid < 0, an idle P) an M (an idle one or a new thread)
// and let it look for work after the thread's wake-up cost. Returns the P, or -1 if none.
int32_t startm(Model& md, int32_t pid, bool spinning, int32_t waker_pid, const CostModel& cost);
// Go: handoffp — a P whose M is stuck (a syscall) goes to another M if there is work for it,
// else to the idle list.
void handoffp(Model& md, int32_t pid, const CostModel& cost);
// Go: wakep — if a P is idle and nobody is spinning, start an M spinning on it.
void wakep(Model& md, int32_t waker_pid, const CostModel& cost);
// Go: findRunnable (the part gosim models so far); kNoG when the P should go idle.
Found findRunnable(Model& md, int32_t pid, const CostModel& cost);
// Go: releasep + pidleput + stopm — the P goes idle and its M sleeps.
void park_p(Model& md, int32_t pid);
// Go: resetspinning — an M found work: it stops spinning and, Go's rule, wakes another.
void resetspinning(Model& md, int32_t pid, const CostModel& cost);

// Go: proc.go checkdead — called when an M goes idle: true when no M is running or in a
// system call, no goroutine can run and no timer is pending: nothing will ever happen again.
bool checkdead(const Model& md);

// goid of a G index, 0 for kNoG (events carry goids, not indices).
int64_t goid_of(const Model& md, GIdx g);
// The G with this goid (a linear search over allg: for checkers and viewers, not the hot path);
// kNoG when none has it.
GIdx find_g(const Model& md, int64_t goid);

}  // namespace gosim
