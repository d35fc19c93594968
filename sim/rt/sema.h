// Runtime semaphores — Go 1.19 runtime/sema.go, the mechanism under sync.Mutex, WaitGroup and
// the rest of package sync.
#pragma once

#include <cstdint>

#include "sim/base/config.h"
#include "sim/rt/runtime2.h"

namespace gosim {

// Go: sema.go semacquire1 — take one count if there is one (returns true), else queue the
// running G on the address and park it in "semacquire" (returns false; the G retries the
// acquire when it runs again, as Go's loop does).
bool semacquire(Model& md, int32_t pid, uint64_t addr);

// Go: sema.go semrelease1 — add one count; if a G waits on the address, make the oldest
// runnable (it competes for the count when it runs, so a running G may take it first).
void semrelease(Model& md, int32_t pid, uint64_t addr, const CostModel& cost);

}  // namespace gosim
