// What Go's static initialization leaves as code, as the escape analysis needs to know it.
//
// Go: cmd/compile/internal/staticinit/sched.go. Before the compiler writes a package's init
// function, StaticAssign lays out what it can of each `var x = expr` as data (.data/.noptrdata);
// only the rest is code in the init function (Schedule.Out): the whole statement when the
// top-level expression is not static, otherwise only the parts that are not ("stmp_0.p =
// new(int)"). Escape analysis runs on that init function, so `go build -gcflags=-m` prints
// nothing for `var p = &T{a: 1}` and prints `new(int) escapes to heap` for `var p = &T{p:
// new(int)}`. The lowering (sim/ir/lower_static.cpp) lays out the data; this is the same
// decision made over the syntax tree, without the bytes, so that both agree.
#pragma once

#include <vector>

#include "sim/lang/check.h"

namespace gosim::escape {

// One piece of a package's init function.
struct InitCode {
  const lang::InitEntry* entry = nullptr;  // the entry it belongs to
  lang::Expr* value = nullptr;             // evaluated at init and stored into static data (the heap)
  // true: the entry's whole `x = expr`, converted to x's type as written (OCONVIFACE included);
  // false: a part StaticAssign could not lay out, stored as its own type into a static location
  // (an interface's value goes into a static temporary, so no conversion is left).
  bool whole = false;
};

// Go: Schedule.StaticInit over a unit's initialization order, as gosim's lowering makes it.
std::vector<InitCode> init_code(const lang::Package& pkg, const lang::Unit& unit);

// Go: staticinit.AnySideEffects: what may be discarded in `var _ = expr`.
bool any_side_effects(const lang::Expr* e);

// A keyed element's value, or the element.
const lang::Expr* elem_of(const lang::Expr* el);
// A composite literal with its type elided inside an outer literal whose element type is *T:
// `{...}` stands for &T{...}.
bool elided_ptr_lit(const lang::Expr* e, const lang::Type* t);
// T(x) with one argument, or null.
const lang::CallExpr* conversion_call(const lang::Expr* e);

}  // namespace gosim::escape
