// Statements and assignments into graph edges.
//
// Go: cmd/compile/internal/escape/stmt.go (stmt), assign.go (addr, assignList, reassigned).
// Each case names the IR op it stands for; the class is declared in walk_impl.h.
#include "sim/escape/walk_impl.h"

namespace gosim::escape {

void FuncWalker::block(const std::vector<Stmt*>& list) {
  const int old = loop_depth_;
  for (Stmt* s : list) stmt(s);
  loop_depth_ = old;
}

void FuncWalker::stmt(Stmt* s) {
  if (s == nullptr) return;
  switch (s->kind) {
    case NodeKind::EmptyStmt: case NodeKind::BranchStmt: return;
    case NodeKind::LabeledStmt:
      // Go: escape.go OLABEL: a label a later goto jumps back to starts a loop, for the rest
      // of its block.
      if (as<LabeledStmt>(s)->looping) loop_depth_++;
      stmt(as<LabeledStmt>(s)->stmt);
      return;
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

void FuncWalker::var_decl(VarDecl* d) {
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

void FuncWalker::assign_stmt(AssignStmt* s) {
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

void FuncWalker::assign_multi(const std::vector<Expr*>& lhs, Expr* rhs, const Node* where, const std::vector<const Object*>& defs) {
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

void FuncWalker::range_stmt(ForStmt* fs, RangeClause* rc) {
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

void FuncWalker::switch_stmt(SwitchStmt* s) {
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

void FuncWalker::return_stmt(ReturnStmt* s) {
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

Hole FuncWalker::result_hole(const Object* r) {
  Location* l = b_->var_loc(r);
  return l == nullptr ? g_->discard_hole() : hole(l);
}

Hole FuncWalker::addr(Expr* e) {
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

std::vector<Hole> FuncWalker::addrs(const std::vector<Expr*>& l) {
  std::vector<Hole> ks;
  for (Expr* e : l) ks.push_back(e == nullptr ? g_->discard_hole() : addr(e));
  return ks;
}

void FuncWalker::assign_list(const std::vector<Expr*>& dsts, const std::vector<Expr*>& srcs, const Node* where, const char* why,
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

bool FuncWalker::same_safe(const Expr* a, const Expr* b) {
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

bool FuncWalker::may_affect_memory(const Expr* e) {
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

bool FuncWalker::is_slice_self_assign(const Expr* dst, const Expr* src) {
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

bool FuncWalker::is_self_assign(const Expr* dst, const Expr* src) {
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

std::string FuncWalker::stmt_string(const Node* where) {
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

void FuncWalker::reassigned(const std::vector<Hole>& ks, const std::vector<const Object*>& defs, bool is_range) {
  for (const Hole& k : ks) {
    Location* l = k.dst;
    if (!is_range && l->kind == LocKind::Var && std::find(defs.begin(), defs.end(), l->var) != defs.end()) continue;
    l->reassigned = true;
  }
}

}  // namespace gosim::escape
