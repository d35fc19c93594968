// The temporaries the compiler introduces before escape analysis, and their names.
//
// Go 1.19's typecheck.RewriteNonNameCall moves a callee expression that contains a call
// (`mk().Len()`, `b.Self().Len()`, `counter()()`) into a temporary, and
// RewriteMultiValueCall does the same for each result of g in f(g()). Temporaries are
// named ".autotmp_N" where N is the number of declarations the function has when the
// temporary is made (Go: typecheck.TempAt, autotmpname(len(curfn.Dcl))): receiver,
// parameters, results, then locals and temporaries in the order irgen translates them.
// The names only matter for printing ("(*B).Len(.autotmp_1) escapes to heap").
#pragma once

#include "sim/escape/irfmt.h"
#include "sim/lang/object.h"

namespace gosim::escape {

TempNames number_temps(const lang::FuncInfo* fn);

}  // namespace gosim::escape
