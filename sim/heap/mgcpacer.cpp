// Go 1.19 runtime/mgcpacer.go: when the next cycle starts (trigger), how big the heap may get
// (goal), how many Ps mark (workers) and how much allocating goroutines must help (assists).
// Arithmetic is done in Go's types (uint64 wraps, float64 products truncated), so the numbers
// equal the real runtime's for the same inputs.
#include <cmath>

#include "sim/heap/mgc.h"

namespace gosim::heap {
namespace {

// Go: mgcpacer.go piController.next.
double pi_next(PiController& c, double input, double setpoint, double period, bool* ok) {
  const double prop = c.kp * (setpoint - input);
  const double rawOutput = prop + c.errIntegral;
  double output = rawOutput;
  if (std::isinf(output) || std::isnan(output)) {
    c.errIntegral = 0;
    *ok = false;
    return c.min;
  }
  if (output < c.min) output = c.min; else if (output > c.max) output = c.max;
  if (c.ti != 0 && c.tt != 0) {
    c.errIntegral += (c.kp * period / c.ti) * (setpoint - input) + (period / c.tt) * (output - rawOutput);
    if (std::isinf(c.errIntegral) || std::isnan(c.errIntegral)) {
      c.errIntegral = 0;
      *ok = false;
      return c.min;
    }
  }
  *ok = true;
  return output;
}

}  // namespace

// Go: gcControllerState.setGCPercent. heapMinimum is computed in uint64 as Go does; for GOGC=off
// the product wraps, which does not matter because the GOGC goal is then ^0.
static void set_gc_percent(GCController& c, int32_t in) {
  if (in < 0) in = -1;
  c.heapMinimum = kDefaultHeapMinimum * static_cast<uint64_t>(static_cast<int64_t>(in)) / 100;
  c.gcPercent = in;
}

void gcinit(Heap& h, int32_t gogc, int64_t memory_limit) {
  h.gc.controller = GCController{};
  set_gc_percent(h.gc.controller, gogc);
  h.gc.controller.memoryLimit = memory_limit;
  gc_pacer_commit(h, true);  // Go: init's commit(true): no sweep phase before the first cycle
}

int32_t setGCPercent(Heap& h, int32_t gogc) {
  const int32_t old = h.gc.controller.gcPercent;
  set_gc_percent(h.gc.controller, gogc);
  gc_pacer_commit(h, h.sweepdone);  // Go: gcControllerCommit
  return old;
}

int64_t setMemoryLimit(Heap& h, int64_t limit) {
  const int64_t old = h.gc.controller.memoryLimit;
  if (limit >= 0) h.gc.controller.memoryLimit = limit;  // Go: negative input only reads
  gc_pacer_commit(h, h.sweepdone);
  return old;
}

// Go's uint64(x) for a float64 on amd64, as cmd/compile's ssagen float64ToUint64 emits it:
// below 2^63 CVTTSD2SQ (a negative x truncates to an int64, read as uint64; below -2^63 or NaN the
// "integer indefinite" 1<<63), otherwise uint64(x-2^63) | 1<<63. C++ leaves a negative or too
// large double cast to uint64_t undefined, so the model spells Go's result out.
uint64_t go_uint64_of_float(double x) {
  constexpr double kTwo63 = 9223372036854775808.0;
  constexpr uint64_t kIndefinite = 1ull << 63;
  const auto cvttsd2sq = [](double v) -> uint64_t {
    if (!(v >= -kTwo63 && v < kTwo63)) return kIndefinite;
    return static_cast<uint64_t>(static_cast<int64_t>(v));
  };
  if (x < kTwo63) return cvttsd2sq(x);
  return cvttsd2sq(x - kTwo63) | kIndefinite;
}

// Go: gcControllerState.commit (mgcpacer.go:1250).
void gc_pacer_commit(Heap& h, bool sweep_done, EventOut out) {
  GCController& c = h.gc.controller;
  c.sweepDistMinTrigger = sweep_done ? 0 : h.stats.heapLive + kSweepMinHeapDistance;
  // goal = heapMarked + (heapMarked + lastStackScan + globalsScan) * GOGC/100
  uint64_t gcPercentHeapGoal = ~0ull;
  if (c.gcPercent >= 0) {
    gcPercentHeapGoal = c.heapMarked + (c.heapMarked + c.lastStackScan + c.globalsScan) *
                                           static_cast<uint64_t>(c.gcPercent) / 100;
  }
  if (gcPercentHeapGoal < c.heapMinimum) gcPercentHeapGoal = c.heapMinimum;
  c.gcPercentHeapGoal = gcPercentHeapGoal;
  // runway = consMark * (1-u)/u * (expected scan work). consMark is negative after a cycle whose
  // assists used more than the whole CPU (endCycle divides by 1-utilization): Go's uint64() of it
  // wraps to a huge runway and the trigger falls to its lower bound.
  c.runway = go_uint64_of_float((c.consMark * (1 - kGcGoalUtilization) / kGcGoalUtilization) *
                                static_cast<double>(c.lastHeapScan + c.lastStackScan + c.globalsScan));
  const Trigger t = gc_trigger(h);
  h.stats.nextGC = t.goal;
  emit(out, EventKind::kGcPacer, -1, static_cast<int64_t>(t.trigger), static_cast<int64_t>(t.goal),
       static_cast<int64_t>(c.heapMarked));
}

// Go: gcControllerState.memoryLimitHeapGoal (mgcpacer.go:1028). gosim never scavenges, so all
// mapped memory is "ready"; heapFree is the idle heap pages.
uint64_t memoryLimitHeapGoal(const Heap& h, uint64_t other_sys) {
  const GCController& c = h.gc.controller;
  // Without a limit (the common case, tested after every allocation) the exact heapAlloc only
  // moves a goal near 2^63 that nothing reaches: heapLive stands in for it, saving the walk
  // over every mcache that memstats_snapshot does.
  const bool nolimit = c.memoryLimit == kMaxMemoryLimit;
  const MemStats ms = nolimit ? MemStats{} : memstats_snapshot(h);
  const uint64_t heapFree = nolimit ? h.stats.mapped - h.stats.inStacks - h.stats.inHeap : ms.HeapIdle;
  const uint64_t heapAlloc = nolimit ? h.stats.heapLive : ms.HeapAlloc;
  const uint64_t mappedReady = h.stats.mapped + other_sys;
  const auto memoryLimit = static_cast<uint64_t>(c.memoryLimit);
  // Go retries until heapFree+heapAlloc <= mappedReady (a consistent snapshot); the model's
  // counters are always consistent, but never let the subtraction wrap.
  const uint64_t nonHeapMemory = heapFree + heapAlloc <= mappedReady ? mappedReady - heapFree - heapAlloc : 0;
  uint64_t overage = 0;
  if (mappedReady > memoryLimit) overage = mappedReady - memoryLimit;
  if (nonHeapMemory + overage >= memoryLimit) return c.heapMarked;
  uint64_t goal = memoryLimit - (nonHeapMemory + overage);
  if (goal < kMemoryLimitHeapGoalHeadroom || goal - kMemoryLimitHeapGoalHeadroom < kMemoryLimitHeapGoalHeadroom) {
    goal = kMemoryLimitHeapGoalHeadroom;
  } else {
    goal -= kMemoryLimitHeapGoalHeadroom;
  }
  if (goal < c.heapMarked) goal = c.heapMarked;
  return goal;
}

// Go: gcControllerState.heapGoalInternal (mgcpacer.go:982).
HeapGoal heapGoalInternal(const Heap& h) {
  const GCController& c = h.gc.controller;
  HeapGoal r;
  r.goal = c.gcPercentHeapGoal;
  const uint64_t limitGoal = memoryLimitHeapGoal(h);
  if (limitGoal < r.goal) {
    r.goal = limitGoal;  // the memory limit wins; no sweep-distance or runway adjustments
  } else {
    const uint64_t sweepDistTrigger = c.sweepDistMinTrigger;
    if (sweepDistTrigger > r.goal) r.goal = sweepDistTrigger;
    r.minTrigger = sweepDistTrigger;
    if (c.triggered != ~0ull && r.goal < c.triggered + kMinRunway) r.goal = c.triggered + kMinRunway;
  }
  return r;
}

uint64_t heapGoal(const Heap& h) { return heapGoalInternal(h).goal; }

// Go: gcControllerState.trigger (mgcpacer.go:1158).
Trigger gc_trigger(const Heap& h) {
  const GCController& c = h.gc.controller;
  const HeapGoal hg = heapGoalInternal(h);
  const uint64_t goal = hg.goal;
  uint64_t minTrigger = hg.minTrigger;
  if (c.heapMarked >= goal) return {goal, goal};
  if (minTrigger < c.heapMarked) minTrigger = c.heapMarked;
  // Lower bound: 45/64 (~0.7) of the way from heapMarked to the goal.
  const uint64_t triggerLowerBound = ((goal - c.heapMarked) / kTriggerRatioDen) * kMinTriggerRatioNum + c.heapMarked;
  if (minTrigger < triggerLowerBound) minTrigger = triggerLowerBound;
  // Upper bound: 61/64 (~0.95) of the way, or goal - 4 MiB when that is higher.
  uint64_t maxTrigger = ((goal - c.heapMarked) / kTriggerRatioDen) * kMaxTriggerRatioNum + c.heapMarked;
  if (goal > kDefaultHeapMinimum && goal - kDefaultHeapMinimum > maxTrigger) maxTrigger = goal - kDefaultHeapMinimum;
  if (maxTrigger < minTrigger) maxTrigger = minTrigger;
  uint64_t trigger = c.runway > goal ? minTrigger : goal - c.runway;
  if (trigger < minTrigger) trigger = minTrigger;
  if (trigger > maxTrigger) trigger = maxTrigger;
  if (trigger > goal) throw HeapThrow("gcControllerState.trigger: produced a trigger greater than the heap goal");
  return {trigger, goal};
}

bool gc_should_start(const Heap& h) {
  if (h.gc.phase != GCPhase::kOff && h.gc.phase != GCPhase::kSweep) return false;
  return h.stats.heapLive >= gc_trigger(h).trigger;
}

// Go: proc.go gcTrigger.test, gcTriggerTime case.
bool gc_should_force(const Heap& h, int64_t now) {
  if (h.gc.phase != GCPhase::kOff && h.gc.phase != GCPhase::kSweep) return false;
  if (h.gc.controller.gcPercent < 0) return false;
  const int64_t lastgc = h.gc.lastGCNanotime;
  return lastgc != 0 && now - lastgc > kForcegcPeriod;
}

// Go: gcControllerState.startCycle's worker computation (mgcpacer.go:466-484).
MarkWorkers gc_mark_workers(int32_t procs) {
  MarkWorkers w;
  const double totalUtilizationGoal = static_cast<double>(procs) * kGcBackgroundUtilization;
  w.dedicated = static_cast<int64_t>(totalUtilizationGoal + 0.5);  // round to nearest
  const double utilError = static_cast<double>(w.dedicated) / totalUtilizationGoal - 1;
  constexpr double maxUtilError = 0.3;
  if (utilError < -maxUtilError || utilError > maxUtilError) {
    // Rounding is off by more than 30%: round down and make up the rest with fractional workers.
    if (static_cast<double>(w.dedicated) > totalUtilizationGoal) --w.dedicated;
    w.fractional = (totalUtilizationGoal - static_cast<double>(w.dedicated)) / static_cast<double>(procs);
  }
  return w;
}

// Go: gcControllerState.revise (mgcpacer.go:555).
void gc_revise(Heap& h) {
  GCController& c = h.gc.controller;
  int64_t gcPercent = c.gcPercent;
  if (gcPercent < 0) gcPercent = 100000;
  const uint64_t live = h.stats.heapLive;
  const uint64_t scan = c.heapScan;
  const int64_t work = c.heapScanWork + c.stackScanWork + c.globalsScanWork;
  auto heapGoalV = static_cast<int64_t>(heapGoal(h));
  auto scanWorkExpected = static_cast<int64_t>(c.lastHeapScan + c.lastStackScan + c.globalsScan);
  const auto maxScanWork = static_cast<int64_t>(scan + c.maxStackScan + c.globalsScan);
  if (work > scanWorkExpected) {
    // More work than expected: extrapolate the goal, capped at the hard goal (1+GOGC/100)*goal.
    auto extHeapGoal = static_cast<int64_t>(static_cast<double>(heapGoalV - static_cast<int64_t>(c.triggered)) /
                                            static_cast<double>(scanWorkExpected) * static_cast<double>(maxScanWork)) +
                       static_cast<int64_t>(c.triggered);
    scanWorkExpected = maxScanWork;
    const auto hardGoal = static_cast<int64_t>((1.0 + static_cast<double>(gcPercent) / 100.0) * static_cast<double>(heapGoalV));
    if (extHeapGoal > hardGoal) extHeapGoal = hardGoal;
    heapGoalV = extHeapGoal;
  }
  if (static_cast<int64_t>(live) > heapGoalV) {
    heapGoalV = static_cast<int64_t>(static_cast<double>(heapGoalV) * 1.1);  // maxOvershoot
    scanWorkExpected = maxScanWork;
  }
  int64_t scanWorkRemaining = scanWorkExpected - work;
  if (scanWorkRemaining < 1000) scanWorkRemaining = 1000;
  int64_t heapRemaining = heapGoalV - static_cast<int64_t>(live);
  if (heapRemaining <= 0) heapRemaining = 1;
  c.assistWorkPerByte = static_cast<double>(scanWorkRemaining) / static_cast<double>(heapRemaining);
  c.assistBytesPerWork = static_cast<double>(heapRemaining) / static_cast<double>(scanWorkRemaining);
}

// Go: gcControllerState.endCycle (mgcpacer.go:663).
void gc_end_cycle(Heap& h, int64_t now, int32_t procs) {
  GCController& c = h.gc.controller;
  c.lastHeapGoal = heapGoal(h);
  const int64_t assistDuration = now - c.markStartTime;
  double utilization = kGcBackgroundUtilization;
  if (assistDuration > 0) {
    utilization += static_cast<double>(c.assistTime) / static_cast<double>(assistDuration * procs);
  }
  if (h.stats.heapLive <= c.triggered) return;  // nothing allocated during mark: no estimate
  double idleUtilization = 0;
  if (assistDuration > 0) idleUtilization = static_cast<double>(c.idleMarkTime) / static_cast<double>(assistDuration * procs);
  const int64_t scanWork = c.heapScanWork + c.stackScanWork + c.globalsScanWork;
  const double currentConsMark = (static_cast<double>(h.stats.heapLive - c.triggered) * (utilization + idleUtilization)) /
                                 (static_cast<double>(scanWork) * (1 - utilization));
  bool ok = true;
  c.consMark = pi_next(c.consMarkController, c.consMark, currentConsMark, 1.0, &ok);
  if (!ok) c.consMark = 0;
}

// Go: mgcmark.go gcAssistAlloc (the debt computation and the steal from bgScanCredit).
AssistPlan gcAssistAlloc(Heap& h, int64_t g_assist_bytes, int32_t p, EventOut out) {
  GCController& c = h.gc.controller;
  AssistPlan r;
  r.newAssistBytes = g_assist_bytes;
  if (g_assist_bytes >= 0 || h.gc.phase != GCPhase::kMark) return r;
  r.debtBytes = -g_assist_bytes;
  r.scanWork = static_cast<int64_t>(c.assistWorkPerByte * static_cast<double>(r.debtBytes));
  if (r.scanWork < kGcOverAssistWork) {
    // Do at least 64 KiB of work so small allocations do not each pay for a tiny assist.
    r.scanWork = kGcOverAssistWork;
    r.debtBytes = static_cast<int64_t>(c.assistBytesPerWork * static_cast<double>(r.scanWork));
  }
  if (c.bgScanCredit > 0) {
    if (c.bgScanCredit < r.scanWork) {
      r.stolen = c.bgScanCredit;
      r.newAssistBytes += 1 + static_cast<int64_t>(c.assistBytesPerWork * static_cast<double>(r.stolen));
    } else {
      r.stolen = r.scanWork;
      r.newAssistBytes += r.debtBytes;
    }
    c.bgScanCredit -= r.stolen;
    r.scanWork -= r.stolen;
  }
  emit(out, EventKind::kGcAssist, p, r.debtBytes, r.scanWork, r.stolen);
  return r;
}

int64_t gc_assist_credit(const Heap& h, int64_t work_done) {
  return static_cast<int64_t>(h.gc.controller.assistBytesPerWork * static_cast<double>(work_done));
}

void gcFlushBgCredit(Heap& h, int64_t scan_work) { h.gc.controller.bgScanCredit += scan_work; }

}  // namespace gosim::heap
