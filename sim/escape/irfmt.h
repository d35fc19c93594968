// Printing nodes and types the way the compiler's -m messages do (see irfmt.cpp).
#pragma once

#include <map>
#include <string>

#include "sim/lang/ast.h"
#include "sim/lang/types.h"

namespace gosim::escape {

// Expressions the compiler moved into temporaries before escape analysis, with the names
// it gave them (".autotmp_3"); lookup only.
using TempNames = std::map<const lang::Expr*, std::string>;

// Go: ir.exprFmt for the expressions gosim's subset has.
std::string ir_string(const lang::Expr* e, const TempNames* temps = nullptr);
// Go: types.Type's %v ("interface {}", "[]int", "*T", "sync.WaitGroup").
std::string go_type_string(const lang::Type* t);

}  // namespace gosim::escape
