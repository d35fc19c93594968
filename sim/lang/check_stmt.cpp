// Statements and function bodies.
//
// Go: types2/stmt.go (funcBody, usage, stmt, switchStmt, typeSwitchStmt, rangeStmt, the
// select case), return.go (isTerminating, hasBreak). Each block opens a scope; a local
// is visible from the end of its declaration. At the end of every body the variables
// declared but never used are reported ("x declared but not used"), like the compiler.
#include <algorithm>

#include "sim/lang/checker.h"

namespace gosim::lang {

void Checker::func_body(FuncInfo* fi, BlockStmt* body) {
  FuncInfo* func = func_;
  const Type* sig = sig_;
  bool call_or_recv = has_call_or_recv_;
  func_ = fi;
  sig_ = fi->sig;
  stmt_list(0, body->list);
  if (!sig_->results->elems.empty() && !is_terminating_list(body->list, "")) err(body->rbrace, "missing return");
  usage(fi);
  func_ = func;
  sig_ = sig;
  has_call_or_recv_ = call_or_recv;
}

void Checker::usage(FuncInfo* fi) {
  std::vector<Object*> unused;
  for (Object* v : fi->locals) {
    if (!v->used && !v->name.empty() && v->name != "_") unused.push_back(v);
  }
  std::stable_sort(unused.begin(), unused.end(), [](const Object* a, const Object* b) {
    return a->pos.line != b->pos.line ? a->pos.line < b->pos.line : a->pos.col < b->pos.col;
  });
  for (Object* v : unused) err(v->pos, v->name + " declared but not used");
}

void Checker::stmt_list(unsigned ctxt, const std::vector<Stmt*>& list) {
  bool ok = (ctxt & kFallthroughOk) != 0;
  unsigned inner = ctxt & ~kFallthroughOk;
  size_t n = list.size();
  while (n > 0 && list[n - 1]->kind == NodeKind::EmptyStmt) n--;
  for (size_t i = 0; i < n; i++) {
    unsigned c = inner;
    if (ok && i + 1 == n) c |= kFallthroughOk;
    stmt(c, list[i]);
  }
}

void Checker::stmt(unsigned ctxt, Stmt* s) {
  Deep deep(this, start_pos(s));
  if (!deep.ok) return;
  unsigned inner = ctxt & ~(kFallthroughOk | kFinalSwitchCase | kInTypeSwitch);
  switch (s->kind) {
    case NodeKind::EmptyStmt:
    case NodeKind::BranchStmt:  // labels and targets were checked by the parser
      return;
    case NodeKind::DeclStmt:
      decl_stmt(as<DeclStmt>(s)->decls);
      return;
    case NodeKind::LabeledStmt:
      stmt(ctxt, as<LabeledStmt>(s)->stmt);
      return;
    case NodeKind::ExprStmt: {
      Operand x;
      ExprKind kind = raw_expr(&x, as<ExprStmt>(s)->x, nullptr);
      std::string msg;
      switch (x.mode) {
        case Mode::Builtin: msg = "must be called"; break;
        case Mode::TypeExpr: msg = "is not an expression"; break;
        default:
          if (kind == ExprKind::Statement) return;
          msg = "is not used";
          break;
      }
      error_op(x, op_str(x) + " " + msg);
      return;
    }
    case NodeKind::SendStmt: {
      auto* ss = as<SendStmt>(s);
      Operand ch;
      Operand val;
      expr(&ch, ss->chan);
      expr(&val, ss->value);
      if (ch.mode == Mode::Invalid || val.mode == Mode::Invalid) return;
      const Type* u = under(ch.type);
      if (u->kind != TypeKind::Chan) {
        error_at(s, "invalid operation: cannot send to non-channel " + op_str(ch));
        return;
      }
      if (u->dir == ChanDir::Recv) {
        error_at(s, "invalid operation: cannot send to receive-only channel " + op_str(ch));
        return;
      }
      assignment(&val, u->elem, "send");
      return;
    }
    case NodeKind::AssignStmt: {
      auto* as_ = as<AssignStmt>(s);
      std::vector<Expr*> lhs = unpack_list(as_->lhs);
      if (as_->rhs == nullptr) {
        Operand x;
        expr(&x, lhs[0]);
        if (x.mode == Mode::Invalid) return;
        if (!is_numeric(x.type)) {
          std::string op(op_string(as_->op));
          error_at(lhs[0], "invalid operation: " + expr_string(lhs[0]) + op + op + " (non-numeric type " +
                               ts(x.type) + ")");
          return;
        }
        assign_var(lhs[0], &x);
        return;
      }
      std::vector<Expr*> rhs = unpack_list(as_->rhs);
      if (as_->op == Op::None) {
        assign_vars(lhs, rhs);
        return;
      }
      if (as_->op == Op::Def) {
        short_var_decl(as_->pos, lhs, rhs);
        return;
      }
      if (lhs.size() != 1 || rhs.size() != 1) {
        error_at(s, "assignment operation " + std::string(op_string(as_->op)) +
                        " requires single-valued expressions");
        return;
      }
      Operand x;
      binary(&x, nullptr, lhs[0], rhs[0], as_->op, as_->pos);
      assign_var(lhs[0], &x);
      return;
    }
    case NodeKind::CallStmt: {
      auto* cs = as<CallStmt>(s);
      if (cs->tok == Tok::Defer && func_ != nullptr) func_->has_defer = true;
      suspended_call(cs->tok == Tok::Go ? "go" : "defer", cs->call);
      return;
    }
    case NodeKind::ReturnStmt:
      return_stmt(as<ReturnStmt>(s));
      return;
    case NodeKind::BlockStmt:
      open_scope();
      stmt_list(inner, as<BlockStmt>(s)->list);
      close_scope();
      return;
    case NodeKind::IfStmt: {
      auto* is = as<IfStmt>(s);
      open_scope();
      simple_stmt(is->init);
      Operand x;
      expr(&x, is->cond);
      if (x.mode != Mode::Invalid && !is_boolean(x.type)) error_at(is->cond, "non-boolean condition in if statement");
      stmt(inner, is->then);
      if (is->else_stmt != nullptr) stmt(inner, is->else_stmt);
      close_scope();
      return;
    }
    case NodeKind::SwitchStmt: {
      auto* ss = as<SwitchStmt>(s);
      inner |= kBreakOk;
      open_scope();
      simple_stmt(ss->init);
      if (ss->tag != nullptr && ss->tag->kind == NodeKind::TypeSwitchGuard) {
        type_switch_stmt(inner | kInTypeSwitch, ss, as<TypeSwitchGuard>(ss->tag));
      } else {
        switch_stmt(inner, ss);
      }
      close_scope();
      return;
    }
    case NodeKind::SelectStmt:
      select_stmt(inner | kBreakOk, as<SelectStmt>(s));
      return;
    case NodeKind::ForStmt: {
      auto* fs = as<ForStmt>(s);
      inner |= kBreakOk | kContinueOk;
      if (fs->init != nullptr && fs->init->kind == NodeKind::RangeClause) {
        range_stmt(inner, fs, as<RangeClause>(fs->init));
        return;
      }
      open_scope();
      simple_stmt(fs->init);
      if (fs->cond != nullptr) {
        Operand x;
        expr(&x, fs->cond);
        if (x.mode != Mode::Invalid && !is_boolean(x.type)) error_at(fs->cond, "non-boolean condition in for statement");
      }
      simple_stmt(fs->post);
      stmt(inner, fs->body);
      close_scope();
      return;
    }
    default:
      error_at(s, "invalid statement");
      return;
  }
}

void Checker::suspended_call(const char* keyword, CallExpr* call) {
  Operand x;
  std::string msg;
  switch (raw_expr(&x, call, nullptr)) {
    case ExprKind::Conversion: msg = "requires function call, not conversion"; break;
    case ExprKind::Expression: msg = "discards result of"; break;
    case ExprKind::Statement: return;
  }
  error_op(x, std::string(keyword) + " " + msg + " " + op_str(x));
}

void Checker::return_stmt(ReturnStmt* s) {
  std::vector<Expr*> results = unpack_list(s->results);
  const std::vector<Object*> res = func_ != nullptr ? func_->results : std::vector<Object*>{};
  if (results.empty() && !res.empty() && !res[0]->name.empty()) {
    for (Object* obj : res) {
      Object* alt = lookup(obj->name);
      if (alt != nullptr && alt != obj) {
        error_at(s, "result parameter " + obj->name + " not in scope at return\n\t" + pos_str(alt->pos) +
                        ": inner declaration of var " + alt->name + " " + ts(alt->type));
      }
    }
    return;
  }
  init_vars(res, results, s);
}

void Checker::switch_stmt(unsigned inner, SwitchStmt* s) {
  Operand x;
  if (s->tag != nullptr) {
    expr(&x, s->tag);
    assignment(&x, nullptr, "switch expression");
    if (x.mode != Mode::Invalid && !comparable(x.type) && !has_nil(x.type)) {
      error_op(x, "cannot switch on " + op_str(x) + " (" + ts(x.type) + " is not comparable)");
      x.mode = Mode::Invalid;
    }
  } else {
    // A missing switch expression is the boolean true.
    x.mode = Mode::Constant;
    x.type = T.basic(TypeKind::Bool);
    x.val = Constant::make_bool(true);
    Pos p = s->body.empty() ? s->rbrace : s->body[0]->pos;
    x.expr = unit_->files[static_cast<size_t>(file_)]->arena.make<Name>(p, "true");
  }
  CaseClause* first = nullptr;
  for (CaseClause* c : s->body) {
    if (c->cases != nullptr) continue;
    if (first != nullptr) {
      error_at(c, "multiple defaults (first at " + pos_str(first->pos) + ")");
    } else {
      first = c;
    }
  }
  std::vector<std::pair<Operand, Pos>> seen;
  for (size_t i = 0; i < s->body.size(); i++) {
    CaseClause* clause = s->body[i];
    unsigned c = inner | (i + 1 < s->body.size() ? kFallthroughOk : kFinalSwitchCase);
    case_values(&x, unpack_list(clause->cases), &seen);
    open_scope();
    stmt_list(c, clause->body);
    close_scope();
  }
}

// Go: stmt.go caseValues.
void Checker::case_values(Operand* x, const std::vector<Expr*>& values, std::vector<std::pair<Operand, Pos>>* seen) {
  for (Expr* e : values) {
    Operand v;
    expr(&v, e);
    if (x->mode == Mode::Invalid || v.mode == Mode::Invalid) continue;
    convert_untyped(&v, x->type);
    if (v.mode == Mode::Invalid) continue;
    Operand res = v;
    comparison(&res, x, Op::Eql, true);
    if (res.mode == Mode::Invalid || v.mode != Mode::Constant) continue;
    Constant::Kind k = v.val.kind;
    if (k != Constant::Kind::Int && k != Constant::Kind::Float && k != Constant::Kind::String) continue;
    bool dup = false;
    for (const auto& [other, pos] : *seen) {
      if (other.val.kind == k && compare(other.val, Op::Eql, v.val) && identical(other.type, v.type)) {
        error_op(v, "duplicate case " + op_str(v) + " in expression switch\n\t" + pos_str(pos) + ": previous case");
        dup = true;
        break;
      }
    }
    if (!dup) seen->emplace_back(v, start_pos(v.expr));
  }
}

void Checker::type_switch_stmt(unsigned inner, SwitchStmt* s, TypeSwitchGuard* guard) {
  Name* lhs = guard->lhs;
  if (lhs != nullptr && lhs->value == "_") {
    error_at(lhs, "no new variable on left side of :=");
    lhs = nullptr;
  }
  Operand x;
  expr(&x, guard->x);
  if (x.mode == Mode::Invalid) return;
  Operand* sx = nullptr;
  if (is_interface(x.type)) {
    sx = &x;
  } else {
    error_op(x, op_str(x) + " is not an interface");
  }
  CaseClause* first = nullptr;
  for (CaseClause* c : s->body) {
    if (c->cases != nullptr) continue;
    if (first != nullptr) {
      error_at(c, "multiple defaults (first at " + pos_str(first->pos) + ")");
    } else {
      first = c;
    }
  }
  std::vector<Object*> lhs_vars;
  std::vector<std::pair<const Type*, Expr*>> seen;  // nil type = the nil case
  for (CaseClause* clause : s->body) {
    std::vector<Expr*> cases = unpack_list(clause->cases);
    const Type* t = nullptr;
    for (Expr* e : cases) {
      Expr* u = unparen(e);
      bool is_nil = u->kind == NodeKind::Name && lookup(as<Name>(u)->value) != nullptr &&
                    lookup(as<Name>(u)->value)->kind == ObjKind::Nil;
      if (is_nil) {
        t = nullptr;
        Operand dummy;
        expr(&dummy, e);
      } else {
        t = var_type(e);
        if (t->kind == TypeKind::Invalid) continue;
      }
      bool dup = false;
      for (const auto& [other, oe] : seen) {
        if ((t == nullptr && other == nullptr) || (t != nullptr && other != nullptr && identical(t, other))) {
          error_at(e, "duplicate case " + (t == nullptr ? std::string("nil") : ts(t)) + " in type switch\n\t" +
                          pos_str(start_pos(oe)) + ": previous case");
          dup = true;
          break;
        }
      }
      if (dup) continue;
      seen.emplace_back(t, e);
      if (sx != nullptr && t != nullptr) type_assertion(e, sx, t, true);
    }
    open_scope();
    if (lhs != nullptr) {
      if (cases.size() != 1 || t == nullptr) t = x.type;
      Object* obj = pkg_->objects.make(ObjKind::Var, lhs->value, lhs->pos, t, ref_);
      obj->owner = func_;
      if (func_ != nullptr) func_->locals.push_back(obj);
      declare(scope_, nullptr, obj);
      clause->implicit_obj = obj;
      lhs_vars.push_back(obj);
    }
    stmt_list(inner, clause->body);
    close_scope();
  }
  if (lhs != nullptr) {
    bool used = false;
    for (Object* v : lhs_vars) {
      used = used || v->used;
      v->used = true;
    }
    if (!used) err(lhs->pos, lhs->value + " declared but not used");
  }
}

void Checker::range_stmt(unsigned inner, ForStmt* s, RangeClause* rclause) {
  Expr* skey = rclause->lhs;
  Expr* svalue = nullptr;
  Expr* sextra = nullptr;
  if (skey != nullptr && skey->kind == NodeKind::ListExpr) {
    auto* l = as<ListExpr>(skey);
    skey = l->elems[0];
    svalue = l->elems[1];
    if (l->elems.size() > 2) sextra = l->elems[2];
  }
  Operand x;
  expr(&x, rclause->x);
  const Type* key = nullptr;
  const Type* val = nullptr;
  if (x.mode != Mode::Invalid) {
    std::string cause;
    const Type* u = under(x.type);
    if (u->kind == TypeKind::Pointer && under(u->elem)->kind == TypeKind::Array) u = under(u->elem);
    if (u->kind == TypeKind::Chan) {
      if (svalue != nullptr) error_at(svalue, "range over " + op_str(x) + " permits only one iteration variable");
      if (u->dir == ChanDir::Send) cause = "receive from send-only channel";
    } else if (sextra != nullptr) {
      error_at(sextra, "range clause permits at most two iteration variables");
    }
    switch (u->kind) {
      case TypeKind::String: case TypeKind::UntypedString:
        key = T.basic(TypeKind::Int);
        val = T.rune_type();
        if (is_untyped(x.type)) update_expr_type(nullptr, x.expr, T.basic(TypeKind::String), true);
        break;
      case TypeKind::Array: case TypeKind::Slice:
        key = T.basic(TypeKind::Int);
        val = u->elem;
        break;
      case TypeKind::Map:
        key = u->key;
        val = u->elem;
        break;
      case TypeKind::Chan:
        key = u->elem;
        val = T.invalid();
        break;
      default:
        break;
    }
    if (key == nullptr || !cause.empty()) {
      error_op(x, "cannot range over " + op_str(x) + (cause.empty() ? "" : " (" + cause + ")"));
    }
  }
  open_scope();
  Expr* lhs[2] = {skey, svalue};
  const Type* rhs[2] = {key, val};
  if (rclause->def) {
    std::vector<Object*> vars;
    for (int i = 0; i < 2; i++) {
      if (lhs[i] == nullptr) continue;
      Object* obj;
      if (lhs[i]->kind == NodeKind::Name) {
        obj = new_var(as<Name>(lhs[i]), nullptr, VarKind::Local);
        if (obj->name != "_") vars.push_back(obj);
      } else {
        error_at(lhs[i], "cannot declare " + expr_string(lhs[i]));
        obj = pkg_->objects.make(ObjKind::Var, "_", lhs[i]->pos, nullptr, ref_);
      }
      if (rhs[i] != nullptr) {
        Operand v;
        v.mode = Mode::Value;
        v.expr = lhs[i];
        v.type = rhs[i];
        init_var(obj, &v, "range clause");
      } else {
        obj->type = T.invalid();
        obj->used = true;
      }
      lhs[i]->mode = Mode::Variable;
      lhs[i]->type = obj->type;
    }
    if (!vars.empty()) {
      for (Object* v : vars) declare(scope_, nullptr, v);
    } else {
      error_at(s, "no new variables on left side of :=");
    }
  } else {
    for (int i = 0; i < 2; i++) {
      if (lhs[i] == nullptr || rhs[i] == nullptr) continue;
      Operand v;
      v.mode = Mode::Value;
      v.expr = lhs[i];
      v.type = rhs[i];
      assign_var(lhs[i], &v);
    }
  }
  stmt(inner, s->body);
  close_scope();
}

void Checker::select_stmt(unsigned inner, SelectStmt* s) {
  CommClause* first = nullptr;
  for (CommClause* c : s->body) {
    if (c->comm != nullptr) continue;
    if (first != nullptr) {
      error_at(c, "multiple defaults (first at " + pos_str(first->pos) + ")");
    } else {
      first = c;
    }
  }
  for (CommClause* clause : s->body) {
    bool valid = false;
    Expr* rhs = nullptr;
    Stmt* comm = clause->comm;
    if (comm == nullptr || comm->kind == NodeKind::SendStmt) {
      valid = true;
    } else if (comm->kind == NodeKind::AssignStmt) {
      auto* a = as<AssignStmt>(comm);
      if (a->rhs != nullptr && a->rhs->kind != NodeKind::ListExpr) rhs = a->rhs;
    } else if (comm->kind == NodeKind::ExprStmt) {
      rhs = as<ExprStmt>(comm)->x;
    }
    if (rhs != nullptr) {
      Expr* u = unparen(rhs);
      if (u->kind == NodeKind::Operation && as<Operation>(u)->y == nullptr && as<Operation>(u)->op == Op::Recv) {
        valid = true;
      }
    }
    if (!valid) {
      error_at(comm, "select case must be send or receive (possibly with assignment)");
      continue;
    }
    open_scope();
    if (comm != nullptr) stmt(inner, comm);
    stmt_list(inner, clause->body);
    close_scope();
  }
}

// ---- terminating statements (Go: return.go) ----

namespace {

bool has_break(Stmt* s, const std::string& label, bool implicit);

bool has_break_list(const std::vector<Stmt*>& list, const std::string& label, bool implicit) {
  for (Stmt* s : list) {
    if (has_break(s, label, implicit)) return true;
  }
  return false;
}

bool has_break(Stmt* s, const std::string& label, bool implicit) {
  switch (s->kind) {
    case NodeKind::LabeledStmt:
      return has_break(as<LabeledStmt>(s)->stmt, label, implicit);
    case NodeKind::BranchStmt: {
      auto* b = as<BranchStmt>(s);
      if (b->tok == Tok::Break) {
        if (b->label == nullptr) return implicit;
        if (b->label->value == label) return true;
      }
      return false;
    }
    case NodeKind::BlockStmt:
      return has_break_list(as<BlockStmt>(s)->list, label, implicit);
    case NodeKind::IfStmt: {
      auto* i = as<IfStmt>(s);
      return has_break(i->then, label, implicit) || (i->else_stmt != nullptr && has_break(i->else_stmt, label, implicit));
    }
    case NodeKind::SwitchStmt:
      if (label.empty()) return false;
      for (CaseClause* c : as<SwitchStmt>(s)->body) {
        if (has_break_list(c->body, label, false)) return true;
      }
      return false;
    case NodeKind::SelectStmt:
      if (label.empty()) return false;
      for (CommClause* c : as<SelectStmt>(s)->body) {
        if (has_break_list(c->body, label, false)) return true;
      }
      return false;
    case NodeKind::ForStmt:
      return !label.empty() && has_break(as<ForStmt>(s)->body, label, false);
    default:
      return false;
  }
}

}  // namespace

bool Checker::is_terminating_list(const std::vector<Stmt*>& list, const std::string& label) {
  for (size_t i = list.size(); i-- > 0;) {
    if (list[i]->kind != NodeKind::EmptyStmt) return is_terminating(list[i], label);
  }
  return false;
}

bool Checker::is_terminating(Stmt* s, const std::string& label) {
  switch (s->kind) {
    case NodeKind::LabeledStmt:
      return is_terminating(as<LabeledStmt>(s)->stmt, as<LabeledStmt>(s)->label->value);
    case NodeKind::ExprStmt: {
      Expr* x = unparen(as<ExprStmt>(s)->x);
      return x->kind == NodeKind::CallExpr && is_panic_.count(as<CallExpr>(x)) != 0;
    }
    case NodeKind::ReturnStmt:
      return true;
    case NodeKind::BranchStmt:
      return as<BranchStmt>(s)->tok == Tok::Goto || as<BranchStmt>(s)->tok == Tok::Fallthrough;
    case NodeKind::BlockStmt:
      return is_terminating_list(as<BlockStmt>(s)->list, "");
    case NodeKind::IfStmt: {
      auto* i = as<IfStmt>(s);
      return i->else_stmt != nullptr && is_terminating(i->then, "") && is_terminating(i->else_stmt, "");
    }
    case NodeKind::SwitchStmt: {
      bool has_default = false;
      for (CaseClause* cc : as<SwitchStmt>(s)->body) {
        if (cc->cases == nullptr) has_default = true;
        if (!is_terminating_list(cc->body, "") || has_break_list(cc->body, label, true)) return false;
      }
      return has_default;
    }
    case NodeKind::SelectStmt:
      for (CommClause* cc : as<SelectStmt>(s)->body) {
        if (!is_terminating_list(cc->body, "") || has_break_list(cc->body, label, true)) return false;
      }
      return true;
    case NodeKind::ForStmt: {
      auto* f = as<ForStmt>(s);
      if (f->init != nullptr && f->init->kind == NodeKind::RangeClause) return false;
      return f->cond == nullptr && !has_break(f->body, label, true);
    }
    default:
      return false;
  }
}

}  // namespace gosim::lang
