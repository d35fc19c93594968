// Generics: type parameter declarations, constraints with type sets, instantiation and
// constraint satisfaction. (Type argument inference: check_infer.cpp.)
//
// Go: cmd/compile/internal/types2 (typeparam.go, instantiate.go, typeset.go, union.go,
// subst.go) and, for the code, the compiler's stenciling (noder/stencil.go).
//
// What Go does: types2 checks a generic function's body once, with its type parameters as
// types of their own; the compiler then generates code per "GC shape" (all pointer types
// share one shape) and passes a dictionary with the actual types; tracebacks name such a
// function `main.Map[...]`.
//
// What gosim does: it checks the generic declaration's signature with TypeParam types
// (what inference and constraint satisfaction need) and then *stencils per instantiation*:
// for every distinct list of concrete type arguments it parses the declaration again from
// the package's source, binds the type parameter names to the type arguments (like type
// aliases), and checks and lowers that copy as an ordinary function or method. Every
// instance therefore has concrete types everywhere, and the rest of gosim (escape analysis,
// IR, interpreter, allocator) needs no notion of type parameters. Instances are named as
// Go's tracebacks name them (`Map[...]`, `(*Stack[...]).Push`). The difference from Go
// is where it shows: Go shares one body per GC shape and looks types up in a dictionary,
// gosim has one body per type-argument list (docs/go-subset.md, "Generics"). The declared body
// is also checked once with the TypeParam types (probe_generic_body), for the errors Go reports
// whatever the instances are: undefined names and operators a constraint without type terms
// does not allow.
//
// A generic type's instance `Stack[int]` is a Named type of its own (printed
// `Stack[int]`, `%T` prints `main.Stack[int]`), whose underlying type and methods are
// computed the same way: the type declaration's right side and each method declaration are
// checked again with the names bound to the type arguments.
#include <algorithm>

#include "sim/lang/checker.h"
#include "sim/lang/parser.h"

