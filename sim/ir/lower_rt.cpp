// Lowering what the runtime does for a program: maps (runtime/map.go), type assertions and
// type switches (runtime/iface.go), interface method calls and method values, conversions
// between strings, bytes and runes (runtime/string.go), and == on structs and arrays.
#include <algorithm>

#include "sim/ir/lower_impl.h"

namespace gosim::ir {

using namespace gosim::lang;

namespace {
bool is_blank(const Expr* x) { return x->kind == NodeKind::Name && static_cast<const Name*>(x)->value == "_"; }
}  // namespace

// A composite literal element whose type may be elided ({1, 2} inside [][]int{...}).
int32_t Lowerer::elem_value(const Expr* v, const lang::Type* t) {
  // &T{...} with T elided: {...} stands for &T{...} when the element type is *T.
  if (v->kind == NodeKind::CompositeLit && !static_cast<const CompositeLit*>(v)->type_expr &&
      under(t)->kind == lang::TypeKind::Pointer) {
    const lang::Type* et = under(t)->elem;
    const int32_t val = composite(static_cast<const CompositeLit*>(v), et);
    return address_of_copy(val, !in_frame(esc_.site_of(v)), et, size_of(et), v->pos);
  }
  if (v->kind == NodeKind::CompositeLit && !static_cast<const CompositeLit*>(v)->type_expr) {
    return composite(static_cast<const CompositeLit*>(v), t);
  }
  return expr_as(v, t);
}

// ---- maps ----

int32_t Lowerer::map_load(const IndexExpr* e, int32_t ok_slot) {
  const lang::Type* mt = under(e->x->type);
  const int32_t m = expr(e->x);
  mark_no_copy(e->index);  // Go: order.go mapKeyReplaceStrConv
  const int32_t k = expr_as(e->index, mt->key);
  const int32_t dst = temp(std::max<int64_t>(size_of(mt->elem), 8), 8);
  const int64_t imm = (ok_slot >= 0 ? ok_slot + 1 : 0) | (static_cast<int64_t>(type_id(e->x->type)) << 32);
  emit(Instr{Op::kMapLoad, NumKind::kI64, 0, dst, m, k, imm}, e->pos);
  return dst;
}

Place Lowerer::map_place(const IndexExpr* e) {
  const lang::Type* mt = under(e->x->type);
  const int32_t m = expr(e->x);
  const int32_t k = expr_as(e->index, mt->key);
  const int32_t addr = temp(8, 8);
  emit(Instr{Op::kMapAssign, NumKind::kPtr, 0, addr, m, k, type_id(e->x->type)}, e->pos);
  return Place{addr, true};
}

// Go: walk/builtin.go walkMakeMap. make(map[K]V) with no hint or a constant hint of at most 8
// is runtime.makemap_small (just the hmap), any other hint runtime.makemap. A map that does not
// escape gets its hmap in the frame, and a bucket there too unless a constant hint says it will
// need more than one (the bucket is used when the hint turns out to be at most 8).
int32_t Lowerer::make_map(const escape::Site* site, const lang::Type* t, int32_t hint, int64_t const_hint, Pos pos) {
  const lang::Type* mt = under(t);
  const int32_t dst = temp(8, 8);
  const bool small = hint < 0 || (const_hint >= 0 && const_hint <= 8);
  int64_t imm = 0;
  if (in_frame(site)) {
    const int32_t h = temp(kHmapBytes, 8);
    emit(Instr{Op::kZero, NumKind::kI64, 0, h, 0, 0, kHmapBytes}, pos);
    imm = h + 1;
    if (const_hint < 0 || const_hint <= 8) {
      const int64_t bsize = map_bucket_size(size_of(mt->key), size_of(mt->elem));
      const int32_t b = temp(bsize, 8);
      emit(Instr{Op::kZero, NumKind::kI64, 0, b, 0, 0, bsize}, pos);
      imm |= static_cast<int64_t>(b + 1) << 32;
    }
  }
  emit(Instr{Op::kMakeMap, NumKind::kPtr, static_cast<uint8_t>(small ? 1 : 0), dst, hint, type_id(t), imm}, pos);
  return dst;
}

int32_t Lowerer::make_map(const CallExpr* e, const lang::Type* t, const Expr* hint_expr) {
  int64_t const_hint = -1;
  int32_t hint = -1;
  if (hint_expr) {
    hint = int_operand(hint_expr);
    const_hint = hint_expr->mode == Mode::Constant ? std::max<int64_t>(0, static_cast<int64_t>(to_int(*hint_expr->value).i)) : -1;
  }
  return make_map(esc_.site_of(e), t, hint, const_hint, e->pos);
}

// Go: walk/complit.go maplit after order.go: make(map, number of static entries), then one
// assignment per entry (the entries whose key or value is computed at run time come last).
int32_t Lowerer::map_lit(const CompositeLit* e, const lang::Type* t) {
  const lang::Type* mt = under(t);
  auto is_static = [](const Expr* x) { return x->mode == Mode::Constant || x->mode == Mode::NilValue; };
  std::vector<const KeyValueExpr*> statics, dynamics;
  for (const Expr* el : e->elems) {
    const auto* kv = static_cast<const KeyValueExpr*>(el);
    (is_static(kv->key) && is_static(kv->value_expr) ? statics : dynamics).push_back(kv);
  }
  // Go: order.go splits the dynamic entries out (m[k] = v after the literal) and adds their
  // count to n.Len; walk/complit.go maplit makes the map with hint n.Len + len(statics): every
  // entry, static or not.
  const auto n = static_cast<int64_t>(statics.size() + dynamics.size());
  const int32_t hint = temp(8, 8);
  emit(Instr{Op::kConst, NumKind::kI64, 0, hint, 0, 0, n}, e->pos);
  const int32_t dst = make_map(esc_.site_of(e), t, hint, n, e->pos);
  for (const std::vector<const KeyValueExpr*>* part : {&statics, &dynamics}) {
    for (const KeyValueExpr* kv : *part) {
      const int32_t k = elem_value(kv->key, mt->key);
      const int32_t v = elem_value(kv->value_expr, mt->elem);
      const int32_t addr = temp(8, 8);
      emit(Instr{Op::kMapAssign, NumKind::kPtr, 0, addr, dst, k, type_id(t)}, kv->pos);
      emit(Instr{Op::kStore, NumKind::kI64, 0, addr, v, 0, size_of(mt->elem)}, kv->pos);
    }
  }
  return dst;
}

// for k, v := range m: Go 1.19 reuses one pair of variables for the whole loop.
void Lowerer::lower_range_map(const ForStmt* s, const RangeClause* rc) {
  const lang::Type* mt = under(rc->x->type);
  const int32_t m = expr(rc->x);
  const int32_t it = temp(kMapIterSize, 8);
  emit(Instr{Op::kMapIterInit, NumKind::kPtr, 0, it, m, 0, type_id(rc->x->type)}, rc->pos);
  const std::vector<const Expr*> lhs = range_vars(rc);
  const int32_t k = temp(std::max<int64_t>(size_of(mt->key), 8), 8);
  const int32_t v = temp(std::max<int64_t>(size_of(mt->elem), 8), 8);
  const int64_t want = (lhs.size() > 0 ? 1 : 0) | (lhs.size() > 1 ? 2 : 0);
  const int32_t top = here();
  emit(Instr{Op::kMapIterNext, NumKind::kPtr, 0, it, k, v, want}, rc->pos);
  const int32_t jexit = emit(Instr{Op::kJmpIfNot, NumKind::kBool, 0, it + kMapIterOk}, rc->pos);
  for (size_t i = 0; i < lhs.size(); ++i) {
    if (is_blank(lhs[i])) continue;
    store_place(place(lhs[i]), i == 0 ? k : v, i == 0 ? size_of(mt->key) : size_of(mt->elem), rc->pos);
  }
  loops_.push_back(Loop{s, {}, {}});
  lower_block(s->body->list);
  emit(Instr{Op::kJmp, NumKind::kI64, 0, 0, 0, 0, top}, s->body->rbrace);
  const int32_t end = here();
  patch(jexit, end);
  for (int32_t j : loops_.back().breaks) patch(j, end);
  for (int32_t j : loops_.back().continues) patch(j, top);
  loops_.pop_back();
}

namespace {
// Go: ir.SameSafeExpr — the same variable, or the same field of the same safe expression.
bool same_safe_expr(const Expr* a, const Expr* b) {
  a = unparen(a);
  b = unparen(b);
  if (a->kind != b->kind) return false;
  if (a->kind == NodeKind::Name) {
    const auto* x = static_cast<const Name*>(a);
    return x->obj != nullptr && x->obj == static_cast<const Name*>(b)->obj && x->obj->kind == lang::ObjKind::Var;
  }
  if (a->kind == NodeKind::SelectorExpr) {
    const auto* x = static_cast<const SelectorExpr*>(a);
    const auto* y = static_cast<const SelectorExpr*>(b);
    return x->sel_kind == SelKind::FieldVal && y->sel_kind == SelKind::FieldVal && x->sel_obj == y->sel_obj &&
           x->sel_obj != nullptr && same_safe_expr(x->x, y->x);
  }
  return false;
}

// Go: types.IsReflexive — k == k for every key: not floats, complex numbers or interfaces
// (NaN), nor arrays or structs holding them.
bool reflexive(const lang::Type* t) {
  t = under(t);
  if (lang::is_float(t)) return false;  // (complex types, once modelled, belong here too)
  switch (t->kind) {
    case lang::TypeKind::Interface: return false;
    case lang::TypeKind::Array: return reflexive(t->elem);
    case lang::TypeKind::Struct:
      for (const auto& f : t->fields) {
        if (!reflexive(f.type)) return false;
      }
      return true;
    default: return true;
  }
}
}  // namespace

// Go: cmd/compile/internal/walk/range.go isMapClear + mapClear: `for k := range m { delete(m,
// k) }` with k declared by the loop, no value variable, that one statement in the body, the
// same m and k, and a reflexive key type, compiles to runtime.mapclear(m): no iterator, no
// per-key delete; the bucket array is kept and cleared (map.go mapclear).
bool Lowerer::is_map_clear(const ForStmt* s, const RangeClause* rc) {
  if (!rc->def || rc->lhs == nullptr || rc->lhs->kind != NodeKind::Name || under(rc->x->type)->kind != lang::TypeKind::Map)
    return false;
  if (s->body->list.size() != 1 || s->body->list[0]->kind != NodeKind::ExprStmt) return false;
  const Expr* call = unparen(static_cast<const ExprStmt*>(s->body->list[0])->x);
  if (call->kind != NodeKind::CallExpr) return false;
  const auto* c = static_cast<const CallExpr*>(call);
  if (c->call_kind != CallKind::Builtin || c->builtin != static_cast<int>(lang::BuiltinId::Delete) || c->args.size() != 2)
    return false;
  const auto* k = static_cast<const Name*>(rc->lhs);
  if (k->value == "_" || !same_safe_expr(c->args[0], rc->x) || !same_safe_expr(c->args[1], k)) return false;
  if (!reflexive(under(rc->x->type)->key)) return false;
  const int32_t m = expr(rc->x);
  emit(Instr{Op::kMapDelete, NumKind::kPtr, kMapDeleteClear, 0, m, 0, type_id(rc->x->type)}, rc->pos);
  return true;
}

// ---- interfaces ----

int32_t Lowerer::assert_into(int32_t x, const lang::Type* from, const lang::Type* to, int32_t ok_slot, Pos pos) {
  const int64_t size = is_interface(to) ? 16 : size_of(to);
  const int32_t dst = temp(std::max<int64_t>(size, 8), 8);
  const int64_t imm = (ok_slot >= 0 ? ok_slot + 1 : 0) | (static_cast<int64_t>(type_id(from)) << 32);
  emit(Instr{Op::kAssert, NumKind::kIface, 0, dst, x, type_id(to), imm}, pos);
  return dst;
}

int32_t Lowerer::assert_expr(const AssertExpr* e, int32_t ok_slot) {
  const int32_t x = expr(e->x);
  return assert_into(x, e->x->type, e->type, ok_slot, e->pos);
}

// switch v := x.(type): each case's types are tried in order (Go compares type words; an
// interface case asks whether the dynamic type implements it); a clause with one type binds
// v to the value as that type, other clauses bind it to x itself.
void Lowerer::lower_type_switch(const SwitchStmt* s) {
  const auto* guard = static_cast<const TypeSwitchGuard*>(s->tag);
  const lang::Type* xt = guard->x->type;
  const int32_t x = expr(guard->x);
  const int32_t ok = temp(1, 1);
  const int32_t zero = temp(8, 8);
  emit(Instr{Op::kConst, NumKind::kI64, 0, zero, 0, 0, 0}, s->pos);
  std::vector<std::vector<int32_t>> to_body(s->body.size());
  std::vector<const lang::Type*> single(s->body.size(), nullptr);
  int32_t default_clause = -1;
  for (size_t i = 0; i < s->body.size(); ++i) {
    const CaseClause* cc = s->body[i];
    if (!cc->cases) {
      default_clause = static_cast<int32_t>(i);
      continue;
    }
    std::vector<const Expr*> types;
    if (cc->cases->kind == NodeKind::ListExpr) {
      for (const Expr* t : static_cast<const ListExpr*>(cc->cases)->elems) types.push_back(t);
    } else {
      types.push_back(cc->cases);
    }
    if (types.size() == 1 && types[0]->mode != Mode::NilValue) single[i] = types[0]->type;
    for (const Expr* t : types) {
      if (t->mode == Mode::NilValue) {  // case nil: no dynamic type
        const int32_t c = temp(1, 1);
        emit(Instr{Op::kBinary, NumKind::kI64, static_cast<uint8_t>(BinOp::kEq), c, x, zero}, t->pos);
        to_body[i].push_back(emit(Instr{Op::kJmpIf, NumKind::kBool, 0, c}, t->pos));
        continue;
      }
      assert_into(x, xt, t->type, ok, t->pos);
      to_body[i].push_back(emit(Instr{Op::kJmpIf, NumKind::kBool, 0, ok}, t->pos));
    }
  }
  const int32_t jdefault = emit(Instr{Op::kJmp}, s->pos);
  loops_.push_back(Loop{s, {}, {}});
  for (size_t i = 0; i < s->body.size(); ++i) {
    const int32_t start = here();
    for (int32_t j : to_body[i]) patch(j, start);
    if (static_cast<int32_t>(i) == default_clause) patch(jdefault, start);
    const CaseClause* cc = s->body[i];
    if (const Object* v = cc->implicit_obj; v && v->name != "_") {
      declare_local(v, cc->pos);
      const VarLoc& loc = vars_[v];
      if (single[i] && !is_interface(single[i])) {
        const int32_t val = assert_into(x, xt, single[i], ok, cc->pos);
        store_place(Place{loc.off, loc.indirect}, val, size_of(single[i]), cc->pos);
      } else if (single[i]) {
        const int32_t val = assert_into(x, xt, single[i], ok, cc->pos);
        store_place(Place{loc.off, loc.indirect}, val, 16, cc->pos);
      } else {
        store_place(Place{loc.off, loc.indirect}, x, 16, cc->pos);
      }
    }
    lower_block(cc->body);
    loops_.back().breaks.push_back(emit(Instr{Op::kJmp}, s->rbrace));
  }
  const int32_t end = here();
  if (default_clause < 0) patch(jdefault, end);
  for (int32_t j : loops_.back().breaks) patch(j, end);
  loops_.pop_back();
}

int32_t Lowerer::method_name_id(const std::string& name) {
  auto& names = m_.method_names;
  const auto it = std::find(names.begin(), names.end(), name);
  if (it != names.end()) return static_cast<int32_t>(it - names.begin());
  names.push_back(name);
  return static_cast<int32_t>(names.size() - 1);
}

// i.M(args): the parameter block has a one-word receiver the runtime fills (see kCallIface).
int32_t Lowerer::iface_call(const CallExpr* e, const SelectorExpr* sel) {
  const int32_t iv = expr(sel->x);
  int32_t results_at = 0;
  const int32_t block = call_block(e, sel->sel_obj->type, nullptr, &results_at, false, true);
  emit(Instr{Op::kCallIface, NumKind::kI64, 0, block, results_at, iv, method_name_id(sel->sel_obj->name)}, e->pos);
  return results_at;
}

// x.M as a value (a method value): a funcval whose context holds the receiver, evaluated now,
// and whose code is a wrapper that calls the method with it (Go: the compiler's "T.M-fm").
int32_t Lowerer::method_value(const SelectorExpr* sel) {
  const Object* m = sel->sel_obj;
  const lang::Type* sig = m->type;
  const bool iface = sel->iface_method;
  const lang::Type* recv_t = nullptr;
  int32_t recv = -1;
  if (iface) {
    recv_t = sel->x->type;
    recv = expr(sel->x);
  } else if (m->ptr_recv) {
    recv_t = sel->indirect ? sel->x->type : pkg_.types.basic(lang::TypeKind::UnsafePointer);
    if (sel->indirect) {
      recv = expr(sel->x);
    } else {
      const Place p = place(sel->x);
      recv = temp(8, 8);
      if (p.indirect) {
        emit(Instr{Op::kMove, NumKind::kI64, 0, recv, p.off, 0, 8}, sel->pos);
      } else {
        emit(Instr{Op::kAddr, NumKind::kPtr, 0, recv, p.off}, sel->pos);
      }
    }
  } else {
    recv_t = sel->indirect ? under(sel->x->type)->elem : sel->x->type;
    if (sel->indirect) {
      const int32_t p = expr(sel->x);
      recv = temp(std::max<int64_t>(size_of(recv_t), 8), 8);
      emit(Instr{Op::kLoad, NumKind::kI64, 0, recv, p, 0, size_of(recv_t)}, sel->pos);
    } else {
      recv = expr(sel->x);
    }
  }
  const int64_t rsize = iface ? 16 : size_of(recv_t);
  const int64_t words = (rsize + 7) / 8;
  // The wrapper, one per method (and per receiver shape).
  const std::string key = (iface ? "I:" : "M:") + std::to_string(reinterpret_cast<uintptr_t>(m)) + ":" +
                          std::to_string(type_id(recv_t));
  int32_t wrapper;
  if (auto it = method_wrappers_.find(key); it != method_wrappers_.end()) {
    wrapper = it->second;
  } else {
    wrapper = static_cast<int32_t>(pkg_.all_funcs.size() + wrappers_.size());
    method_wrappers_[key] = wrapper;
    wrappers_.push_back(method_wrapper(sel, sig, recv_t, iface));
  }
  const int32_t caps = temp(std::max<int64_t>(words, 1) * 8, 8);
  emit(Instr{Op::kZero, NumKind::kI64, 0, caps, 0, 0, std::max<int64_t>(words, 1) * 8}, sel->pos);
  emit(Instr{Op::kMove, NumKind::kI64, 0, caps, recv, 0, rsize}, sel->pos);
  return make_funcval(wrapper, caps, words * 8, esc_.site_of(sel), sel->pos);
}

// The body of a method value's wrapper: take the receiver from the funcval, call, return.
Function Lowerer::method_wrapper(const SelectorExpr* sel, const lang::Type* sig, const lang::Type* recv_t, bool iface) {
  Function w;
  const Object* m = sel->sel_obj;
  w.name = iface ? rt_type_name(recv_t) + "." + m->name + "-fm" : m_.funcs[static_cast<size_t>(funcs_[m->func])].name + "-fm";
  w.file = f_->file;
  w.pos = sel->pos;
  w.has_context = true;
  Function* saved_f = f_;
  const int64_t saved_top = frame_top_;
  f_ = &w;
  const SigLayout own = layout(sig, nullptr);
  // The funcval travels beside the frame (Frame::ctx), so the parameters start at 0.
  w.params_size = own.params_size;
  w.results_offset = own.results_offset;
  w.results_size = own.results_size;
  frame_top_ = own.results_offset + own.results_size;
  const Pos pos = sel->pos;
  const int32_t ctx = temp(8, 8);
  emit(Instr{Op::kCtx, NumKind::kPtr, 0, ctx}, pos);
  const int32_t raddr = temp(8, 8);
  emit(Instr{Op::kOffset, NumKind::kPtr, 0, raddr, ctx, 0, 8}, pos);
  const size_t nparams = sig->params->elems.size();
  if (iface) {
    const SigLayout cl = layout(sig, pkg_.types.basic(lang::TypeKind::UnsafePointer));
    const int32_t block = temp(std::max(cl.results_offset + cl.results_size, 8), 8);
    const int32_t iv = temp(16, 8);
    emit(Instr{Op::kLoad, NumKind::kI64, 0, iv, raddr, 0, 16}, pos);
    for (size_t i = 0; i < nparams; ++i) {
      emit(Instr{Op::kMove, NumKind::kI64, 0, block + cl.param_off[i + 1], own.param_off[i], 0,
                 size_of(sig->params->elems[i])}, pos);
    }
    emit(Instr{Op::kCallIface, NumKind::kI64, 0, block, block + cl.results_offset, iv, method_name_id(m->name)}, pos);
    if (own.results_size > 0) {
      emit(Instr{Op::kMove, NumKind::kI64, 0, own.results_offset, block + cl.results_offset, 0, own.results_size}, pos);
    }
  } else {
    const SigLayout cl = layout(sig, recv_t);
    const int32_t block = temp(std::max(cl.results_offset + cl.results_size, 8), 8);
    emit(Instr{Op::kLoad, NumKind::kI64, 0, block + cl.param_off[0], raddr, 0, size_of(recv_t)}, pos);
    for (size_t i = 0; i < nparams; ++i) {
      emit(Instr{Op::kMove, NumKind::kI64, 0, block + cl.param_off[i + 1], own.param_off[i], 0,
                 size_of(sig->params->elems[i])}, pos);
    }
    emit(Instr{Op::kCall, NumKind::kI64, 0, block, block + cl.results_offset, 0, funcs_[m->func]}, pos);
    if (own.results_size > 0) {
      emit(Instr{Op::kMove, NumKind::kI64, 0, own.results_offset, block + cl.results_offset, 0, own.results_size}, pos);
    }
  }
  emit(Instr{Op::kRet}, pos);
  w.frame_size = clamp_frame((frame_top_ + 7) / 8 * 8);
  f_ = saved_f;
  frame_top_ = saved_top;
  return w;
}

// ---- conversions ----

int32_t Lowerer::conversion(const CallExpr* e) {
  const lang::Type* to = e->type;
  const Expr* x = e->args[0];
  if (e->mode == Mode::Constant) return constant(e, to);
  // A constant operand of a non-constant conversion ([]byte("hi")): the constant in its own
  // (default) type, then the conversion.
  if (under(to)->kind == lang::TypeKind::UnsafePointer) refuse_iface_unsafe(e);
  const int32_t v = expr(x);
  const lang::Type* xt = is_untyped(x->type) ? pkg_.types.default_type(x->type) : x->type;
  if (is_interface(to)) return is_interface(xt) ? v : box(v, xt, e->pos, e, true);
  const NumKind from_k = num_kind(xt), to_k = num_kind(to);
  const lang::Type* fu = under(xt);
  const lang::Type* tu = under(to);
  auto elem_kind = [](const lang::Type* u) { return u->kind == lang::TypeKind::Slice ? under(u->elem)->kind : lang::TypeKind::Invalid; };
  if (to_k == NumKind::kStr && from_k != NumKind::kStr) {
    const int32_t dst = temp(16, 8);
    int32_t buf = 0;
    if (fu->kind == lang::TypeKind::Slice) {
      const bool runes = elem_kind(fu) == lang::TypeKind::Int32;
      // Go: slicebytetostringtmp where order.go marked it, else slicebytetostring(buf, ...).
      const int64_t flags = !runes && no_copy_.count(e) ? kStrNoCopy : str_buffer(e, kTmpBufSize, &buf);
      if (!runes) need_staticuint64s();  // a one-byte result points into staticuint64s
      emit(Instr{Op::kStrConv, NumKind::kStr, static_cast<uint8_t>(runes ? StrConv::kRunesToString : StrConv::kBytesToString), dst, v, buf, flags}, e->pos);
    } else {
      const int32_t wide = temp(8, 8);
      emit(Instr{Op::kConv, from_k, static_cast<uint8_t>(NumKind::kI64), wide, v}, e->pos);
      const int64_t flags = str_buffer(e, 4, &buf);  // Go: intstring's [4]byte
      emit(Instr{Op::kStrConv, NumKind::kStr, static_cast<uint8_t>(StrConv::kIntToString), dst, wide, buf, flags}, e->pos);
    }
    return dst;
  }
  // Go 1.17's slice to array-pointer conversion (*[N]T)(s) (cmd/compile walk OSLICE2ARRPTR):
  // panics unless len(s) >= N (runtime panicSliceConvert), then is s's data pointer.
  if (fu->kind == lang::TypeKind::Slice && tu->kind == lang::TypeKind::Pointer) {
    const int32_t n = temp(8, 8);
    emit(Instr{Op::kConst, NumKind::kI64, 0, n, 0, 0, under(tu->elem)->len}, e->pos);
    emit(Instr{Op::kBounds, NumKind::kI64, kBoundsConvert, v + 8, n}, e->pos);
    const int32_t dst = temp(8, 8);
    emit(Instr{Op::kMove, NumKind::kI64, 0, dst, v, 0, 8}, e->pos);
    return dst;
  }
  if (from_k == NumKind::kStr && tu->kind == lang::TypeKind::Slice) {
    const bool runes = elem_kind(tu) == lang::TypeKind::Int32;
    if (x->mode == Mode::Constant && x->value && !no_copy_.count(e)) return const_string_to_slice(e, x->value->s, runes);
    const int32_t dst = temp(24, 8);
    int32_t buf = 0;
    const int64_t flags = !runes && no_copy_.count(e) ? kStrNoCopy : str_buffer(e, runes ? 4 * kTmpBufSize : kTmpBufSize, &buf);
    emit(Instr{Op::kStrConv, NumKind::kStr, static_cast<uint8_t>(runes ? StrConv::kStringToRunes : StrConv::kStringToBytes), dst, v, buf, flags}, e->pos);
    return dst;
  }
  if (from_k == to_k && size_of(xt) == size_of(to)) return v;
  // unsafe.Pointer <-> uintptr: the same eight bytes (Go: OCONVNOP); the address is the value.
  if ((from_k == NumKind::kPtr && to_k == NumKind::kU64) || (from_k == NumKind::kU64 && to_k == NumKind::kPtr)) return v;
  if (from_k == NumKind::kStr || to_k == NumKind::kStr || from_k == NumKind::kPtr || to_k == NumKind::kPtr) {
    unsupported(e->pos, "this conversion");
    return v;
  }
  const int32_t dst = temp(size_of(to), std::min<int64_t>(size_of(to), 8));
  emit(Instr{Op::kConv, from_k, static_cast<uint8_t>(to_k), dst, v}, e->pos);
  return dst;
}

}  // namespace gosim::ir
