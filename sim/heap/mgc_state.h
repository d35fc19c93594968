// The collector's state as plain data (Go 1.19: runtime/mgc.go `work`, mgcpacer.go
// gcControllerState, mgcwork.go gcWork). It lives inside Heap (Heap::gc) so copying a Heap
// checkpoints the collector too. The functions that drive it are declared in sim/heap/mgc.h.
#pragma once

#include <array>
#include <cstdint>
#include <limits>
#include <map>
#include <vector>

namespace gosim::heap {

// Go 1.19 constants, with the file they come from.
constexpr uint64_t kDefaultHeapMinimum = 4ull << 20;      // mgcpacer.go defaultHeapMinimum
constexpr uint64_t kTriggerRatioDen = 64;                  // mgcpacer.go triggerRatioDen
constexpr uint64_t kMinTriggerRatioNum = 45;               // mgcpacer.go minTriggerRatioNum (~0.7)
constexpr uint64_t kMaxTriggerRatioNum = 61;               // mgcpacer.go maxTriggerRatioNum (~0.95)
constexpr uint64_t kSweepMinHeapDistance = 1ull << 20;     // mgc.go sweepMinHeapDistance
constexpr uint64_t kMemoryLimitHeapGoalHeadroom = 1ull << 20;  // mgcpacer.go
constexpr uint64_t kMinRunway = 64ull << 10;               // mgcpacer.go heapGoalInternal minRunway
constexpr int64_t kGcOverAssistWork = 64 << 10;            // mgcpacer.go gcOverAssistWork
constexpr double kGcBackgroundUtilization = 0.25;          // mgcpacer.go gcBackgroundUtilization
constexpr double kGcGoalUtilization = kGcBackgroundUtilization;  // mgcpacer.go gcGoalUtilization
constexpr int64_t kForcegcPeriod = 2LL * 60 * 1000000000;  // proc.go forcegcperiod (2 minutes)
constexpr int64_t kMaxMemoryLimit = std::numeric_limits<int64_t>::max();  // GOMEMLIMIT=off

// gosim's phases of one cycle. Go's gcphase has only _GCoff/_GCmark/_GCmarktermination; the
// two STW windows and the concurrent sweep are named separately so a learner can see them.
enum class GCPhase : uint8_t {
  kOff,        // no cycle running (sweeping of the previous cycle may be finished)
  kSweepTerm,  // gcStart: world stopped, the last cycle's sweep is finished (STW)
  kMark,       // concurrent mark: workers and assists drain grey objects, write barrier on
  kMarkTerm,   // gcMarkDone -> gcMarkTermination: world stopped again (STW)
  kSweep,      // concurrent sweep of this cycle's spans; back to kOff when the sweep is done
};

// Go: mgc.go gcTriggerKind.
enum class GCTriggerKind : uint8_t { kHeap, kTime, kCycle };

// Go: mgcpacer.go piController, with the consMark controller's settings from init().
struct PiController {
  double kp = 0.9, ti = 4.0, tt = 1000, min = -1000, max = 1000;
  double errIntegral = 0;
};

// Go: mgcpacer.go gcControllerState (the fields the model uses). Defaults are the state after
// gcControllerState.init(100, MaxInt64) including its commit(true).
struct GCController {
  int32_t gcPercent = 100;                         // GOGC; -1 is off
  int64_t memoryLimit = kMaxMemoryLimit;           // GOMEMLIMIT
  uint64_t heapMinimum = kDefaultHeapMinimum;      // defaultHeapMinimum * GOGC/100
  uint64_t triggered = ~0ull;                      // heapLive when this cycle started; ^0 between cycles
  uint64_t heapMarked = 0;                         // bytes marked by the last cycle
  uint64_t lastHeapScan = 0, lastStackScan = 0;    // scan work of the last cycle
  uint64_t globalsScan = 0;                        // bytes of globals with pointers
  uint64_t maxStackScan = 0;                       // bytes of stack in use (gctrace "MB stacks")
  uint64_t heapScan = 0;                           // scannable heap bytes (upper bound of heap work)
  uint64_t sweepDistMinTrigger = 0;                // heapLive + 1 MiB while sweeping is unfinished
  uint64_t gcPercentHeapGoal = kDefaultHeapMinimum;  // the GOGC goal from commit()
  uint64_t runway = 0;                             // bytes allocated during mark, from consMark
  uint64_t lastHeapGoal = 0;                       // the goal when the last cycle ended
  double consMark = 0;                             // allocation rate / scan rate, estimated
  PiController consMarkController;
  // This cycle (reset by startCycle).
  int64_t heapScanWork = 0, stackScanWork = 0, globalsScanWork = 0;
  int64_t bgScanCredit = 0;                        // background work assists may steal
  int64_t dedicatedMarkWorkersNeeded = 0;
  double fractionalUtilizationGoal = 0;
  double assistWorkPerByte = 0, assistBytesPerWork = 0;
  int64_t assistTime = 0, dedicatedMarkTime = 0, fractionalMarkTime = 0, idleMarkTime = 0;  // ns
  int64_t markStartTime = 0;
};

// A root marking job (Go: mgcmark.go markroot's job index, one per stack, data/bss block...).
// The heap knows no types, so the caller lists the pointer values the root holds.
enum class RootKind : uint8_t { kGlobals, kStack, kOther };
struct RootJob {
  RootKind kind = RootKind::kGlobals;
  int64_t goid = 0;                 // the goroutine for kStack
  uint64_t scan_bytes = 0;          // bytes of the root scanned (stack in use, globals size)
  std::vector<uint64_t> pointers;   // the pointer values found in it
};

// Go: mgc.go `work` (per-cycle times and sizes) plus mgcwork.go gcWork as one plain queue.
struct GCWork {
  std::vector<uint64_t> grey;  // objects marked but not scanned, pushed in marking order (LIFO pop)
  uint64_t bytesMarked = 0;
  int64_t tSweepTerm = 0, tMark = 0, tMarkTerm = 0, tEnd = 0;  // virtual ns
  int64_t pauseNS = 0;          // STW time this cycle
  int64_t totaltime = 0;        // GC CPU time over all cycles (for the util figure)
  uint64_t heap0 = 0, heap1 = 0, heap2 = 0;  // heapLive at start, at mark termination; marked
  int32_t stwprocs = 1, maxprocs = 1;
  bool userForced = false;
  uint64_t cycles = 0;          // Go: work.cycles
};

// What the scheduler's side of the collector (sim/rt/gc.cpp) remembers between agenda items:
// the root jobs not yet done, each goroutine's assist credit, the sweeper's pacing.
struct GCDriver {
  bool globalsPending = false;            // the data/bss root job is still to do
  // Goroutines whose stacks are not scanned yet (Go: !gp.gcscandone): goids in increasing order
  // from greyNext on (the ones before it are done), with each one's allg index beside it so a
  // root job finds its G without a search.
  std::vector<int64_t> greyStacks;
  std::vector<int32_t> greyIdx;
  size_t greyNext = 0;
  // The goroutine blocked in runtime.GC (Go: gcWaitOnMark parks it), 0 when none: its stack is
  // safe to shrink although gosim still counts it as the P's running G.
  int64_t gcWaiter = 0;
  std::map<int64_t, int64_t> assistBytes; // Go: g.gcAssistBytes, by goid (negative: debt)
  double sweepPagesPerByte = 0;           // Go: mheap.sweepPagesPerByte (proportional sweep)
  uint64_t sweepHeapLiveBasis = 0;        // Go: mheap.sweepHeapLiveBasis
  uint64_t pagesSwept = 0;                // Go: mheap.pagesSwept this cycle
  int64_t workerOwedNs = 0;               // mutator time whose third the mark workers have not spent yet
  std::vector<int64_t> fractionalNs;      // Go: p.gcFractionalMarkTime this cycle, by P
  bool forcePending = false;              // sysmon readied forcegchelper for a gcTriggerTime cycle
  int32_t bgMarkWorkers = 0;              // Go: gcBgMarkWorkerCount (goroutines made by gcBgMarkStartWorkers)
  int64_t sweptSpans = 0, bgSweptSpans = 0;  // this cycle, for the learner
  // Pointer writes a what-if barrier did not shade (goid, slot, old value, new value), the
  // latest 64, so the checker can say whose write lost an object.
  std::vector<std::array<uint64_t, 4>> unseenWrites;
};

struct GCState {
  GCPhase phase = GCPhase::kOff;
  GCController controller;
  GCWork work;
  GCDriver driver;
  int64_t lastGCNanotime = 0;   // Go: memstats.last_gc_nanotime (0: never)
  std::vector<int64_t> pauseNs; // every cycle's pause (Go: memstats.pause_ns, unbounded here)
};

}  // namespace gosim::heap
