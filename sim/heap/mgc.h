// The Go 1.19 garbage collector as headless functions over Heap (issue 6, collector half).
//
// One cycle (Go: runtime/mgc.go) is a state machine the scheduler drives:
//   kOff --gcStart--> kSweepTerm (STW) --> kMark (concurrent: gcDrain by workers, gcAssistAlloc by
//   allocating goroutines, gcWriteBarrier on pointer writes) --gcMarkDone--> kMarkTerm (STW)
//   --gcMarkTermination--> kSweep (concurrent: sweepone) --gcSweepDone--> kOff.
// The heap holds no types, so whoever owns the program's memory (the interpreter) tells the
// collector where the pointers are: roots as lists of pointer values, objects through a
// PointerFinder. Times are virtual nanoseconds given by the caller; nothing reads a clock.
// The state is Heap::gc (sim/heap/mgc_state.h), so a copied Heap is a checkpoint.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "sim/heap/heap.h"

namespace gosim::heap {

// Appends the pointer values held in the object [obj, obj+size) to `out`. The interpreter
// implements it from the object's type (Go reads the heap bitmap instead).
using PointerFinder = std::function<void(uint64_t obj, uint64_t size, std::vector<uint64_t>& out)>;

const char* gc_phase_name(GCPhase p);

// Go's uint64(x) of a float64 on amd64 (negative values wrap through int64); see mgcpacer.cpp.
uint64_t go_uint64_of_float(double x);

// [SECTION] mgcpacer.go
// Go: gcControllerState.init + setGCPercent + setMemoryLimit: GOGC (-1 = off), GOMEMLIMIT.
void gcinit(Heap& h, int32_t gogc, int64_t memory_limit = kMaxMemoryLimit);
// Go: setGCPercent / setMemoryLimit (debug.SetGCPercent / SetMemoryLimit): returns the old
// value and commits a new goal at once.
int32_t setGCPercent(Heap& h, int32_t gogc);
int64_t setMemoryLimit(Heap& h, int64_t limit);
// Go: gcControllerState.commit(isSweepDone): the GOGC goal, the sweep-distance floor and the
// runway from consMark. Called by gcMarkTermination; emits kGcPacer when out is given.
void gc_pacer_commit(Heap& h, bool sweep_done, EventOut out = nullptr);
// Go: gcControllerState.memoryLimitHeapGoal, from the model's memory figures (mapped bytes,
// idle heap pages, allocated heap bytes) plus the non-heap memory the caller models.
uint64_t memoryLimitHeapGoal(const Heap& h, uint64_t other_sys = 0);
struct HeapGoal {
  uint64_t goal = 0;
  uint64_t minTrigger = 0;
};
HeapGoal heapGoalInternal(const Heap& h);  // Go: gcControllerState.heapGoalInternal
uint64_t heapGoal(const Heap& h);          // Go: gcControllerState.heapGoal
struct Trigger {
  uint64_t trigger = 0;
  uint64_t goal = 0;
};
Trigger gc_trigger(const Heap& h);  // Go: gcControllerState.trigger
// Go: gcTrigger.test for gcTriggerHeap: no cycle running and heapLive >= trigger.
bool gc_should_start(const Heap& h);
// Go: gcTrigger.test for gcTriggerTime (sysmon/forcegchelper): GOGC on, a GC has happened,
// and more than forcegcperiod (2 minutes) has passed since it.
bool gc_should_force(const Heap& h, int64_t now);
// Go: gcControllerState.revise: assistWorkPerByte/assistBytesPerWork from work done so far.
void gc_revise(Heap& h);
// Go: gcControllerState.endCycle: the consMark estimate for the next runway.
void gc_end_cycle(Heap& h, int64_t now, int32_t procs);

// Go: gcAssistAlloc: what an allocating goroutine owes. g_assist_bytes is its gcAssistBytes
// after the allocation (negative = debt). The caller runs gcDrain(scanWork) for it, then
// credits the goroutine with new_assist_bytes (+ what gcDrain did, via gc_assist_credit).
struct AssistPlan {
  int64_t debtBytes = 0;        // bytes this assist pays for
  int64_t scanWork = 0;         // scan work still to do after stealing (0: paid by stealing)
  int64_t stolen = 0;           // background credit taken
  int64_t newAssistBytes = 0;   // gcAssistBytes after stealing
};
AssistPlan gcAssistAlloc(Heap& h, int64_t g_assist_bytes, int32_t p = -1, EventOut out = nullptr);
// Bytes of allocation credit `work_done` scan work buys (Go: assistBytesPerWork * workDone).
int64_t gc_assist_credit(const Heap& h, int64_t work_done);
// Go: gcFlushBgCredit with an empty assist queue: background work becomes stealable credit.
void gcFlushBgCredit(Heap& h, int64_t scan_work);

// Worker accounting from startCycle (Go: gcControllerState.startCycle).
struct MarkWorkers {
  int64_t dedicated = 0;      // Ps that run a dedicated mark worker
  double fractional = 0;      // per-P fraction of time for the fractional worker (0: none)
};
MarkWorkers gc_mark_workers(int32_t procs);
// Go: mgc.go gcMarkWorkerMode, which a gc_mark_work event's `a` carries. kNotWorker is Go's
// gcMarkWorkerNotWorker: the marking was an assist by the allocating goroutine.
enum class MarkWorkerMode : uint8_t { kNotWorker, kDedicated, kFractional, kIdle };

// [SECTION] mgcmark.go
// Go: shade / greyobject: mark a white object and queue it if it has pointers. false when addr
// is no heap object or is already marked. `from` and `why` only label the kGcShade event
// (why: 0 root, 1 scan, 2 barrier old value, 3 barrier new value).
bool shade(Heap& h, uint64_t addr, EventOut out = nullptr, uint64_t from = 0, int why = 0);
// A kGcShade event's c is `why` (0 root, 1 scan, 2 barrier old, 3 barrier new) | kShadeNoscan for
// an object without pointers: greyobject marks it black at once (Go never queues noscan objects).
constexpr int kShadeNoscan = 4;
// Go: markroot for one job: every pointer in the root is shaded. Returns the objects greyed.
std::vector<uint64_t> markroot(Heap& h, const RootJob& job, EventOut out = nullptr);
// Go: scanobject: the object's pointers are shaded and it turns black. Returns what it greyed.
struct ScanResult {
  uint64_t obj = 0;
  uint64_t size = 0;
  std::vector<uint64_t> greyed;
};
ScanResult scanobject(Heap& h, uint64_t addr, const PointerFinder& find, EventOut out = nullptr);
// Go: gcDrain: pop grey objects (last greyed first) and scan them until the queue is empty or
// `budget` bytes of scan work are done (budget < 0: no limit). Returns the scan work done.
int64_t gcDrain(Heap& h, int64_t budget, const PointerFinder& find, EventOut out = nullptr);
bool gc_work_empty(const Heap& h);  // no grey object left
uint64_t gc_marked_bytes(const Heap& h);  // bytes of marked objects in in-use spans

// [SECTION] mbarrier.go
// Go: gcWriteBarrier (the hybrid barrier, mbarrier.go): on `*slot = new_value` during marking,
// shade the overwritten pointer (Yuasa deletion) and, if the writing goroutine's stack is still
// grey (not yet scanned), the new one (Dijkstra insertion). Does nothing outside kMark/kMarkTerm.
// Returns how many objects it greyed; emits one kGcWriteBarrier naming both objects.
int gcWriteBarrier(Heap& h, uint64_t slot_old_value, uint64_t new_value, bool stack_grey, EventOut out = nullptr);

// [SECTION] mgc.go
struct GCStartArgs {
  int64_t now = 0;        // tSweepTerm: the world stops here
  int64_t stw_ns = 0;     // the sweep-termination pause; marking starts at now + stw_ns
  int32_t procs = 1;      // GOMAXPROCS
  GCTriggerKind trigger = GCTriggerKind::kHeap;
  bool userForced = false;  // runtime.GC()
  uint64_t globals_scan = 0;   // bytes of pointerful globals (gcController.globalsScan)
  uint64_t stacks_scan = 0;    // bytes of goroutine stacks in use (maxStackScan)
};
// Go: gcStart: finish the last sweep, reset the mark state, startCycle (workers, assist ratio),
// enter kMark with the write barrier and black allocation on. Returns false (nothing done)
// unless the phase is kOff or kSweep.
bool gcStart(Heap& h, const GCStartArgs& a, EventOut out = nullptr);
// Go: gcMarkDone: marking is done when no grey object is left. On success the world stops at
// `now` (tMarkTerm) and the phase is kMarkTerm; false (still kMark) while work remains.
bool gcMarkDone(Heap& h, int64_t now, EventOut out = nullptr);
// Go: endCycle + gcMarkTermination: heapMarked, heapLive reset, sweep started, pacer commit,
// numGC/nextGC/pauseTotalNs updated. stw_ns is the mark-termination pause (tEnd = tMarkTerm +
// stw_ns). The phase becomes kSweep. Returns the cycle's gctrace line (without "\n").
// now_total_cpu_ns: the CPU time available since start (Go: sched.totaltime + ...), for the util %.
std::string gcMarkTermination(Heap& h, int64_t stw_ns, int64_t total_cpu_ns, EventOut out = nullptr);
// Sweeping is finished (sweepone returned kNoSpan, or call finishsweep_m): kSweep -> kOff.
void gcSweepDone(Heap& h, EventOut out = nullptr);

// The numbers of one gctrace line (Go: gcMarkTermination's print).
struct GCTraceLine {
  uint32_t numgc = 0;
  int64_t since_start_ns = 0;  // tSweepTerm - runtimeInitTime
  int util_percent = 0;
  int64_t clock_sweepterm = 0, clock_mark = 0, clock_markterm = 0;  // ns
  int64_t cpu_sweepterm = 0, cpu_assist = 0, cpu_background = 0, cpu_idle = 0, cpu_markterm = 0;  // ns
  uint64_t heap0 = 0, heap1 = 0, heap2 = 0, goal = 0, stacks = 0, globals = 0;  // bytes
  int32_t procs = 1;
  bool forced = false;
};
// Go 1.19's exact `GODEBUG=gctrace=1` line, without the trailing newline.
std::string format_gctrace(const GCTraceLine& l);
std::string fmtNSAsMS(uint64_t ns);                  // Go: mgc.go fmtNSAsMS
std::string itoaDiv(uint64_t val, int dec);          // Go: mgc.go itoaDiv

// [SECTION] invariants
// The tri-colour invariant: no black object points to a white one (find gives the pointers).
// "" when it holds, else the first violation.
std::string gc_check_no_black_to_white(const Heap& h, const PointerFinder& find);
// Sweep must not free reachable objects: every address in `reachable` is still an allocated
// object (call after sweeping). "" when it holds.
std::string gc_check_reachable_allocated(const Heap& h, const std::vector<uint64_t>& reachable);

// A sentence for each collector event kind.
std::string describe_gc_event(const Event& e, Lang lang = Lang::kEn);

}  // namespace gosim::heap
