// Lowering a checked Go package (sim/lang) to IR.
#pragma once

#include "sim/base/diag.h"
#include "sim/ir/ir.h"
#include "sim/lang/check.h"

namespace gosim::ir {

struct LowerResult {
  Module module;
  Diagnostics errors;  // constructs the lowering does not handle yet: "unsupported: ..."
};

LowerResult lower_package(const lang::Package& pkg);

}  // namespace gosim::ir
