// `gosim ir`: the IR printed for people — each function with its frame layout, its variables
// (and which live on the heap), and its instructions with source positions.
#pragma once

#include <string>

#include "sim/ir/ir.h"

namespace gosim::ir {

std::string print_module(const Module& m);
std::string op_name(Op op);

}  // namespace gosim::ir
