// FuncWalker: one function body walked into the location graph (Go: the per-function state
// of cmd/compile/internal/escape). Internal to sim/escape's walk*.cpp files: the class is
// declared here and its members are defined by responsibility, as Go splits them:
//   walk.cpp       escape.go (initFunc, walkFunc, the hole helpers), the batch driver
//   walk_stmt.cpp  stmt.go and assign.go (statements, addr, assignList, reassigned)
//   walk_expr.cpp  expr.go (exprSkipInit, composite literals, closures, conversions)
//   walk_call.cpp  call.go (callCommon, tagHole, go/defer wrappers, builtins)
#pragma once

#include <algorithm>
#include <map>
#include <string>
#include <vector>

#include "sim/escape/irfmt.h"
#include "sim/escape/libtags.h"
#include "sim/escape/positions.h"
#include "sim/escape/temps.h"
#include "sim/escape/walk.h"

namespace gosim::escape {

// Only the walk*.cpp files include this header; they all read the checked syntax tree.
using namespace lang;

inline bool is_string_type(const Type* t) { return t != nullptr && under(t)->kind == TypeKind::String; }
inline bool is_byte_or_rune_slice(const Type* t) {
  if (t == nullptr || under(t)->kind != TypeKind::Slice) return false;
  const TypeKind k = under(under(t)->elem)->kind;
  return k == TypeKind::Uint8 || k == TypeKind::Int32;
}

inline bool is_blank(const Expr* e) {
  e = unparen(e);
  return e == nullptr || (e->kind == NodeKind::Name && as<Name>(e)->value == "_");
}

// One function body being walked (Go: escape, the per-function state).
class FuncWalker {
 public:
  FuncWalker(Batch* b, const FuncInfo* fn) : b_(b), g_(b->g_), fn_(fn), temps_(number_temps(fn)) {}

  // The package initializers the compiler puts in a synthetic init function: each is an
  // assignment to a global, i.e. to the heap.
  void walk_inits(const std::vector<InitCode>& code);

  void walk_body();

 private:
  struct Wrapper {
    std::vector<Location*> temps;
  };
  // Who a call calls, when known statically.
  struct Callee {
    const FuncInfo* fn = nullptr;  // declared function, method or function literal
    const Object* lib = nullptr;   // library function or method
    const Type* sig = nullptr;
    bool recv_first = false;  // a method expression T.M: argument 0 is the receiver
  };

  // ---- holes ----
  Hole hole(Location* l) { return Hole{l}; }
  Hole note(Hole k, const Node* where, const char* why);
  Hole deref(Hole k, const Node* where, const char* why) { return note(g_->shift(k, 1), where, why); }
  Hole addr_of(Hole k, const Node* where, const char* why) { return note(g_->shift(k, -1), where, why); }
  static std::string where_string(const Node* n);

  Location* new_loc(LocKind kind, bool transient) { return g_->new_loc(kind, fn_, loop_depth_, transient); }

  // Go: escape.spill: storage allocated by expression e; its address flows to k.
  Hole spill(Hole k, const Expr* e, std::string label, Pos pos);
  Hole spill(Hole k, const Expr* e) { return spill(k, e, label(e), unparen(e)->pos); }

  // Go: escape.teeHole.
  Hole tee(const std::vector<Hole>& ks);
  // Go: escape.later.
  Hole later(Hole k);
  Hole dot_type(Hole k, const Type* t, const Node* where, const char* why);

  Hole dcl(const Object* v);

  // ---- statements (Go: stmt.go) ----
  void block(const std::vector<Stmt*>& list);

  void stmt(Stmt* s);

  void var_decl(VarDecl* d);

  void assign_stmt(AssignStmt* s);

  // a, b = f() (OAS2FUNC), v, ok = m[k] / <-ch / x.(T).
  void assign_multi(const std::vector<Expr*>& lhs, Expr* rhs, const Node* where, const std::vector<const Object*>& defs);

  void range_stmt(ForStmt* fs, RangeClause* rc);

  void switch_stmt(SwitchStmt* s);

  void return_stmt(ReturnStmt* s);
  Hole result_hole(const Object* r);

  // ---- assignments (Go: assign.go) ----
  Hole addr(Expr* e);
  std::vector<Hole> addrs(const std::vector<Expr*>& l);

