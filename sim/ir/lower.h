// Lowering a checked Go package (sim/lang) to IR.
#pragma once

#include "sim/base/diag.h"
#include "sim/escape/escape.h"
#include "sim/ir/ir.h"
#include "sim/lang/check.h"

namespace gosim::ir {

struct LowerResult {
  Module module;
  Diagnostics errors;  // constructs the lowering does not handle yet: "unsupported: ..."
};

// Lowers pkg; where each variable and allocation lives follows the escape analysis `esc`
// (sim/escape), which the one-argument form runs itself.
LowerResult lower_package(const lang::Package& pkg, const escape::Result& esc);
LowerResult lower_package(const lang::Package& pkg);

}  // namespace gosim::ir
