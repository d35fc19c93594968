// The Go 1.19 pacer (runtime/mgcpacer.go). Every expected number is worked out by hand from
// Go's formulas; the comments show the arithmetic and the lines it comes from.
#include <doctest/doctest.h>

#include "sim/heap/mgc.h"

using namespace gosim;
using namespace gosim::heap;

TEST_CASE("first cycle with GOGC=100: goal 4 MiB, trigger at 61/64 of it") {
  Heap h(1);
  gcinit(h, 100);
  // commit (mgcpacer.go:1270): goal = 0 + (0+0+0)*100/100 = 0 < heapMinimum -> 4194304.
  // trigger (mgcpacer.go:1158): lower = (4194304/64)*45 = 2949120, max = (4194304/64)*61 =
  // 3997696 (goal is not > defaultHeapMinimum, so no goal-4MiB widening). runway = 0 (consMark 0)
  // -> trigger = goal - 0 = 4194304, clamped to max 3997696.
  const Trigger t = gc_trigger(h);
  CHECK(t.goal == 4194304);
  CHECK(t.trigger == 3997696);
  CHECK(h.stats.nextGC == 4194304);
  h.stats.heapLive = 3997695;
  CHECK_FALSE(gc_should_start(h));
  h.stats.heapLive = 3997696;
  CHECK(gc_should_start(h));
  // A default-constructed heap is already in the gcinit(100) state.
  Heap d(1);
  CHECK(gc_trigger(d).trigger == 3997696);
}

TEST_CASE("GOGC=200 doubles heapMinimum") {
  Heap h(1);
  gcinit(h, 200);
  // setGCPercent (mgcpacer.go:1319): heapMinimum = 4194304*200/100 = 8388608.
  CHECK(h.gc.controller.heapMinimum == 8388608);
  CHECK(gc_trigger(h).goal == 8388608);
  // max trigger = (8388608/64)*61 = 7995392; goal-4MiB = 4194304 is lower, so it stays.
  CHECK(gc_trigger(h).trigger == 7995392);
}

TEST_CASE("goal from the marked heap, stacks and globals; trigger between 45/64 and 61/64") {
  Heap h(1);
  gcinit(h, 100);
  GCController& c = h.gc.controller;
  c.heapMarked = 10485760;    // 10 MiB
  c.lastStackScan = 1048576;  // 1 MiB
  c.lastHeapScan = 4194304;   // 4 MiB
  gc_pacer_commit(h, true);
  // goal = 10485760 + (10485760 + 1048576 + 0)*100/100 = 22020096.
  CHECK(c.gcPercentHeapGoal == 22020096);
  // runway = 0 -> trigger = goal, clamped to max = ((22020096-10485760)/64)*61 + 10485760
  //        = 180224*61 + 10485760 = 21479424.
  CHECK(gc_trigger(h).trigger == 21479424);
  // consMark 1/8: runway = 0.125*(1-0.25)/0.25 * (4194304+1048576+0) = 0.375*5242880 = 1966080
  // (mgcpacer.go:1303) -> trigger = 22020096 - 1966080 = 20054016, inside [18595840, 21479424].
  c.consMark = 0.125;
  gc_pacer_commit(h, true);
  CHECK(c.runway == 1966080);
  CHECK(gc_trigger(h).trigger == 20054016);
  // consMark 1: runway 15728640 -> 6291456, below the lower bound 180224*45 + 10485760 = 18595840.
  c.consMark = 1.0;
  gc_pacer_commit(h, true);
  CHECK(gc_trigger(h).trigger == 18595840);
}

TEST_CASE("an unfinished sweep pushes the trigger to heapLive + 1 MiB") {
  Heap h(1);
  gcinit(h, 100);
  h.stats.heapLive = 3670016;  // 3.5 MiB
  gc_pacer_commit(h, false);
  // commit: sweepDistMinTrigger = 3670016 + 1048576 = 4718592 (mgcpacer.go:1263).
  // heapGoalInternal: 4718592 > 4194304 -> goal = 4718592, minTrigger = 4718592.
  // trigger: max = (4718592/64)*61 = 4497408 < minTrigger -> max = minTrigger -> 4718592.
  const Trigger t = gc_trigger(h);
  CHECK(t.goal == 4718592);
  CHECK(t.trigger == 4718592);
}

TEST_CASE("GOGC=off: no heap trigger, no forced GC") {
  Heap h(1);
  gcinit(h, -1);
  CHECK(h.gc.controller.gcPercent == -1);
  // gcPercentHeapGoal = ^0; the (unlimited) memory limit gives MaxInt64 - 1 MiB, which wins.
  CHECK(gc_trigger(h).goal == 9223372036853727231ull);
  h.stats.heapLive = 1ull << 40;
  CHECK_FALSE(gc_should_start(h));
  h.gc.lastGCNanotime = 1;
  CHECK_FALSE(gc_should_force(h, 1000LL * 1000000000));
}

TEST_CASE("GOMEMLIMIT lowers the goal below the GOGC goal") {
  Heap h(1);
  gcinit(h, 100, 3 << 20);
  // Empty heap: mapped 0, so nonHeapMemory 0, overage 0 (mgcpacer.go:1028):
  // goal = 3145728 - 0 = 3145728, minus the 1 MiB headroom = 2097152 < 4194304.
  // The limit branch leaves minTrigger 0; max trigger = (2097152/64)*61 = 1998848.
  const Trigger t = gc_trigger(h);
  CHECK(t.goal == 2097152);
  CHECK(t.trigger == 1998848);
  CHECK(setMemoryLimit(h, kMaxMemoryLimit) == 3 << 20);
  CHECK(gc_trigger(h).goal == 4194304);
}