  void assign_list(const std::vector<Expr*>& dsts, const std::vector<Expr*>& srcs, const Node* where, const char* why,
                   const std::vector<const Object*>& defs);

  // Go: ir.SameSafeExpr: the same variable, field path, index or constant.
  static bool same_safe(const Expr* a, const Expr* b);
  // Go: mayAffectMemory.
  static bool may_affect_memory(const Expr* e);
  // Go: isSliceSelfAssign: b.buf = b.buf[n:m] stores no new pointer into b.
  static bool is_slice_self_assign(const Expr* dst, const Expr* src);
  // Go: isSelfAssign: val.x = val.y, val.x[i] = val.y[j], b.buf = b.buf[n:m].
  static bool is_self_assign(const Expr* dst, const Expr* src);

  static std::string stmt_string(const Node* where);

  // Go: escape.reassigned: every destination is reassigned except variables this
  // statement declares (a range statement assigns its variables on every iteration).
  void reassigned(const std::vector<Hole>& ks, const std::vector<const Object*>& defs, bool is_range);

  // ---- expressions (Go: expr.go) ----
  void discard(Expr* e) { expr(g_->discard_hole(), e); }

  void expr(Hole k, Expr* e);

  void expr_skip_conv(Hole k, Expr* e0);

  // Go: escape.unsafeValue: a uintptr expression converted to unsafe.Pointer carries only the
  // unsafe.Pointers converted to uintptr inside it (walk_call.cpp).
  void unsafe_value(Hole k, Expr* e);

  void comp_lit(Hole k, CompositeLit* c);

  // OCLOSURE: the closure record is allocated here; captured variables flow into it once
  // every assignment is known (Batch::flow_closure).
  void closure(Hole k, FuncLit* lit);

  void selector(Hole k, SelectorExpr* s);

  // The receiver argument of x.m: &x for a pointer method on an addressable x, *x for a
  // value method through a pointer, else x.
  void receiver(Hole k, SelectorExpr* s);

  void operation(Hole k, Operation* o);

  void call_expr(Hole k, CallExpr* c);

  // ---- calls (Go: call.go) ----
  Callee method_callee(const SelectorExpr* s);

  Callee func_callee(CallExpr* call);

  bool in_batch(const FuncInfo* fn) const;

  // Go: escape.tagHole. index -1 is the receiver.
  Hole tag_hole(std::vector<Hole>* ks, const Callee& c, int index);

  // Go: callCommon's argument closures, with rewriteArgument for go/defer wrappers: an
  // argument is first copied into a temporary the wrapper closure captures.
  void argument(Hole k, Expr* arg, CallExpr* call, Wrapper* w);
  bool needs_copy(Expr* arg);
  Location* copy_to_temp(Expr* arg, Wrapper* w);

  // The implicit `... argument` slice literal of a variadic call (typecheck.FixVariadicCall).
  void variadic_pack(Hole k, CallExpr* call, const std::vector<Expr*>& extra, Wrapper* w);

  void call(std::vector<Hole>* ks, CallExpr* c, Wrapper* w);

  void builtin_call(std::vector<Hole>* ks, CallExpr* c, Wrapper* w);

  // Go: escape.goDeferStmt.
  void go_defer(CallStmt* s);

  // ---- positions of implicit conversions ----
  Pos conv_pos(const Expr* e) const;
  void set_conv_positions(const std::vector<Expr*>& order, const std::vector<Expr*>& targets);
  void set_return_conv_positions(const std::vector<Expr*>& results);
  void set_arg_conv_positions(CallExpr* c);
  // Literal elements convert at their own position, keyed ones (and map keys) at the ':'.
  void set_elem_conv_positions(CompositeLit* c);

  // Go: escape.HeapAllocReason for allocation sites.
  std::string site_heap_reason(const Expr* e) const;

  Batch* b_;
  Graph* g_;
  const FuncInfo* fn_;
  int loop_depth_ = 1;
  std::map<const Expr*, Pos> conv_pos_;  // lookup only
  TempNames temps_;
  std::string label(const Expr* e) const { return ir_string(e, &temps_); }
};

}  // namespace gosim::escape
