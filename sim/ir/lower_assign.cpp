// Lowering of assignments and return statements, split from lower.cpp (Go:
// cmd/compile/internal/walk/assign.go walkAssign, walkAssignList, ascompatee's order of
// evaluation; walk/stmt.go's ORETURN).
#include <algorithm>

#include "sim/ir/lower_impl.h"

namespace gosim::ir {

using namespace gosim::lang;

void Lowerer::lower_assign(const AssignStmt* s) {
  std::vector<const Expr*> lhs, rhs;
  auto list = [](const Expr* e, std::vector<const Expr*>& out) {
    if (!e) return;
    if (e->kind == NodeKind::ListExpr) {
      for (const Expr* x : static_cast<const ListExpr*>(e)->elems) out.push_back(x);
    } else {
      out.push_back(e);
    }
  };
  list(s->lhs, lhs);
  list(s->rhs, rhs);
  // x++, x--, x op= y
  if (s->op != lang::Op::None && s->op != lang::Op::Def) {
    const Expr* x = lhs[0];
    const Place p = place(x);
    const int64_t size = size_of(x->type);
    const int32_t cur = load_place(p, size, s->pos);
    int32_t y;
    // x <<= n, x >>= n: the count keeps its own type (uint for an untyped constant), as in a
    // shift expression (lower_expr.cpp), and the instruction says its width and sign. It used to
    // be read as 8 bytes, so a uint32 count took the neighbouring temporary's bytes along.
    const bool shift = s->op == lang::Op::Shl || s->op == lang::Op::Shr;
    const lang::Type* yt = x->type;
    if (rhs.empty()) {
      y = temp(size, size);
      emit_number(y, num_kind(x->type), Constant::make_int(1), s->pos);
    } else {
      if (shift) yt = is_untyped(rhs[0]->type) ? pkg_.types.basic(lang::TypeKind::Uint) : rhs[0]->type;
      y = expr_as(rhs[0], yt);
    }
    const int32_t r = temp(size, std::min<int64_t>(size, 8));
    if (num_kind(x->type) == NumKind::kStr) {
      emit(Instr{Op::kStrCat, NumKind::kStr, 0, r, cur, y}, s->pos);
    } else {
      // x op= y: the operators of binary expressions, less the comparisons the parser never
      // makes into assignment operators.
      const std::optional<BinOp> mapped = binop_of(s->op);
      if (!mapped) unsupported(s->pos, "this assignment operator");
      const BinOp op = mapped.value_or(BinOp::kAdd);
      Instr in{Op::kBinary, num_kind(x->type), static_cast<uint8_t>(op), r, cur, y, 0};
      if (shift) in.imm = num_size(num_kind(yt)) | (num_signed(num_kind(yt)) ? 0x100 : 0);
      emit(in, s->pos);
    }
    store_place(p, r, size, s->pos);
    return;
  }
  if (rhs.size() == 1 && lhs.size() == 2 && rhs[0]->kind == NodeKind::Operation &&
      static_cast<const Operation*>(rhs[0])->op == lang::Op::Recv) {
    // v, ok := <-ch
    const auto* op = static_cast<const Operation*>(rhs[0]);
    const int32_t ch = expr(op->x);
    emit(Instr{Op::kChanRecv, NumKind::kPtr, 0, 0, ch, 1}, s->pos);
    const lang::Type* et = under(op->x->type)->elem;
    const int64_t size = size_of(et);
    const int32_t v = temp(std::max<int64_t>(size, 1), 8);
    const int32_t ok = temp(1, 1);
    emit(Instr{Op::kChanResult, NumKind::kI64, 0, v, ok, -1, size}, s->pos);
    const int32_t vals[2] = {v, ok};
    const int64_t sizes[2] = {size, 1};
    for (size_t i = 0; i < 2; ++i) {
      const Expr* x = lhs[i];
      if (x->kind == NodeKind::Name && static_cast<const Name*>(x)->value == "_") continue;
      if (s->op == lang::Op::Def && x->kind == NodeKind::Name) {
        const Object* obj = static_cast<const Name*>(x)->obj;
        if (obj && !vars_.count(obj)) declare_local(obj, x->pos);
      }
      store_place(place(x), vals[i], sizes[i], s->pos);
    }
    return;
  }
  if (rhs.size() == 1 && lhs.size() == 2 && rhs[0]->kind != NodeKind::CallExpr) {
    // v, ok := m[k] and v, ok := x.(T)
    const Expr* r = rhs[0];
    while (r->kind == NodeKind::ParenExpr) r = static_cast<const ParenExpr*>(r)->x;
    const int32_t ok = temp(1, 1);
    int32_t v = -1;
    const lang::Type* vt = r->type;
    if (r->kind == NodeKind::IndexExpr) {
      v = map_load(static_cast<const IndexExpr*>(r), ok);
      vt = under(static_cast<const IndexExpr*>(r)->x->type)->elem;
    } else if (r->kind == NodeKind::AssertExpr) {
      v = assert_expr(static_cast<const AssertExpr*>(r), ok);
    } else {
      unsupported(s->pos, "this comma-ok assignment");
      return;
    }
    const int32_t vals[2] = {v, ok};
    const int64_t sizes[2] = {size_of(vt), 1};
    for (size_t i = 0; i < 2; ++i) {
      const Expr* x = lhs[i];
      if (x->kind == NodeKind::Name && static_cast<const Name*>(x)->value == "_") continue;
      if (s->op == lang::Op::Def && x->kind == NodeKind::Name) {
        const Object* obj = static_cast<const Name*>(x)->obj;
        if (obj && !vars_.count(obj)) declare_local(obj, x->pos);
      }
      const lang::Type* lt = x->kind == NodeKind::Name && static_cast<const Name*>(x)->obj ? static_cast<const Name*>(x)->obj->type : x->type;
      int32_t val = vals[i];
      // v, ok = m[k] into an interface variable: box (the checker allows assignability).
      if (i == 0 && lt && is_interface(lt) && !is_interface(vt)) val = box(val, vt, rhs[0]->pos);
      store_place(place(x), val, i == 0 && lt ? size_of(lt) : sizes[i], s->pos);
    }
    return;
  }
  if (rhs.size() == 1 && lhs.size() > 1) {
    // a, b := f()
    if (rhs[0]->kind != NodeKind::CallExpr) {
      unsupported(s->pos, "this multi-value assignment");
      return;
    }
    const auto* c = static_cast<const CallExpr*>(rhs[0]);
    const int32_t results = call(c);
    const lang::Type* tuple = c->type;
    SigLayout rl;
    int64_t off = 0;
    for (const lang::Type* t : tuple->elems) {
      const int64_t a = std::max<int64_t>(align_of(t), 1);
      off = (off + a - 1) / a * a;
      rl.result_off.push_back(static_cast<int32_t>(off));
      off += size_of(t);
    }
    for (size_t i = 0; i < lhs.size(); ++i) {
      const Expr* x = lhs[i];
      if (x->kind == NodeKind::Name && static_cast<const Name*>(x)->value == "_") continue;
      if (s->op == lang::Op::Def && x->kind == NodeKind::Name) {
        const Object* obj = static_cast<const Name*>(x)->obj;
        if (obj && !vars_.count(obj)) declare_local(obj, x->pos);
      }
      store_place(place(x), results + rl.result_off[i], size_of(tuple->elems[i]), s->pos);  // tuple types are exact
    }
    return;
  }
  // Go's order of assignment: the index and indirection operands on the left, then the right
  // sides, all left to right; then the stores, left to right. A map element is stored through
  // mapassign only at the end (its slot may move when the right side grows the map).
  auto lhs_type = [](const Expr* x) -> const lang::Type* {
    if (x->kind == NodeKind::Name && static_cast<const Name*>(x)->obj) return static_cast<const Name*>(x)->obj->type;
    return x->type;
  };
  struct Target {
    Place p;
    bool skip = false, declare = false, map = false;
    int32_t m = -1, k = -1, mt = -1;
  };
  std::vector<Target> targets(lhs.size());
  for (size_t i = 0; i < lhs.size(); ++i) {
    const Expr* x = lhs[i];
    while (x->kind == NodeKind::ParenExpr) x = static_cast<const ParenExpr*>(x)->x;
    Target& t = targets[i];
    if (x->kind == NodeKind::Name && static_cast<const Name*>(x)->value == "_") {
      t.skip = true;
    } else if (s->op == lang::Op::Def && x->kind == NodeKind::Name && static_cast<const Name*>(x)->obj &&
               !vars_.count(static_cast<const Name*>(x)->obj)) {
      t.declare = true;
    } else if (x->kind == NodeKind::IndexExpr && under(static_cast<const IndexExpr*>(x)->x->type)->kind == lang::TypeKind::Map) {
      const auto* ix = static_cast<const IndexExpr*>(x);
      t.map = true;
      t.mt = type_id(ix->x->type);
      t.m = expr(ix->x);
      t.k = expr_as(ix->index, under(ix->x->type)->key);
    } else {
      t.p = place(x);
    }
  }
  std::vector<int32_t> vals;
  for (size_t i = 0; i < rhs.size(); ++i) {
    const lang::Type* t = lhs_type(lhs[i]);
    int32_t v = expr_as(rhs[i], t ? t : rhs[i]->type);
    if (lhs.size() > 1) {
      // a, b = b, a: the value may be a variable's own slot; take a copy before any store.
      const int64_t size = size_of(t ? t : rhs[i]->type);
      const int32_t c = temp(std::max<int64_t>(size, 1), 8);
      emit(Instr{Op::kMove, NumKind::kI64, 0, c, v, 0, size}, rhs[i]->pos);
      v = c;
    }
    vals.push_back(v);
  }
  for (size_t i = 0; i < lhs.size(); ++i) {
    const Expr* x = lhs[i];
    const Target& t = targets[i];
    if (t.skip) continue;
    const int64_t size = size_of(lhs_type(x));
    if (t.declare) {
      const Object* obj = static_cast<const Name*>(x)->obj;
      declare_local(obj, x->pos);
      const VarLoc& loc = vars_[obj];
      store_place(Place{loc.off, loc.indirect}, vals[i], size, s->pos);
    } else if (t.map) {
      const int32_t addr = temp(8, 8);
      emit(Instr{Op::kMapAssign, NumKind::kPtr, 0, addr, t.m, t.k, t.mt}, s->pos);
      store_place(Place{addr, true}, vals[i], size, s->pos);
    } else {
      store_place(t.p, vals[i], size, s->pos);
    }
  }
}

void Lowerer::lower_return(const ReturnStmt* s) {
  std::vector<const Expr*> rs;
  if (s->results) {
    if (s->results->kind == NodeKind::ListExpr) {
      for (const Expr* x : static_cast<const ListExpr*>(s->results)->elems) rs.push_back(x);
    } else {
      rs.push_back(s->results);
    }
  }
  const auto& res = fi_->sig->results->elems;
  std::vector<int32_t> vals;
  if (rs.size() == res.size()) {
    for (size_t i = 0; i < rs.size(); ++i) vals.push_back(expr_as(rs[i], res[i]));
  } else if (rs.size() == 1 && rs[0]->type && rs[0]->type->kind == lang::TypeKind::Tuple) {
    // return f() with a multi-value f: its results, converted to ours.
    const lang::Type* tuple = rs[0]->type;
    const int32_t r = expr(rs[0]);
    int64_t off = 0;
    for (size_t i = 0; i < tuple->elems.size(); ++i) {
      const lang::Type* t = tuple->elems[i];
      const int64_t a = std::max<int64_t>(align_of(t), 1);
      off = (off + a - 1) / a * a;
      int32_t v = r + static_cast<int32_t>(off);
      if (is_interface(res[i]) && !is_interface(t)) v = box(v, t, rs[0]->pos);
      vals.push_back(v);
      off += size_of(t);
    }
  }
  // A result that lives on the heap is set through its cell; the others in their slots.
  for (size_t i = 0; i < vals.size(); ++i) {
    if (!f_->heap_results.empty() && i < fi_->results.size()) {
      store_place(var_place(fi_->results[i], s->pos), vals[i], size_of(res[i]), s->pos);
    } else {
      emit(Instr{Op::kMove, NumKind::kI64, 0, sig_.result_off[i], vals[i], 0, size_of(res[i])}, s->pos);
    }
  }
  emit(Instr{Op::kRet}, s->pos);
}

}  // namespace gosim::ir
