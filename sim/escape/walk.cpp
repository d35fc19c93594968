// Statements, expressions, assignments and calls into graph edges.
//
// Go: cmd/compile/internal/escape/stmt.go (stmt), expr.go (exprSkipInit), assign.go
// (addr, assignList, reassigned), call.go (callCommon, goDeferStmt, tagHole), escape.go
// (initFunc, flowClosure). Each case below names the IR op it stands for.
#include "sim/escape/walk.h"

#include <algorithm>

#include "sim/escape/irfmt.h"
#include "sim/escape/libtags.h"
#include "sim/escape/positions.h"
#include "sim/escape/temps.h"

namespace gosim::escape {

using namespace lang;

bool has_pointers(const Type* t) {
  if (t == nullptr) return false;
  t = under(t);
  switch (t->kind) {
    case TypeKind::String: case TypeKind::UnsafePointer: case TypeKind::Pointer: case TypeKind::Slice:
    case TypeKind::Map: case TypeKind::Chan: case TypeKind::Func: case TypeKind::Interface:
    case TypeKind::UntypedString: case TypeKind::UntypedNil:
      return true;
    case TypeKind::Array: return t->len > 0 && has_pointers(t->elem);
    case TypeKind::Struct:
      for (const StructField& f : t->fields) {
        if (has_pointers(f.type)) return true;
      }
      return false;
    default: return false;
  }
}

// Go: types.IsDirectIface: values stored directly in an interface's data word.
bool is_direct_iface(const Type* t) {
  t = under(t);
  switch (t->kind) {
    case TypeKind::Pointer: case TypeKind::Chan: case TypeKind::Map: case TypeKind::Func:
    case TypeKind::UnsafePointer:
      return true;
    case TypeKind::Array: return t->len == 1 && is_direct_iface(t->elem);
    case TypeKind::Struct: return t->fields.size() == 1 && is_direct_iface(t->fields[0].type);
    default: return false;
  }
}

std::string result_name(const FuncInfo* fn, size_t i) {
  const Object* r = fn->results[i];
  if (r->name.empty()) return "~r" + std::to_string(i);
  if (r->name == "_") return "~b" + std::to_string(i);
  return r->name;
}

Location* Batch::var_loc(const Object* v) const {
  auto it = vars_.find(v);
  return it == vars_.end() ? nullptr : it->second;
}

namespace {

bool is_string_type(const Type* t) { return t != nullptr && under(t)->kind == TypeKind::String; }
bool is_byte_or_rune_slice(const Type* t) {
  if (t == nullptr || under(t)->kind != TypeKind::Slice) return false;
  const TypeKind k = under(under(t)->elem)->kind;
  return k == TypeKind::Uint8 || k == TypeKind::Int32;
}

bool is_blank(const Expr* e) {
  e = unparen(e);
  return e == nullptr || (e->kind == NodeKind::Name && as<Name>(e)->value == "_");
}

}  // namespace

// One function body being walked (Go: escape, the per-function state).
class FuncWalker {
 public:
  FuncWalker(Batch* b, const FuncInfo* fn) : b_(b), g_(b->g_), fn_(fn), temps_(number_temps(fn)) {}

  // The package initializers the compiler puts in a synthetic init function: each is an
  // assignment to a global, i.e. to the heap.
  void walk_inits(const std::vector<const InitEntry*>& inits) {
    for (const InitEntry* e : inits) {
      if (e->lhs.size() == 1) {
        expr(g_->heap_hole(), e->init);
        continue;
      }
      Expr* r = unparen(e->init);
      std::vector<Hole> ks(e->lhs.size(), g_->heap_hole());
      if (r->kind == NodeKind::CallExpr) {
        call(&ks, as<CallExpr>(r), nullptr);
      } else {
        expr(g_->heap_hole(), r);
      }
    }
  }

  void walk_body() {
    const BlockStmt* body = fn_->lit != nullptr ? fn_->lit->body : (fn_->decl != nullptr ? fn_->decl->body : nullptr);
    if (body != nullptr) block(body->list);
  }

 private:
  struct Wrapper {
    std::vector<Location*> temps;
  };
  // Who a call calls, when known statically.
  struct Callee {
    const FuncInfo* fn = nullptr;  // declared function, method or function literal
    const Object* lib = nullptr;   // library function or method
    const Type* sig = nullptr;
  };

  // ---- holes ----
  Hole hole(Location* l) { return Hole{l}; }
  Hole note(Hole k, const Node* where, const char* why) {
    if (!g_->explain) return k;
    return g_->note(k, where->pos, where_string(where), why);
  }
  Hole deref(Hole k, const Node* where, const char* why) { return note(g_->shift(k, 1), where, why); }
  Hole addr_of(Hole k, const Node* where, const char* why) { return note(g_->shift(k, -1), where, why); }
  static std::string where_string(const Node* n) {
    if (is_expr_kind(n->kind)) return ir_string(static_cast<const Expr*>(n));
    return stmt_string(n);
  }

  Location* new_loc(LocKind kind, bool transient) { return g_->new_loc(kind, fn_, loop_depth_, transient); }

  // Go: escape.spill: storage allocated by expression e; its address flows to k.
  Hole spill(Hole k, const Expr* e, std::string label, Pos pos) {
    Location* l = new_loc(LocKind::Site, true);
    l->expr = e;
    l->label = std::move(label);
    l->pos = pos;
    l->heap_reason = site_heap_reason(e);
    g_->flow(addr_of(k, e, "spill"), l);
    return hole(l);
  }
  Hole spill(Hole k, const Expr* e) { return spill(k, e, label(e), unparen(e)->pos); }

  // Go: escape.teeHole.
  Hole tee(const std::vector<Hole>& ks) {
    if (ks.empty()) return g_->discard_hole();
    if (ks.size() == 1) return ks[0];
    Location* l = new_loc(LocKind::Temp, true);
    for (const Hole& k : ks) g_->flow(k, l);
    return hole(l);
  }
  // Go: escape.later.
  Hole later(Hole k) {
    Location* l = new_loc(LocKind::Temp, false);
    g_->flow(k, l);
    return hole(l);
  }
  Hole dot_type(Hole k, const Type* t, const Node* where, const char* why) {
    if (!is_interface(t) && !is_direct_iface(t)) k = g_->shift(k, 1);
    return note(k, where, why);
  }

  Hole dcl(const Object* v) {
    Location* l = b_->var_loc(v);
    if (l == nullptr) return g_->discard_hole();
    l->loop_depth = loop_depth_;
    return hole(l);
  }

  // ---- statements (Go: stmt.go) ----
  void block(const std::vector<Stmt*>& list) {
    const int old = loop_depth_;
    for (Stmt* s : list) stmt(s);
    loop_depth_ = old;
  }

