// Runtime semaphores — Go 1.19 runtime/sema.go, the mechanism under sync.Mutex, WaitGroup and
// the rest of package sync.
#pragma once

#include <cstdint>

#include "sim/base/config.h"
#include "sim/rt/runtime2.h"

namespace gosim {

// Go: sema.go semacquire1. Returns true when the running G holds a count (at once, or on its
// retry after a wake-up because a releaser handed it the count or it won the count), false
// when it was queued (at the front if lifo) and parked in "semacquire". A parked G retries by
// calling semacquire again when it runs, as Go's loop does.
bool semacquire(Model& md, int32_t pid, uint64_t addr, bool lifo = false);

// Go: sema.go semrelease1 — add one count; if a G waits on the address, make the first one
// runnable (runnext). With handoff (a starving sync.Mutex) the count is taken on the waiter's
// behalf and the releaser yields to it; returns true when the caller must yield (goyield).
bool semrelease(Model& md, int32_t pid, uint64_t addr, const CostModel& cost, bool handoff = false);

}  // namespace gosim
