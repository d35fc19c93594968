// Go 1.19's size classes (runtime/sizeclasses.go): what an allocation of n bytes really takes.
#pragma once

#include <cstdint>

namespace gosim {

// Go: runtime/msize.go roundupsize — the size class's object size for small allocations,
// whole pages beyond 32 KiB.
uint64_t roundupsize(uint64_t size);

}  // namespace gosim
