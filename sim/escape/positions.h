// Where the compiler puts the implicit conversions it reports ("x escapes to heap").
//
// Go 1.19's noder creates an implicit conversion node at `base.Pos`, a global that
// irgen sets to each expression it translates (noder/expr.go expr0) and typecheckaste
// sets to each call argument that has a "unique" position (ir.HasUniquePos: anything but a
// plain variable name). So `fmt.Println(x)` reports x at the call's '(' and
// `fmt.Printf("%d", x)` at the format string, while `sink = x` reports it at `sink`, the
// last expression translated before the assignment's conversion.
#pragma once

#include <vector>

#include "sim/lang/ast.h"

namespace gosim::escape {

// Go: ir.HasUniquePos: false for names of variables and functions.
bool has_unique_pos(const lang::Expr* e);
// The base.Pos irgen leaves after translating these expressions in order (unknown if none).
Pos last_expr_pos(const std::vector<lang::Expr*>& xs);

}  // namespace gosim::escape