  void stmt(Stmt* s) {
    if (s == nullptr) return;
    switch (s->kind) {
      case NodeKind::EmptyStmt: case NodeKind::BranchStmt: return;
      case NodeKind::LabeledStmt: stmt(as<LabeledStmt>(s)->stmt); return;  // no goto: never a loop head
      case NodeKind::BlockStmt: block(as<BlockStmt>(s)->list); return;
      case NodeKind::ExprStmt: {
        Expr* x = unparen(as<ExprStmt>(s)->x);
        if (x->kind == NodeKind::CallExpr) {
          call(nullptr, as<CallExpr>(x), nullptr);
        } else {
          discard(x);
        }
        return;
      }
      case NodeKind::SendStmt: {  // OSEND: the value is stored in the channel's heap buffer
        auto* ss = as<SendStmt>(s);
        discard(ss->chan);
        set_conv_positions({ss->chan, ss->value}, {ss->value});
        expr(note(g_->heap_hole(), s, "send"), ss->value);
        return;
      }
      case NodeKind::DeclStmt:
        for (Decl* d : as<DeclStmt>(s)->decls) {
          if (d->kind == NodeKind::VarDecl) var_decl(as<VarDecl>(d));
        }
        return;
      case NodeKind::AssignStmt: assign_stmt(as<AssignStmt>(s)); return;
      case NodeKind::IfStmt: {
        auto* is = as<IfStmt>(s);
        stmt(is->init);
        discard(is->cond);
        block(is->then->list);
        if (is->else_stmt != nullptr) {
          const int old = loop_depth_;
          stmt(is->else_stmt);
          loop_depth_ = old;
        }
        return;
      }
      case NodeKind::ForStmt: {
        auto* fs = as<ForStmt>(s);
        if (fs->init != nullptr && fs->init->kind == NodeKind::RangeClause) {
          range_stmt(fs, as<RangeClause>(fs->init));
          return;
        }
        stmt(fs->init);
        loop_depth_++;
        discard(fs->cond);
        stmt(fs->post);
        block(fs->body->list);
        loop_depth_--;
        return;
      }
      case NodeKind::SwitchStmt: switch_stmt(as<SwitchStmt>(s)); return;
      case NodeKind::SelectStmt:
        for (CommClause* c : as<SelectStmt>(s)->body) {
          stmt(c->comm);
          block(c->body);
        }
        return;
      case NodeKind::CallStmt: go_defer(as<CallStmt>(s)); return;
      case NodeKind::ReturnStmt: return_stmt(as<ReturnStmt>(s)); return;
      default: return;
    }
  }

  void var_decl(VarDecl* d) {
    std::vector<Expr*> values = unpack_list(d->values);
    if (values.empty()) {
      // ODCL, then `x = <zero>`, which does not count as a reassignment.
      for (Name* n : d->names) dcl(n->obj);
      return;
    }
    std::vector<Expr*> lhs(d->names.begin(), d->names.end());
    // irgen sets base.Pos to the declaration (its first name), then to each non-constant value.
    Pos p = last_expr_pos(values);
    if (!p.known()) p = d->names[0]->pos;
    for (Expr* v : values) conv_pos_[v] = p;
    if (values.size() == d->names.size()) {
      for (size_t i = 0; i < values.size(); i++) {
        dcl(d->names[i]->obj);
        assign_list({lhs[i]}, {values[i]}, d, "assign", {d->names[i]->obj});
      }
      return;
    }
    std::vector<const Object*> defs;
    for (Name* n : d->names) {
      dcl(n->obj);
      defs.push_back(n->obj);
    }
    assign_multi(lhs, values[0], d, defs);
  }

  void assign_stmt(AssignStmt* s) {
    std::vector<Expr*> lhs = unpack_list(s->lhs);
    if (s->op != Op::None && s->op != Op::Def) {  // OASOP and ++/--
      if (s->rhs != nullptr) set_conv_positions({s->rhs, s->lhs}, {s->rhs});
      assign_list(lhs, {s->rhs}, s, "assign", {});
      return;
    }
    std::vector<Expr*> rhs = unpack_list(s->rhs);
    std::vector<const Object*> defs;
    std::vector<Expr*> order(rhs);
    if (s->op == Op::Def) {
      for (Expr* l : lhs) {
        auto* n = as<Name>(unparen(l));
        if (n->obj != nullptr && n->obj->pos == n->pos) {
          dcl(n->obj);  // initDefn: the new names' ODCLs
          defs.push_back(n->obj);
        } else {
          order.push_back(l);
        }
      }
    } else {
      order.insert(order.end(), lhs.begin(), lhs.end());
    }
    set_conv_positions(order, rhs);
    if (lhs.size() == rhs.size()) {
      assign_list(lhs, rhs, s, lhs.size() == 1 ? "assign" : "assign-pair", defs);
      return;
    }
    assign_multi(lhs, rhs[0], s, defs);
  }

  // a, b = f() (OAS2FUNC), v, ok = m[k] / <-ch / x.(T).
  void assign_multi(const std::vector<Expr*>& lhs, Expr* rhs, const Node* where, const std::vector<const Object*>& defs) {
    Expr* r = unparen(rhs);
    if (r->kind == NodeKind::CallExpr && as<CallExpr>(r)->call_kind != CallKind::Conversion) {
      std::vector<Hole> ks = addrs(lhs);
      call(&ks, as<CallExpr>(r), nullptr);
      reassigned(ks, defs, false);
      return;
    }
    const char* why = "assign-pair";
    if (r->kind == NodeKind::IndexExpr) why = "assign-pair-mapr";
    if (r->kind == NodeKind::Operation) why = "assign-pair-receive";
    if (r->kind == NodeKind::AssertExpr) why = "assign-pair-dot-type";
    assign_list(lhs, {rhs}, where, why, defs);
  }

  void range_stmt(ForStmt* fs, RangeClause* rc) {
    std::vector<Expr*> lhs = unpack_list(rc->lhs);
    std::vector<const Object*> defs;
    if (rc->def) {
      for (Expr* l : lhs) {
        auto* n = as<Name>(unparen(l));
        if (n->obj != nullptr && n->obj->kind == ObjKind::Var) dcl(n->obj);
      }
    }
    // X is evaluated once, outside the loop.
    Location* tmp = new_loc(LocKind::Temp, false);
    expr(hole(tmp), rc->x);
    loop_depth_++;
    while (lhs.size() < 2) lhs.push_back(nullptr);
    std::vector<Hole> ks = addrs(lhs);
    const Type* xt = rc->x->type != nullptr ? under(rc->x->type) : nullptr;
    if (xt != nullptr && xt->kind == TypeKind::Array) {
      g_->flow(note(ks[1], fs, "range"), tmp);
    } else {
      g_->flow(deref(ks[1], fs, "range-deref"), tmp);
    }
    reassigned(ks, defs, true);
    block(fs->body->list);
    loop_depth_--;
  }

  void switch_stmt(SwitchStmt* s) {
    stmt(s->init);
    if (s->tag != nullptr && s->tag->kind == NodeKind::TypeSwitchGuard) {
      auto* guard = as<TypeSwitchGuard>(s->tag);
      std::vector<Hole> ks;
      if (guard->lhs != nullptr) {
        for (CaseClause* c : s->body) {
          if (c->implicit_obj == nullptr) continue;
          Hole k = dcl(c->implicit_obj);
          if (has_pointers(c->implicit_obj->type)) ks.push_back(dot_type(k, c->implicit_obj->type, c, "switch case"));
        }
      }
      expr(tee(ks), guard->x);
    } else {
      discard(s->tag);
    }
    for (CaseClause* c : s->body) {
      for (Expr* x : unpack_list(c->cases)) {
        if (x->mode != Mode::TypeExpr) discard(x);
      }
      block(c->body);
    }
  }

