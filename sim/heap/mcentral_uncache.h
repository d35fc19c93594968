// releaseAll's uncacheSpan in two halves (sim/heap/mcentral.cpp), so that the mcache_release
// event can come once the mcache is empty and before the sweeps it causes.
#pragma once

#include "sim/heap/heap.h"

namespace gosim::heap {

// The span leaves the mcache for mcentral; true when it is stale (it then waits, unswept).
bool uncacheSpan_unswept(Heap& h, SpanIdx s);
// The stale span off its unswept set, swept (it goes to the right set or is freed).
void sweep_uncached(Heap& h, SpanIdx s, EventOut out);

}  // namespace gosim::heap
