// Expressions into graph edges.
//
// Go: cmd/compile/internal/escape/expr.go (exprSkipInit), and the allocation-site reasons of
// escape.go HeapAllocReason.
// Each case names the IR op it stands for; the class is declared in walk_impl.h.
#include "sim/escape/walk_impl.h"

namespace gosim::escape {

void FuncWalker::expr(Hole k, Expr* e) {
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

void FuncWalker::expr_skip_conv(Hole k, Expr* e0) {
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
      if (ix->inst != nullptr) return;  // F[int] as a value: a static funcval, as a function name
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

void FuncWalker::comp_lit(Hole k, CompositeLit* c) {
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

void FuncWalker::closure(Hole k, FuncLit* lit) {
  k = spill(k, lit, "func literal", lit->pos);
  // A literal in a package-level initializer was analysed as a function of its own (Go:
  // glob..func1); it captures nothing, so the init function only makes its funcval.
  if (lit->func->outer == nullptr && b_->tags_->state[lit->func] == 2) return;
  if (b_->tags_->state[lit->func] == 0) b_->init_func(lit->func);
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

void FuncWalker::selector(Hole k, SelectorExpr* s) {
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

void FuncWalker::receiver(Hole k, SelectorExpr* s) {
  const Object* m = s->sel_obj;
  if (s->addr_recv) {
    expr(addr_of(k, s, "address-of"), s->x);
  } else if (!s->iface_method && m != nullptr && !m->ptr_recv && s->x->type != nullptr && is_pointer(s->x->type)) {
    expr(deref(k, s, "indirection"), s->x);
  } else {
    expr(k, s->x);
  }
}

void FuncWalker::operation(Hole k, Operation* o) {
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

void FuncWalker::set_conv_positions(const std::vector<Expr*>& order, const std::vector<Expr*>& targets) {
  const Pos p = last_expr_pos(order);
  if (!p.known()) return;
  for (Expr* t : targets) {
    if (t != nullptr) conv_pos_[t] = p;
  }
}

void FuncWalker::set_return_conv_positions(const std::vector<Expr*>& results) {
  Pos p = last_expr_pos(results);
  for (Expr* r : results) {
    if (has_unique_pos(r)) p = unparen(r)->pos;
    if (p.known()) conv_pos_[r] = p;
  }
}

void FuncWalker::set_arg_conv_positions(CallExpr* c) {
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

void FuncWalker::set_elem_conv_positions(CompositeLit* c) {
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

std::string FuncWalker::site_heap_reason(const Expr* e) const {
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

}  // namespace gosim::escape