  void return_stmt(ReturnStmt* s) {
    std::vector<Expr*> results = unpack_list(s->results);
    std::vector<Expr*> dsts;  // null entries stand for the result variables
    if (results.size() == 1 && fn_->results.size() > 1) {
      std::vector<Hole> ks;
      for (const Object* r : fn_->results) ks.push_back(result_hole(r));
      call(&ks, as<CallExpr>(unparen(results[0])), nullptr);
      reassigned(ks, {}, false);
      return;
    }
    set_return_conv_positions(results);
    std::vector<Hole> ks;
    for (const Object* r : fn_->results) ks.push_back(result_hole(r));
    for (size_t i = 0; i < ks.size() && i < results.size(); i++) expr(note(ks[i], s, "return"), results[i]);
    reassigned(ks, {}, false);
  }
  Hole result_hole(const Object* r) {
    Location* l = b_->var_loc(r);
    return l == nullptr ? g_->discard_hole() : hole(l);
  }

  // ---- assignments (Go: assign.go) ----
  Hole addr(Expr* e) {
    if (is_blank(e)) return g_->discard_hole();
    e = unparen(e);
    switch (e->kind) {
      case NodeKind::Name: {
        const Object* o = as<Name>(e)->obj;
        if (o == nullptr || o->kind != ObjKind::Var || o->var_kind == VarKind::Global) return g_->heap_hole();
        Location* l = b_->var_loc(o);
        return l == nullptr ? g_->heap_hole() : hole(l);
      }
      case NodeKind::SelectorExpr: {
        auto* s = as<SelectorExpr>(e);
        if (s->sel_kind == SelKind::Qualified) return g_->heap_hole();
        if (s->indirect) {  // ODOTPTR
          discard(e);
          return g_->heap_hole();
        }
        return addr(s->x);  // ODOT
      }
      case NodeKind::IndexExpr: {
        auto* ix = as<IndexExpr>(e);
        const Type* xt = under(ix->x->type);
        if (xt->kind == TypeKind::Map) {  // OINDEXMAP: keys are stored in the map's heap buckets
          discard(ix->x);
          expr(note(g_->heap_hole(), e, "key of map put"), ix->index);
          return g_->heap_hole();
        }
        discard(ix->index);
        if (xt->kind == TypeKind::Array) return addr(ix->x);
        discard(ix->x);
        return g_->heap_hole();
      }
      case NodeKind::Operation:  // ODEREF
        discard(e);
        return g_->heap_hole();
      default: return g_->heap_hole();
    }
  }
  std::vector<Hole> addrs(const std::vector<Expr*>& l) {
    std::vector<Hole> ks;
    for (Expr* e : l) ks.push_back(e == nullptr ? g_->discard_hole() : addr(e));
    return ks;
  }

  void assign_list(const std::vector<Expr*>& dsts, const std::vector<Expr*>& srcs, const Node* where, const char* why,
                   const std::vector<const Object*>& defs) {
    std::vector<Hole> ks = addrs(dsts);
    for (size_t i = 0; i < ks.size(); i++) {
      Expr* src = i < srcs.size() ? srcs[i] : nullptr;
      Hole k = ks[i];
      if (src != nullptr && dsts[i] != nullptr && is_self_assign(dsts[i], src)) {
        if (g_->warnings != nullptr) {
          g_->warnings->push_back(Decision{where->pos, fn_->name + " ignoring self-assignment in " + stmt_string(where), {}});
        }
        k = g_->discard_hole();
      }
      expr(note(k, where, why), src);
    }
    reassigned(ks, defs, false);
  }

  // Go: ir.SameSafeExpr: the same variable, field path, index or constant.
  static bool same_safe(const Expr* a, const Expr* b) {
    a = unparen(a);
    b = unparen(b);
    if (a->mode == Mode::Constant || b->mode == Mode::Constant) {
      return a->mode == b->mode && expr_string(a) == expr_string(b);
    }
    if (a->kind != b->kind) return false;
    switch (a->kind) {
      case NodeKind::Name: return as<Name>(a)->obj == as<Name>(b)->obj;
      case NodeKind::SelectorExpr: {
        auto* x = as<SelectorExpr>(a);
        auto* y = as<SelectorExpr>(b);
        return x->sel_kind == SelKind::FieldVal && x->sel_obj == y->sel_obj && x->indirect == y->indirect &&
               same_safe(x->x, y->x);
      }
      case NodeKind::IndexExpr:
        return under(as<IndexExpr>(a)->x->type)->kind != TypeKind::Map &&
               same_safe(as<IndexExpr>(a)->x, as<IndexExpr>(b)->x) &&
               same_safe(as<IndexExpr>(a)->index, as<IndexExpr>(b)->index);
      case NodeKind::Operation: {
        auto* x = as<Operation>(a);
        auto* y = as<Operation>(b);
        return x->y == nullptr && y->y == nullptr && x->op == Op::Mul && y->op == Op::Mul && same_safe(x->x, y->x);
      }
      default: return false;
    }
  }
  // Go: mayAffectMemory.
  static bool may_affect_memory(const Expr* e) {
    e = unparen(e);
    if (e->mode == Mode::Constant || e->mode == Mode::NilValue) return false;
    switch (e->kind) {
      case NodeKind::Name: return false;
      case NodeKind::Operation: {
        auto* o = as<Operation>(e);
        if (o->y == nullptr) return o->op == Op::Recv || may_affect_memory(o->x);
        return may_affect_memory(o->x) || may_affect_memory(o->y);
      }
      case NodeKind::IndexExpr:
        return under(as<IndexExpr>(e)->x->type)->kind == TypeKind::Map || may_affect_memory(as<IndexExpr>(e)->x) ||
               may_affect_memory(as<IndexExpr>(e)->index);
      case NodeKind::SelectorExpr:
        return as<SelectorExpr>(e)->sel_kind != SelKind::FieldVal || may_affect_memory(as<SelectorExpr>(e)->x);
      case NodeKind::CallExpr: {
        auto* c = as<CallExpr>(e);
        if (c->call_kind == CallKind::Conversion) return may_affect_memory(c->args[0]);
        if (c->call_kind == CallKind::Builtin && (static_cast<BuiltinId>(c->builtin) == BuiltinId::Len ||
                                                  static_cast<BuiltinId>(c->builtin) == BuiltinId::Cap)) {
          return may_affect_memory(c->args[0]);
        }
        return true;
      }
      default: return true;
    }
  }
  // Go: isSliceSelfAssign: b.buf = b.buf[n:m] stores no new pointer into b.
  static bool is_slice_self_assign(const Expr* dst, const Expr* src) {
    auto base_name = [](const Expr* e) -> const Object* {
      e = unparen(e);
      const Expr* x = nullptr;
      if (e->kind == NodeKind::SelectorExpr && as<SelectorExpr>(e)->sel_kind == SelKind::FieldVal &&
          as<SelectorExpr>(e)->indirect) {
        x = unparen(as<SelectorExpr>(e)->x);
      } else if (e->kind == NodeKind::Operation && as<Operation>(e)->y == nullptr && as<Operation>(e)->op == Op::Mul) {
        x = unparen(as<Operation>(e)->x);
      }
      return x != nullptr && x->kind == NodeKind::Name ? as<Name>(x)->obj : nullptr;
    };
    const Object* d = base_name(dst);
    if (d == nullptr || unparen(src)->kind != NodeKind::SliceExpr) return false;
    auto* sx = as<SliceExpr>(unparen(src));
    if (under(sx->x->type)->kind == TypeKind::Array) return false;
    return base_name(sx->x) == d;
  }
  // Go: isSelfAssign: val.x = val.y, val.x[i] = val.y[j], b.buf = b.buf[n:m].
  static bool is_self_assign(const Expr* dst, const Expr* src) {
    if (is_slice_self_assign(dst, src)) return true;
    dst = unparen(dst);
    src = unparen(src);
    if (dst->mode == Mode::Constant || src->mode == Mode::Constant || dst->kind != src->kind) return false;
    if (dst->kind == NodeKind::SelectorExpr) {
      auto* d = as<SelectorExpr>(dst);
      auto* s = as<SelectorExpr>(src);
      if (d->sel_kind != SelKind::FieldVal || s->sel_kind != SelKind::FieldVal || d->indirect != s->indirect) return false;
      return same_safe(d->x, s->x);
    }
    if (dst->kind == NodeKind::IndexExpr) {
      auto* d = as<IndexExpr>(dst);
      auto* s = as<IndexExpr>(src);
      if (under(d->x->type)->kind == TypeKind::Map || under(s->x->type)->kind == TypeKind::Map) return false;
      if (may_affect_memory(d->index) || may_affect_memory(s->index)) return false;
      return same_safe(d->x, s->x);
    }
    return false;
  }

