// The garbage collector driven by the scheduler — Go 1.19 runtime/mgc.go gcStart, gcBgMarkWorker,
// gcMarkDone, gcMarkTermination, mgcmark.go gcAssistAlloc, mgcsweep.go bgsweep/deductSweepCredit,
// proc.go forcegchelper.
//
// sim/heap/mgc*.cpp holds the collector as functions over the heap (pacer, grey queue, sweep);
// this file decides *when* they run and what that costs on the virtual clock:
//   - after a G's code allocated (the kWork request that flushes its malloc events), the heap
//     trigger is tested (gcTrigger{gcTriggerHeap}.test) and a cycle may start;
//   - sweep termination and mark termination stop the world: every other running P's next step
//     moves later by the pause, the P that started it waits too;
//   - during mark, background mark work is charged to the Ps: for every stretch of mutator time
//     a P runs, the mark workers take a quarter of the P's time (Go's 25% utilization goal, as
//     dedicated + fractional workers) and drain roots and grey objects in that time;
//   - an allocating goroutine in debt (g.gcAssistBytes < 0) assists: it drains scan work itself;
//   - a P with nothing to run does idle mark work until the queue is empty;
//   - after mark termination, bgsweep (goroutine 3) is readied and sweeps a span per turn,
//     allocation sweeps in proportion (deductSweepCredit), runtime.GC() sweeps everything.
// What gosim simplifies is in docs/heap.md ("The collector in a running program").
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "sim/heap/mgc.h"
#include "sim/rt/runtime2.h"

namespace gosim {

class Machine;

// Virtual costs of the collector's work (rough figures for a 2020s core, like CostModel's).
constexpr VTime kGcSweepTermStwNs = 20'000;   // sweep termination pause (gctrace's first clock figure)
constexpr VTime kGcMarkTermStwNs = 40'000;    // mark termination pause
constexpr int64_t kGcScanBytesPerNs = 1;      // scanning: 1 byte per ns (a 256 KiB heap in ~260 µs)
constexpr VTime kGcSweepSpanNs = 300;         // sweeping one span
// The runtime's own globals (kRuntimeGlobalsScan below) are scanned through their pointer bitmap,
// one bitmap byte per 8 words, and few of their words point into the heap: much faster per byte.
constexpr int64_t kGcBitmapBytesPerNs = 4;
constexpr VTime kGcMinMarkSliceNs = 10'000;   // a mark worker turn comes after this much earned time (Go: ~10 µs turns)
constexpr VTime kMallocNs = 20;               // mallocgc's own work for one object
constexpr int64_t kMemclrBytesPerNs = 16;     // zeroing the new object (memclrNoHeapPointers)
// The runtime's and the standard library's own pointerful globals, which a real Go binary scans
// every cycle and counts in the pacer's goal (gcController.globalsScan): .data + .bss of a Go
// 1.19 program importing fmt, 30 KiB + 192 KiB (readelf -S on the conformance binaries).
constexpr uint64_t kRuntimeGlobalsScan = 222 << 10;

// Go: gcinit + the GOGC/GOMEMLIMIT environment: called by Machine::start.
void gc_init(Model& md, const Config& config);

// After the G on P `pid` made a request: account its allocation (`alloc_bytes` since its last
// request), pay assist debt, do the background workers' share of mark work for the stretch it
// ran, pace the sweeper, start a cycle when the heap trigger is reached, finish marking when no
// work is left. Returns the virtual time the P spends on this before the request goes on.
// `mallocs` allocations of `alloc_bytes` in all: their own time (mallocgc, zeroing) is charged
// here too, as the mutator's.
VTime gc_after_request(Machine& mc, int32_t pid, GIdx gi, uint64_t alloc_bytes, uint64_t mallocs);

// Go: findRunnable's idle mark worker (gcMarkWorkerIdleMode): P `pid` has nothing to run while
// the GC marks, so it drains all remaining mark work. Returns the time spent (0: none to do).
VTime gc_idle(Machine& mc, int32_t pid);

// Go: findRunnableGCWorker's fractional worker. With GOMAXPROCS 1 to 3 (and 6) the 25% goal
// cannot be met with whole dedicated workers, so each P runs a fractional one when it enters
// the scheduler during mark behind its share of the time since mark began; it marks until its
// share passes 1.2x the goal (pollFractionalWorkerExit) or the work runs out (gcMarkDone).
// Returns the time spent (0: not behind, or nothing to do). A goroutine that never enters the
// scheduler (a loop that neither blocks nor is preempted) leaves marking to its own assists.
VTime gc_fractional_worker(Machine& mc, int32_t pid);

// The runtime's own goroutines with GC work: bgsweep (sweeps one span, then Gosched) and
// forcegchelper (starts a gcTriggerTime cycle, then parks). Returns the time spent, the G
// having left the P; -1 when the G has nothing to do (the caller parks it as before).
VTime gc_runtime_goroutine(Machine& mc, int32_t pid, GIdx gi);

// Go: newproc1 -> gostartcallfn stores the go statement's closure into the new G (gobuf.ctxt,
// a pointer write with a write barrier). During mark, the hybrid barrier shades it while the
// creating goroutine's stack is grey: otherwise a closure allocated just before the cycle, whose
// only other reference was a slot the creator then reuses, would stay white in a G that the
// cycle's root list (snapshotted at gcStart) does not include. Follows the barrier what-if.
void gc_newproc_barrier(Machine& mc, int32_t pid, GIdx creator, uint64_t record);

// Go: runtime.GC — wait for a cycle in progress, run a full cycle, sweep every span. Returns the
// time the calling goroutine waits.
VTime gc_full_cycle(Machine& mc, int32_t pid);

// Go: sysmon's forced-GC check — more than forcegcperiod (2 min) since the last GC: ready
// forcegchelper (goroutine 2).
void gc_sysmon(Model& md, const CostModel& cost);

// [SECTION] gc_roots.cpp — what the collector scans, found conservatively (docs/heap.md).
// The pointer-looking words of [lo, hi) in simulated memory: values inside the mapped heap.
void gc_words(const Model& md, uint64_t lo, uint64_t hi, std::vector<uint64_t>& out);
// Go: mgc.go clearpools (sync/pool.go poolCleanup): the Pools' caches move to their victim
// caches at each gcStart (mgc_pools.cpp).
void clearpools(Model& md);
// The root job of one goroutine's stack (Go: markroot -> scanstack): its frames' memory, and the
// values the runtime keeps for it outside simulated memory (its pending request, a received
// element, deferred calls' arguments, closure contexts).
heap::RootJob gc_stack_root(const Model& md, GIdx gi);
// The globals root job (Go: markrootBlock over data and bss), plus timers' channels.
heap::RootJob gc_globals_root(const Machine& mc);
// Values that live in the runtime's own structures rather than in simulated memory (channel
// buffers, blocked senders' elements, pending requests): rescanned at mark termination.
void gc_runtime_side_pointers(const Model& md, std::vector<uint64_t>& out);
// The PointerFinder for heap objects: every pointer-looking word, plus a channel's buffer.
heap::PointerFinder gc_pointer_finder(const Model& md);
// The checker: every object reachable from the roots is marked. "" when it holds.
std::string gc_check_reachable_marked(const Machine& mc);

}  // namespace gosim
