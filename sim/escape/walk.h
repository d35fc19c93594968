// Building the location graph from the typed syntax tree of one batch of functions.
//
// Go: cmd/compile/internal/escape/{escape,stmt,expr,assign,call}.go. The compiler walks its
// IR after type checking; gosim walks the checked syntax tree and reconstructs the IR
// shapes the compiler sees at that point: implicit conversions to interfaces (OCONVIFACE),
// variadic arguments packed into an implicit slice literal ("... argument"), method calls
// rewritten to method-expression calls with the receiver as first argument, `go`/`defer`
// of a call with arguments wrapped in a closure whose captured copies hold the arguments.
#pragma once

#include <map>
#include <vector>

#include "sim/escape/graph.h"
#include "sim/escape/static_init.h"

namespace gosim::escape {

// Facts shared across batches: each analysed function's parameter tags.
struct Tags {
  std::map<const lang::Object*, Leaks> by_param;  // lookup only, never iterated
  std::map<const lang::FuncInfo*, int> state;     // 0 unknown, 1 in the current batch, 2 tagged
};

class Batch {
 public:
  Batch(const lang::Package& pkg, Graph* g, Tags* tags) : pkg_(pkg), g_(g), tags_(tags) {}

  // Go: batch.initFunc for every function (declared ones and their literals), then
  // walkFunc for the declared ones (literals are walked where they appear), then
  // flowClosure for every closure and HeapAllocReason for every location.
  void build(const std::vector<const lang::FuncInfo*>& fns);
  // What static initialization left as code (static_init.h), as Go's synthetic init.
  void build_init(const lang::FuncInfo* init, const std::vector<InitCode>& code);

  Location* var_loc(const lang::Object* v) const;

 private:
  friend class FuncWalker;
  struct Closure {
    Hole k;
    const lang::FuncInfo* fn;
  };
  void init_func(const lang::FuncInfo* fn);
  void flow_closure(const Closure& c);

  const lang::Package& pkg_;
  Graph* g_;
  Tags* tags_;
  std::map<const lang::Object*, Location*> vars_;  // lookup only
  std::vector<Closure> closures_;
  // Local variables defined once by a function literal and never reassigned: calls
  // through them are static calls of that literal (Go: ir.StaticValue).
  std::map<const lang::Object*, const lang::FuncLit*> static_funcs_;
};

// Go's -m name for a parameter or result: its name, "~rN" for an unnamed result.
std::string result_name(const lang::FuncInfo* fn, size_t i);

bool has_pointers(const lang::Type* t);
bool is_direct_iface(const lang::Type* t);

}  // namespace gosim::escape