  static std::string stmt_string(const Node* where) {
    auto list = [](Expr* l) {
      std::string out;
      for (Expr* e : unpack_list(l)) out += (out.empty() ? "" : ", ") + ir_string(e);
      return out;
    };
    if (where->kind == NodeKind::ReturnStmt) {
      auto* r = as<ReturnStmt>(where);
      return r->results == nullptr ? "return" : "return " + list(r->results);
    }
    if (where->kind == NodeKind::SendStmt) {
      return ir_string(as<SendStmt>(where)->chan) + " <- " + ir_string(as<SendStmt>(where)->value);
    }
    if (where->kind != NodeKind::AssignStmt) return expr_string(where);
    auto* a = as<AssignStmt>(where);
    std::string op = a->op == Op::None ? "=" : a->op == Op::Def ? ":=" : std::string(op_string(a->op)) + "=";
    return list(a->lhs) + " " + op + " " + list(a->rhs);
  }

  // Go: escape.reassigned: every destination is reassigned except variables this
  // statement declares (a range statement assigns its variables on every iteration).
  void reassigned(const std::vector<Hole>& ks, const std::vector<const Object*>& defs, bool is_range) {
    for (const Hole& k : ks) {
      Location* l = k.dst;
      if (!is_range && l->kind == LocKind::Var && std::find(defs.begin(), defs.end(), l->var) != defs.end()) continue;
      l->reassigned = true;
    }
  }

  // ---- expressions (Go: expr.go) ----
  void discard(Expr* e) { expr(g_->discard_hole(), e); }

  void expr(Hole k, Expr* e) {
    if (e == nullptr) return;
    if (e->convert_to != nullptr && is_interface(e->convert_to) && e->mode != Mode::NilValue && e->type != nullptr &&
        e->type->kind != TypeKind::UntypedNil) {
      // OCONVIFACE (implicit): a non-pointer-shaped value is copied to new storage.
      if (!is_interface(e->type) && !is_direct_iface(e->type)) {
        k = spill(k, e, label(e), conv_pos(e));
        k.dst->conv = true;  // execution tells this box apart from e's own allocation
      }
      k = note(k, e, "interface-converted");
    }
    expr_skip_conv(k, e);
  }

  void expr_skip_conv(Hole k, Expr* e0) {
    Expr* e = unparen(e0);
    if (e == nullptr || e->mode == Mode::Constant || e->mode == Mode::NilValue || e->mode == Mode::TypeExpr ||
        e->mode == Mode::Builtin) {
      return;
    }
    if (k.derefs >= 0 && e->type != nullptr && is_typed(e->type) && !has_pointers(e->type) &&
        e->type->kind != TypeKind::Tuple) {
      k.dst = &g_->blank_loc;
    }
    switch (e->kind) {
      case NodeKind::Name: {  // ONAME
        const Object* o = as<Name>(e)->obj;
        if (o == nullptr || o->kind != ObjKind::Var || o->var_kind == VarKind::Global) return;
        if (Location* l = b_->var_loc(o)) g_->flow(k, l);
        return;
      }
      case NodeKind::CompositeLit: comp_lit(k, as<CompositeLit>(e)); return;
      case NodeKind::FuncLit: closure(k, as<FuncLit>(e)); return;
      case NodeKind::SelectorExpr: selector(k, as<SelectorExpr>(e)); return;
      case NodeKind::IndexExpr: {
        auto* ix = as<IndexExpr>(e);
        const Type* xt = under(ix->x->type);
        if (xt->kind == TypeKind::Map) {  // OINDEXMAP
          discard(ix->x);
          discard(ix->index);
          return;
        }
        if (xt->kind == TypeKind::Array) {
          expr(note(k, e, "fixed-array-index-of"), ix->x);
        } else {
          expr(deref(k, e, "dot of pointer"), ix->x);
        }
        discard(ix->index);
        return;
      }
      case NodeKind::SliceExpr: {
        auto* sx = as<SliceExpr>(e);
        const Type* xt = under(sx->x->type);
        Hole kk = note(k, e, "slice");
        if (xt->kind == TypeKind::Array) kk = addr_of(kk, e, "address-of");  // OSLICEARR: implicit &x
        expr(kk, sx->x);
        for (Expr* i : sx->index) discard(i);
        return;
      }
      case NodeKind::AssertExpr: {  // ODOTTYPE
        auto* ax = as<AssertExpr>(e);
        expr(dot_type(k, e->type, e, "dot"), ax->x);
        return;
      }
      case NodeKind::Operation: operation(k, as<Operation>(e)); return;
      case NodeKind::CallExpr: call_expr(k, as<CallExpr>(e)); return;
      default: return;
    }
  }

  void comp_lit(Hole k, CompositeLit* c) {
    const Type* t = c->type != nullptr ? under(c->type) : nullptr;
    if (t == nullptr) return;
    if (t->kind == TypeKind::Pointer) {  // an elided &T{...} inside an outer literal (OPTRLIT)
      k = spill(k, c, "&" + go_type_string(t->elem) + (c->elems.empty() ? "{}" : "{...}"), c->pos);
      t = under(t->elem);
    }
    auto value_of = [](Expr* el) { return el->kind == NodeKind::KeyValueExpr ? as<KeyValueExpr>(el)->value_expr : el; };
    switch (t->kind) {
      case TypeKind::Struct:
        set_elem_conv_positions(c);
        for (Expr* el : c->elems) expr(note(k, c, "struct literal element"), value_of(el));
        return;
      case TypeKind::Array:
        set_elem_conv_positions(c);
        for (Expr* el : c->elems) expr(note(k, c, "array literal element"), value_of(el));
        return;
      case TypeKind::Slice: {
        Hole ks = spill(k, c);
        set_elem_conv_positions(c);
        for (Expr* el : c->elems) expr(note(ks, c, "slice-literal-element"), value_of(el));
        return;
      }
      case TypeKind::Map: {
        spill(k, c);
        set_elem_conv_positions(c);
        for (Expr* el : c->elems) {
          if (el->kind != NodeKind::KeyValueExpr) continue;
          auto* kv = as<KeyValueExpr>(el);
          expr(note(g_->heap_hole(), c, "map literal key"), kv->key);
          expr(note(g_->heap_hole(), c, "map literal value"), kv->value_expr);
        }
        return;
      }
      default: return;
    }
  }

