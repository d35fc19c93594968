// stack.go pieces the GC-facing code calls (sweep start, procresize), not part of the public API.
#pragma once

#include "sim/heap/heap.h"

namespace gosim::heap {

// Go: runtime/stack.go stackcache_clear: every stack in P p's stack cache back to the pool.
void stackcache_clear(Heap& h, int32_t p);
// Go: runtime/stack.go freeStackSpans: empty pool spans and cached large stacks back to mheap.
void freeStackSpans(Heap& h, EventOut out);

}  // namespace gosim::heap
