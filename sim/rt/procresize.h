// runtime.GOMAXPROCS(n) — Go 1.19 runtime/debug.go GOMAXPROCS, proc.go stopTheWorldWithSema,
// procresize, (*p).destroy and startTheWorldWithSema.
#pragma once

#include <cstdint>

#include "sim/base/config.h"
#include "sim/rt/runtime2.h"

namespace gosim {

// The running G on P `pid` changes the number of Ps to `nprocs` (> 0, != the current count):
// stop the world, resize allp, start the world. Returns the P the calling G runs on afterwards
// (its own P if its id < nprocs, else P0). Every step is an event.
int32_t gomaxprocs_resize(Model& md, int32_t pid, int32_t nprocs, const CostModel& cost);

}  // namespace gosim