  // OCLOSURE: the closure record is allocated here; captured variables flow into it once
  // every assignment is known (Batch::flow_closure).
  void closure(Hole k, FuncLit* lit) {
    k = spill(k, lit, "func literal", lit->pos);
    if (b_->tags_->state[lit->func] == 0) b_->init_func(lit->func);  // a literal in a package-level initializer
    b_->closures_.push_back(Batch::Closure{k, lit->func});
    for (const Object* cv : lit->func->captures) {
      Location* l = b_->var_loc(cv);
      if (l == nullptr || l->captured) continue;
      l->captured = true;
      // Reassignments in straight-line code before the first capture do not count.
      if (l->loop_depth == loop_depth_) l->reassigned = false;
    }
    FuncWalker inner(b_, lit->func);
    inner.walk_body();
  }

  void selector(Hole k, SelectorExpr* s) {
    switch (s->sel_kind) {
      case SelKind::Qualified: return;
      case SelKind::FieldVal:
        if (s->indirect) {
          expr(deref(k, s, "dot of pointer"), s->x);  // ODOTPTR
        } else {
          expr(note(k, s, "dot"), s->x);  // ODOT
        }
        return;
      case SelKind::MethodVal: {  // OMETHVALUE: a closure binding the receiver
        Hole closure_k = spill(k, s);
        Callee callee = method_callee(s);
        std::vector<Hole> ks;
        if (callee.sig != nullptr && callee.sig->results != nullptr) {
          for (size_t i = 0; i < callee.sig->results->elems.size(); i++) ks.push_back(g_->heap_hole());
        }
        Hole param_k = s->iface_method ? g_->heap_hole() : tag_hole(&ks, callee, -1);
        receiver(tee({param_k, closure_k}), s);
        return;
      }
      default: return;
    }
  }

  // The receiver argument of x.m: &x for a pointer method on an addressable x, *x for a
  // value method through a pointer, else x.
  void receiver(Hole k, SelectorExpr* s) {
    const Object* m = s->sel_obj;
    if (s->addr_recv) {
      expr(addr_of(k, s, "address-of"), s->x);
    } else if (!s->iface_method && m != nullptr && !m->ptr_recv && s->x->type != nullptr && is_pointer(s->x->type)) {
      expr(deref(k, s, "indirection"), s->x);
    } else {
      expr(k, s->x);
    }
  }

  void operation(Hole k, Operation* o) {
    if (o->y == nullptr) {
      switch (o->op) {
        case Op::And:
          if (unparen(o->x)->kind == NodeKind::CompositeLit) {  // OPTRLIT
            expr_skip_conv(spill(k, o), o->x);
          } else {
            expr(addr_of(k, o, "address-of"), o->x);  // OADDR
          }
          return;
        case Op::Mul: expr(deref(k, o, "indirection"), o->x); return;  // ODEREF
        default: discard(o->x); return;  // ORECV, unary arithmetic
      }
    }
    if (o->op == Op::Add && is_string_type(o->type)) {  // OADDSTR: operands never escape
      spill(k, o);
      std::vector<Expr*> operands;
      Expr* x = o;
      while (x->kind == NodeKind::Operation && as<Operation>(x)->op == Op::Add && as<Operation>(x)->y != nullptr &&
             x->mode != Mode::Constant) {
        operands.push_back(as<Operation>(x)->y);
        x = unparen(as<Operation>(x)->x);
      }
      operands.push_back(x);
      for (auto it = operands.rbegin(); it != operands.rend(); ++it) discard(*it);
      return;
    }
    discard(o->x);
    discard(o->y);
  }

  void call_expr(Hole k, CallExpr* c) {
    switch (c->call_kind) {
      case CallKind::Conversion: {
        Expr* x = c->args.empty() ? nullptr : c->args[0];
        if (x == nullptr) return;
        const Type* to = c->type;
        if (is_interface(to) && !is_interface(x->type)) {  // explicit OCONVIFACE
          if (!is_direct_iface(x->type)) k = spill(k, c);
          expr(note(k, c, "interface-converted"), x);
          return;
        }
        if (x->mode == Mode::Constant && is_byte_or_rune_slice(to) && under(under(to)->elem)->kind == TypeKind::Int32) {
          // []rune("const") is rewritten to a slice literal of the runes.
          spill(k, c, go_type_string(to) + "{...}", c->pos);
          return;
        }
        if ((is_string_type(to) && (is_byte_or_rune_slice(x->type) || is_integer(x->type))) ||
            (is_byte_or_rune_slice(to) && is_string_type(x->type))) {
          spill(k, c);  // OBYTES2STR, ORUNES2STR, OSTR2BYTES, OSTR2RUNES, ORUNESTR
          discard(x);
          return;
        }
        expr(k, x);  // OCONV, OCONVNOP
        return;
      }
      case CallKind::Builtin: {
        const auto id = static_cast<BuiltinId>(c->builtin);
        if (id == BuiltinId::New) {
          spill(k, c);
          return;
        }
        if (id == BuiltinId::Make) {
          const Type* t = under(c->type);
          if (t->kind != TypeKind::Chan) spill(k, c);  // OMAKECHAN allocates no tracked storage
          for (size_t i = 1; i < c->args.size(); i++) discard(c->args[i]);
          return;
        }
        std::vector<Hole> ks{k};
        call(&ks, c, nullptr);
        return;
      }
      default: {
        std::vector<Hole> ks{k};
        call(&ks, c, nullptr);
        return;
      }
    }
  }

  // ---- calls (Go: call.go) ----
  Callee method_callee(const SelectorExpr* s) {
    Callee c;
    const Object* m = s->sel_obj;
    if (m == nullptr || s->iface_method) return c;
    c.sig = m->type;
    if (m->func != nullptr) {
      c.fn = m->func;
    } else if (m->lib != LibFunc::None) {
      c.lib = m;
    }
    return c;
  }

  Callee func_callee(CallExpr* call) {
    Callee c;
    Expr* fun = unparen(call->fun);
    c.sig = fun->type;
    if (fun->kind == NodeKind::FuncLit) {
      c.fn = as<FuncLit>(fun)->func;
      g_->closure_called.push_back(c.fn);
    } else if (fun->kind == NodeKind::Name) {
      const Object* o = as<Name>(fun)->obj;
      if (o != nullptr && o->kind == ObjKind::Func) {
        if (o->func != nullptr) c.fn = o->func;
        else if (o->lib != LibFunc::None) c.lib = o;
      } else if (o != nullptr && o->kind == ObjKind::Var) {
        auto it = b_->static_funcs_.find(o);
        if (it != b_->static_funcs_.end() && !o->assigned && !o->address_taken) c.fn = it->second->func;
      }
    } else if (fun->kind == NodeKind::SelectorExpr && as<SelectorExpr>(fun)->sel_kind == SelKind::Qualified) {
      const Object* o = as<SelectorExpr>(fun)->sel_obj;
      if (o != nullptr && o->kind == ObjKind::Func && o->lib != LibFunc::None) c.lib = o;
    }
    return c;
  }

