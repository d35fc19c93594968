// Composite literals, index and slice expressions, type assertions, function literals,
// and the address-taken marks escape analysis needs.
//
// Go: types2/expr.go (the CompositeLit case, typeAssertion), index.go (indexExpr,
// sliceExpr, index, isValidIndex, indexedElts). A composite literal element without a
// type (`[]Point{{1, 2}}`, `[]*Point{{1, 2}}`) gets the element type from the outer
// literal; for a pointer element type it is recorded with the pointer type and no
// type_expr, meaning an implicit &Point{...}.
#include <set>

#include "sim/lang/checker.h"

namespace gosim::lang {
namespace {

bool same_id(const Object* f, const PackageRef* pkg, const std::string& name) {
  if (f->name != name) return false;
  bool exported = !name.empty() && name[0] >= 'A' && name[0] <= 'Z';
  return exported || f->pkg == pkg;
}

}  // namespace

void Checker::composite_lit(Operand* x, CompositeLit* e, const Type* hint) {
  const Type* lit_type = nullptr;
  const Type* base = nullptr;
  bool open_array = false;
  if (e->type_expr != nullptr) {
    auto* at = e->type_expr->kind == NodeKind::ArrayType ? as<ArrayType>(e->type_expr) : nullptr;
    if (at != nullptr && at->len == nullptr) {
      open_array = true;
      lit_type = T.array(var_type(at->elem), -1);
    } else {
      lit_type = typ(e->type_expr);
    }
    base = lit_type;
  } else if (hint != nullptr) {
    lit_type = hint;
    base = under(lit_type)->kind == TypeKind::Pointer ? under(lit_type)->elem : lit_type;
  } else {
    error_at(e, "missing type in composite literal");
    x->mode = Mode::Invalid;
    return;
  }

  const Type* utyp = under(base);
  Operand v;
  switch (utyp->kind) {
    case TypeKind::Struct: {
      if (e->elems.empty()) break;
      const auto& fields = utyp->fields;
      if (e->elems[0]->kind == NodeKind::KeyValueExpr) {
        std::vector<bool> visited(fields.size(), false);
        for (Expr* el : e->elems) {
          if (el->kind != NodeKind::KeyValueExpr) {
            error_at(el, "mixture of field:value and value elements in struct literal");
            continue;
          }
          auto* kv = as<KeyValueExpr>(el);
          expr(&v, kv->value_expr);
          if (kv->key->kind != NodeKind::Name) {
            error_at(kv, "invalid field name " + expr_string(kv->key) + " in struct literal");
            continue;
          }
          auto* key = as<Name>(kv->key);
          int i = -1;
          if (key->value != "_") {
            for (size_t k = 0; k < fields.size(); k++) {
              if (same_id(fields[k].obj, ref_, key->value)) i = static_cast<int>(k);
            }
          }
          if (i < 0) {
            error_at(key, "unknown field '" + key->value + "' in struct literal of type " + ts(base));
            continue;
          }
          key->obj = fields[static_cast<size_t>(i)].obj;
          key->mode = Mode::Variable;
          key->type = fields[static_cast<size_t>(i)].type;
          assignment(&v, fields[static_cast<size_t>(i)].type, "struct literal");
          if (visited[static_cast<size_t>(i)]) {
            error_at(kv, "duplicate field name " + key->value + " in struct literal");
            continue;
          }
          visited[static_cast<size_t>(i)] = true;
        }
      } else {
        for (size_t i = 0; i < e->elems.size(); i++) {
          Expr* el = e->elems[i];
          if (el->kind == NodeKind::KeyValueExpr) {
            error_at(el, "mixture of field:value and value elements in struct literal");
            continue;
          }
          expr(&v, el);
          if (i >= fields.size()) {
            error_op(v, "too many values in " + ts(base) + "{…}");
            break;
          }
          const StructField& fld = fields[i];
          bool exported = !fld.name.empty() && fld.name[0] >= 'A' && fld.name[0] <= 'Z';
          if (!exported && fld.pkg != ref_) {
            error_op(v, "implicit assignment to unexported field " + fld.name + " in " + ts(lit_type) + " literal");
            continue;
          }
          assignment(&v, fld.type, "struct literal");
        }
        if (e->elems.size() < fields.size()) err(e->rbrace, "too few values in " + ts(base) + "{…}");
      }
      break;
    }
    case TypeKind::Array: {
      int64_t n = indexed_elts(e->elems, utyp->elem, utyp->len);
      if (open_array) {
        lit_type = T.array(utyp->elem, n);
        base = lit_type;
        e->type_expr->mode = Mode::TypeExpr;
        e->type_expr->type = lit_type;
      }
      break;
    }
    case TypeKind::Slice:
      indexed_elts(e->elems, utyp->elem, -1);
      break;
    case TypeKind::Map: {
      // Duplicate constant keys; for interface keys the dynamic type counts too.
      std::set<std::string> seen;
      bool iface_key = is_interface(utyp->key);
      for (Expr* el : e->elems) {
        if (el->kind != NodeKind::KeyValueExpr) {
          error_at(el, "missing key in map literal");
          continue;
        }
        auto* kv = as<KeyValueExpr>(el);
        expr_with_hint(&v, kv->key, utyp->key);
        assignment(&v, utyp->key, "map literal");
        if (v.mode == Mode::Invalid) continue;
        if (v.mode == Mode::Constant) {
          Constant k = v.val;
          if (k.kind == Constant::Kind::Float && to_int(k).kind == Constant::Kind::Int) k = to_int(k);
          std::string key = std::to_string(static_cast<int>(k.kind)) + ":" + constant_string(k);
          if (k.kind == Constant::Kind::String) key = "s:" + k.s;
          if (iface_key) key += ":" + std::to_string(v.type->canon->id);
          if (!seen.insert(key).second) {
            error_op(v, "duplicate key " + constant_string(v.val) + " in map literal");
            continue;
          }
        }
        expr_with_hint(&v, kv->value_expr, utyp->elem);
        assignment(&v, utyp->elem, "map literal");
      }
      break;
    }
    default:
      for (Expr* el : e->elems) use(el->kind == NodeKind::KeyValueExpr ? as<KeyValueExpr>(el)->value_expr : el);
      if (utyp->kind != TypeKind::Invalid) {
        error_at(e, "invalid composite literal type " + ts(lit_type));
      }
      x->mode = Mode::Invalid;
      return;
  }
  x->mode = Mode::Value;
  x->type = lit_type;
}

// Go: index.go indexedElts.
int64_t Checker::indexed_elts(const std::vector<Expr*>& elts, const Type* typ, int64_t length) {
  std::set<int64_t> visited;
  int64_t idx = 0;
  int64_t max = 0;
  for (Expr* e : elts) {
    bool valid_index = false;
    Expr* eval = e;
    if (e->kind == NodeKind::KeyValueExpr) {
      auto* kv = as<KeyValueExpr>(e);
      int64_t i = -1;
      if (index(kv->key, length, &i)->kind != TypeKind::Invalid) {
        if (i >= 0) {
          idx = i;
          valid_index = true;
        } else {
          error_at(e, "index " + expr_string(kv->key) + " must be integer constant");
        }
      }
      eval = kv->value_expr;
    } else if (length >= 0 && idx >= length) {
      error_at(e, "index " + std::to_string(idx) + " is out of bounds (>= " + std::to_string(length) + ")");
    } else {
      valid_index = true;
    }
    if (valid_index && !visited.insert(idx).second) {
      error_at(e, "duplicate index " + std::to_string(idx) + " in array or slice literal");
    }
    idx++;
    if (idx > max) max = idx;
    Operand x;
    expr_with_hint(&x, eval, typ);
    assignment(&x, typ, "array or slice literal");
  }
  return max;
}

// Go: index.go indexExpr (no generic instantiation).
void Checker::index_expr(Operand* x, IndexExpr* e) {
  if (generic_index(x, e)) return;
  expr_or_type(x, e->x);
  if (x->mode == Mode::Invalid) {
    use(e->index);
    return;
  }
  if (x->mode == Mode::TypeExpr) {
    error_at(e->x, ts(x->type) + " is not a generic type");
    x->mode = Mode::Invalid;
    return;
  }
  bool valid = false;
  int64_t length = -1;
  const Type* u = under(x->type);
  switch (u->kind) {
    case TypeKind::String: case TypeKind::UntypedString:
      valid = true;
      if (x->mode == Mode::Constant) length = static_cast<int64_t>(x->val.s.size());
      x->mode = Mode::Value;
      x->type = T.byte_type();
      break;
    case TypeKind::Array:
      valid = true;
      length = u->len;
      if (x->mode != Mode::Variable) x->mode = Mode::Value;
      x->type = u->elem;
      break;
    case TypeKind::Pointer:
      if (under(u->elem)->kind == TypeKind::Array) {
        valid = true;
        length = under(u->elem)->len;
        x->mode = Mode::Variable;
        x->type = under(u->elem)->elem;
      }
      break;
    case TypeKind::Slice:
      valid = true;
      x->mode = Mode::Variable;
      x->type = u->elem;
      break;
    case TypeKind::Map: {
      Expr* idx = single_index(e);
      if (idx == nullptr) {
        x->mode = Mode::Invalid;
        return;
      }
      Operand key;
      expr(&key, idx);
      assignment(&key, u->key, "map index");
      x->mode = Mode::MapIndex;
      x->type = u->elem;
      x->expr = e;
      return;
    }
    default:
      break;
  }
  if (!valid) {
    err(e->pos, "invalid operation: cannot index " + op_str(*x));
    x->mode = Mode::Invalid;
    return;
  }
  Expr* idx = single_index(e);
  if (idx == nullptr) {
    x->mode = Mode::Invalid;
    return;
  }
  int64_t v = -1;
  index(idx, length, &v);
}

// Go: index.go sliceExpr.
void Checker::slice_expr(Operand* x, SliceExpr* e) {
  expr(x, e->x);
  if (x->mode == Mode::Invalid) {
    for (Expr* i : e->index) use(i);
    return;
  }
  bool valid = false;
  int64_t length = -1;
  const Type* u = under(x->type);
  switch (u->kind) {
    case TypeKind::String: case TypeKind::UntypedString:
      if (e->full) {
        error_at(e->index[2] != nullptr ? e->index[2] : static_cast<Expr*>(e),
                 "invalid operation: 3-index slice of string");
        x->mode = Mode::Invalid;
        return;
      }
      valid = true;
      if (x->mode == Mode::Constant) length = static_cast<int64_t>(x->val.s.size());
      if (is_untyped(x->type)) x->type = T.basic(TypeKind::String);
      break;
    case TypeKind::Array:
      valid = true;
      length = u->len;
      if (x->mode != Mode::Variable) {
        error_op(*x, "invalid operation: " + op_str(*x) + " (slice of unaddressable value)");
        x->mode = Mode::Invalid;
        return;
      }
      mark_addr_taken(e->x);
      x->type = T.slice(u->elem);
      break;
    case TypeKind::Pointer:
      if (under(u->elem)->kind == TypeKind::Array) {
        valid = true;
        length = under(u->elem)->len;
        x->type = T.slice(under(u->elem)->elem);
      }
      break;
    case TypeKind::Slice:
      valid = true;
      break;
    default:
      break;
  }
  if (!valid) {
    error_op(*x, "invalid operation: cannot slice " + op_str(*x));
    x->mode = Mode::Invalid;
    return;
  }
  x->mode = Mode::Value;
  int64_t ind[3] = {-1, -1, -1};
  for (size_t i = 0; i < 3; i++) {
    Expr* ie = e->index[i];
    int64_t v = -1;
    if (ie != nullptr) {
      int64_t max = length >= 0 ? length + 1 : -1;
      int64_t got = -1;
      index(ie, max, &got);
      if (got >= 0) v = got;
    } else if (i == 0) {
      v = 0;
    } else if (length >= 0) {
      v = length;
    }
    ind[i] = v;
  }
  for (size_t i = 0; i + 1 < 3; i++) {
    if (ind[i] <= 0) continue;
    for (size_t j = i + 1; j < 3; j++) {
      if (ind[j] >= 0 && ind[j] < ind[i]) {
        error_at(e->index[j], "invalid slice indices: " + std::to_string(ind[j]) + " < " + std::to_string(ind[i]));
        return;
      }
    }
  }
}

Expr* Checker::single_index(IndexExpr* e) {
  Expr* idx = e->index;
  if (idx == nullptr) {
    error_at(e, "invalid AST: missing index for " + expr_string(e->x));
    return nullptr;
  }
  if (idx->kind == NodeKind::ListExpr) {
    auto* l = as<ListExpr>(idx);
    error_at(l->elems[1], "invalid operation: more than one index");
    idx = l->elems[0];
  }
  return idx;
}

// Go: index.go index: checks an index; *val is its value if constant, else -1.
const Type* Checker::index(Expr* idx, int64_t max, int64_t* val) {
  *val = -1;
  Operand x;
  expr(&x, idx);
  if (!is_valid_index(&x, "index", false)) return T.invalid();
  if (x.mode != Mode::Constant) return x.type;
  if (x.val.kind == Constant::Kind::Unknown) return T.invalid();
  int64_t v = 0;
  int64_val(x.val, &v);
  if (max >= 0 && v >= max) {
    error_op(x, "invalid argument: index " + constant_string(x.val) + " out of bounds [0:" + std::to_string(max) + "]");
    return T.invalid();
  }
  *val = v;
  return x.type;
}

bool Checker::is_valid_index(Operand* x, const char* what, bool allow_negative) {
  if (x->mode == Mode::Invalid) return false;
  convert_untyped(x, T.basic(TypeKind::Int));
  if (x->mode == Mode::Invalid) return false;
  if (!is_integer(x->type)) {
    error_op(*x, std::string("invalid argument: ") + what + " " + op_str(*x) + " must be integer");
    return false;
  }
  if (x->mode == Mode::Constant) {
    if (!allow_negative && sign(x->val) < 0) {
      error_op(*x, std::string("invalid argument: ") + what + " " + op_str(*x) + " must not be negative");
      return false;
    }
    if (!representable_const(x->val, T.basic(TypeKind::Int), &x->val)) {
      error_op(*x, std::string("invalid argument: ") + what + " " + op_str(*x) + " overflows int");
      return false;
    }
  }
  return true;
}

// Go: expr.go typeAssertion.
void Checker::type_assertion(Expr* e, Operand* x, const Type* t, bool type_switch) {
  if (is_interface(t)) return;
  Object* alt = nullptr;
  Object* m = missing_method(t, x->type, false, &alt);
  if (m == nullptr) return;
  std::string cause = missing_method_reason(t, x->type, m, alt);
  if (type_switch) {
    error_at(e, "impossible type switch case: " + expr_string(e) + "\n\t" + op_str(*x) + " cannot have dynamic type " +
                    ts(t) + " " + cause);
    return;
  }
  error_at(e, "impossible type assertion: " + expr_string(e) + "\n\t" + ts(t) + " does not implement " + ts(x->type) +
                  " " + cause);
}

// A function literal: its own FuncInfo and scope; the body is checked right away inside
// functions, or after the package-level declarations for literals in initializers.
void Checker::func_lit(Operand* x, FuncLit* e) {
  FuncInfo* fi = &pkg_->funcs.emplace_back();
  fi->lit = e;
  fi->outer = func_;
  fi->pkg = ref_;
  fi->file = &unit_->filenames[static_cast<size_t>(file_)];
  if (func_ == nullptr) {
    fi->name = "glob..func" + std::to_string(++glob_literals_);
  } else if (func_->lit == nullptr) {
    fi->name = func_->name + ".func" + std::to_string(++func_->literal_count);
  } else {
    fi->name = func_->name + "." + std::to_string(++func_->literal_count);
  }
  e->func = fi;
  Scope* fscope = pkg_->make_scope(scope_, fi);
  fscope->is_func = true;
  const Type* sig = func_type(fi, fscope, nullptr, e->ftype);
  fi->sig = sig;
  pkg_->all_funcs.push_back(fi);
  if (func_ != nullptr) func_->literals.push_back(fi);
  if (e->body != nullptr) {
    if (func_ == nullptr) {
      DeclInfo* d = decl_;
      bool has_iota = has_iota_;
      int64_t iota = iota_;
      const int file = file_;
      delayed_.push_back([this, fi, fscope, d, has_iota, iota, e, file] {
        set_file(file);
        Scope* s = scope_;
        scope_ = fscope;
        decl_ = d;
        has_iota_ = has_iota;
        iota_ = iota;
        func_body(fi, e->body);
        scope_ = s;
        decl_ = nullptr;
        has_iota_ = false;
      });
    } else {
      Scope* s = scope_;
      scope_ = fscope;
      func_body(fi, e->body);
      scope_ = s;
    }
  }
  x->mode = Mode::Value;
  x->type = sig;
}

// The variable whose storage an addressable expression denotes has its address taken:
// &x, &x.f, &a[i] with an array a, x[:] of an array, x.m() with a pointer receiver.
void Checker::mark_addr_taken(Expr* e) {
  for (;;) {
    e = unparen(e);
    if (e == nullptr) return;
    switch (e->kind) {
      case NodeKind::Name: {
        Object* o = as<Name>(e)->obj;
        if (o != nullptr && o->kind == ObjKind::Var) o->address_taken = true;
        return;
      }
      case NodeKind::SelectorExpr: {
        auto* s = as<SelectorExpr>(e);
        if (s->sel_kind != SelKind::FieldVal || s->indirect) return;
        e = s->x;
        break;
      }
      case NodeKind::IndexExpr: {
        auto* ix = as<IndexExpr>(e);
        if (ix->x->type == nullptr || under(ix->x->type)->kind != TypeKind::Array) return;
        e = ix->x;
        break;
      }
      default:
        return;
    }
  }
}

}  // namespace gosim::lang
