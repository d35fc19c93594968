// Type expressions: from syntax ([]int, map[string]T, func(int) error, struct{...}) to
// interned types, and function signatures with their parameter objects.
//
// Go: types2/typexpr.go (typInternal, arrayLength), struct.go, interface.go,
// signature.go (funcType, collectParams, receiver validation). Map key comparability is
// checked once all package-level types are complete, as types2 does with check.later.
#include "sim/lang/checker.h"
#include "sim/lang/lookup.h"

namespace gosim::lang {

const Type* Checker::defined_type(Expr* e, const Type* def) {
  Deep deep(this, start_pos(e));
  const Type* t = deep.ok ? typ_internal(e, def) : T.invalid();
  e->mode = Mode::TypeExpr;
  e->type = t;
  return t;
}

const Type* Checker::typ_internal(Expr* e, const Type* def) {
  switch (e->kind) {
    case NodeKind::BadExpr:
      return T.invalid();
    case NodeKind::Name:
    case NodeKind::SelectorExpr: {
      Operand x;
      if (e->kind == NodeKind::Name) {
        ident(&x, as<Name>(e), true);
      } else {
        selector(&x, as<SelectorExpr>(e));
      }
      switch (x.mode) {
        case Mode::TypeExpr:
          return x.type;
        case Mode::Invalid:
          break;
        case Mode::NoValue:
          error_op(x, op_str(x) + " used as type");
          break;
        default:
          error_op(x, op_str(x) + " is not a type");
          break;
      }
      return T.invalid();
    }
    case NodeKind::IndexExpr: {
      auto* ix = as<IndexExpr>(e);
      Operand x;
      if (generic_index(&x, ix)) {
        if (x.mode == Mode::TypeExpr) return x.type;
        if (x.mode != Mode::Invalid) error_op(x, op_str(x) + " is not a type");
        return T.invalid();
      }
      expr_or_type(&x, ix->x);
      if (x.mode == Mode::TypeExpr) error_at(ix->x, ts(x.type) + " is not a generic type");
      if (x.mode != Mode::TypeExpr && x.mode != Mode::Invalid) error_op(x, op_str(x) + " is not a type");
      return T.invalid();
    }
    case NodeKind::ParenExpr:
      return defined_type(as<ParenExpr>(e)->x, def);
    case NodeKind::ArrayType: {
      auto* a = as<ArrayType>(e);
      int64_t n = -1;
      if (a->len != nullptr) {
        n = array_length(a->len);
      } else {
        error_at(e, "invalid use of [...] array (outside a composite literal)");
      }
      const Type* elem = var_type(a->elem);
      if (n < 0) return T.invalid();
      return T.array(elem, n);
    }
    case NodeKind::SliceType:
      return T.slice(var_type(as<SliceType>(e)->elem));
    case NodeKind::DotsType:
      error_at(e, "invalid use of '...'");
      use(as<DotsType>(e)->elem);
      return T.invalid();
    case NodeKind::StructType:
      return struct_type(as<StructType>(e));
    case NodeKind::Operation: {
      auto* o = as<Operation>(e);
      if (o->op == Op::Mul && o->y == nullptr) {
        const Type* base = var_type(o->x);
        if (base->kind == TypeKind::Invalid) return T.invalid();
        return T.pointer(base);
      }
      error_at(e, expr_string(e) + " is not a type");
      use(e);
      return T.invalid();
    }
    case NodeKind::FuncType: {
      Scope* tmp = pkg_->make_scope(scope_, func_);
      return func_type(nullptr, tmp, nullptr, as<FuncType>(e));
    }
    case NodeKind::InterfaceType:
      return interface_type(as<InterfaceType>(e));
    case NodeKind::MapType: {
      auto* m = as<MapType>(e);
      const Type* key = var_type(m->key);
      const Type* elem = var_type(m->value_type);
      check_map_key(m->key, key);
      return T.map(key, elem);
    }
    case NodeKind::ChanType: {
      auto* c = as<ChanType>(e);
      return T.chan(c->dir, var_type(c->elem));
    }
    default:
      error_at(e, expr_string(e) + " is not a type");
      use(e);
      return T.invalid();
  }
}

void Checker::check_map_key(Expr* key_expr, const Type* key) {
  auto check = [this, key_expr, key] {
    if (!comparable(key) && under(key)->kind != TypeKind::Invalid) {
      error_at(key_expr, "invalid map key type " + ts(key));
    }
  };
  if (func_ != nullptr) {
    check();
  } else {
    pending_map_keys_.push_back(check);  // package-level types may still be incomplete
  }
}

// Go: typexpr.go arrayLength.
int64_t Checker::array_length(Expr* e) {
  if (e->kind == NodeKind::Name) {
    const std::string& name = as<Name>(e)->value;
    Object* obj = lookup(name);
    if (obj == nullptr) {
      error_at(e, "undefined array length " + name + " or missing type constraint");
      return -1;
    }
    if (obj->kind != ObjKind::Const) {
      error_at(e, "invalid array length " + name);
      return -1;
    }
  }
  Operand x;
  expr(&x, e);
  if (x.mode != Mode::Constant) {
    if (x.mode != Mode::Invalid) error_op(x, "array length " + op_str(x) + " must be constant");
    return -1;
  }
  if (is_untyped(x.type) || is_integer(x.type)) {
    Constant v = to_int(x.val);
    if (v.kind == Constant::Kind::Int) {
      // Go: representable as an int, then non-negative; a value past int64 is "must be integer".
      int64_t n = 0;
      if (int64_val(v, &n)) {
        if (n >= 0) return n;
        error_op(x, "invalid array length " + op_str(x));
        return -1;
      }
    }
  }
  error_op(x, "array length " + op_str(x) + " must be integer");
  return -1;
}

// Go: struct.go structType.
const Type* Checker::struct_type(StructType* e) {
  std::vector<StructField> fields;
  std::vector<Pos> positions;
  std::vector<Name*> names;
  const Expr* prev = nullptr;
  const Type* typ = nullptr;
  for (size_t i = 0; i < e->fields.size(); i++) {
    Field* f = e->fields[i];
    if (f->type != prev) {
      typ = var_type(f->type);
      prev = f->type;
    }
    std::string tag;
    if (i < e->tags.size() && e->tags[i] != nullptr) {
      bool ok = false;
      tag = constant_from_literal(LitKind::String, e->tags[i]->value, &ok).s;
    }
    std::string name = f->name != nullptr ? f->name->value : embedded_field_name(f->type);
    Pos pos = f->name != nullptr ? f->name->pos : f->pos;
    if (f->name == nullptr) embedded_type_check(start_pos(f->type), typ);
    bool dup = false;
    if (name != "_") {
      for (size_t k = 0; k < fields.size(); k++) {
        if (fields[k].name == name) {
          err(pos, name + " redeclared\n\t" + pos_str(positions[k]) + ": other declaration of " + name);
          dup = true;
          break;
        }
      }
    }
    if (dup) continue;
    fields.push_back(StructField{name, typ, f->name == nullptr, tag, ref_, nullptr});
    positions.push_back(pos);
    names.push_back(f->name);
  }
  const Type* st = T.struct_type(std::move(fields));
  for (size_t i = 0; i < st->fields.size() && i < names.size(); i++) {
    Object* fo = st->fields[i].obj;
    if (!fo->pos.known()) fo->pos = positions[i];
    if (names[i] != nullptr) names[i]->obj = fo;
  }
  return st;
}

// Go: struct.go structType's check of an embedded field's type (run later: the type's
// underlying type may not be known yet).
void Checker::embedded_type_check(Pos pos, const Type* typ) {
  const int file = file_;
  delayed_.push_back([this, pos, typ, file] {
    set_file(file);
    const bool is_ptr = typ->kind == TypeKind::Pointer;
    const Type* t = is_ptr ? typ->elem : typ;
    const Type* u = under(t);
    if (u == nullptr || u->kind == TypeKind::Invalid) return;
    if (u->kind == TypeKind::UnsafePointer) {
      err(pos, "embedded field type cannot be unsafe.Pointer");
    } else if (u->kind == TypeKind::Pointer) {
      err(pos, "embedded field type cannot be a pointer");
    } else if (u->kind == TypeKind::Interface && is_ptr) {
      err(pos, "embedded field type cannot be a pointer to an interface");
    }
  });
}

// Go: interface.go interfaceType and typeset.go computeInterfaceTypeSet: the explicit
// methods, then the methods of each embedded interface (a name both declare is an error
// unless the signatures are identical, as Go 1.14 allows). Type-set elements (~int | string)
// are constraints, which gosim does not have.
const Type* Checker::interface_type(InterfaceType* e) {
  std::vector<TypeTable::MethodSpec> specs;
  std::vector<Name*> names;
  std::vector<Field*> embedded;
  for (Field* f : e->methods) {
    if (f->name == nullptr && f->type != nullptr) embedded.push_back(f);
    if (f->name == nullptr || f->type == nullptr || f->type->kind != NodeKind::FuncType) continue;
    const std::string& name = f->name->value;
    if (name == "_") {
      error_at(f->name, "methods must have a unique non-blank name");
      continue;
    }
    Scope* tmp = pkg_->make_scope(scope_, func_);
    const Type* sig = func_type(nullptr, tmp, nullptr, as<FuncType>(f->type));
    f->type->mode = Mode::TypeExpr;
    f->type->type = sig;
    bool dup = false;
    for (size_t k = 0; k < specs.size(); k++) {
      if (specs[k].name == name) {
        err(f->name->pos, "duplicate method " + name + "\n\t" + pos_str(specs[k].pos) + ": other declaration of " + name);
        dup = true;
      }
    }
    if (dup) continue;
    specs.push_back({name, sig, f->name->pos, ref_});
    names.push_back(f->name);
  }
  // Go: typeset.go computeInterfaceTypeSet: embedded interfaces bring their methods, their
  // unions and comparable; any other element (`~int | string`, `int`) is a union of terms.
  std::vector<std::vector<TypeTerm>> tset;
  bool cmp = false;
  for (Field* f : embedded) {
    Pos pos = start_pos(f->type);
    const bool type_name = f->type->kind == NodeKind::Name || f->type->kind == NodeKind::SelectorExpr;
    const Type* et = type_name ? typ(f->type) : nullptr;
    if (et == nullptr || !is_interface(et)) {
      if (et != nullptr && under(et)->kind == TypeKind::Invalid) continue;
      std::vector<TypeTerm> u;
      if (et != nullptr) {
        u.push_back({false, et});
      } else {
        collect_union(f->type, &u);
      }
      tset.push_back(std::move(u));
      continue;
    }
    for (const std::vector<TypeTerm>& u : under(et)->tset) tset.push_back(u);
    cmp = cmp || under(et)->comparable_set;
    for (const Object* m : under(et)->methods) {
      bool dup = false;
      for (const TypeTable::MethodSpec& have : specs) {
        if (have.name != m->name || have.pkg != m->pkg) continue;
        dup = true;
        if (!identical(have.sig, m->type)) {
          err(pos, "duplicate method " + m->name + "\n\t" + pos_str(have.pos) + ": other declaration of " + m->name);
        }
        break;
      }
      if (!dup) specs.push_back({m->name, m->type, pos, m->pkg});
    }
  }
  const Type* it = T.constraint_interface(T.interface(specs), std::move(tset), cmp, false);
  for (Name* n : names) {
    for (Object* m : it->methods) {
      if (m->name == n->value) n->obj = m;
    }
  }
  return it;
}

// Go: signature.go collectParams.
std::vector<Object*> Checker::collect_params(Scope* scope, const std::vector<Field*>& list,
                                             bool variadic_ok, VarKind kind, bool* variadic) {
  std::vector<Object*> params;
  const Type* typ = nullptr;
  const Expr* prev = nullptr;
  for (size_t i = 0; i < list.size(); i++) {
    Field* field = list[i];
    Expr* ftype = field->type;
    if (ftype != prev) {
      prev = ftype;
      if (ftype->kind == NodeKind::DotsType) {
        Expr* elem = as<DotsType>(ftype)->elem;
        if (variadic_ok && i + 1 == list.size()) {
          if (variadic != nullptr) *variadic = true;
        } else {
          error_at(ftype, "can only use ... with final parameter in list");
        }
        ftype = elem;
      }
      typ = var_type(ftype);
    }
    Object* par;
    if (field->name != nullptr) {
      par = new_var(field->name, typ, kind);
      if (!par->name.empty() && par->name != "_") declare(scope, field->name, par);
      field->name->obj = par;
    } else {
      par = pkg_->objects.make(ObjKind::Var, "", field->pos, typ, ref_);
      par->var_kind = kind;
    }
    par->used = true;  // parameters are always 'used'
    params.push_back(par);
  }
  if (variadic != nullptr && *variadic && !params.empty()) {
    Object* last = params.back();
    last->type = T.slice(last->type);
    list.back()->type->mode = Mode::TypeExpr;
    list.back()->type->type = last->type;
  }
  return params;
}

// Go: signature.go funcType. fi (may be null for a bare func type) receives the objects.
const Type* Checker::func_type(FuncInfo* fi, Scope* scope, Field* recv_field, FuncType* ft) {
  FuncInfo* saved = func_;
  if (fi != nullptr) func_ = fi;  // parameters belong to this function
  Object* recv = nullptr;
  if (recv_field != nullptr) {
    std::vector<Object*> rl = collect_params(scope, {recv_field}, false, VarKind::Recv, nullptr);
    recv = rl.empty() ? nullptr : rl[0];
  }
  bool variadic = false;
  std::vector<Object*> params = collect_params(scope, ft->params, true, VarKind::Param, &variadic);
  std::vector<Object*> results = collect_params(scope, ft->results, false, VarKind::Result, nullptr);
  func_ = saved;

  std::vector<const Type*> pt;
  std::vector<std::string> pn;
  for (Object* p : params) {
    pt.push_back(p->type);
    pn.push_back(p->name);
  }
  std::vector<const Type*> rt;
  std::vector<std::string> rn;
  for (Object* r : results) {
    rt.push_back(r->type);
    rn.push_back(r->name);
  }
  const Type* sig = T.func(T.tuple(pt, pn), T.tuple(rt, rn), variadic);
  ft->mode = Mode::TypeExpr;
  ft->type = sig;

  if (fi != nullptr) {
    fi->recv = recv;
    fi->params = params;
    fi->results = results;
    for (Object* o : params) o->owner = fi;
    for (Object* o : results) o->owner = fi;
    if (recv != nullptr) recv->owner = fi;
  }

  // Go: validate the receiver (done later in types2; the type is complete here).
  if (recv != nullptr) {
    const Type* rtyp = recv->type;
    if (rtyp->kind == TypeKind::Pointer) rtyp = rtyp->elem;
    Pos at = recv->pos;
    if (rtyp->kind == TypeKind::Invalid) {
      // reported before
    } else if (rtyp->kind == TypeKind::Named) {
      if (rtyp->obj->pkg != ref_) {
        err(at, "cannot define new methods on non-local type " + ts(rtyp));
      } else if (rtyp->underlying != nullptr && (rtyp->underlying->kind == TypeKind::Pointer ||
                                                 rtyp->underlying->kind == TypeKind::Interface)) {
        err(at, "invalid receiver type " + ts(rtyp) + " (pointer or interface type)");
      }
    } else if (is_basic(rtyp)) {
      err(at, "cannot define new methods on non-local type " + ts(rtyp));
    } else {
      err(at, "invalid receiver type " + ts(recv->type));
    }
  }
  return sig;
}

}  // namespace gosim::lang
