// Go: noder/expr.go (expr, expr0 set base.Pos), ir/node.go HasUniquePos.
#include "sim/escape/positions.h"

#include "sim/lang/object.h"

namespace gosim::escape {

using namespace lang;

bool has_unique_pos(const Expr* e) {
  e = unparen(e);
  if (e == nullptr) return false;
  if (e->kind == NodeKind::Name && e->mode != Mode::Constant) return false;
  return true;
}

namespace {
// Go: irgen.expr skips constants (they become OrigConst without touching base.Pos) and
// sets base.Pos in expr0 before translating the operands.
void visit(const Expr* e, Pos* last) {
  e = unparen(e);
  if (e == nullptr || e->mode == Mode::Constant || e->mode == Mode::TypeExpr) return;
  if (e->kind == NodeKind::Name && as<Name>(e)->value == "_") return;
  *last = e->pos;
  switch (e->kind) {
    case NodeKind::CallExpr: {
      auto* c = as<CallExpr>(e);
      visit(c->fun, last);
      for (const Expr* a : c->args) visit(a, last);
      // transformCall sets base.Pos back to the call.
      if (c->call_kind != CallKind::Conversion && c->call_kind != CallKind::Builtin) *last = c->pos;
      return;
    }
    case NodeKind::SelectorExpr: {
      auto* s = as<SelectorExpr>(e);
      if (s->sel_kind != SelKind::Qualified) visit(s->x, last);
      return;
    }
    case NodeKind::IndexExpr:
      visit(as<IndexExpr>(e)->x, last);
      visit(as<IndexExpr>(e)->index, last);
      return;
    case NodeKind::SliceExpr: {
      auto* s = as<SliceExpr>(e);
      visit(s->x, last);
      for (const Expr* i : s->index) visit(i, last);
      return;
    }
    case NodeKind::Operation:
      visit(as<Operation>(e)->x, last);
      visit(as<Operation>(e)->y, last);
      return;
    case NodeKind::AssertExpr: visit(as<AssertExpr>(e)->x, last); return;
    case NodeKind::CompositeLit:
      for (const Expr* el : as<CompositeLit>(e)->elems) {
        visit(el->kind == NodeKind::KeyValueExpr ? as<KeyValueExpr>(el)->value_expr : el, last);
      }
      return;
    default: return;
  }
}
}  // namespace

Pos last_expr_pos(const std::vector<Expr*>& xs) {
  Pos last;
  for (const Expr* x : xs) visit(x, &last);
  return last;
}

}  // namespace gosim::escape
