// A 64-bit digest of everything in a Model a viewer could show, so tests can say "the state at
// cursor n is the same whichever way we got here" without keeping whole models around.
//
// It walks the model's fields explicitly (no memcmp of padding, no pointer values, sorted keys
// for the one unordered map). Simulated memory's bytes are private to sim/rt/mem.h and enter
// only through arena_used(): two models that differ only in a heap byte get the same digest.
#pragma once

#include <cstdint>

#include "sim/rt/runtime2.h"

namespace gosim::state {

uint64_t model_digest(const Model& m);

}  // namespace gosim::state
