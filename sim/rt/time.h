// Timers — Go 1.19 runtime/time.go: per-P 4-ary heaps, time.Sleep, checkTimers.
#pragma once

#include "sim/base/config.h"
#include "sim/rt/runtime2.h"

namespace gosim {

// Go: time.go doaddtimer — push onto pp's heap (siftupTimer).
void doaddtimer(Model& md, int32_t pid, Timer t);
// Go: time.go dodeltimer0 — remove the earliest timer (siftdownTimer).
void dodeltimer0(Model& md, int32_t pid);
// Go: time.go timeSleep + resetForSleep — park the running G in "sleep" with a timer on its P.
void timeSleep(Model& md, int32_t pid, VTime ns);
// Go: proc.go checkTimers — run every timer of P `owner` that is due; the Gs they wake go to
// the runnext of P `runner` (the P whose M is running the timers). Returns how many ran.
int checkTimers(Model& md, int32_t owner, int32_t runner, const CostModel& cost);
// The earliest timer over all Ps, or -1 (Go: timeSleepUntil).
VTime timeSleepUntil(const Model& md);

}  // namespace gosim