  bool in_batch(const FuncInfo* fn) const {
    auto it = b_->tags_->state.find(fn);
    return it != b_->tags_->state.end() && it->second == 1;
  }

  // Go: escape.tagHole. index -1 is the receiver.
  Hole tag_hole(std::vector<Hole>* ks, const Callee& c, int index) {
    if (c.fn == nullptr && c.lib == nullptr) return g_->heap_hole();
    if (c.fn != nullptr && in_batch(c.fn)) {
      const Object* p = index < 0 ? c.fn->recv : (size_t(index) < c.fn->params.size() ? c.fn->params[index] : nullptr);
      if (p == nullptr || p->name.empty() || p->name == "_") return g_->discard_hole();
      Location* l = b_->var_loc(p);
      return l == nullptr ? g_->discard_hole() : hole(l);
    }
    Leaks esc;
    if (c.fn != nullptr) {
      const Object* p = index < 0 ? c.fn->recv : (size_t(index) < c.fn->params.size() ? c.fn->params[index] : nullptr);
      auto it = p != nullptr ? b_->tags_->by_param.find(p) : b_->tags_->by_param.end();
      if (it != b_->tags_->by_param.end()) {
        esc = it->second;
      } else {
        esc.add_heap(0);
      }
    } else {
      esc = lib_param_tag(c.lib->lib, index);
    }
    std::vector<Hole> tag_ks;
    if (const int x = esc.heap(); x >= 0) tag_ks.push_back(g_->shift(g_->heap_hole(), x));
    if (ks != nullptr) {
      for (int i = 0; i < kNumEscResults && size_t(i) < ks->size(); i++) {
        if (const int x = esc.result(i); x >= 0) tag_ks.push_back(g_->shift((*ks)[i], x));
      }
    }
    return tee(tag_ks);
  }

  // Go: callCommon's argument closures, with rewriteArgument for go/defer wrappers: an
  // argument is first copied into a temporary the wrapper closure captures.
  void argument(Hole k, Expr* arg, CallExpr* call, Wrapper* w) {
    if (w != nullptr && needs_copy(arg)) {
      Location* tmp = copy_to_temp(arg, w);
      g_->flow(note(k, call, "call parameter"), tmp);
      return;
    }
    expr(note(k, call, "call parameter"), arg);
  }
  bool needs_copy(Expr* arg) {
    // An implicit conversion to an interface is an OCONVIFACE node, never a literal.
    if (arg->convert_to != nullptr && is_interface(arg->convert_to) && arg->mode != Mode::NilValue) return true;
    Expr* a = unparen(arg);
    if (a->mode == Mode::Constant || a->mode == Mode::NilValue) return false;
    if (a->kind == NodeKind::Name && as<Name>(a)->obj != nullptr && as<Name>(a)->obj->kind == ObjKind::Func) return false;
    return true;
  }
  Location* copy_to_temp(Expr* arg, Wrapper* w) {
    Location* tmp = new_loc(LocKind::Temp, false);
    tmp->captured = true;
    expr(hole(tmp), arg);
    w->temps.push_back(tmp);
    return tmp;
  }

  // The implicit `... argument` slice literal of a variadic call (typecheck.FixVariadicCall).
  void variadic_pack(Hole k, CallExpr* call, const std::vector<Expr*>& extra, Wrapper* w) {
    if (extra.empty()) return;  // a nil slice
    std::vector<Location*> temps;
    if (w != nullptr) {
      for (Expr* a : extra) temps.push_back(needs_copy(a) ? copy_to_temp(a, w) : nullptr);
    }
    Hole ks = spill(note(k, call, "call parameter"), call, "... argument", call->pos);
    for (size_t i = 0; i < extra.size(); i++) {
      Hole ke = note(ks, call, "slice-literal-element");
      if (w != nullptr && temps[i] != nullptr) {
        g_->flow(ke, temps[i]);
      } else {
        expr(ke, extra[i]);
      }
    }
  }

  void call(std::vector<Hole>* ks, CallExpr* c, Wrapper* w) {
    if (c->call_kind == CallKind::Builtin) {
      builtin_call(ks, c, w);
      return;
    }
    if (c->call_kind == CallKind::Conversion) {
      discard(c);
      return;
    }
    set_arg_conv_positions(c);
    Callee callee;
    SelectorExpr* msel = nullptr;
    if (c->call_kind == CallKind::Method || c->call_kind == CallKind::Interface) {
      msel = as<SelectorExpr>(unparen(c->fun));
      callee = c->call_kind == CallKind::Method ? method_callee(msel) : Callee{};
      if (callee.sig == nullptr) callee.sig = msel->type;
    } else {
      callee = func_callee(c);
    }
    if (ks != nullptr && callee.fn != nullptr && in_batch(callee.fn)) {
      for (size_t i = 0; i < callee.fn->results.size() && i < ks->size(); i++) {
        Location* r = b_->var_loc(callee.fn->results[i]);
        if (r == nullptr) continue;
        Hole k = (*ks)[i];
        if (k.derefs >= 0 && !has_pointers(callee.fn->results[i]->type)) k.dst = &g_->blank_loc;
        g_->flow(k, r);
      }
    }
    if (msel == nullptr) {
      // The callee expression itself (a function value, a literal called directly).
      Expr* fun = unparen(c->fun);
      if (w != nullptr && needs_copy(fun)) {
        copy_to_temp(fun, w);
      } else {
        discard(fun);
      }
    } else {
      Hole rk = msel->iface_method ? g_->heap_hole() : tag_hole(ks, callee, -1);
      rk = note(rk, c, "call parameter");
      if (w != nullptr && needs_copy(msel->x)) {
        Location* tmp = new_loc(LocKind::Temp, false);
        tmp->captured = true;
        receiver(hole(tmp), msel);
        w->temps.push_back(tmp);
        g_->flow(rk, tmp);
      } else {
        receiver(rk, msel);
      }
    }
    const Type* sig = callee.sig != nullptr ? under(callee.sig) : nullptr;
    if (sig == nullptr || sig->kind != TypeKind::Func) {
      for (Expr* a : c->args) argument(g_->heap_hole(), a, c, w);
      return;
    }
    const size_t nparams = sig->params->elems.size();
    // f(g()) with a multi-value g: its results go through temporaries.
    if (c->args.size() == 1 && c->args[0]->type != nullptr && c->args[0]->type->kind == TypeKind::Tuple &&
        unparen(c->args[0])->kind == NodeKind::CallExpr) {
      std::vector<Hole> tks;
      std::vector<Location*> temps;
      for (size_t i = 0; i < c->args[0]->type->elems.size(); i++) {
        temps.push_back(new_loc(LocKind::Temp, false));
        tks.push_back(hole(temps.back()));
      }
      call(&tks, as<CallExpr>(unparen(c->args[0])), nullptr);
      // The temporaries are arguments like any other: converted to interfaces (at the
      // call) and packed into the variadic slice.
      int first = 0;
      if (auto it = temps_.find(c->args[0]); it != temps_.end()) first = std::stoi(it->second);
      auto pass = [&](Hole k, size_t i) {
        const Type* to = i < c->result_convs.size() ? c->result_convs[i] : nullptr;
        const Type* from = c->args[0]->type->elems[i];
        if (to != nullptr && is_interface(to) && !is_interface(from) && !is_direct_iface(from)) {
          k = spill(k, c, ".autotmp_" + std::to_string(first + int(i)), c->pos);
        }
        g_->flow(note(k, c, "call parameter"), temps[i]);
      };
      for (size_t i = 0; i < temps.size() && i < nparams; i++) {
        if (i + 1 == nparams && sig->variadic) {
          Hole pk = spill(note(tag_hole(ks, callee, int(i)), c, "call parameter"), c, "... argument", c->pos);
          for (size_t j = i; j < temps.size(); j++) pass(note(pk, c, "slice-literal-element"), j);
          break;
        }
        pass(tag_hole(ks, callee, int(i)), i);
      }
      return;
    }
    for (size_t i = 0; i < nparams; i++) {
      Hole k = tag_hole(ks, callee, int(i));
      if (i + 1 == nparams && sig->variadic && !c->has_dots) {
        std::vector<Expr*> extra;
        for (size_t j = i; j < c->args.size(); j++) extra.push_back(c->args[j]);
        variadic_pack(k, c, extra, w);
        break;
      }
      if (i < c->args.size()) argument(k, c->args[i], c, w);
    }
  }