TEST_CASE("a GC is forced after 2 minutes without one") {
  Heap h(1);
  CHECK_FALSE(gc_should_force(h, 500LL * 1000000000));  // never collected: last_gc_nanotime == 0
  h.gc.lastGCNanotime = 1000000000;
  CHECK_FALSE(gc_should_force(h, 1000000000 + kForcegcPeriod));  // proc.go: now-lastgc > period
  CHECK(gc_should_force(h, 1000000000 + kForcegcPeriod + 1));
}

TEST_CASE("mark workers: 25% of GOMAXPROCS, fractional when rounding is off by > 30%") {
  // startCycle (mgcpacer.go:466-484).
  CHECK(gc_mark_workers(1).dedicated == 0);  // 0.25 -> int(0.75)=0, error -100% -> fractional 0.25
  CHECK(gc_mark_workers(1).fractional == doctest::Approx(0.25));
  CHECK(gc_mark_workers(2).dedicated == 0);  // 0.5 -> 1, error +100% -> 0, fractional 0.5/2
  CHECK(gc_mark_workers(2).fractional == doctest::Approx(0.25));
  CHECK(gc_mark_workers(3).dedicated == 0);  // 0.75 -> 1, error +33% -> 0, fractional 0.75/3
  CHECK(gc_mark_workers(3).fractional == doctest::Approx(0.25));
  CHECK(gc_mark_workers(4).dedicated == 1);  // exact
  CHECK(gc_mark_workers(4).fractional == 0);
  CHECK(gc_mark_workers(5).dedicated == 1);  // 1.25 -> 1, error -20%: no fractional worker
  CHECK(gc_mark_workers(5).fractional == 0);
  CHECK(gc_mark_workers(6).dedicated == 1);  // 1.5 -> 2, error +33% -> 1, fractional 0.5/6
  CHECK(gc_mark_workers(6).fractional == doctest::Approx(0.5 / 6));
  CHECK(gc_mark_workers(8).dedicated == 2);
}

TEST_CASE("revise: assist ratio from the remaining scan work and heap runway") {
  Heap h(1);
  h.stats.heapLive = 3997696;
  gc_revise(h);
  // scanWorkExpected = 0, work = 0 -> remaining max(0, 1000) = 1000 (mgcpacer.go:617);
  // heapRemaining = 4194304 - 3997696 = 196608.
  CHECK(h.gc.controller.assistWorkPerByte == doctest::Approx(1000.0 / 196608));
  CHECK(h.gc.controller.assistBytesPerWork == doctest::Approx(196608.0 / 1000));
}

TEST_CASE("gcAssistAlloc: at least 64 KiB of work, background credit stolen first") {
  Heap h(1);
  h.gc.phase = GCPhase::kMark;
  GCController& c = h.gc.controller;
  c.assistWorkPerByte = 0.5;
  c.assistBytesPerWork = 2;
  // debt 1000 -> work 500 < gcOverAssistWork 65536 -> work 65536, debt 2*65536 (mgcmark.go:432).
  AssistPlan a = gcAssistAlloc(h, -1000);
  CHECK(a.scanWork == 65536);
  CHECK(a.debtBytes == 131072);
  CHECK(a.stolen == 0);
  CHECK(a.newAssistBytes == -1000);
  // Credit 1000 < 65536: steal it all, gcAssistBytes += 1 + 2*1000.
  c.bgScanCredit = 1000;
  a = gcAssistAlloc(h, -1000);
  CHECK(a.stolen == 1000);
  CHECK(a.scanWork == 64536);
  CHECK(a.newAssistBytes == 1001);
  CHECK(c.bgScanCredit == 0);
  // Enough credit: the debt is paid without scanning.
  gcFlushBgCredit(h, 1000000);
  a = gcAssistAlloc(h, -1000000);
  CHECK(a.scanWork == 0);
  CHECK(a.stolen == 500000);
  CHECK(a.newAssistBytes == 0);
  CHECK(c.bgScanCredit == 500000);
  CHECK(gc_assist_credit(h, 100) == 200);
  // No debt, or not marking: nothing to do.
  CHECK(gcAssistAlloc(h, 5).scanWork == 0);
  h.gc.phase = GCPhase::kOff;
  CHECK(gcAssistAlloc(h, -1000).scanWork == 0);
}

TEST_CASE("a negative consMark wraps the runway as Go's uint64() does on amd64: trigger at its lower bound") {
  // endCycle divides by 1-utilization: assists above the whole CPU make consMark negative, and
  // commit's uint64(negative float) is CVTTSD2SQ's int64, read as uint64 (ssagen float64ToUint64).
  CHECK(go_uint64_of_float(-1.0) == 0xffffffffffffffffull);
  CHECK(go_uint64_of_float(-2.9) == 0xfffffffffffffffeull);  // truncates toward zero: -2
  CHECK(go_uint64_of_float(3.9) == 3);
  CHECK(go_uint64_of_float(9223372036854775808.0) == 9223372036854775808ull);  // 2^63 branch
  CHECK(go_uint64_of_float(1e30) == (1ull << 63));                               // indefinite
  CHECK(go_uint64_of_float(-1e30) == (1ull << 63));
  Heap h(1);
  gcinit(h, 100);
  GCController& c = h.gc.controller;
  c.heapMarked = 10485760;
  c.lastHeapScan = 4194304;
  c.consMark = -4.72;
  gc_pacer_commit(h, true);
  // runway = -4.72*3*4194304 = -59391344.64 -> int64 -59391344 -> 2^64-59391344, above the goal,
  // so trigger = the lower bound (10485760/64)*45 + 10485760 = 17858560 (mgcpacer.go:1158).
  CHECK(c.runway == 18446744073650160272ull);
  CHECK(gc_trigger(h).trigger == 17858560);
}
