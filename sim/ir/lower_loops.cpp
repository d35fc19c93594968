// Lowering loops and branches: for (all three forms), range over slices, arrays, strings and
// channels (maps: lower_rt.cpp), expression switches and select. (lower.cpp: the rest.)
#include <algorithm>

#include "sim/ir/lower_impl.h"

namespace gosim::ir {

using namespace gosim::lang;

// A range clause's variables, the new ones (:=) declared: Go 1.19 has one set for the whole
// loop, declared before it.
std::vector<const Expr*> Lowerer::range_vars(const RangeClause* rc) {
  std::vector<const Expr*> lhs;
  if (rc->lhs) {
    if (rc->lhs->kind == NodeKind::ListExpr) {
      for (const Expr* x : static_cast<const ListExpr*>(rc->lhs)->elems) lhs.push_back(x);
    } else {
      lhs.push_back(rc->lhs);
    }
  }
  for (const Expr* x : lhs) {
    if (!rc->def || x->kind != NodeKind::Name) continue;
    const Object* obj = static_cast<const Name*>(x)->obj;
    if (obj && obj->name != "_" && !vars_.count(obj)) declare_local(obj, x->pos);
  }
  return lhs;
}

void Lowerer::lower_for(const ForStmt* s) {
  if (s->init && s->init->kind == NodeKind::RangeClause) {
    const auto* rc = static_cast<const RangeClause*>(s->init);
    if (under(rc->x->type)->kind != lang::TypeKind::Chan) {
      lower_range(s, rc);
      return;
    }
    // for v := range ch: receive until the channel is closed and drained.
    const int32_t ch = expr(rc->x);
    const lang::Type* et = under(rc->x->type)->elem;
    const int64_t size = size_of(et);
    const int32_t v = temp(std::max<int64_t>(size, 1), 8);
    const int32_t ok = temp(1, 1);
    const int32_t top = here();
    emit(Instr{Op::kChanRecv, NumKind::kPtr, 0, 0, ch, 1}, rc->pos);
    emit(Instr{Op::kChanResult, NumKind::kI64, 0, v, ok, -1, size}, rc->pos);
    const int32_t jexit = emit(Instr{Op::kJmpIfNot, NumKind::kBool, 0, ok}, rc->pos);
    if (rc->lhs) {
      const Expr* x = rc->lhs;
      if (rc->def && x->kind == NodeKind::Name) {
        const Object* obj = static_cast<const Name*>(x)->obj;
        if (obj && obj->name != "_") {
          declare_local(obj, x->pos);
          store_place(place(x), v, size, rc->pos);
        }
      } else if (!(x->kind == NodeKind::Name && static_cast<const Name*>(x)->value == "_")) {
        store_place(place(x), v, size, rc->pos);
      }
    }
    loops_.push_back(Loop{s, {}, {}});
    lower_block(s->body->list);
    emit(Instr{Op::kJmp, NumKind::kI64, 0, 0, 0, 0, top}, s->body->rbrace);
    const int32_t end = here();
    patch(jexit, end);
    for (int32_t j : loops_.back().breaks) patch(j, end);
    for (int32_t j : loops_.back().continues) patch(j, top);
    loops_.pop_back();
    return;
  }
  if (s->init) lower_stmt(s->init);
  const int32_t top = here();
  int32_t jexit = -1;
  if (s->cond) {
    const int32_t c = expr(s->cond);
    jexit = emit(Instr{Op::kJmpIfNot, NumKind::kBool, 0, c}, s->cond->pos);
  }
  loops_.push_back(Loop{s, {}, {}});
  lower_block(s->body->list);
  const int32_t cont = here();
  if (s->post) lower_stmt(s->post);
  // The back edge is where a long loop offers a preemption point (the interpreter counts it).
  emit(Instr{Op::kJmp, NumKind::kI64, 0, 0, 0, 0, top}, s->body->rbrace);
  const int32_t end = here();
  if (jexit >= 0) patch(jexit, end);
  for (int32_t j : loops_.back().breaks) patch(j, end);
  for (int32_t j : loops_.back().continues) patch(j, cont);
  loops_.pop_back();
}

// for i, v := range x over a slice, an array (or pointer to one) or a string. x is evaluated
// once; a string yields byte offsets and runes.
void Lowerer::lower_range(const ForStmt* s, const RangeClause* rc) {
  const lang::Type* xt = under(rc->x->type);
  const bool is_string = num_kind(rc->x->type) == NumKind::kStr;
  if (xt->kind == lang::TypeKind::Pointer) xt = under(xt->elem);
  if (xt->kind == lang::TypeKind::Map) {
    if (is_map_clear(s, rc)) return;
    lower_range_map(s, rc);
    return;
  }
  if (!is_string && xt->kind != lang::TypeKind::Slice && xt->kind != lang::TypeKind::Array) {
    unsupported(s->pos, "this range loop");
    return;
  }
  const lang::Type* int_t = pkg_.types.basic(lang::TypeKind::Int);
  // The header (or the array's address) and length, taken once.
  const int32_t hdr = temp(24, 8);
  const int32_t len = temp(8, 8);
  const lang::Type* et = is_string ? pkg_.types.basic(lang::TypeKind::Int32) : xt->elem;
  if (is_string || xt->kind == lang::TypeKind::Slice) {
    if (!is_string) mark_no_copy(rc->x);  // Go: order.go ORANGE — range []byte(s) reads s's bytes
    const int32_t v = expr(rc->x);
    emit(Instr{Op::kMove, NumKind::kI64, 0, hdr, v, 0, is_string ? 16 : 24}, rc->pos);
    emit(Instr{Op::kSliceLen, NumKind::kI64, 0, len, hdr}, rc->pos);
  } else {
    if (under(rc->x->type)->kind == lang::TypeKind::Pointer) {
      const int32_t p = expr(rc->x);
      emit(Instr{Op::kMove, NumKind::kI64, 0, hdr, p, 0, 8}, rc->pos);
    } else {
      // Go ranges over a copy of the array (expr may hand back the variable's own frame slot).
      const int32_t v = expr(rc->x);
      const int32_t copy = temp(std::max<int64_t>(size_of(xt), 8), std::max<int64_t>(align_of(xt), 8));
      emit(Instr{Op::kMove, NumKind::kI64, 0, copy, v, 0, size_of(xt)}, rc->pos);
      emit(Instr{Op::kAddr, NumKind::kPtr, 0, hdr, copy}, rc->pos);
    }
    emit(Instr{Op::kConst, NumKind::kI64, 0, len, 0, 0, xt->len}, rc->pos);
  }
  // The iteration variables: Go 1.19 has one pair for the whole loop, declared before it.
  const std::vector<const Expr*> lhs = range_vars(rc);
  const int32_t i = temp(8, 8);
  emit(Instr{Op::kConst, NumKind::kI64, 0, i, 0, 0, 0}, rc->pos);
  const int32_t rune = temp(8, 8);  // rune, then its width at +4
  const int32_t top = here();
  const int32_t c = temp(1, 1);
  emit(Instr{Op::kBinary, NumKind::kI64, static_cast<uint8_t>(BinOp::kLt), c, i, len}, rc->pos);
  const int32_t jexit = emit(Instr{Op::kJmpIfNot, NumKind::kBool, 0, c}, rc->pos);
  int32_t elem = -1;
  if (is_string) {
    emit(Instr{Op::kDecodeRune, NumKind::kI32, 0, rune, hdr, i}, rc->pos);
    elem = rune;
  } else if (lhs.size() > 1) {
    const int32_t addr = temp(8, 8);
    emit(Instr{Op::kIndexAddr, NumKind::kPtr, 0, addr, hdr, i, size_of(et)}, rc->pos);
    elem = temp(std::max<int64_t>(size_of(et), 8), 8);
    emit(Instr{Op::kLoad, NumKind::kI64, 0, elem, addr, 0, size_of(et)}, rc->pos);
  }
  for (size_t k = 0; k < lhs.size(); ++k) {
    const Expr* x = lhs[k];
    if (x->kind == NodeKind::Name && static_cast<const Name*>(x)->value == "_") continue;
    store_place(place(x), k == 0 ? i : elem, k == 0 ? size_of(int_t) : size_of(et), rc->pos);
  }
  loops_.push_back(Loop{s, {}, {}});
  lower_block(s->body->list);
  const int32_t cont = here();
  if (is_string) {
    const int32_t w = temp(8, 8);
    emit(Instr{Op::kConst, NumKind::kI64, 0, w, 0, 0, 0}, rc->pos);
    emit(Instr{Op::kMove, NumKind::kI64, 0, w, rune + 4, 0, 4}, rc->pos);
    emit(Instr{Op::kBinary, NumKind::kI64, static_cast<uint8_t>(BinOp::kAdd), i, i, w}, rc->pos);
  } else {
    const int32_t one = temp(8, 8);
    emit(Instr{Op::kConst, NumKind::kI64, 0, one, 0, 0, 1}, rc->pos);
    emit(Instr{Op::kBinary, NumKind::kI64, static_cast<uint8_t>(BinOp::kAdd), i, i, one}, rc->pos);
  }
  emit(Instr{Op::kJmp, NumKind::kI64, 0, 0, 0, 0, top}, s->body->rbrace);
  const int32_t end = here();
  patch(jexit, end);
  for (int32_t j : loops_.back().breaks) patch(j, end);
  for (int32_t j : loops_.back().continues) patch(j, cont);
  loops_.pop_back();
}

// Go: an expression switch compares the tag with each case in order; the first match runs.
void Lowerer::lower_switch(const SwitchStmt* s) {
  if (s->init) lower_stmt(s->init);
  if (s->tag && s->tag->kind == NodeKind::TypeSwitchGuard) {
    lower_type_switch(s);
    return;
  }
  const lang::Type* tt = s->tag ? (is_untyped(s->tag->type) ? pkg_.types.default_type(s->tag->type) : s->tag->type)
                                : pkg_.types.basic(lang::TypeKind::Bool);
  int32_t tag = -1;
  if (s->tag) {
    tag = expr_as(s->tag, tt);
  } else {
    tag = temp(1, 1);
    emit(Instr{Op::kConst, NumKind::kBool, 0, tag, 0, 0, 1}, s->pos);
  }
  const NumKind k = num_kind(tt);
  const bool composite_tag = under(tt)->kind == lang::TypeKind::Struct || under(tt)->kind == lang::TypeKind::Array;
  // The tests, each jumping to its clause's body; then the bodies in order.
  std::vector<std::vector<int32_t>> to_body(s->body.size());
  int32_t default_clause = -1;
  for (size_t i = 0; i < s->body.size(); ++i) {
    const CaseClause* cc = s->body[i];
    if (!cc->cases) {
      default_clause = static_cast<int32_t>(i);
      continue;
    }
    std::vector<const Expr*> vals;
    if (cc->cases->kind == NodeKind::ListExpr) {
      for (const Expr* v : static_cast<const ListExpr*>(cc->cases)->elems) vals.push_back(v);
    } else {
      vals.push_back(cc->cases);
    }
    for (const Expr* v : vals) {
      const int32_t x = expr_as(v, tt);
      const int32_t c = temp(1, 1);
      if (composite_tag) {
        emit(Instr{Op::kEqual, NumKind::kBool, 0, c, tag, x, type_id(tt)}, v->pos);
      } else {
        emit(Instr{Op::kBinary, k, static_cast<uint8_t>(BinOp::kEq), c, tag, x}, v->pos);
      }
      to_body[i].push_back(emit(Instr{Op::kJmpIf, NumKind::kBool, 0, c}, v->pos));
    }
  }
  const int32_t jdefault = emit(Instr{Op::kJmp}, s->pos);
  loops_.push_back(Loop{s, {}, {}});
  std::vector<int32_t> fallthrough_from;
  for (size_t i = 0; i < s->body.size(); ++i) {
    const int32_t start = here();
    for (int32_t j : to_body[i]) patch(j, start);
    for (int32_t j : fallthrough_from) patch(j, start);
    fallthrough_from.clear();
    if (static_cast<int32_t>(i) == default_clause) patch(jdefault, start);
    const auto& body = s->body[i]->body;
    const bool falls = !body.empty() && body.back()->kind == NodeKind::BranchStmt &&
                       static_cast<const BranchStmt*>(body.back())->tok == Tok::Fallthrough;
    for (size_t j = 0; j + (falls ? 1 : 0) < body.size(); ++j) lower_stmt(body[j]);
    if (falls) {
      fallthrough_from.push_back(emit(Instr{Op::kJmp}, body.back()->pos));
    } else {
      loops_.back().breaks.push_back(emit(Instr{Op::kJmp}, s->rbrace));
    }
  }
  const int32_t end = here();
  if (default_clause < 0) patch(jdefault, end);
  for (int32_t j : loops_.back().breaks) patch(j, end);
  loops_.pop_back();
}

// Go: runtime.selectgo picks the case; the statement then runs that case's body.
void Lowerer::lower_select(const SelectStmt* s) {
  struct Case {
    const CommClause* cc;
    const Expr* chan = nullptr;
    bool send = false;
    int32_t value = -1;
    int64_t size = 0;
    const Expr* recv_lhs[2] = {nullptr, nullptr};
    bool def = false;
  };
  std::vector<Case> cases;
  int32_t default_index = -1;
  for (size_t ci = 0; ci < s->body.size(); ++ci) {
    const CommClause* cc = s->body[ci];
    if (!cc->comm) {
      default_index = static_cast<int32_t>(ci);
      continue;
    }
    Case c{cc};
    const Stmt* comm = cc->comm;
    if (comm->kind == NodeKind::SendStmt) {
      const auto* ss = static_cast<const SendStmt*>(comm);
      c.chan = ss->chan;
      c.send = true;
      c.size = size_of(under(ss->chan->type)->elem);
      c.value = expr_as(ss->value, under(ss->chan->type)->elem);
    } else {
      const Expr* rx = nullptr;
      if (comm->kind == NodeKind::ExprStmt) {
        rx = static_cast<const ExprStmt*>(comm)->x;
      } else if (comm->kind == NodeKind::AssignStmt) {
        const auto* as = static_cast<const AssignStmt*>(comm);
        rx = as->rhs;
        c.def = as->op == lang::Op::Def;
        if (as->lhs->kind == NodeKind::ListExpr) {
          const auto& l = static_cast<const ListExpr*>(as->lhs)->elems;
          c.recv_lhs[0] = l[0];
          if (l.size() > 1) c.recv_lhs[1] = l[1];
        } else {
          c.recv_lhs[0] = as->lhs;
        }
      }
      while (rx && rx->kind == NodeKind::ParenExpr) rx = static_cast<const ParenExpr*>(rx)->x;
      if (!rx || rx->kind != NodeKind::Operation) {
        unsupported(comm->pos, "this select case");
        return;
      }
      c.chan = static_cast<const Operation*>(rx)->x;
      c.size = size_of(under(c.chan->type)->elem);
    }
    cases.push_back(c);
  }
  // The case table: chan, value address, elem size, is-send; 4 words a case.
  const int32_t table = temp(32 * static_cast<int64_t>(std::max<size_t>(cases.size(), 1)), 8);
  for (size_t i = 0; i < cases.size(); ++i) {
    const int32_t d = table + 32 * static_cast<int32_t>(i);
    const int32_t ch = expr(cases[i].chan);
    emit(Instr{Op::kMove, NumKind::kI64, 0, d, ch, 0, 8}, s->pos);
    if (cases[i].send) {
      emit(Instr{Op::kAddr, NumKind::kPtr, 0, d + 8, cases[i].value}, s->pos);
    } else {
      emit(Instr{Op::kConst, NumKind::kI64, 0, d + 8, 0, 0, 0}, s->pos);
    }
    emit(Instr{Op::kConst, NumKind::kI64, 0, d + 16, 0, 0, cases[i].size}, s->pos);
    emit(Instr{Op::kConst, NumKind::kI64, 0, d + 24, 0, 0, cases[i].send ? 1 : 0}, s->pos);
  }
  emit(Instr{Op::kSelect, NumKind::kI64, 0, table, default_index < 0 ? 1 : 0, 0, static_cast<int64_t>(cases.size())}, s->pos);
  int64_t maxsize = 1;
  for (const Case& c : cases) maxsize = std::max(maxsize, c.size);
  const int32_t data = temp(maxsize, 8);
  const int32_t ok = temp(1, 1);
  const int32_t which = temp(8, 8);
  emit(Instr{Op::kChanResult, NumKind::kI64, 0, data, ok, which, maxsize}, s->pos);
  loops_.push_back(Loop{s, {}, {}});
  std::vector<int32_t> to_end;
  for (size_t i = 0; i <= cases.size(); ++i) {
    const bool is_default = i == cases.size();
    if (is_default && default_index < 0) break;
    const int32_t want = temp(8, 8);
    emit(Instr{Op::kConst, NumKind::kI64, 0, want, 0, 0, is_default ? -1 : static_cast<int64_t>(i)}, s->pos);
    const int32_t c = temp(1, 1);
    emit(Instr{Op::kBinary, NumKind::kI64, static_cast<uint8_t>(BinOp::kEq), c, which, want}, s->pos);
    const int32_t skip = emit(Instr{Op::kJmpIfNot, NumKind::kBool, 0, c}, s->pos);
    const CommClause* cc = is_default ? s->body[static_cast<size_t>(default_index)] : cases[i].cc;
    if (!is_default && !cases[i].send) {
      const int32_t vals[2] = {data, ok};
      const int64_t sizes[2] = {cases[i].size, 1};
      for (int k = 0; k < 2; ++k) {
        const Expr* x = cases[i].recv_lhs[k];
        if (!x || (x->kind == NodeKind::Name && static_cast<const Name*>(x)->value == "_")) continue;
        if (cases[i].def && x->kind == NodeKind::Name) declare_local(static_cast<const Name*>(x)->obj, x->pos);
        store_place(place(x), vals[k], sizes[k], x->pos);
      }
    }
    lower_block(cc->body);
    to_end.push_back(emit(Instr{Op::kJmp}, s->rbrace));
    patch(skip, here());
  }
  const int32_t end = here();
  for (int32_t j : to_end) patch(j, end);
  for (int32_t j : loops_.back().breaks) patch(j, end);
  loops_.pop_back();
}

}  // namespace gosim::ir