  void builtin_call(std::vector<Hole>* ks, CallExpr* c, Wrapper* w) {
    const auto id = static_cast<BuiltinId>(c->builtin);
    set_arg_conv_positions(c);
    switch (id) {
      case BuiltinId::Append: {
        if (c->args.empty()) return;
        Hole appendee = ks != nullptr && !ks->empty() ? (*ks)[0] : g_->discard_hole();
        const Type* st = under(c->args[0]->type);
        if (st->kind == TypeKind::Slice && has_pointers(st->elem)) {
          appendee = tee({appendee, deref(g_->heap_hole(), c, "appendee slice")});
        }
        argument(appendee, c->args[0], c, w);
        if (c->has_dots) {
          Hole appended = g_->discard_hole();
          if (c->args.size() > 1) {
            const Type* at = under(c->args[1]->type);
            if (at->kind == TypeKind::Slice && has_pointers(at->elem)) appended = deref(g_->heap_hole(), c, "appended slice...");
            argument(appended, c->args[1], c, w);
          }
        } else {
          for (size_t i = 1; i < c->args.size(); i++) argument(g_->heap_hole(), c->args[i], c, w);
        }
        return;
      }
      case BuiltinId::Copy: {
        if (c->args.size() < 2) return;
        argument(g_->discard_hole(), c->args[0], c, w);
        Hole copied = g_->discard_hole();
        const Type* yt = under(c->args[1]->type);
        if (yt->kind == TypeKind::Slice && has_pointers(yt->elem)) copied = deref(g_->heap_hole(), c, "copied slice");
        argument(copied, c->args[1], c, w);
        return;
      }
      case BuiltinId::Panic:
        for (Expr* a : c->args) argument(g_->heap_hole(), a, c, w);
        return;
      case BuiltinId::New: case BuiltinId::Make: {
        Hole k = ks != nullptr && !ks->empty() ? (*ks)[0] : g_->discard_hole();
        call_expr(k, c);
        return;
      }
      default:  // len, cap, close, delete, print, println, recover
        for (Expr* a : c->args) argument(g_->discard_hole(), a, c, w);
        return;
    }
  }

  // Go: escape.goDeferStmt.
  void go_defer(CallStmt* s) {
    Hole k = g_->heap_hole();
    if (s->tok == Tok::Defer && loop_depth_ == 1) {
      // Top-level defer arguments do not escape, but must live until the call runs.
      k = later(g_->discard_hole());
    }
    CallExpr* c = s->call;
    if (c->call_kind == CallKind::Func) {
      const Type* ft = unparen(c->fun)->type != nullptr ? under(unparen(c->fun)->type) : nullptr;
      if (ft != nullptr && ft->kind == TypeKind::Func && ft->params->elems.empty() && ft->results->elems.empty()) {
        expr(k, c->fun);
        return;
      }
    }
    // The call moves into a new argument-less closure; its arguments are copied into
    // temporaries the closure captures (by value).
    Wrapper w;
    call(nullptr, c, &w);
    Location* clo = new_loc(LocKind::Site, true);
    clo->quiet = true;
    clo->label = "func literal";
    clo->pos = s->pos;
    g_->flow(addr_of(k, s, "spill"), clo);
    for (Location* t : w.temps) g_->flow(note(hole(clo), s, "captured by a closure"), t);
  }

  // ---- positions of implicit conversions ----
  Pos conv_pos(const Expr* e) const {
    auto it = conv_pos_.find(e);
    return it != conv_pos_.end() ? it->second : unparen(e)->pos;
  }
  void set_conv_positions(const std::vector<Expr*>& order, const std::vector<Expr*>& targets) {
    const Pos p = last_expr_pos(order);
    if (!p.known()) return;
    for (Expr* t : targets) {
      if (t != nullptr) conv_pos_[t] = p;
    }
  }
  void set_return_conv_positions(const std::vector<Expr*>& results) {
    Pos p = last_expr_pos(results);
    for (Expr* r : results) {
      if (has_unique_pos(r)) p = unparen(r)->pos;
      if (p.known()) conv_pos_[r] = p;
    }
  }
  void set_arg_conv_positions(CallExpr* c) {
    if (c->call_kind == CallKind::Builtin) {
      // Built-ins convert where the last translated argument left base.Pos, else at the call.
      Pos p = last_expr_pos(c->args);
      if (!p.known()) p = c->pos;
      for (Expr* a : c->args) conv_pos_[a] = p;
      return;
    }
    Pos p = c->pos;
    for (Expr* a : c->args) {
      if (has_unique_pos(a)) p = unparen(a)->pos;
      conv_pos_[a] = p;
    }
  }
  // Literal elements convert at their own position, keyed ones (and map keys) at the ':'.
  void set_elem_conv_positions(CompositeLit* c) {
    for (Expr* el : c->elems) {
      if (el->kind == NodeKind::KeyValueExpr) {
        auto* kv = as<KeyValueExpr>(el);
        conv_pos_[kv->value_expr] = kv->pos;
        conv_pos_[kv->key] = kv->pos;
      } else {
        conv_pos_[el] = unparen(el)->pos;
      }
    }
  }

  // Go: escape.HeapAllocReason for allocation sites.
  std::string site_heap_reason(const Expr* e) const {
    e = unparen(e);
    if (e->kind == NodeKind::CallExpr) {
      auto* c = as<CallExpr>(e);
      if (c->call_kind == CallKind::Builtin && static_cast<BuiltinId>(c->builtin) == BuiltinId::New) {
        if (type_size(c->type->elem) > kMaxImplicitStackVarSize) return "too large for stack";
      }
      if (c->call_kind == CallKind::Builtin && static_cast<BuiltinId>(c->builtin) == BuiltinId::Make &&
          under(c->type)->kind == TypeKind::Slice) {
        const Expr* r = c->args.size() > 2 ? c->args[2] : (c->args.size() > 1 ? c->args[1] : nullptr);
        int64_t n = 0;
        if (r == nullptr || r->mode != Mode::Constant || r->value == nullptr || !int64_val(*r->value, &n) ||
            n < -(int64_t(1) << 31) || n >= (int64_t(1) << 31)) {
          return "non-constant size";
        }
        const int64_t elem = type_size(under(c->type)->elem);
        if (elem != 0 && n > kMaxImplicitStackVarSize / elem) return "too large for stack";
      }
    }
    if (e->kind == NodeKind::Operation && as<Operation>(e)->op == Op::And && as<Operation>(e)->y == nullptr) {
      const Expr* x = unparen(as<Operation>(e)->x);
      if (x->type != nullptr && type_size(x->type) > kMaxImplicitStackVarSize) return "too large for stack";
    }
    if (e->kind == NodeKind::CompositeLit && e->type != nullptr && under(e->type)->kind == TypeKind::Pointer) {
      if (type_size(under(e->type)->elem) > kMaxImplicitStackVarSize) return "too large for stack";
    }
    return "";
  }

