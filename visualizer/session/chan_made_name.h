// The name a learner gives a channel that no live frame variable holds any more: the variable
// or field its make's result was stored into, in the function that made it.
//
// pipeline's `out := make(chan int)` in gen is returned and then held only by the closure gen
// started (captured by value into its funcval, which names no variable): held_by.h finds no
// frame variable of channel type, so the Channels panel used to print "channel 0xc000008000".
// The model records where each channel was made (HChan::made_fn/made_pc); this reads that
// function's IR from the makechan on: a move into a variable's slot ("out"), a store through a
// field's address ("s.ch"), a store through a moved-to-heap variable's pointer ("out").
#pragma once

#include <cstdint>
#include <string>

#include "sim/ir/ir.h"

namespace gosim::viz {

struct MadeName {
  std::string name;  // "out", "s.ch"; "" when the result went nowhere named (`return make(…)`)
  std::string func;  // "main.gen"
  int32_t elem_type = -1;  // the element's IR type, from the makechan
};

// `fn` and `pc` as HChan records them (pc: the instruction after the makechan). Both < 0: a
// channel the runtime made for itself (time.After's), named by nobody.
MadeName chan_made_name(const ir::Module& mod, int32_t fn, int32_t pc);

}  // namespace gosim::viz