namespace gosim::lang {
namespace {

// More instances of one generic function than any program writes: an instantiation cycle.
constexpr size_t kMaxInstances = 200;

// The receiver's base type expression with parens and one * stripped (Go: unpackRecv).
Expr* recv_base_expr(FuncDecl* fd) {
  if (fd->recv == nullptr) return nullptr;
  Expr* rt = fd->recv->type;
  for (;;) {
    if (rt->kind == NodeKind::ParenExpr) {
      rt = as<ParenExpr>(rt)->x;
    } else if (rt->kind == NodeKind::Operation && as<Operation>(rt)->op == Op::Mul && as<Operation>(rt)->y == nullptr) {
      rt = as<Operation>(rt)->x;
    } else {
      return rt;
    }
  }
}

std::vector<Name*> field_names(const std::vector<Field*>& fields) {
  std::vector<Name*> out;
  for (Field* f : fields) out.push_back(f->name);
  return out;
}

}  // namespace

bool Checker::is_generic_func_decl(FuncDecl* fd) {
  if (!fd->tparams.empty()) return true;
  Expr* base = recv_base_expr(fd);
  return base != nullptr && base->kind == NodeKind::IndexExpr;
}

bool Checker::is_generic_obj(const Object* obj) const {
  return generics_.count(obj) != 0 || generic_owner(obj) != this;
}

Checker* Checker::generic_owner(const Object* gen) const {
  if (generics_.count(gen) == 0 && peers_ != nullptr) {
    for (Checker* c : *peers_) {
      if (c != this && c->generics_.count(gen) != 0) return c;
    }
  }
  return const_cast<Checker*>(this);
}

// p in the file that declares gen (a generic of this checker's package, perhaps called from
// another package's file): "util/util.go:13:13" in "cannot infer U (...)".
std::string Checker::decl_pos_str(const Object* gen, Pos p) const {
  auto it = generics_.find(gen);
  const int i = it == generics_.end() ? -1 : decl_file(it->second.decl);
  if (i < 0) return pos_str(p);
  return unit_->filenames[static_cast<size_t>(i)] + ":" + std::to_string(p.line) + ":" + std::to_string(p.col);
}

// The index of the file of this package that declares d (a generic function or method), or -1.
int Checker::decl_file(const Decl* d) const {
  for (size_t i = 0; d != nullptr && i < unit_->files.size() && i < unit_->filenames.size(); i++) {
    const std::vector<Decl*>& decls = unit_->files[i]->decls;
    if (std::find(decls.begin(), decls.end(), d) != decls.end()) return static_cast<int>(i);
  }
  return -1;
}

// The bodies of instances that this checker asked other packages' checkers for, checked by
// those checkers (each in its own package's scopes), until none makes a new one.
void Checker::drain_peers() {
  if (peers_ == nullptr) return;
  bool any = false;
  for (bool more = true; more;) {
    more = false;
    for (Checker* c : *peers_) {
      if (c == this || c->delayed_.empty()) continue;
      more = any = true;
      c->set_file(0);
      for (size_t i = 0; i < c->delayed_.size(); i++) c->delayed_[i]();
      c->delayed_.clear();
    }
  }
  if (any) set_file(file_);  // the error list names this package's file again
}

bool Checker::has_type_params(const Type* t, int depth) const {
  if (t == nullptr || depth > 64) return false;
  switch (t->kind) {
    case TypeKind::TypeParam:
      return true;
    case TypeKind::Named:
      for (const Type* a : t->targs) {
        if (has_type_params(a, depth + 1)) return true;
      }
      return false;
    case TypeKind::Array: case TypeKind::Slice: case TypeKind::Pointer: case TypeKind::Chan:
      return has_type_params(t->elem, depth + 1);
    case TypeKind::Map:
      return has_type_params(t->key, depth + 1) || has_type_params(t->elem, depth + 1);
    case TypeKind::Func:
      return has_type_params(t->params, depth + 1) || has_type_params(t->results, depth + 1);
    case TypeKind::Tuple:
      for (const Type* e : t->elems) {
        if (has_type_params(e, depth + 1)) return true;
      }
      return false;
    case TypeKind::Struct:
      for (const StructField& f : t->fields) {
        if (has_type_params(f.type, depth + 1)) return true;
      }
      return false;
    default:
      return false;
  }
}

// A scope where each name denotes the matching type argument, as an alias would.
Scope* Checker::bind_scope(Scope* parent, const std::vector<Name*>& names, const std::vector<const Type*>& targs) {
  Scope* s = pkg_->make_scope(parent, nullptr);
  for (size_t i = 0; i < names.size() && i < targs.size(); i++) {
    if (names[i] == nullptr || names[i]->value == "_") continue;
    Object* o = pkg_->objects.make(ObjKind::TypeName, names[i]->value, names[i]->pos, targs[i], &pkg_->ref);
    o->color = 1;
    o->used = true;
    names[i]->obj = o;
    s->insert(o);
  }
  return s;
}

// Go: decl.go collectTypeParams: declare every name first (a constraint may mention any of
// them), then evaluate the constraints.
void Checker::declare_tparams(GenericInfo* gi, const std::vector<Field*>& fields, Scope* scope) {
  gi->names = field_names(fields);
  for (Field* f : fields) {
    Object* tn = pkg_->objects.make(ObjKind::TypeName, f->name->value, f->name->pos, nullptr, &pkg_->ref);
    tn->color = 1;
    tn->used = true;
    Type* tp = T.type_param(tn, T.empty_interface());
    tn->type = tp;
    f->name->obj = tn;
    declare(scope, f->name, tn);
    gi->tparams.push_back(tp);
    gi->constraint_exprs.push_back(f->type);
  }
  EnvSaver env(this);
  scope_ = scope;
  const Expr* last = nullptr;
  const Type* last_c = nullptr;
  for (size_t i = 0; i < fields.size(); i++) {
    // `T, U any` share one constraint expression: evaluate it once.
    const Type* c = fields[i]->type == last ? last_c : constraint_type(fields[i]->type);
    last = fields[i]->type;
    last_c = c;
    const_cast<Type*>(gi->tparams[i])->underlying = c;
    gi->constraints.push_back(c);
  }
}

// A constraint: an interface, or a bare union / type that stands for interface{ that }.
const Type* Checker::constraint_type(Expr* e) {
  Expr* u = unparen(e);
  const bool union_expr = u->kind == NodeKind::Operation &&
                          (as<Operation>(u)->op == Op::Tilde || (as<Operation>(u)->op == Op::Or && as<Operation>(u)->y));
  if (!union_expr) {
    const Type* t = typ(e);
    if (t->kind == TypeKind::Invalid || is_interface(t)) return t;
    return T.constraint_interface(T.empty_interface(), {{TypeTerm{false, t}}}, false, true);
  }
  std::vector<TypeTerm> terms;
  collect_union(e, &terms);
  return T.constraint_interface(T.empty_interface(), {std::move(terms)}, false, true);
}

// Go: union.go parseUnion: the terms of `~int | ~float64 | Number` (an embedded constraint
// with one union contributes its terms).
void Checker::collect_union(Expr* e, std::vector<TypeTerm>* out) {
  Expr* u = unparen(e);
  if (u->kind == NodeKind::Operation) {
    auto* op = as<Operation>(u);
    if (op->op == Op::Or && op->y != nullptr) {
      collect_union(op->x, out);
      collect_union(op->y, out);
      return;
    }
    if (op->op == Op::Tilde && op->y == nullptr) {
      const Type* t = typ(op->x);
      if (t->kind == TypeKind::Invalid) return;
      if (!identical(t, under(t))) {
        error_at(u, "invalid use of ~ (underlying type of " + ts(t) + " is " + ts(under(t)) + ")");
        return;
      }
      out->push_back({true, t});
      return;
    }
  }
  const Type* t = typ(e);
  if (t->kind == TypeKind::Invalid) return;
  if (is_interface(t)) {
    const Type* it = under(t);
    if (it->tset.size() == 1 && it->methods.empty() && !it->comparable_set) {
      for (const TypeTerm& term : it->tset[0]) out->push_back(term);
      return;
    }
    if (it->tset.empty() && it->methods.empty() && !it->comparable_set) {
      error_at(e, "cannot use " + ts(t) + " in union (" + ts(t) + " contains methods)");
      return;
    }
    unsupported(start_pos(e), "union term " + ts(t) + " (gosim's unions take types and single-union constraints)");
    return;
  }
  out->push_back({false, t});
}

// Go: instantiate.go implements (for constraint satisfaction). The cause is Go's sentence.
bool Checker::satisfies(const Type* targ, const Type* constraint, std::string* cause) {
  const Type* ci = under(constraint);
  if (ci == nullptr || ci->kind != TypeKind::Interface || targ->kind == TypeKind::Invalid) return true;
  const std::string cname = ts(constraint);
  if (targ->kind == TypeKind::TypeParam) {
    const Type* ti = under(targ->underlying);
    if (ci->comparable_set && !type_param_comparable(targ)) {
      *cause = ts(targ) + " does not implement comparable";
      return false;
    }
    for (const std::vector<TypeTerm>& u : ci->tset) {
      if (ti->tset.empty()) {
        *cause = ts(targ) + " does not implement " + cname;
        return false;
      }
      for (const TypeTerm& have : ti->tset.back()) {
        bool ok = false;
        for (const TypeTerm& want : u) {
          if (want.tilde ? identical(under(have.type), want.type) : (!have.tilde && identical(have.type, want.type))) ok = true;
        }
        if (!ok) {
          *cause = ts(targ) + " does not implement " + cname;
          return false;
        }
      }
    }
    for (const Object* m : ci->methods) {
      bool found = false;
      for (const Object* h : ti->methods) found = found || (h->name == m->name && identical(h->type, m->type));
      if (!found) {
        *cause = ts(targ) + " does not implement " + cname + " (missing " + m->name + " method)";
        return false;
      }
    }
    return true;
  }
  if (ci->comparable_set && (is_interface(targ) || !comparable(targ))) {
    *cause = ts(targ) + " does not implement comparable";
    return false;
  }
  for (const std::vector<TypeTerm>& u : ci->tset) {
    bool ok = false;
    for (const TypeTerm& term : u) {
      if (term.tilde ? identical(under(targ), term.type) : identical(targ, term.type)) ok = true;
    }
    if (!ok) {
      *cause = ts(targ) + " does not implement " + cname + " (" + ts(targ) + " missing in " + union_text(u) + ")";
      return false;
    }
  }
  if (!ci->methods.empty()) {
    Object* alt = nullptr;
    Object* m = missing_method(targ, ci, true, &alt);
    if (m != nullptr) {
      *cause = ts(targ) + " does not implement " + cname + " (missing " + m->name + " method)";
      return false;
    }
  }
  return true;
}

std::string Checker::union_text(const std::vector<TypeTerm>& u) const {
  std::string out;
  for (size_t i = 0; i < u.size(); i++) out += (i > 0 ? " | " : "") + std::string(u[i].tilde ? "~" : "") + ts(u[i].type);
  return out;
}

bool Checker::type_param_comparable(const Type* tp) const { return comparable(tp); }

// Checks each type argument against its constraint, evaluated with the names bound to the
// arguments (a constraint may mention other type parameters: [S ~[]E, E any]). Errors go
// to `at[i]` (the explicit argument) or to `call_pos` for inferred ones.
bool Checker::verify_targs(GenericInfo* gi, const std::vector<const Type*>& targs, const std::vector<Expr*>& at,
                           Pos call_pos) {
  Scope* bs = bind_scope(gi->scope != nullptr ? gi->scope : file_scope_, gi->names, targs);
  bool ok = true;
  for (size_t i = 0; i < targs.size() && i < gi->constraint_exprs.size(); i++) {
    const Type* c = gi->constraints[i];
    if (has_type_params(c) || under(c)->kind == TypeKind::Interface) {
      bool mentions = false;
      for (const std::vector<TypeTerm>& u : under(c)->tset) {
        for (const TypeTerm& t : u) mentions = mentions || has_type_params(t.type);
      }
      if (mentions) {
        EnvSaver env(this);
        scope_ = bs;
        c = constraint_type(gi->constraint_exprs[i]);
      }
    }
    std::string cause;
    if (!satisfies(targs[i], c, &cause)) {
      if (i < at.size() && at[i] != nullptr) {
        error_at(at[i], cause);
      } else {
        err(call_pos, cause);
      }
      ok = false;
    }
  }
  return ok;
}

// Instances are made by the checker of the package that declares the generic (its generics_
// table and its file texts), so a generic of another package could not be instantiated from
// main: refuse it where it is declared rather than report wrong type errors at the call.
bool Checker::refuse_generic_outside_main(Object* obj) {
  // A go.mod program's own packages keep their checkers (set_peers); the standard library's
  // are checked into the shared cache, whose checkers are gone when a program uses them.
  if (unit_ == nullptr || unit_->is_main() || !unit_->goroot) return true;
  unsupported(obj->pos, "generic " + std::string(obj->kind == ObjKind::TypeName ? "type " : "function ") + obj->name +
                            " in package " + std::string(ref_->path) +
                            " (gosim instantiates generic functions and types declared in the program's own "
                            "packages only)");
  obj->type = T.invalid();
  return false;
}

// Go: decl.go funcDecl for a generic function or a method of a generic type: the signature
// with TypeParam types (for inference and for calls inside generic code). The body is
// checked per instantiation (see the top of this file).
void Checker::generic_func_decl(Object* obj, DeclInfo* d) {
  FuncDecl* fd = d->fdecl;
  if (!refuse_generic_outside_main(obj)) return;
  GenericInfo& gi = generics_[obj];
  Scope* tscope = pkg_->make_scope(file_scope_, nullptr);
  if (fd->recv != nullptr) {
    // A method of a generic type: its receiver names the type's parameters (`*Stack[T]`).
    auto* ix = as<IndexExpr>(recv_base_expr(fd));
    Expr* base = unparen(ix->x);
    Object* tn = base->kind == NodeKind::Name ? lookup(as<Name>(base)->value) : nullptr;
    if (tn == nullptr || tn->kind != ObjKind::TypeName) {
      obj->type = T.invalid();
      return;
    }
    obj_decl(tn);
    auto git = generics_.find(tn);
    if (git == generics_.end()) {
      error_at(ix->x, ts(tn->type) + " is not a generic type");
      obj->type = T.invalid();
      return;
    }
    std::vector<Name*> names;
    for (Expr* e : unpack_list(ix->index)) names.push_back(e->kind == NodeKind::Name ? as<Name>(e) : nullptr);
    if (names.size() != git->second.tparams.size()) {
      error_at(ix, "got " + std::to_string(names.size()) + " type parameters, but receiver base type declares " +
                       std::to_string(git->second.tparams.size()));
      obj->type = T.invalid();
      return;
    }
    tscope = bind_scope(file_scope_, names, git->second.tparams);
    gi.names = names;
    gi.tparams = git->second.tparams;
  } else {
    declare_tparams(&gi, fd->tparams, tscope);
  }
  gi.decl = fd;
  FuncInfo* fi = &pkg_->funcs.emplace_back();
  fi->obj = obj;
  fi->decl = fd;
  fi->name = obj->name + "[...]";
  obj->func = fi;
  obj->type = T.func(T.empty_tuple(), T.empty_tuple(), false);
  EnvSaver env(this);
  scope_ = tscope;
  Scope* fscope = pkg_->make_scope(tscope, fi);
  fscope->is_func = true;
  obj->type = func_type(fi, fscope, fd->recv, fd->ftype);
  fi->sig = obj->type;
  if (fd->body != nullptr) delayed_.push_back([this, fi, fscope, fd, d] { probe_generic_body(fi, fscope, fd, d); });
}

// A type parameter whose constraint has no type terms (any, comparable, methods only): no
// operator but == and != (for comparable) applies to it, whatever it is instantiated with.
bool Checker::tparam_without_core(const Type* t) const {
  if (t == nullptr || t->kind != TypeKind::TypeParam || t->underlying == nullptr) return false;
  const Type* c = under(t->underlying);
  return c != nullptr && c->kind == TypeKind::Interface && c->tset.empty();
}

// Go checks a generic body once, with its type parameters as types of their own; gosim checks
// it per instance (see the top of this file). This pass checks the declared body once more with
// the type parameters, so that what Go reports there is reported even when no instance shows
// it (never instantiated, or instantiated only with types where `a + b` happens to work):
// undefined names, and operators on a type parameter whose constraint has no type terms
// (`operator + not defined on a (variable of type T constrained by any)`). Every other error of
// this pass is dropped (check.cpp err): gosim's checker does not yet compute core types and type
// sets for every operation, so it would report errors Go does not. Nothing it makes is kept:
// function literals it declares leave the package's function list again, and generic calls
// with type-parameter arguments are not instantiated (instantiate_func).
void Checker::probe_generic_body(FuncInfo* fi, Scope* fscope, FuncDecl* fd, DeclInfo* d) {
  const size_t first = pkg_->all_funcs.size();
  {
    EnvSaver env(this);
    scope_ = fscope;
    decl_ = d;
    probing_++;
    func_body(fi, fd->body);
    probing_--;
  }
  // The probe's function literals (inside fi) leave; instances of generics with concrete
  // arguments made meanwhile stay, as their cache entries do.
  std::vector<FuncInfo*>& all = pkg_->all_funcs;
  auto inside = [fi](const FuncInfo* f) {
    for (const FuncInfo* o = f; o != nullptr; o = o->outer) {
      if (o == fi) return true;
    }
    return false;
  };
  all.erase(std::remove_if(all.begin() + static_cast<std::ptrdiff_t>(first), all.end(), inside), all.end());
}

// Go: decl.go typeDecl with type parameters.
void Checker::generic_type_decl(Object* obj, TypeDecl* tdecl) {
  if (!refuse_generic_outside_main(obj)) return;
  Type* named = T.named(obj);
  obj->type = named;
  GenericInfo& gi = generics_[obj];
  gi.tdecl = tdecl;
  if (gi.scope == nullptr) gi.scope = file_scope_;
  Scope* tscope = pkg_->make_scope(gi.scope, nullptr);
  declare_tparams(&gi, tdecl->tparams, tscope);
  EnvSaver env(this);
  scope_ = tscope;
  const Type* rhs = defined_type(tdecl->type, named);
  const Type* u = rhs->kind == TypeKind::Named ? (rhs->underlying ? rhs->underlying : T.invalid()) : rhs;
  if (u->kind == TypeKind::TypeParam) {
    error_at(tdecl->type, "cannot use a type parameter as RHS in type declaration");
    u = T.invalid();
  }
  T.set_underlying(named, u);
}

// After collect_methods: the generic type is complete; expand the instances made meanwhile.
void Checker::generic_type_done(Object* obj) {
  auto it = generics_.find(obj);
  if (it == generics_.end()) return;
  it->second.complete = true;
  std::vector<const Type*> pending = std::move(it->second.pending);
  it->second.pending.clear();
  for (const Type* t : pending) expand_instance(t);
}

std::string Checker::targs_key(const std::vector<const Type*>& targs) const {
  std::string key;
  for (const Type* t : targs) key += std::to_string(t->canon ? t->canon->id : t->id) + ",";
  return key;
}

// Go: instantiate.go Instantiate for a generic type: one Named type per type-argument list.
const Type* Checker::instantiate_type(Object* gen, const std::vector<const Type*>& targs) {
  if (Checker* owner = generic_owner(gen); owner != this) return owner->instantiate_type(gen, targs);
  GenericInfo& gi = generics_[gen];
  bool own = targs.size() == gi.tparams.size();
  for (size_t i = 0; own && i < targs.size(); i++) own = targs[i] == gi.tparams[i];
  if (own) return gen->type;
  const std::string key = targs_key(targs);
  auto it = gi.type_insts.find(key);
  if (it != gi.type_insts.end()) return it->second;
  Object* tn = pkg_->objects.make(ObjKind::TypeName, gen->name, gen->pos, nullptr, gen->pkg);
  tn->color = 1;
  tn->decl = gen->decl;
  Type* t = T.named(tn);
  tn->type = t;
  t->targs = targs;
  t->orig = gen->type;
  gi.type_insts[key] = t;
  if (!has_type_params(t)) pkg_->type_names.push_back(tn);
  if (gi.complete) {
    expand_instance(t);
  } else {
    gi.pending.push_back(t);
  }
  return t;
}

// The instance's underlying type and methods, from the declarations checked again with the
// type parameter names bound to the type arguments.
void Checker::expand_instance(const Type* t) {
  Object* gen = t->orig->obj;
  GenericInfo& gi = generics_[gen];
  if (++instance_nesting_ > 64) {
    err(gen->pos, "instantiation cycle in " + ts(t));
    T.set_underlying(t, T.invalid());
    instance_nesting_--;
    return;
  }
  const bool concrete = !has_type_params(t);
  {
    EnvSaver env(this);
    scope_ = bind_scope(gi.scope != nullptr ? gi.scope : file_scope_, gi.names, t->targs);
    const Type* rhs = defined_type(gi.tdecl->type, t);
    const Type* u = rhs->kind == TypeKind::Named ? (rhs->underlying ? rhs->underlying : T.invalid()) : rhs;
    T.set_underlying(t, u);
  }
  for (Object* m : t->orig->methods) {
    auto* od = static_cast<FuncDecl*>(m->decl);
    FuncDecl* fd = concrete ? fresh_decl(od) : od;
    if (fd == nullptr) continue;
    auto* ix = as<IndexExpr>(recv_base_expr(fd));
    std::vector<Name*> names;
    for (Expr* e : unpack_list(ix->index)) names.push_back(e->kind == NodeKind::Name ? as<Name>(e) : nullptr);
    Scope* bs = bind_scope(file_scope_, names, t->targs);
    Object* im = pkg_->objects.make(ObjKind::Func, m->name, m->pos, nullptr, ref_);
    im->decl = fd;
    im->ptr_recv = m->ptr_recv;
    im->recv_base = t;
    fd->name->obj = im;
    if (concrete) {
      const std::string base = gen->name + "[...]";
      declare_instance_func(im, gen_decl_info(m), fd, bs, m->ptr_recv ? "(*" + base + ")." + m->name : base + "." + m->name,
                            decl_file(od));
    } else {
      EnvSaver env(this);
      scope_ = bs;
      Scope* fscope = pkg_->make_scope(bs, nullptr);
      im->type = func_type(nullptr, fscope, fd->recv, fd->ftype);
    }
    T.add_method(t, im);
  }
  instance_nesting_--;
}

DeclInfo* Checker::gen_decl_info(Object* gen) {
  auto it = obj_map_.find(gen->order);
  return it == obj_map_.end() ? nullptr : &it->second;
}

// Go: instantiate.go for a generic function: an ordinary function per type-argument list.
Object* Checker::instantiate_func(Object* gen, const std::vector<const Type*>& targs) {
  if (Checker* owner = generic_owner(gen); owner != this) return owner->instantiate_func(gen, targs);
  GenericInfo& gi = generics_[gen];
  const std::string key = targs_key(targs);
  auto it = gi.func_insts.find(key);
  if (it != gi.func_insts.end()) return it->second;
  if (gi.func_insts.size() >= kMaxInstances) {
    // Go: an instance that instantiates itself with a larger type (F[T] calling F[[]T])
    // never ends; types2 reports the cycle ("T instantiated as []T"), gosim its bound.
    if (!gi.cycle_reported) {
      err(gi.tparams.empty() ? gen->pos : gi.tparams[0]->obj->pos,
          "instantiation cycle (more than " + std::to_string(kMaxInstances) + " instances of " + gen->name + ")");
    }
    gi.cycle_reported = true;
    return nullptr;
  }
  FuncDecl* fd = fresh_decl(gi.decl);
  if (fd == nullptr) return nullptr;
  Object* inst = pkg_->objects.make(ObjKind::Func, gen->name, gen->pos, nullptr, ref_);
  inst->decl = fd;
  fd->name->obj = inst;
  if (probing_ > 0) {
    // Inside probe_generic_body the arguments may be type parameters: the call needs only
    // the instance's signature; its body is neither checked nor lowered.
    bool tparams = false;
    for (const Type* t : targs) tparams = tparams || has_type_params(t);
    if (tparams) {
      EnvSaver env(this);
      scope_ = bind_scope(file_scope_, field_names(fd->tparams), targs);
      inst->type = func_type(nullptr, pkg_->make_scope(scope_, nullptr), fd->recv, fd->ftype);
      return inst;
    }
  }
  gi.func_insts[key] = inst;
  Scope* bs = bind_scope(file_scope_, field_names(fd->tparams), targs);
  declare_instance_func(inst, gen_decl_info(gen), fd, bs, gen->name + "[...]", decl_file(gi.decl));
  return inst;
}

// func_decl for an instance: the signature now, the body with the other bodies.
void Checker::declare_instance_func(Object* obj, DeclInfo* d, FuncDecl* fd, Scope* bs, const std::string& name,
                                    int file) {
  FuncInfo* fi = &pkg_->funcs.emplace_back();
  fi->obj = obj;
  fi->decl = fd;
  fi->name = name;
  // Go's symbol and traceback name it in the declaring package and file ("example.com/m/lib.Map[...]").
  fi->pkg = ref_;
  fi->file = &unit_->filenames[static_cast<size_t>(file >= 0 ? file : file_)];
  obj->func = fi;
  fd->func = fi;
  Scope* fscope = pkg_->make_scope(bs, fi);
  fscope->is_func = true;
  {
    EnvSaver env(this);
    scope_ = bs;
    obj->type = func_type(fi, fscope, fd->recv, fd->ftype);
  }
  fi->sig = obj->type;
  pkg_->funcs_decl.push_back(obj);
  pkg_->all_funcs.push_back(fi);
  if (fd->body == nullptr) return;
  delayed_.push_back([this, fi, fscope, d, fd] {
    EnvSaver env(this);
    scope_ = fscope;
    decl_ = d;
    instance_depth_++;
    func_body(fi, fd->body);
    instance_depth_--;
  });
}

// The declaration `orig` parsed again from the package's source: a fresh tree to check and
// lower with concrete types (the trees are owned by the package).
FuncDecl* Checker::fresh_decl(FuncDecl* orig) {
  if (orig == nullptr) return nullptr;
  // The file that declares orig (a package may have several; each keeps its text).
  for (const auto& [file, ft] : pkg_->file_texts) {
    size_t index = 0;
    const std::vector<Decl*>& decls = file->decls;
    while (index < decls.size() && decls[index] != orig) index++;
    if (index == decls.size()) continue;
    ParseResult parsed = parse_file(ft.name, ft.text);
    if (parsed.file == nullptr || index >= parsed.file->decls.size() ||
        parsed.file->decls[index]->kind != NodeKind::FuncDecl) {
      return nullptr;
    }
    auto* fd = static_cast<FuncDecl*>(parsed.file->decls[index]);
    pkg_->instance_files.push_back(std::move(parsed.file));
    return fd;
  }
  return nullptr;
}

// `Stack[int]`, `Pair[K, V]` in a type or expression: the instance, after checking the
// number of arguments and their constraints.
const Type* Checker::instantiate_type_expr(IndexExpr* ix, Object* gen) {
  GenericInfo& gi = generic_info(gen);
  std::vector<Expr*> exprs = unpack_list(ix->index);
  std::vector<const Type*> targs;
  bool bad = false;
  for (Expr* e : exprs) {
    const Type* t = var_type(e);
    bad = bad || t->kind == TypeKind::Invalid;
    targs.push_back(t);
  }
  if (bad) return T.invalid();
  if (targs.size() != gi.tparams.size()) {
    error_at(ix, "got " + std::to_string(targs.size()) + " arguments but " + std::to_string(gi.tparams.size()) +
                     " type parameters");
    return T.invalid();
  }
  if (!verify_targs(&gi, targs, exprs, ix->pos)) return T.invalid();
  return instantiate_type(gen, targs);
}

// "Stack[T any]" for "cannot use generic type ... without instantiation".
std::string Checker::generic_type_string(Object* gen) {
  GenericInfo& gi = generic_info(gen);
  std::string out = gen->name + "[";
  for (size_t i = 0; i < gi.tparams.size(); i++) {
    if (i > 0) out += ", ";
    out += gi.tparams[i]->obj->name + " " + ts(gi.constraints[i]);
  }
  return out + "]";
}

// The instance's methods must exist before they are looked up: instances made while their
// generic type was still being declared are expanded at the end of checking at the latest.
void Checker::finish_generics() {
  for (auto& [obj, gi] : generics_) {
    if (gi.pending.empty()) continue;
    generic_type_done(const_cast<Object*>(obj));
  }
}

}  // namespace gosim::lang
