// Declarations: checking objects lazily in dependency order with cycle detection,
// constants, variables, types, methods, and local declarations.
//
// Go: types2/decl.go (objDecl with white/grey/black colors, validCycle, cycleError,
// constDecl, varDecl, typeDecl, collectMethods, funcDecl, declStmt) and validtype.go.
// Package-level objects are checked when first used (so `var a = b; var b = 1` works),
// function bodies after all package-level declarations.
#include "sim/lang/checker.h"
#include "sim/lang/intrinsics.h"

namespace gosim::lang {
namespace {

bool is_blank(const std::string& s) { return s == "_"; }

}  // namespace

// Go: decl.go objDecl.
void Checker::obj_decl(Object* obj) {
  if (obj->color == 0 && obj->type != nullptr) {
    obj->color = 1;
    return;
  }
  if (obj->color == 1) return;
  if (obj->color >= 2) {
    switch (obj->kind) {
      case ObjKind::Const:
      case ObjKind::Var:
        if (!valid_cycle(obj) || obj->type == nullptr) obj->type = T.invalid();
        break;
      case ObjKind::TypeName:
        if (!valid_cycle(obj)) obj->type = T.invalid();
        break;
      case ObjKind::Func:
        valid_cycle(obj);
        break;
      default:
        break;
    }
    if (obj->type == nullptr) obj->type = T.invalid();
    return;
  }
  auto it = obj_map_.find(obj->order);
  if (it == obj_map_.end()) {
    if (obj->type == nullptr) obj->type = T.invalid();
    return;
  }
  DeclInfo* d = &it->second;
  Deep deep(this, obj->pos);
  if (!deep.ok) {
    if (obj->type == nullptr) obj->type = T.invalid();
    return;
  }
  obj->color = 2 + static_cast<int>(obj_path_.size());
  obj_path_.push_back(obj);

  // Go: the environment is reset to the file scope for the declaration.
  Scope* scope = scope_;
  FuncInfo* func = func_;
  const Type* sig = sig_;
  bool has_iota = has_iota_;
  int64_t iota = iota_;
  DeclInfo* decl = decl_;
  Pos errpos = errpos_;
  bool call_or_recv = has_call_or_recv_;
  const int file = file_;
  set_file(d->file);
  func_ = nullptr;
  sig_ = nullptr;
  has_iota_ = false;
  decl_ = nullptr;
  errpos_ = {};

  switch (obj->kind) {
    case ObjKind::Const:
      decl_ = d;
      const_decl(obj, d->vtype, d->init, d->inherited, d->iota);
      break;
    case ObjKind::Var:
      decl_ = d;
      var_decl(obj, d->lhs, d->vtype, d->init);
      break;
    case ObjKind::TypeName:
      type_decl(obj, d->tdecl);
      collect_methods(obj);
      generic_type_done(obj);
      break;
    case ObjKind::Func:
      func_decl(obj, d);
      break;
    default:
      break;
  }

  set_file(file);
  scope_ = scope;
  func_ = func;
  sig_ = sig;
  has_iota_ = has_iota;
  iota_ = iota;
  decl_ = decl;
  errpos_ = errpos;
  has_call_or_recv_ = call_or_recv;
  obj_path_.back()->color = 1;
  obj_path_.pop_back();
}

// Go: decl.go validCycle: cycles through type definitions only, or through values only,
// are fine here (the latter are reported by the initialization order).
bool Checker::valid_cycle(Object* obj) {
  size_t start = static_cast<size_t>(obj->color - 2);
  if (start >= obj_path_.size()) return true;
  std::vector<Object*> cycle(obj_path_.begin() + static_cast<std::ptrdiff_t>(start), obj_path_.end());
  size_t nval = 0;
  size_t ndef = 0;
  for (Object* o : cycle) {
    if (o->kind == ObjKind::Const || o->kind == ObjKind::Var) nval++;
    // Go: an alias is neither a value nor a type definition: a cycle of aliases only is invalid.
    const bool alias = o->decl != nullptr && o->decl->kind == NodeKind::TypeDecl && static_cast<TypeDecl*>(o->decl)->alias;
    if (o->kind == ObjKind::TypeName && !alias) ndef++;
  }
  if (nval == cycle.size()) return true;
  if (nval == 0 && ndef > 0) return true;
  cycle_error(cycle);
  return false;
}

// Go: decl.go cycleError.
void Checker::cycle_error(const std::vector<Object*>& cycle) {
  size_t i = 0;
  for (size_t k = 1; k < cycle.size(); k++) {
    Pos a = cycle[k]->pos;
    Pos b = cycle[i]->pos;
    if (a.line < b.line || (a.line == b.line && a.col < b.col)) i = k;
  }
  Object* obj = cycle[i];
  std::string msg = obj->kind == ObjKind::TypeName ? "invalid recursive type " + obj->name
                                                   : "illegal cycle in declaration of " + obj->name;
  Pos at = obj->pos;
  for (size_t n = 0; n < cycle.size(); n++) {
    msg += "\n\t" + pos_str(obj->pos) + ": " + obj->name + " refers to";
    i = (i + 1) % cycle.size();
    obj = cycle[i];
  }
  msg += "\n\t" + pos_str(obj->pos) + ": " + obj->name;
  err(at, msg);
}

// Go: decl.go constDecl.
void Checker::const_decl(Object* obj, Expr* type_expr, Expr* init, bool inherited, int64_t iota) {
  bool has_iota = has_iota_;
  int64_t saved_iota = iota_;
  Pos errpos = errpos_;
  has_iota_ = true;
  iota_ = iota;
  errpos_ = {};
  obj->value = pkg_->make_constant(Constant::unknown());
  bool done = false;
  if (type_expr != nullptr) {
    const Type* t = typ(type_expr);
    if (!is_const_type(t)) {
      if (under(t)->kind != TypeKind::Invalid) error_at(type_expr, "invalid constant type " + ts(t));
      obj->type = T.invalid();
      done = true;
    } else {
      obj->type = t;
    }
  }
  if (!done) {
    Operand x;
    if (init != nullptr) {
      if (inherited) errpos_ = obj->pos;
      expr(&x, init);
    }
    init_const(obj, &x);
  }
  has_iota_ = has_iota;
  iota_ = saved_iota;
  errpos_ = errpos;
}

// Go: decl.go varDecl.
void Checker::var_decl(Object* obj, const std::vector<Object*>& lhs, Expr* type_expr, Expr* init) {
  if (type_expr != nullptr) obj->type = var_type(type_expr);
  if (init == nullptr) {
    // Go: decl.go varDecl returns here. The other names of `var a, b T` share this DeclInfo
    // (lhs) but are declared on their own: giving them a type now (or marking them invalid,
    // as this did) would make them look checked, and b.f of `var a, b S` failed to lower.
    if (type_expr == nullptr) obj->type = T.invalid();  // the arity error was reported
    if (obj->type == T.invalid()) obj->used = true;
    return;
  }
  if (lhs.size() <= 1) {
    Operand x;
    expr(&x, init);
    init_var(obj, &x, "variable declaration");
  } else {
    if (type_expr != nullptr) {
      for (Object* o : lhs) o->type = obj->type;
    }
    init_vars(lhs, {init}, nullptr);
  }
  if (obj->type == T.invalid()) obj->used = true;
  for (Object* o : lhs) {
    if (o->type == nullptr) o->type = T.invalid();
    if (o->type == T.invalid()) o->used = true;
  }
}

// Go: decl.go typeDecl (no type parameters). An alias (type A = B) denotes B itself: it
// declares no new type, so B's methods, identity and printed name are A's.
void Checker::type_decl(Object* obj, TypeDecl* tdecl) {
  if (tdecl->alias) {
    obj->type = T.invalid();  // Go: brokenAlias, while the right side is checked
    obj->type = var_type(tdecl->type);
    return;
  }
  if (!tdecl->tparams.empty()) {
    generic_type_decl(obj, tdecl);
    return;
  }
  Type* named = T.named(obj);
  obj->type = named;
  pkg_->type_names.push_back(obj);
  const Type* rhs = defined_type(tdecl->type, named);
  const Type* u = rhs;
  if (rhs->kind == TypeKind::Named) {
    if (rhs->underlying == nullptr) {
      // The right side is itself being declared: a cycle through type names only.
      Object* other = rhs->obj;
      size_t start = other->color >= 2 ? static_cast<size_t>(other->color - 2) : obj_path_.size() - 1;
      if (start >= obj_path_.size()) start = obj_path_.size() - 1;
      cycle_error({obj_path_.begin() + static_cast<std::ptrdiff_t>(start), obj_path_.end()});
      u = T.invalid();
    } else {
      u = rhs->underlying;
    }
  }
  T.set_underlying(named, u);
}

// Go: decl.go collectMethods and checkFieldUniqueness.
void Checker::collect_methods(Object* type_name) {
  auto it = methods_.find(type_name->order);
  if (it == methods_.end()) return;
  std::vector<Object*> methods = std::move(it->second);
  methods_.erase(it);
  const Type* base = type_name->type;
  if (base == nullptr || base->kind != TypeKind::Named) return;
  for (Object* m : methods) {
    Object* alt = nullptr;
    for (Object* have : base->methods) {
      if (have->name == m->name) alt = have;
    }
    if (alt != nullptr) {
      err(m->pos, type_name->name + "." + m->name + " redeclared in this block\n\t" + pos_str(alt->pos) +
                      ": other declaration of " + m->name);
      continue;
    }
    m->recv_base = base;
    T.add_method(base, m);
  }
}

// Go: decl.go checkFieldUniqueness (run once the type is known to be valid).
void Checker::check_field_uniqueness(const Type* base) {
  const Type* u = base->underlying;
  if (u == nullptr || u->kind != TypeKind::Struct) return;
  for (const StructField& f : u->fields) {
    for (Object* m : base->methods) {
      if (f.name == m->name && !is_blank(f.name)) {
        Pos fpos = f.obj != nullptr ? f.obj->pos : Pos{};
        err(m->pos, "field and method with the same name " + f.name + "\n\t" + pos_str(fpos) +
                        ": other declaration of " + f.name);
      }
    }
  }
}

// Go: decl.go funcDecl. The body is checked after all package-level declarations.
void Checker::func_decl(Object* obj, DeclInfo* d) {
  FuncDecl* fdecl = d->fdecl;
  if (is_generic_func_decl(fdecl)) {
    generic_func_decl(obj, d);
    return;
  }
  FuncInfo* fi = &pkg_->funcs.emplace_back();
  fi->obj = obj;
  fi->decl = fdecl;
  fi->name = obj->name;
  fi->pkg = ref_;
  fi->file = &unit_->filenames[static_cast<size_t>(file_)];
  obj->func = fi;
  fdecl->func = fi;
  obj->type = T.func(T.empty_tuple(), T.empty_tuple(), false);  // guard against cycles
  int color = obj->color;
  obj->color = 1;
  Scope* fscope = pkg_->make_scope(file_scope_, fi);
  fscope->is_func = true;
  obj->type = func_type(fi, fscope, fdecl->recv, fdecl->ftype);
  obj->color = color;
  fi->sig = obj->type;
  if (fi->recv != nullptr) {
    const Type* rt = fi->recv->type;
    bool ptr = rt->kind == TypeKind::Pointer;
    const Type* base = ptr ? rt->elem : rt;
    std::string bname = base->kind == TypeKind::Named ? base->obj->name : ts(base);
    fi->name = ptr ? "(*" + bname + ")." + obj->name : bname + "." + obj->name;
  }
  pkg_->funcs_decl.push_back(obj);
  pkg_->all_funcs.push_back(fi);
  if (fdecl->recv == nullptr && obj->name == "init") {
    // Go: the compiler renames the package's init functions init.0, init.1, ... in source order
    // (main.init is the function it generates for the package variables).
    fi->name = "init." + std::to_string(unit_->init_funcs.size());
    unit_->init_funcs.push_back(fi);
  }
  if (fdecl->recv == nullptr && obj->name == "main" && unit_->is_main()) pkg_->main_func = fi;
  // An assembly function of the standard library: its intrinsic is the body (intrinsics.h).
  if (fdecl->body == nullptr && fdecl->recv == nullptr && unit_->goroot) fi->intrinsic = intrinsic_func(ref_->path, obj->name);
  if (fdecl->body != nullptr) {
    delayed_.push_back([this, fi, fscope, d, fdecl] {
      set_file(d->file);
      scope_ = fscope;
      decl_ = d;
      func_body(fi, fdecl->body);
      scope_ = file_scope_;
      decl_ = nullptr;
    });
  }
}

// Go: decl.go declStmt: const, var and type declarations inside a function.
void Checker::decl_stmt(const std::vector<Decl*>& decls) {
  ConstSpecs specs;
  for (size_t index = 0; index < decls.size(); index++) {
    Decl* decl = decls[index];
    specs.at(decls, index);
    switch (decl->kind) {
      case NodeKind::ConstDecl: {
        auto* s = as<ConstDecl>(decl);
        const int64_t iota = specs.iota;
        const bool inherited = specs.inherited;
        ConstDecl* last = specs.last;
        std::vector<Expr*> values = last != nullptr ? unpack_list(last->values) : std::vector<Expr*>{};
        std::vector<Object*> lhs;
        for (size_t i = 0; i < s->names.size(); i++) {
          Name* name = s->names[i];
          Object* obj = pkg_->objects.make(ObjKind::Const, name->value, name->pos, nullptr, ref_);
          lhs.push_back(obj);
          const_decl(obj, last != nullptr ? last->type : nullptr, i < values.size() ? values[i] : nullptr,
                     inherited, iota);
        }
        arity(s->pos, s->names, values, true, inherited);
        for (size_t i = 0; i < s->names.size(); i++) declare(scope_, s->names[i], lhs[i]);
        break;
      }
      case NodeKind::VarDecl: {
        auto* s = as<VarDecl>(decl);
        std::vector<Object*> lhs0;
        for (Name* name : s->names) lhs0.push_back(new_var(name, nullptr, VarKind::Local));
        std::vector<Expr*> values = unpack_list(s->values);
        for (size_t i = 0; i < lhs0.size(); i++) {
          std::vector<Object*> lhs;
          Expr* init = nullptr;
          if (values.size() == lhs0.size()) {
            init = values[i];
          } else if (values.size() == 1) {
            lhs = lhs0;
            init = values[0];
          } else if (i < values.size()) {
            init = values[i];
          }
          var_decl(lhs0[i], lhs, s->type, init);
          if (values.size() == 1) break;
        }
        for (Object* o : lhs0) {
          if (o->type == nullptr) o->type = T.invalid();
        }
        if (s->type == nullptr || s->values != nullptr) arity(s->pos, s->names, values, false, false);
        for (size_t i = 0; i < s->names.size(); i++) declare(scope_, s->names[i], lhs0[i]);
        break;
      }
      case NodeKind::TypeDecl: {
        auto* s = as<TypeDecl>(decl);
        Object* obj = pkg_->objects.make(ObjKind::TypeName, s->name->value, s->name->pos, nullptr, ref_);
        obj->decl = s;
        declare(scope_, s->name, obj);
        if (!s->tparams.empty()) {
          // Go 1.19 accepts a generic type local to a (non-generic) function: its type
          // parameters and its instances see the function's block (a local type has no
          // methods, so it is complete once declared).
          generics_[obj].scope = scope_;
          obj->color = 2 + static_cast<int>(obj_path_.size());
          obj_path_.push_back(obj);
          type_decl(obj, s);
          obj_path_.back()->color = 1;
          obj_path_.pop_back();
          generic_type_done(obj);
          break;
        }
        obj->color = 2 + static_cast<int>(obj_path_.size());
        obj_path_.push_back(obj);
        type_decl(obj, s);
        obj_path_.back()->color = 1;
        obj_path_.pop_back();
        if (obj->type->kind == TypeKind::Named) valid_type(obj->type);
        break;
      }
      default:
        break;
    }
  }
}

// Go: validtype.go: a type may not contain itself except through a pointer, slice, map,
// channel or function (which have a fixed size).
void Checker::valid_type(const Type* named) {
  std::vector<const Type*> path;
  valid_type0(named, &path);
}

bool Checker::valid_type0(const Type* t, std::vector<const Type*>* path) {
  if (t == nullptr) return true;
  Deep deep(this, t->kind == TypeKind::Named ? t->obj->pos : Pos{});
  if (!deep.ok) return true;
  switch (t->kind) {
    case TypeKind::Array:
      return valid_type0(t->elem, path);
    case TypeKind::Struct:
      for (const StructField& f : t->fields) {
        if (!valid_type0(f.type, path)) return false;
      }
      return true;
    case TypeKind::Named: {
      if (valids_.count(t) != 0) return true;
      if (t->underlying == nullptr || t->underlying->kind == TypeKind::Invalid) return false;
      for (size_t i = 0; i < path->size(); i++) {
        if ((*path)[i] == t) {
          std::vector<Object*> cycle;
          for (size_t k = i; k < path->size(); k++) cycle.push_back((*path)[k]->obj);
          cycle_error(cycle);
          T.set_underlying(t, T.invalid());
          return false;
        }
      }
      if (t->obj->pkg != ref_) return true;  // library types are valid
      path->push_back(t);
      bool ok = valid_type0(t->underlying, path);
      path->pop_back();
      if (ok) valids_.insert(t);
      return ok;
    }
    default:
      return true;
  }
}

void Checker::add_decl_dep(Object* to) {
  if (decl_ == nullptr || to == nullptr) return;
  if (obj_map_.count(to->order) == 0) return;
  if (decl_->dep_set.insert(to->order).second) decl_->deps.push_back(to);
}

}  // namespace gosim::lang
