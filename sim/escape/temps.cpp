// Go: typecheck.RewriteNonNameCall, RewriteMultiValueCall, TempAt (see temps.h).
#include "sim/escape/temps.h"

#include <string>

namespace gosim::escape {

using namespace lang;

namespace {

class Numberer {
 public:
  explicit Numberer(const FuncInfo* fn) {
    count_ = int((fn->recv != nullptr ? 1 : 0) + fn->params.size() + fn->results.size());
  }
  TempNames names;

  void stmts(const std::vector<Stmt*>& l) {
    for (const Stmt* s : l) stmt(s);
  }

  void stmt(const Stmt* s) {
    if (s == nullptr) return;
    switch (s->kind) {
      case NodeKind::LabeledStmt: stmt(as<LabeledStmt>(s)->stmt); return;
      case NodeKind::BlockStmt: stmts(as<BlockStmt>(s)->list); return;
      case NodeKind::ExprStmt: expr(as<ExprStmt>(s)->x); return;
      case NodeKind::SendStmt:
        expr(as<SendStmt>(s)->chan);
        expr(as<SendStmt>(s)->value);
        return;
      case NodeKind::DeclStmt:
        for (const Decl* d : as<DeclStmt>(s)->decls) {
          if (d->kind != NodeKind::VarDecl) continue;
          expr(as<VarDecl>(d)->values);
          count_ += int(as<VarDecl>(d)->names.size());
        }
        return;
      case NodeKind::AssignStmt: {
        auto* a = as<AssignStmt>(s);
        expr(a->rhs);
        if (a->op == Op::Def) {
          for (const Expr* l : unpack_list(a->lhs)) {
            auto* n = as<Name>(unparen(l));
            if (n->obj != nullptr && n->obj->pos == n->pos) count_++;
          }
        } else {
          expr(a->lhs);
        }
        return;
      }
      case NodeKind::CallStmt: expr(as<CallStmt>(s)->call); return;
      case NodeKind::ReturnStmt: expr(as<ReturnStmt>(s)->results); return;
      case NodeKind::IfStmt: {
        auto* i = as<IfStmt>(s);
        stmt(i->init);
        expr(i->cond);
        stmt(i->then);
        stmt(i->else_stmt);
        return;
      }
      case NodeKind::ForStmt: {
        auto* f = as<ForStmt>(s);
        if (f->init != nullptr && f->init->kind == NodeKind::RangeClause) {
          auto* r = as<RangeClause>(f->init);
          expr(r->x);
          if (r->def) count_ += int(unpack_list(r->lhs).size());
        } else {
          stmt(f->init);
        }
        expr(f->cond);
        stmt(f->post);
        stmt(f->body);
        return;
      }
      case NodeKind::SwitchStmt: {
        auto* sw = as<SwitchStmt>(s);
        stmt(sw->init);
        if (sw->tag != nullptr && sw->tag->kind == NodeKind::TypeSwitchGuard) {
          expr(as<TypeSwitchGuard>(sw->tag)->x);
        } else {
          expr(sw->tag);
        }
        for (const CaseClause* c : sw->body) {
          if (c->implicit_obj != nullptr) count_++;
          expr(c->cases);
          stmts(c->body);
        }
        return;
      }
      case NodeKind::SelectStmt:
        for (const CommClause* c : as<SelectStmt>(s)->body) {
          stmt(c->comm);
          stmts(c->body);
        }
        return;
      default: return;
    }
  }

  void expr(const Expr* e) {
    e = unparen(e);
    if (e == nullptr || e->mode == Mode::Constant || e->mode == Mode::TypeExpr) return;
    switch (e->kind) {
      case NodeKind::ListExpr:
        for (const Expr* x : as<ListExpr>(e)->elems) expr(x);
        return;
      case NodeKind::CompositeLit:
        for (const Expr* el : as<CompositeLit>(e)->elems) {
          expr(el->kind == NodeKind::KeyValueExpr ? as<KeyValueExpr>(el)->value_expr : el);
        }
        return;
      case NodeKind::SelectorExpr:
        if (as<SelectorExpr>(e)->sel_kind != SelKind::Qualified) expr(as<SelectorExpr>(e)->x);
        return;
      case NodeKind::IndexExpr:
        expr(as<IndexExpr>(e)->x);
        expr(as<IndexExpr>(e)->index);
        return;
      case NodeKind::SliceExpr:
        expr(as<SliceExpr>(e)->x);
        for (const Expr* i : as<SliceExpr>(e)->index) expr(i);
        return;
      case NodeKind::AssertExpr: expr(as<AssertExpr>(e)->x); return;
      case NodeKind::Operation:
        expr(as<Operation>(e)->x);
        expr(as<Operation>(e)->y);
        return;
      case NodeKind::CallExpr: call(as<CallExpr>(e)); return;
      default: return;  // function literals number their own temporaries
    }
  }

  void call(const CallExpr* c) {
    expr(c->fun);
    for (const Expr* a : c->args) expr(a);
    if (c->call_kind == CallKind::Conversion || c->call_kind == CallKind::Builtin) return;
    // RewriteNonNameCall: the callee (after peeling a method selector) has a call in it.
    const Expr* np = unparen(c->fun);
    if (np->kind == NodeKind::SelectorExpr && as<SelectorExpr>(np)->sel_kind == SelKind::MethodVal) {
      np = unparen(as<SelectorExpr>(np)->x);
    }
    if (has_call(np)) names[np] = ".autotmp_" + std::to_string(count_++);
    // RewriteMultiValueCall: f(g()) keeps g's results in temporaries.
    if (c->args.size() == 1 && c->args[0]->type != nullptr && c->args[0]->type->kind == TypeKind::Tuple) {
      names[c->args[0]] = std::to_string(count_);  // the first result's temporary number
      count_ += int(c->args[0]->type->elems.size());
    }
  }

  // Go: callOrChan, except new(T).
  static bool has_call(const Expr* e) {
    e = unparen(e);
    if (e == nullptr) return false;
    switch (e->kind) {
      case NodeKind::CallExpr: {
        auto* c = as<CallExpr>(e);
        if (c->call_kind == CallKind::Builtin && static_cast<BuiltinId>(c->builtin) == BuiltinId::New) return false;
        if (c->call_kind == CallKind::Conversion) return c->args.size() == 1 && has_call(c->args[0]);
        return true;
      }
      case NodeKind::Operation: {
        auto* o = as<Operation>(e);
        if (o->y == nullptr && o->op == Op::Recv) return true;
        return has_call(o->x) || has_call(o->y);
      }
      case NodeKind::SelectorExpr: return has_call(as<SelectorExpr>(e)->x);
      case NodeKind::IndexExpr: return has_call(as<IndexExpr>(e)->x) || has_call(as<IndexExpr>(e)->index);
      default: return false;
    }
  }

 private:
  int count_ = 0;
};

}  // namespace

TempNames number_temps(const FuncInfo* fn) {
  Numberer n(fn);
  const BlockStmt* body = fn->lit != nullptr ? fn->lit->body : (fn->decl != nullptr ? fn->decl->body : nullptr);
  if (body != nullptr) n.stmts(body->list);
  return std::move(n.names);
}

}  // namespace gosim::escape
