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
// How execution uses this (the interpreter / lowering, wired by the lead):
//  - A local variable (or parameter) is heap-allocated exactly when `moved_to_heap(obj)`:
//    allocate it with mallocgc at its declaration (every loop iteration re-runs the
//    declaration, as Go does), keep a pointer in the frame. Otherwise it lives in the frame.
//  - An allocation site (new(T), &T{...}, make, a slice/map literal, a closure, a method
//    value, a conversion to an interface, string concatenation, []byte(s)...) allocates
//    from the heap when `site_escapes(pos)` is true, keyed by the site's position as the
//    compiler reports it (FuncEscape::sites has each site with its position and text).
//    A site that does not escape is frame storage (Go keeps it in the stack frame when its
//    size is known; gosim may treat it the same way).
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
};

struct Result {
  std::vector<Decision> decisions;  // in the compiler's output order
  std::vector<FuncEscape> funcs;    // in analysis (bottom-up) order

  bool moved_to_heap(const lang::Object* var) const;
  // The decision for the allocation site reported at pos; false when there is none.
  bool site_escapes(Pos pos) const;
  const Site* site_at(Pos pos) const;
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
