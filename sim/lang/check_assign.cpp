// Assignability, interface satisfaction, and every form of assignment and initialization.
//
// Go: types2/assignments.go (assignment, initConst, initVar, assignVar, initVars,
// assignVars, shortVarDecl), operand.go assignableTo, instantiate.go implements,
// lookup.go missingMethod. Here is also where implicit conversions to interface types are
// recorded for the IR (Expr::convert_to, CallExpr::result_convs): whenever a value of a
// concrete type is assigned, passed, returned, sent or stored into an interface slot.
#include "sim/lang/checker.h"

namespace gosim::lang {

Object* find_method(const Type* t, const PackageRef* pkg, const std::string& name, bool fold_case, bool* need_ptr);

namespace {
bool is_interface_ptr(const Type* t) {
  const Type* u = under(t);
  return u->kind == TypeKind::Pointer && is_interface(u->elem);
}
std::string measure(size_t n, const char* unit) {
  return std::to_string(n) + " " + unit + (n != 1 ? "s" : "");
}
}  // namespace

Object* Checker::new_var(Name* ident, const Type* type, VarKind kind) {
  Object* v = pkg_->objects.make(ObjKind::Var, ident->value, ident->pos, type, ref_);
  v->var_kind = kind;
  v->owner = func_;
  if (kind == VarKind::Local && func_ != nullptr) func_->locals.push_back(v);
  ident->obj = v;
  return v;
}

// Go: operand.go assignableTo.
bool Checker::assignable_to(Operand* x, const Type* t, std::string* reason) {
  if (x->mode == Mode::Invalid || t->kind == TypeKind::Invalid) return true;
  const Type* v = x->type;
  if (identical(v, t)) return true;
  const Type* vu = under(v);
  const Type* tu = under(t);
  if (is_untyped(vu)) {
    Constant val;
    int code = 0;
    return implicit_type_and_value(x, t, &val, &code) != nullptr;
  }
  if (identical(vu, tu) && (!is_named(v) || !is_named(t))) return true;
  if (tu->kind == TypeKind::Interface || is_interface_ptr(tu)) {
    std::string msg = implements(v, t);
    if (!msg.empty()) {
      if (reason != nullptr) *reason = msg;
      return false;
    }
    return true;
  }
  if (vu->kind == TypeKind::Interface) {
    if (implements(t, v).empty()) {
      if (reason != nullptr) *reason = "need type assertion";
      return false;
    }
  }
  if (vu->kind == TypeKind::Chan && vu->dir == ChanDir::Both && tu->kind == TypeKind::Chan &&
      identical(vu->elem, tu->elem)) {
    return !is_named(v) || !is_named(t);
  }
  return false;
}

// Go: instantiate.go implements: "" if V implements T, else the reason.
std::string Checker::implements(const Type* v, const Type* t) {
  const Type* vu = under(v);
  const Type* tu = under(t);
  if (vu->kind == TypeKind::Invalid || tu->kind == TypeKind::Invalid) return "";
  if (vu->kind == TypeKind::Pointer && under(vu->elem)->kind == TypeKind::Invalid) return "";
  if (tu->kind != TypeKind::Interface) {
    std::string cause = is_interface_ptr(tu) ? "type " + ts(t) + " is pointer to interface, not interface"
                                             : ts(t) + " is not an interface";
    return ts(v) + " does not implement " + ts(t) + " (" + cause + ")";
  }
  if (tu->methods.empty()) return "";
  Object* alt = nullptr;
  Object* m = missing_method(v, t, true, &alt);
  if (m != nullptr) return ts(v) + " does not implement " + ts(t) + " " + missing_method_reason(v, t, m, alt);
  return "";
}

// Go: lookup.go missingMethod. T is an interface type (possibly named).
Object* Checker::missing_method(const Type* v, const Type* t, bool is_static, Object** alt) {
  *alt = nullptr;
  const Type* ti = under(t);
  if (ti->methods.empty()) return nullptr;
  const Type* vu = under(v);
  if (vu->kind == TypeKind::Interface) {
    for (Object* m : ti->methods) {
      Object* f = nullptr;
      for (Object* have : vu->methods) {
        if (have->name == m->name) f = have;
      }
      if (f == nullptr) {
        if (!is_static) continue;
        return m;
      }
      if (!identical(f->type, m->type)) {
        *alt = f;
        return m;
      }
    }
    return nullptr;
  }
  for (Object* m : ti->methods) {
    bool need_ptr = false;
    Object* obj = find_method(v, m->pkg, m->name, false, &need_ptr);
    bool found = obj != nullptr;
    if (!found) {
      obj = find_method(T.pointer(v), m->pkg, m->name, false, nullptr);
      if (obj == nullptr) obj = find_method(v, m->pkg, m->name, true, nullptr);
    }
    Object* f = obj != nullptr && obj->kind == ObjKind::Func ? obj : nullptr;
    if (f == nullptr) return m;
    if (f->type == nullptr) obj_decl(f);
    if (!found || !identical(f->type, m->type)) {
      *alt = f;
      return m;
    }
  }
  return nullptr;
}

// Go: lookup.go missingMethodReason (compiler wording).
std::string Checker::missing_method_reason(const Type* v, const Type* t, Object* m, Object* alt) {
  std::string mname = m->name + " method";
  if (alt != nullptr) {
    if (m->name != alt->name) {
      return "(missing " + mname + ")\n\t\thave " + func_string(alt) + "\n\t\twant " + func_string(m);
    }
    if (identical(m->type, alt->type)) return "(" + mname + " has pointer receiver)";
    return "(wrong type for " + mname + ")\n\t\thave " + func_string(alt) + "\n\t\twant " + func_string(m);
  }
  if (is_interface_ptr(v)) return "(type " + ts(v) + " is pointer to interface, not interface)";
  if (is_interface_ptr(t)) return "(type " + ts(t) + " is pointer to interface, not interface)";
  return "(missing " + mname + ")";
}

void Checker::record_conversion(const Operand& x, const Type* t) {
  if (t == nullptr || x.expr == nullptr || !is_interface(t) || is_interface(x.type) || x.mode == Mode::NilValue) return;
  Expr* e = unparen(x.expr);
  if (x.tuple_index >= 0 && e->kind == NodeKind::CallExpr) {
    auto* call = as<CallExpr>(e);
    if (call->result_convs.size() <= static_cast<size_t>(x.tuple_index)) {
      call->result_convs.resize(static_cast<size_t>(x.tuple_index) + 1, nullptr);
    }
    call->result_convs[static_cast<size_t>(x.tuple_index)] = t;
    return;
  }
  if (x.tuple_index <= 0) x.expr->convert_to = t;
}

// Go: assignments.go assignment. T == nullptr: assignment to _ or an untyped context.
void Checker::assignment(Operand* x, const Type* t, const std::string& context) {
  single_value(x);
  switch (x->mode) {
    case Mode::Invalid:
      return;
    case Mode::Constant: case Mode::Variable: case Mode::MapIndex: case Mode::Value: case Mode::NilValue:
    case Mode::CommaOk:
      break;
    default:
      error_op(*x, "cannot assign " + op_str(*x) + " to " + (t != nullptr ? ts(t) : "<nil>") + " in " + context);
      x->mode = Mode::Invalid;
      return;
  }
  if (is_untyped(x->type)) {
    const Type* target = t;
    if (x->mode == Mode::NilValue) {
      if (t == nullptr) {
        error_op(*x, "use of untyped nil in " + context);
        x->mode = Mode::Invalid;
        return;
      }
    } else if (t == nullptr || is_interface(t)) {
      target = T.default_type(x->type);
    }
    Constant val;
    int code = 0;
    const Type* nt = implicit_type_and_value(x, target, &val, &code);
    if (code != 0) {
      std::string msg = "cannot use " + op_str(*x) + " as " + ts(target) + " value in " + context;
      if (code == 1) msg += " (truncated)";
      if (code == 2) msg += " (overflows)";
      error_op(*x, msg);
      x->mode = Mode::Invalid;
      return;
    }
    if (val.kind != Constant::Kind::Unknown) {
      x->val = val;
      if (x->expr != nullptr && x->expr->value != nullptr) x->expr->value = pkg_->make_constant(val);
    }
    if (nt != x->type) {
      x->type = nt;
      update_expr_type(nullptr, x->expr, nt, false);
    }
  }
  if (t == nullptr) return;
  std::string reason;
  if (!assignable_to(x, t, &reason)) {
    if (!reason.empty()) {
      error_op(*x, "cannot use " + op_str(*x) + " as type " + ts(t) + " in " + context + ":\n\t" + reason);
    } else {
      error_op(*x, "cannot use " + op_str(*x) + " as type " + ts(t) + " in " + context);
    }
    x->mode = Mode::Invalid;
    return;
  }
  record_conversion(*x, t);
}

// Go: assignments.go initConst.
void Checker::init_const(Object* lhs, Operand* x) {
  if (x->mode == Mode::Invalid || x->type->kind == TypeKind::Invalid ||
      (lhs->type != nullptr && lhs->type->kind == TypeKind::Invalid)) {
    if (lhs->type == nullptr) lhs->type = T.invalid();
    return;
  }
  if (x->mode != Mode::Constant) {
    error_op(*x, op_str(*x) + " is not constant");
    if (lhs->type == nullptr) lhs->type = T.invalid();
    return;
  }
  if (lhs->type == nullptr) lhs->type = x->type;
  assignment(x, lhs->type, "constant declaration");
  if (x->mode == Mode::Invalid) return;
  lhs->value = pkg_->make_constant(x->val);
}

// Go: assignments.go initVar.
const Type* Checker::init_var(Object* lhs, Operand* x, const std::string& context) {
  if (x->mode == Mode::Invalid || x->type->kind == TypeKind::Invalid ||
      (lhs->type != nullptr && lhs->type->kind == TypeKind::Invalid)) {
    if (lhs->type == nullptr) lhs->type = T.invalid();
    lhs->used = true;
    return nullptr;
  }
  if (lhs->type == nullptr) {
    const Type* typ = x->type;
    if (is_untyped(typ)) {
      if (typ->kind == TypeKind::UntypedNil) {
        error_op(*x, "use of untyped nil in " + context);
        lhs->type = T.invalid();
        return nullptr;
      }
      typ = T.default_type(typ);
    }
    lhs->type = typ;
  }
  assignment(x, lhs->type, context);
  if (x->mode == Mode::Invalid) {
    lhs->used = true;
    return nullptr;
  }
  return x->type;
}

// Go: assignments.go assignVar.
const Type* Checker::assign_var(Expr* lhs, Operand* x) {
  if (x->mode == Mode::Invalid || x->type->kind == TypeKind::Invalid) {
    use(lhs);
    return nullptr;
  }
  Expr* ul = unparen(lhs);
  Name* ident = ul->kind == NodeKind::Name ? as<Name>(ul) : nullptr;
  if (ident != nullptr && ident->value == "_") {
    ident->obj = nullptr;
    ident->mode = Mode::Invalid;
    assignment(x, nullptr, "assignment to _ identifier");
    return x->mode == Mode::Invalid ? nullptr : x->type;
  }
  Object* v = nullptr;
  bool v_used = false;
  if (ident != nullptr) {
    Object* obj = lookup(ident->value);
    if (obj != nullptr && obj->kind == ObjKind::Var && obj->pkg == ref_) {
      v = obj;
      v_used = v->used;
    }
  }
  Operand z;
  expr(&z, lhs);
  if (v != nullptr) v->used = v_used;  // assigning is not using
  if (z.mode == Mode::Invalid || z.type->kind == TypeKind::Invalid) return nullptr;
  if (z.mode != Mode::Variable && z.mode != Mode::MapIndex) {
    if (z.expr->kind == NodeKind::SelectorExpr) {
      Operand op;
      expr(&op, as<SelectorExpr>(z.expr)->x);
      if (op.mode == Mode::MapIndex) {
        error_op(z, "cannot assign to struct field " + expr_string(z.expr) + " in map");
        return nullptr;
      }
    }
    error_op(z, "cannot assign to " + op_str(z));
    return nullptr;
  }
  if (z.expr->kind == NodeKind::SelectorExpr) {
    // Part io: os.Stdout, io.EOF, time.UTC are read through the library (they are not
    // variables of the program in gosim), so replacing one is refused rather than ignored.
    const auto* sel = as<SelectorExpr>(z.expr);
    if (sel->sel_obj != nullptr && sel->sel_obj->kind == ObjKind::Var && sel->sel_obj->lib != LibFunc::None) {
      unsupported(sel->x->pos, "assigning to " + expr_string(z.expr) +
                                   " (gosim's library variables cannot be replaced)");
      return nullptr;
    }
  }
  assignment(x, z.type, "assignment");
  if (x->mode == Mode::Invalid) return nullptr;
  if (v != nullptr) v->assigned = true;
  return x->type;
}

void Checker::assign_error(const std::vector<Expr*>& rhs, size_t nvars, size_t nvals) {
  std::string vars = measure(nvars, "variable");
  std::string vals = measure(nvals, "value");
  Expr* rhs0 = rhs[0];
  if (rhs.size() == 1) {
    Expr* call = unparen(rhs0);
    if (call->kind == NodeKind::CallExpr) {
      error_at(rhs0, "assignment mismatch: " + vars + " but " + expr_string(as<CallExpr>(call)->fun) + " returns " + vals);
      return;
    }
  }
  error_at(rhs0, "assignment mismatch: " + vars + " but " + vals);
}

// Go: assignments.go initVars. ret != nullptr: checking a return statement.
void Checker::init_vars(const std::vector<Object*>& lhs, const std::vector<Expr*>& orig_rhs, ReturnStmt* ret) {
  bool comma_ok = false;
  std::vector<Operand> rhs = expr_list(orig_rhs, lhs.size() == 2 && ret == nullptr, &comma_ok);
  if (lhs.size() != rhs.size()) {
    for (Object* o : lhs) {
      o->used = true;
      if (o->type == nullptr) o->type = T.invalid();
    }
    for (const Operand& x : rhs) {
      if (x.mode == Mode::Invalid) return;
    }
    if (ret != nullptr) {
      const Node* at = ret;
      std::string qualifier = "not enough";
      if (rhs.size() > lhs.size()) {
        at = rhs[lhs.size()].expr;
        qualifier = "too many";
      } else if (!rhs.empty()) {
        at = rhs.back().expr;
      }
      std::vector<const Type*> have;
      std::vector<const Type*> want;
      for (const Operand& x : rhs) have.push_back(x.type);
      for (Object* o : lhs) want.push_back(o->type);
      error_at(at, qualifier + " return values\n\thave " + types_summary(have, false) + "\n\twant " +
                       types_summary(want, false));
      return;
    }
    assign_error(orig_rhs, lhs.size(), rhs.size());
    return;
  }
  std::string context = ret != nullptr ? "return statement" : "assignment";
  bool ok = true;
  for (size_t i = 0; i < lhs.size(); i++) {
    if (init_var(lhs[i], &rhs[i], context) == nullptr) ok = false;
  }
  if (!ok && !comma_ok) {
    for (Object* o : lhs) o->used = true;
  }
}

// Go: assignments.go assignVars.
void Checker::assign_vars(const std::vector<Expr*>& lhs, const std::vector<Expr*>& orig_rhs) {
  bool comma_ok = false;
  std::vector<Operand> rhs = expr_list(orig_rhs, lhs.size() == 2, &comma_ok);
  if (lhs.size() != rhs.size()) {
    use_list(lhs);
    for (const Operand& x : rhs) {
      if (x.mode == Mode::Invalid) return;
    }
    assign_error(orig_rhs, lhs.size(), rhs.size());
    return;
  }
  bool ok = true;
  for (size_t i = 0; i < lhs.size(); i++) {
    if (assign_var(lhs[i], &rhs[i]) == nullptr) ok = false;
  }
  if (!ok && !comma_ok) {
    for (Expr* l : lhs) {
      Expr* u = unparen(l);
      if (u->kind != NodeKind::Name) continue;
      Object* o = lookup(as<Name>(u)->value);
      if (o != nullptr && o->kind == ObjKind::Var && o->pkg == ref_) o->used = true;
    }
  }
}

// Go: assignments.go shortVarDecl.
void Checker::short_var_decl(Pos pos, const std::vector<Expr*>& lhs, const std::vector<Expr*>& rhs) {
  Scope* scope = scope_;
  std::vector<std::string> seen;
  std::vector<Object*> lhs_vars(lhs.size(), nullptr);
  std::vector<Object*> new_vars;
  std::vector<Name*> new_idents;
  bool has_err = false;
  for (size_t i = 0; i < lhs.size(); i++) {
    Expr* l = lhs[i];
    if (l->kind != NodeKind::Name) {
      use(l);
      error_at(l, "non-name " + expr_string(l) + " on left side of :=");
      has_err = true;
      continue;
    }
    auto* ident = as<Name>(l);
    const std::string& name = ident->value;
    if (name != "_") {
      bool dup = false;
      for (const std::string& s : seen) dup = dup || s == name;
      if (dup) {
        error_at(l, name + " repeated on left side of :=");
        has_err = true;
        continue;
      }
      seen.push_back(name);
    }
    if (Object* alt = scope->lookup(name)) {
      ident->obj = alt;
      if (alt->kind == ObjKind::Var) {
        lhs_vars[i] = alt;
        alt->assigned = true;
      } else {
        error_at(l, "cannot assign to " + expr_string(l));
        has_err = true;
      }
      continue;
    }
    Object* obj = new_var(ident, nullptr, VarKind::Local);
    lhs_vars[i] = obj;
    if (name != "_") {
      new_vars.push_back(obj);
      new_idents.push_back(ident);
    }
  }
  for (size_t i = 0; i < lhs_vars.size(); i++) {
    if (lhs_vars[i] == nullptr) {
      lhs_vars[i] = pkg_->objects.make(ObjKind::Var, "_", lhs[i]->pos, nullptr, ref_);
      lhs_vars[i]->owner = func_;
    }
  }
  init_vars(lhs_vars, rhs, nullptr);
  if (new_vars.empty() && !has_err) {
    err(pos, "no new variables on left side of :=");
    return;
  }
  for (size_t i = 0; i < new_vars.size(); i++) declare(scope, nullptr, new_vars[i]);
}

}  // namespace gosim::lang