  Batch* b_;
  Graph* g_;
  const FuncInfo* fn_;
  int loop_depth_ = 1;
  std::map<const Expr*, Pos> conv_pos_;  // lookup only
  TempNames temps_;
  std::string label(const Expr* e) const { return ir_string(e, &temps_); }
};

void Batch::init_func(const FuncInfo* fn) {
  tags_->state[fn] = 1;
  auto add = [&](const Object* o, const std::string& label) {
    if (o == nullptr || vars_.count(o) != 0) return static_cast<Location*>(nullptr);
    Location* l = g_->new_loc(LocKind::Var, fn, 1, false);
    l->var = o;
    l->label = label;
    l->pos = o->pos;
    if (o->var_kind == VarKind::Local && type_size(o->type) > kMaxStackVarSize) l->heap_reason = "too large for stack";
    vars_[o] = l;
    return l;
  };
  if (Location* l = add(fn->recv, fn->recv != nullptr ? fn->recv->name : "")) l->is_param = true;
  for (const Object* p : fn->params) {
    if (Location* l = add(p, p->name)) l->is_param = true;
  }
  for (size_t i = 0; i < fn->results.size(); i++) {
    if (Location* l = add(fn->results[i], result_name(fn, i))) l->result_index = int(i) + 1;
  }
  for (const Object* v : fn->locals) add(v, v->name);
}

// Go: batch.flowClosure: capture by value variables of at most 128 bytes that are never
// reassigned and whose address is never taken; everything else by reference.
void Batch::flow_closure(const Closure& c) {
  for (const Object* cv : c.fn->captures) {
    Location* l = var_loc(cv);
    if (l == nullptr) continue;
    const int64_t width = type_size(cv->type);
    const bool byval = !l->addrtaken && !l->reassigned && width <= 128;
    if (g_->explain && g_->explain_out != nullptr) {
      std::string owner = cv->owner != nullptr ? cv->owner->name : "";
      g_->explain_out->push_back(Decision{cv->pos,
                                          owner + " capturing by " + (byval ? "value" : "ref") + ": " + cv->name +
                                              " (addr=" + (l->addrtaken ? "true" : "false") +
                                              " assign=" + (l->reassigned ? "true" : "false") +
                                              " width=" + std::to_string(width) + ")",
                                          {}});
    }
    if (byval) g_->byval.emplace_back(c.fn, cv);
    Hole k = c.k;
    if (!byval) k = g_->addr(k, cv->pos, cv->name, "reference");
    g_->flow(g_->note(k, cv->pos, cv->name, "captured by a closure"), l);
  }
}

namespace {
// Local variables initialised once with a function literal (for static calls through them).
void find_static_funcs(const std::vector<Stmt*>& list, std::map<const Object*, const FuncLit*>* out);
void find_static_stmt(Stmt* s, std::map<const Object*, const FuncLit*>* out) {
  if (s == nullptr) return;
  switch (s->kind) {
    case NodeKind::AssignStmt: {
      auto* a = as<AssignStmt>(s);
      if (a->op != Op::Def) return;
      std::vector<Expr*> l = unpack_list(a->lhs), r = unpack_list(a->rhs);
      for (size_t i = 0; i < l.size() && i < r.size(); i++) {
        auto* n = as<Name>(unparen(l[i]));
        if (unparen(r[i])->kind == NodeKind::FuncLit && n->obj != nullptr && n->obj->pos == n->pos) {
          (*out)[n->obj] = as<FuncLit>(unparen(r[i]));
        }
      }
      return;
    }
    case NodeKind::DeclStmt:
      for (Decl* d : as<DeclStmt>(s)->decls) {
        if (d->kind != NodeKind::VarDecl) continue;
        auto* v = as<VarDecl>(d);
        std::vector<Expr*> r = unpack_list(v->values);
        for (size_t i = 0; i < v->names.size() && i < r.size() && r.size() == v->names.size(); i++) {
          if (unparen(r[i])->kind == NodeKind::FuncLit) (*out)[v->names[i]->obj] = as<FuncLit>(unparen(r[i]));
        }
      }
      return;
    case NodeKind::BlockStmt: find_static_funcs(as<BlockStmt>(s)->list, out); return;
    case NodeKind::IfStmt: {
      auto* i = as<IfStmt>(s);
      find_static_stmt(i->init, out);
      find_static_funcs(i->then->list, out);
      find_static_stmt(i->else_stmt, out);
      return;
    }
    case NodeKind::ForStmt: {
      auto* f = as<ForStmt>(s);
      find_static_stmt(f->init, out);
      find_static_funcs(f->body->list, out);
      return;
    }
    case NodeKind::SwitchStmt:
      for (CaseClause* c : as<SwitchStmt>(s)->body) find_static_funcs(c->body, out);
      return;
    case NodeKind::SelectStmt:
      for (CommClause* c : as<SelectStmt>(s)->body) find_static_funcs(c->body, out);
      return;
    case NodeKind::LabeledStmt: find_static_stmt(as<LabeledStmt>(s)->stmt, out); return;
    default: return;
  }
}
void find_static_funcs(const std::vector<Stmt*>& list, std::map<const Object*, const FuncLit*>* out) {
  for (Stmt* s : list) find_static_stmt(s, out);
}
}  // namespace

void Batch::build_init(const FuncInfo* init, const std::vector<const InitEntry*>& inits) {
  init_func(init);
  FuncWalker w(this, init);
  w.walk_inits(inits);
  for (const Closure& c : closures_) flow_closure(c);
  closures_.clear();
  for (Location* l : std::vector<Location*>(g_->all_locs)) {
    if (!l->heap_reason.empty()) g_->flow(g_->addr(g_->heap_hole(), l->pos, l->label, l->heap_reason.c_str()), l);
  }
}

void Batch::build(const std::vector<const FuncInfo*>& fns) {
  for (const FuncInfo* fn : fns) {
    init_func(fn);
    const BlockStmt* body = fn->lit != nullptr ? fn->lit->body : (fn->decl != nullptr ? fn->decl->body : nullptr);
    if (body != nullptr) find_static_funcs(body->list, &static_funcs_);
  }
  for (const FuncInfo* fn : fns) {
    if (fn->lit != nullptr) continue;  // literals are walked where they appear
    FuncWalker w(this, fn);
    w.walk_body();
  }
  for (const Closure& c : closures_) flow_closure(c);
  closures_.clear();
  for (Location* l : std::vector<Location*>(g_->all_locs)) {
    if (!l->heap_reason.empty()) g_->flow(g_->addr(g_->heap_hole(), l->pos, l->label, l->heap_reason.c_str()), l);
  }
}

}  // namespace gosim::escape
