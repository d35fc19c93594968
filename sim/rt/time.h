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

// Go: time.go siftupTimer / siftdownTimer (siftup returns the timer's new index).
size_t siftupTimer(std::vector<Timer>& t, size_t i);
void siftdownTimer(std::vector<Timer>& t, size_t i);

// Stopping and resetting timers (time_modtimer.cpp; Go 1.19 runtime/time.go).
// Go: addtimer — a new timer of the object at obj (Model::timers[obj] filled in) on pid's heap.
void addtimer(Model& md, int32_t pid, uint64_t obj);
// Go: deltimer — whether the timer was pending; it is marked deleted, not yet removed.
bool deltimer(Model& md, uint64_t obj);
// Go: modtimer — whether the timer was pending; a timer in a heap is marked modified, one that is
// not goes onto pid's heap.
bool modtimer(Model& md, int32_t pid, uint64_t obj, VTime when, VTime period);
// Go: time.go adjusttimers — move the modified-earlier timers when one of them is due.
void adjusttimers(Model& md, int32_t pid);
// Go: time.go clearDeletedTimers — drop every deleted timer and rebuild the heap.
void clearDeletedTimers(Model& md, int32_t pid);
// Go: time.go goFunc — `go arg.(func())()`: a new goroutine for AfterFunc's f, in pid's runnext.
void timer_goFunc(Model& md, int32_t pid, uint64_t fv, const CostModel& cost);

}  // namespace gosim
