// Calls of generic functions: explicit type arguments, function argument type inference and
// constraint type inference, as Go 1.19 does them; then the instance to call.
//
// Go: types2/infer.go (infer, the two passes over typed then untyped arguments, inferB for
// core types of constraints) and unify.go (inexact unification: a defined type unifies with
// a type literal through its underlying type). Go 1.19's rule for untyped constants: an
// untyped argument whose parameter is a bare type parameter still unknown after the typed
// arguments gives it its default type; two such arguments with different default types
// are an error ("default type float64 of 2.5 does not match inferred type int for T").
#include "sim/lang/checker.h"

namespace gosim::lang {

bool Checker::unify(const Type* p, const Type* a, const std::vector<const Type*>& tparams,
                    std::vector<const Type*>* bound, int depth) {
  if (p == nullptr || a == nullptr || depth > 64) return false;
  if (p->kind == TypeKind::TypeParam) {
    for (size_t i = 0; i < tparams.size(); i++) {
      if (tparams[i] != p) continue;
      if ((*bound)[i] == nullptr) {
        (*bound)[i] = a;
        return true;
      }
      if (identical((*bound)[i], a)) return true;
      // Go: inexact unification keeps the defined type when the other is its literal.
      if (identical(under((*bound)[i]), under(a)) &&
          ((*bound)[i]->kind != TypeKind::Named || a->kind != TypeKind::Named)) {
        if (a->kind == TypeKind::Named) (*bound)[i] = a;
        return true;
      }
      return false;
    }
  }
  if (!has_type_params(p)) return true;  // assignability is checked with the arguments
  if (p->kind == TypeKind::Named && a->kind == TypeKind::Named) {
    if (p->orig == nullptr || p->orig != a->orig || p->targs.size() != a->targs.size()) return false;
    for (size_t i = 0; i < p->targs.size(); i++) {
      if (!unify(p->targs[i], a->targs[i], tparams, bound, depth + 1)) return false;
    }
    return true;
  }
  if (a->kind == TypeKind::Named && p->kind != TypeKind::Named) a = under(a);
  if (p->kind != a->kind) return false;
  switch (p->kind) {
    case TypeKind::Array:
      return p->len == a->len && unify(p->elem, a->elem, tparams, bound, depth + 1);
    case TypeKind::Slice: case TypeKind::Pointer:
      return unify(p->elem, a->elem, tparams, bound, depth + 1);
    case TypeKind::Chan:
      return unify(p->elem, a->elem, tparams, bound, depth + 1);
    case TypeKind::Map:
      return unify(p->key, a->key, tparams, bound, depth + 1) && unify(p->elem, a->elem, tparams, bound, depth + 1);
    case TypeKind::Func:
      return p->variadic == a->variadic && unify(p->params, a->params, tparams, bound, depth + 1) &&
             unify(p->results, a->results, tparams, bound, depth + 1);
    case TypeKind::Tuple:
      if (p->elems.size() != a->elems.size()) return false;
      for (size_t i = 0; i < p->elems.size(); i++) {
        if (!unify(p->elems[i], a->elems[i], tparams, bound, depth + 1)) return false;
      }
      return true;
    case TypeKind::Struct:
      if (p->fields.size() != a->fields.size()) return false;
      for (size_t i = 0; i < p->fields.size(); i++) {
        if (p->fields[i].name != a->fields[i].name) return false;
        if (!unify(p->fields[i].type, a->fields[i].type, tparams, bound, depth + 1)) return false;
      }
      return true;
    default:
      return false;
  }
}

// A type with the type parameters replaced by what is bound so far (null if one is not).
const Type* Checker::subst(const Type* t, const std::vector<const Type*>& tparams,
                           const std::vector<const Type*>& bound, int depth) {
  if (t == nullptr || depth > 64) return nullptr;
  if (!has_type_params(t)) return t;
  switch (t->kind) {
    case TypeKind::TypeParam:
      for (size_t i = 0; i < tparams.size(); i++) {
        if (tparams[i] == t) return bound[i];
      }
      return t;
    case TypeKind::Array: {
      const Type* e = subst(t->elem, tparams, bound, depth + 1);
      return e ? T.array(e, t->len) : nullptr;
    }
    case TypeKind::Slice: {
      const Type* e = subst(t->elem, tparams, bound, depth + 1);
      return e ? T.slice(e) : nullptr;
    }
    case TypeKind::Pointer: {
      const Type* e = subst(t->elem, tparams, bound, depth + 1);
      return e ? T.pointer(e) : nullptr;
    }
    case TypeKind::Chan: {
      const Type* e = subst(t->elem, tparams, bound, depth + 1);
      return e ? T.chan(t->dir, e) : nullptr;
    }
    case TypeKind::Map: {
      const Type* k = subst(t->key, tparams, bound, depth + 1);
      const Type* e = subst(t->elem, tparams, bound, depth + 1);
      return k && e ? T.map(k, e) : nullptr;
    }
    case TypeKind::Named: {
      std::vector<const Type*> targs;
      for (const Type* a : t->targs) {
        const Type* s = subst(a, tparams, bound, depth + 1);
        if (s == nullptr) return nullptr;
        targs.push_back(s);
      }
      return t->orig ? instantiate_type(t->orig->obj, targs) : nullptr;
    }
    default:
      return nullptr;  // function and struct literals in core types: not inferred from
  }
}

// Go: infer.go infer. Fills targs (explicit ones are given); false after an error.
bool Checker::infer(Object* gen, CallExpr* call, std::vector<Operand>& args, std::vector<const Type*>* targs,
                    const std::vector<Expr*>& explicit_exprs) {
  GenericInfo& gi = generic_info(gen);
  const std::vector<const Type*>& tps = gi.tparams;
  std::vector<const Type*> bound(tps.size(), nullptr);
  for (size_t i = 0; i < targs->size() && i < tps.size(); i++) bound[i] = (*targs)[i];
  const Type* sig = gen->type;
  const std::vector<const Type*>& params = sig->params->elems;
  auto param_of = [&](size_t i) -> const Type* {
    if (sig->variadic && i + 1 >= params.size() && !params.empty()) {
      const Type* last = params.back();
      return call->has_dots ? last : last->elem;
    }
    return i < params.size() ? params[i] : nullptr;
  };
  // Constraint type inference (Go: infer.go inferB): a constraint with a core type
  // (`S ~[]E`) relates the parameter to the core type's parts, in both directions. Go 1.19
  // runs it after the typed arguments and again after the untyped ones.
  auto core_inference = [&] {
    for (int round = 0; round < 8; round++) {
      bool changed = false;
      for (size_t k = 0; k < tps.size(); k++) {
        const Type* ci = under(gi.constraints[k]);
        if (ci == nullptr || ci->kind != TypeKind::Interface || ci->tset.size() != 1 || ci->tset[0].size() != 1) continue;
        const TypeTerm core = ci->tset[0][0];
        if (!has_type_params(core.type)) continue;
        if (bound[k] != nullptr) {
          std::vector<const Type*> before = bound;
          if (unify(core.type, core.tilde ? under(bound[k]) : bound[k], tps, &bound, 0) && before != bound) changed = true;
        } else if (const Type* s = subst(core.type, tps, bound, 0)) {
          bound[k] = s;
          changed = true;
        }
      }
      if (!changed) break;
    }
  };
  bool complete = true;
  for (const Type* b : bound) complete = complete && b != nullptr;
  if (!complete) {
    // Pass 1: typed arguments.
    for (size_t i = 0; i < args.size(); i++) {
      const Type* p = param_of(i);
      if (p == nullptr || args[i].mode == Mode::Invalid || args[i].type == nullptr) continue;
      if (is_untyped(args[i].type) || !has_type_params(p)) continue;
      if (!unify(p, args[i].type, tps, &bound, 0)) {
        Operand& a = args[i];
        if (p->kind == TypeKind::TypeParam) {
          const Type* have = nullptr;
          for (size_t k = 0; k < tps.size(); k++) {
            if (tps[k] == p) have = bound[k];
          }
          error_op(a, "type " + ts(a.type) + " of " + expr_string(a.expr) + " does not match inferred type " +
                          ts(have) + " for " + ts(p));
        } else {
          error_op(a, "type " + ts(a.type) + " of " + expr_string(a.expr) + " does not match " + ts(p));
        }
        return false;
      }
    }
    core_inference();
    // Pass 2: untyped constants for bare type parameters still unknown.
    std::vector<bool> from_untyped(tps.size(), false);
    for (size_t i = 0; i < args.size(); i++) {
      const Type* p = param_of(i);
      if (p == nullptr || p->kind != TypeKind::TypeParam || args[i].mode == Mode::Invalid) continue;
      if (args[i].type == nullptr || !is_untyped(args[i].type) || args[i].type->kind == TypeKind::UntypedNil) continue;
      for (size_t k = 0; k < tps.size(); k++) {
        if (tps[k] != p) continue;
        const Type* def = T.default_type(args[i].type);
        if (bound[k] == nullptr) {
          bound[k] = def;
          from_untyped[k] = true;
        } else if (from_untyped[k] && !identical(bound[k], def)) {
          error_op(args[i], "default type " + ts(def) + " of " + expr_string(args[i].expr) +
                                " does not match inferred type " + ts(bound[k]) + " for " + ts(p));
          return false;
        }
      }
    }
  }
  core_inference();
  for (size_t k = 0; k < tps.size(); k++) {
    if (bound[k] == nullptr) {
      err(call->pos, "cannot infer " + tps[k]->obj->name + " (" + generic_owner(gen)->decl_pos_str(gen, tps[k]->obj->pos) + ")");
      return false;
    }
  }
  *targs = bound;
  return verify_targs(&gi, *targs, explicit_exprs, call->pos);
}

// The callee of a call when it is a generic function, `F(...)` or `F[int](...)`: infers the
// type arguments, points the callee at the instance and gives x the instance's signature.
// Returns false when the callee is not a generic function (call_expr goes on as usual).
bool Checker::generic_callee(Operand* x, CallExpr* call, std::vector<Operand>* args) {
  Expr* fun = unparen(call->fun);
  IndexExpr* ix = fun->kind == NodeKind::IndexExpr ? as<IndexExpr>(fun) : nullptr;
  Expr* callee = ix != nullptr ? unparen(ix->x) : fun;
  Object* gen = nullptr;
  Name* name = generic_name(callee, &gen);
  if (name == nullptr || gen->kind != ObjKind::Func) return false;
  if (gen->type == nullptr) obj_decl(gen);
  if (!is_generic_obj(gen)) return false;
  GenericInfo& gi = generic_info(gen);
  name->obj = gen;
  if (generic_owner(gen) == this) add_decl_dep(gen);  // another package's is initialized before this one
  x->mode = Mode::Invalid;
  x->expr = call->fun;
  std::vector<Expr*> explicit_exprs;
  std::vector<const Type*> targs;
  if (ix != nullptr) {
    explicit_exprs = unpack_list(ix->index);
    for (Expr* e : explicit_exprs) targs.push_back(var_type(e));
    for (const Type* t : targs) {
      if (t->kind == TypeKind::Invalid) return true;
    }
    if (targs.size() > gi.tparams.size()) {
      // Go: call.go callExpr, at the first argument too many.
      error_at(explicit_exprs[gi.tparams.size()], "got " + std::to_string(targs.size()) + " type arguments but want " +
                                                      std::to_string(gi.tparams.size()));
      return true;
    }
  }
  bool comma_ok = false;
  *args = expr_list(call->args, false, &comma_ok);
  if (gen->type->kind != TypeKind::Func) return true;
  if (!infer(gen, call, *args, &targs, explicit_exprs)) return true;
  const Type* sig = nullptr;
  if (!has_type_params_list(targs)) {
    Object* inst = instantiate_func(gen, targs);
    if (inst == nullptr) return true;
    name->obj = inst;
    sig = inst->type;
  } else {
    // Inside generic code checked with type parameters: the signature with them replaced.
    EnvSaver env(this);
    scope_ = bind_scope(file_scope_, gi.names, targs);
    sig = func_type(nullptr, pkg_->make_scope(scope_, nullptr), nullptr, gi.decl->ftype);
  }
  name->mode = Mode::Value;
  name->type = sig;
  Expr* ref = name;
  if (callee->kind == NodeKind::SelectorExpr) {  // lib.Map(...): the selector stands for the instance
    auto* sel = as<SelectorExpr>(callee);
    sel->sel_obj = name->obj;
    sel->mode = Mode::Value;
    sel->type = sig;
    ref = sel;
  }
  if (ix != nullptr) {
    ix->mode = Mode::Value;
    ix->type = sig;
    call->fun = ref;  // lower the call as a call of the instance
  }
  x->mode = Mode::Value;
  x->type = sig;
  x->expr = ref;
  return true;
}

// The name of a generic function or type in callee position: `Map` of this package, or
// `lib.Map` of a local package (part lang3), whose selector is resolved here as selector()
// would (the PkgName used, the member qualified). nullptr when callee is neither.
Name* Checker::generic_name(Expr* callee, Object** gen) {
  if (callee->kind == NodeKind::Name) {
    *gen = lookup(as<Name>(callee)->value);
    return *gen != nullptr ? as<Name>(callee) : nullptr;
  }
  if (callee->kind != NodeKind::SelectorExpr) return nullptr;
  auto* sel = as<SelectorExpr>(callee);
  if (sel->x->kind != NodeKind::Name) return nullptr;
  auto* pn = as<Name>(sel->x);
  Object* pkg = lookup(pn->value);
  if (pkg == nullptr || pkg->kind != ObjKind::PkgName || pkg->imported == nullptr) return nullptr;
  auto it = pkg->imported->members.find(sel->sel->value);
  if (it == pkg->imported->members.end() || !is_generic_obj(it->second)) return nullptr;
  pn->obj = pkg;
  pkg->used = true;
  sel->sel_kind = SelKind::Qualified;
  sel->sel_obj = it->second;
  sel->sel->obj = it->second;
  *gen = it->second;
  return sel->sel;
}

bool Checker::has_type_params_list(const std::vector<const Type*>& ts_) const {
  for (const Type* t : ts_) {
    if (has_type_params(t)) return true;
  }
  return false;
}

// `F[int]` used as a value, or `Stack[int]` in an expression (composite literal type,
// conversion): the instance. Returns false when x is not generic.
bool Checker::generic_index(Operand* x, IndexExpr* e) {
  Expr* callee = unparen(e->x);
  Object* gen = nullptr;
  Name* name = generic_name(callee, &gen);
  if (name == nullptr || (gen->kind != ObjKind::Func && gen->kind != ObjKind::TypeName)) return false;
  if (gen->type == nullptr || gen->kind == ObjKind::TypeName) obj_decl(gen);
  if (!is_generic_obj(gen)) return false;
  name->obj = gen;
  if (generic_owner(gen) == this) add_decl_dep(gen);  // another package's is initialized before this one
  x->expr = e;
  if (gen->kind == ObjKind::TypeName) {
    const Type* t = instantiate_type_expr(e, gen);
    x->mode = t->kind == TypeKind::Invalid ? Mode::Invalid : Mode::TypeExpr;
    x->type = t;
    return true;
  }
  GenericInfo& gi = generic_info(gen);
  std::vector<Expr*> exprs = unpack_list(e->index);
  std::vector<const Type*> targs;
  for (Expr* ex : exprs) {
    targs.push_back(var_type(ex));
    if (targs.back()->kind == TypeKind::Invalid) {
      x->mode = Mode::Invalid;
      return true;
    }
  }
  if (targs.size() != gi.tparams.size()) {
    if (targs.size() < gi.tparams.size()) {
      err(e->pos, "cannot use generic function " + gen->name + " without instantiation");
    } else {
      // Go: call.go funcInst, at the last type argument.
      error_at(exprs.back(), "got " + std::to_string(targs.size()) + " type arguments but want " +
                                 std::to_string(gi.tparams.size()));
    }
    x->mode = Mode::Invalid;
    return true;
  }
  if (!verify_targs(&gi, targs, exprs, e->pos)) {
    x->mode = Mode::Invalid;
    return true;
  }
  if (has_type_params_list(targs)) {
    EnvSaver env(this);
    scope_ = bind_scope(file_scope_, gi.names, targs);
    x->type = func_type(nullptr, pkg_->make_scope(scope_, nullptr), nullptr, gi.decl->ftype);
  } else {
    Object* inst = instantiate_func(gen, targs);
    if (inst == nullptr) {
      x->mode = Mode::Invalid;
      return true;
    }
    e->inst = inst;
    x->type = inst->type;
    name->obj = inst;
    name->mode = Mode::Value;
    name->type = inst->type;
    if (callee->kind == NodeKind::SelectorExpr) {
      auto* sel = as<SelectorExpr>(callee);
      sel->sel_obj = inst;
      sel->mode = Mode::Value;
      sel->type = inst->type;
    }
  }
  x->mode = Mode::Value;
  return true;
}

}  // namespace gosim::lang
