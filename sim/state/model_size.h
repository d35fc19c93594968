// How much host memory a copy of a Model occupies, for viewers that keep checkpoints (the
// visualizer's history thins them to stay within a budget). It walks the model's containers,
// so a new container in the Model belongs here too.
#pragma once

#include <cstddef>

#include "sim/rt/runtime2.h"

namespace gosim::state {

// A fair estimate of the heap a copy of `m` occupies (containers' blocks included).
size_t estimate_model_bytes(const Model& m);

}  // namespace gosim::state
