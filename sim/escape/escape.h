// Escape analysis: which variables and allocations of a checked Go program must live on
// the heap, decided the way the Go 1.19 compiler decides it (with inlining off, -l).
//
// Go: cmd/compile/internal/escape. The compiler builds a graph whose vertices ("locations")
// are variables and allocating expressions and whose edges are assignments weighted by
// dereference counts (p = &q is -1, p = q is 0, p = *q is 1). It then walks the graph
// backwards from the heap and from every location (Bellman-Ford, derefs floored at 0):
// a location whose *address* reaches something that outlives it (the heap, a result of
// its function, a variable of an outer loop or an enclosing function) escapes. A
// parameter whose *value* reaches the heap or a result "leaks"; those leaks become the
// parameter's tag, which callers analysed later use instead of re-reading the callee.
// Functions are analysed bottom-up over the call graph, strongly connected components
// together (mutually recursive functions and closures with their enclosing function).
//
// What gosim models and simplifies is in docs/escape.md. The decisions are printed
// (print.cpp) exactly like `go build -gcflags='-m -l'`: one line per decision in the order
// the compiler emits them (it flushes every -m warning immediately, so the order is the
// analysis order, not source order).
//
// How execution uses this (sim/ir lowering, lower_escape.cpp):
//  - A local variable (or parameter) is heap-allocated exactly when `moved_to_heap(obj)`:
//    allocated with mallocgc at its declaration (every loop iteration re-runs the
//    declaration, as Go does), the frame keeping a pointer. Otherwise it lives in the frame.
//  - An allocation site (new(T), &T{...}, make, a slice literal, a closure, a method value,
//    a conversion to an interface...) allocates from the heap when it escapes (`site_of(e)`,
//    `conv_site_of(e)`; `site_escapes(pos)` answers the same by the reported position).
//    A site that does not escape and has a size known at compile time is frame storage,
//    as Go's stack temporaries are. docs/escape.md lists the kinds that stay on the heap.
#pragma once

#include <map>
#include <string>
#include <utility>
#include <vector>

#include "sim/base/diag.h"
#include "sim/lang/check.h"

namespace gosim::escape {

// Go: ir.MaxStackVarSize and ir.MaxImplicitStackVarSize (cmd/compile/internal/ir/cfg.go).
constexpr int64_t kMaxStackVarSize = 10 * 1024 * 1024;  // explicit variables
constexpr int64_t kMaxImplicitStackVarSize = 64 * 1024;  // new(T), &T{}, make([]T, n)

// One -m line: "file:line:col: message", plus with --explain the flow behind it (-m -m).
struct Decision {
  Pos pos;
  std::string message;              // "moved to heap: u", "&T{...} escapes to heap", ...
  std::vector<std::string> explain; // "flow: {heap} = &u:", "  from &u (address-of) at 5:9", ...
};

// An allocating expression and the compiler's decision for it.
struct Site {
  Pos pos;              // as the compiler reports it (the key execution looks up)
  std::string what;     // "&T{...}", "make([]int, n)", "func literal", "x" (converted to interface)
  const lang::Expr* expr = nullptr;
  bool escapes = false;
  bool conv = false;    // the box of an implicit conversion of expr to an interface
};

// A parameter's tag (Go: escape.leaks): the fewest dereferences on any path from the
// parameter to the heap (-1: none) and to each result.
struct ParamTag {
  const lang::Object* param = nullptr;
  int heap = -1;
  std::vector<int> results;
};

struct FuncEscape {
  const lang::FuncInfo* fn = nullptr;
  std::vector<const lang::Object*> heap_vars;  // locals and params moved to the heap
  std::vector<Site> sites;                     // in analysis order
  std::vector<ParamTag> params;
  // A function literal: the captured variables the closure record holds by value (Go
  // captures by value a variable of at most 128 bytes never reassigned nor address-taken).
  std::vector<const lang::Object*> byval_captures;
};

struct Result {
  std::vector<Decision> decisions;  // in the compiler's output order
  std::vector<FuncEscape> funcs;    // in analysis (bottom-up) order

  bool moved_to_heap(const lang::Object* var) const;
  // The decision for the allocation site reported at pos; false when there is none.
  bool site_escapes(Pos pos) const;
  const Site* site_at(Pos pos) const;

  // For execution (sim/ir lowering), keyed by the checked syntax tree rather than positions:
  // whether fn was analysed at all (its variables and sites have decisions);
  bool analyzed(const lang::FuncInfo* fn) const;
  // the allocation made by expression e itself (new, &T{}, make, a slice literal, a func
  // literal, a method value, an explicit conversion...), nullptr if the analysis has none;
  const Site* site_of(const lang::Expr* e) const;
  // the box made when e is implicitly converted to an interface, nullptr if none;
  const Site* conv_site_of(const lang::Expr* e) const;
  // whether closure (a function literal) captures var by value.
  bool captured_by_value(const lang::FuncInfo* closure, const lang::Object* var) const;
};

struct Options {
  bool explain = false;  // record the flow behind each decision, like -m -m
};

// Analyses every function of a checked package.
Result analyze(const lang::Package& pkg, const Options& opts = {});

// The lines `go build -gcflags='-m -l' file.go` prints: the "# command-line-arguments"
// header, then "./file.go:line:col: message" per decision (with explain lines if any).
std::vector<std::string> format_decisions(const Result& r, const std::string& display_name);

}  // namespace gosim::escape
