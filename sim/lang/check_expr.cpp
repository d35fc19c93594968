// Expressions: dispatch, identifiers, unary and binary operators, comparisons (constant
// folding and untyped values are in check_const.cpp).
//
// Go: types2/expr.go. Untyped constants stay untyped while an expression is built
// (1 << 3 + 2.0 is an untyped float) and get their final type from context: a variable,
// a parameter, the other operand. update_expr_type walks back down the already-checked
// tree to record that final type on every untyped sub-expression, which is what later
// stages read. Typed constants must stay representable after every operation
// ("constant 300 overflows byte").
#include "sim/lang/checker.h"

namespace gosim::lang {
namespace {

constexpr unsigned kNoValue = 1u << static_cast<unsigned>(Mode::NoValue);
constexpr unsigned kBuiltin = 1u << static_cast<unsigned>(Mode::Builtin);
constexpr unsigned kTypeExpr = 1u << static_cast<unsigned>(Mode::TypeExpr);

bool is_shift(Op op) { return op == Op::Shl || op == Op::Shr; }
bool is_comparison(Op op) { return op >= Op::Eql && op <= Op::Geq; }

}  // namespace

void Checker::record(const Operand& x) {
  Expr* e = x.expr;
  if (e == nullptr) return;
  e->mode = x.mode;
  switch (x.mode) {
    case Mode::Invalid: e->type = T.invalid(); break;
    case Mode::NoValue: e->type = nullptr; break;
    default: e->type = x.type; break;
  }
  e->value = x.mode == Mode::Constant ? pkg_->make_constant(x.val) : nullptr;
}

ExprKind Checker::raw_expr(Operand* x, Expr* e, const Type* hint) {
  Deep deep(this, start_pos(e));
  if (!deep.ok) {
    x->mode = Mode::Invalid;
    x->type = T.invalid();
    x->expr = e;
    return ExprKind::Statement;
  }
  e->untyped_final = false;
  e->lhs_shift = false;
  e->convert_to = nullptr;
  e->comma_ok = false;
  ExprKind kind = expr_internal(x, e, hint);
  record(*x);
  return kind;
}

// Go: expr.go exprInternal.
ExprKind Checker::expr_internal(Operand* x, Expr* e, const Type* hint) {
  x->mode = Mode::Invalid;
  x->type = T.invalid();
  x->tuple_index = -1;
  bool ok = true;
  switch (e->kind) {
    case NodeKind::BadExpr:
      ok = false;
      break;
    case NodeKind::Name:
      ident(x, as<Name>(e), false);
      break;
    case NodeKind::DotsType:
      error_at(e, "invalid use of '...'");
      ok = false;
      break;
    case NodeKind::BasicLit: {
      auto* b = as<BasicLit>(e);
      if (b->bad) {
        ok = false;
        break;
      }
      if (b->malformed_number()) {
        error_at(e, "malformed constant: " + b->value);
        ok = false;
        break;
      }
      if (b->lit_kind != LitKind::String && b->lit_kind != LitKind::Rune && b->value.size() > 10000) {
        error_at(e, "excessively long constant: " + b->value.substr(0, 10) + "... (" +
                        std::to_string(b->value.size()) + " chars)");
        ok = false;
        break;
      }
      bool lit_ok = false;
      x->val = constant_from_literal(b->lit_kind, b->value, &lit_ok);
      if (!lit_ok) {
        if (b->lit_kind == LitKind::Int) {
          unsupported(b->pos, "integer constant " + b->value + " (gosim's constants have at most 127 bits)");
        } else {
          error_at(e, "malformed constant: " + b->value);
        }
        ok = false;
        break;
      }
      x->mode = Mode::Constant;
      switch (b->lit_kind) {
        case LitKind::Int: x->type = T.basic(TypeKind::UntypedInt); break;
        case LitKind::Float: x->type = T.basic(TypeKind::UntypedFloat); break;
        case LitKind::Imag: x->type = T.basic(TypeKind::UntypedComplex); break;
        case LitKind::Rune: x->type = T.basic(TypeKind::UntypedRune); break;
        default: x->type = T.basic(TypeKind::UntypedString); break;
      }
      break;
    }
    case NodeKind::FuncLit:
      func_lit(x, as<FuncLit>(e));
      break;
    case NodeKind::CompositeLit:
      composite_lit(x, as<CompositeLit>(e), hint);
      ok = x->mode != Mode::Invalid;
      break;
    case NodeKind::ParenExpr: {
      ExprKind kind = raw_expr(x, as<ParenExpr>(e)->x, nullptr);
      x->expr = e;
      return kind;
    }
    case NodeKind::SelectorExpr:
      selector(x, as<SelectorExpr>(e));
      break;
    case NodeKind::IndexExpr:
      index_expr(x, as<IndexExpr>(e));
      ok = x->mode != Mode::Invalid;
      break;
    case NodeKind::SliceExpr:
      slice_expr(x, as<SliceExpr>(e));
      ok = x->mode != Mode::Invalid;
      break;
    case NodeKind::AssertExpr: {
      auto* a = as<AssertExpr>(e);
      expr(x, a->x);
      if (x->mode == Mode::Invalid) {
        ok = false;
        break;
      }
      if (!is_interface(x->type)) {
        error_op(*x, "invalid operation: " + op_str(*x) + " is not an interface");
        ok = false;
        break;
      }
      const Type* t = var_type(a->type_expr);
      if (t->kind == TypeKind::Invalid) {
        ok = false;
        break;
      }
      type_assertion(e, x, t, false);
      x->mode = Mode::CommaOk;
      x->type = t;
      break;
    }
    case NodeKind::TypeSwitchGuard:
      error_at(e, "invalid AST: use of .(type) outside type switch");
      ok = false;
      break;
    case NodeKind::CallExpr:
      return call_expr(x, as<CallExpr>(e));
    case NodeKind::ListExpr:
      error_at(e, "unexpected list of expressions");
      ok = false;
      break;
    case NodeKind::Operation: {
      auto* o = as<Operation>(e);
      if (o->y == nullptr && o->op == Op::Mul) {
        expr_or_type(x, o->x);
        if (x->mode == Mode::Invalid) {
          ok = false;
        } else if (x->mode == Mode::TypeExpr) {
          x->type = T.pointer(x->type);
        } else if (!is_pointer(x->type)) {
          error_op(*x, "invalid operation: cannot indirect " + op_str(*x));
          ok = false;
        } else {
          x->mode = Mode::Variable;
          x->type = under(x->type)->elem;
        }
        break;
      }
      if (o->y == nullptr) {
        unary(x, o);
        if (x->mode == Mode::Invalid) {
          ok = false;
          break;
        }
        if (o->op == Op::Recv) {
          x->expr = e;
          return ExprKind::Statement;
        }
        break;
      }
      binary(x, e, o->x, o->y, o->op, o->pos);
      ok = x->mode != Mode::Invalid;
      break;
    }
    case NodeKind::KeyValueExpr:
      error_at(e, "invalid AST: no key:value expected");
      ok = false;
      break;
    case NodeKind::ArrayType: case NodeKind::SliceType: case NodeKind::StructType: case NodeKind::FuncType:
    case NodeKind::InterfaceType: case NodeKind::MapType: case NodeKind::ChanType:
      x->type = typ(e);
      x->mode = Mode::TypeExpr;
      break;
    default:
      ok = false;
      break;
  }
  x->expr = e;
  if (!ok) {
    x->mode = Mode::Invalid;
    return ExprKind::Statement;
  }
  return ExprKind::Expression;
}

void Checker::expr(Operand* x, Expr* e) {
  raw_expr(x, e, nullptr);
  exclude(x, kNoValue | kBuiltin | kTypeExpr);
  single_value(x);
}

void Checker::multi_expr(Operand* x, Expr* e) {
  raw_expr(x, e, nullptr);
  exclude(x, kNoValue | kBuiltin | kTypeExpr);
}

void Checker::expr_with_hint(Operand* x, Expr* e, const Type* hint) {
  raw_expr(x, e, hint);
  exclude(x, kNoValue | kBuiltin | kTypeExpr);
  single_value(x);
}

void Checker::expr_or_type(Operand* x, Expr* e) {
  raw_expr(x, e, nullptr);
  exclude(x, kNoValue);
  single_value(x);
}

void Checker::exclude(Operand* x, unsigned modeset) {
  if ((modeset & (1u << static_cast<unsigned>(x->mode))) == 0) return;
  std::string msg;
  switch (x->mode) {
    case Mode::NoValue:
      msg = (modeset & kTypeExpr) != 0 ? " used as value" : " used as value or type";
      break;
    case Mode::Builtin: msg = " must be called"; break;
    case Mode::TypeExpr: msg = " is not an expression"; break;
    default: return;
  }
  error_op(*x, op_str(*x) + msg);
  x->mode = Mode::Invalid;
}

void Checker::single_value(Operand* x) {
  if (x->mode == Mode::Value && x->type != nullptr && x->type->kind == TypeKind::Tuple) {
    error_op(*x, "multiple-value " + op_str(*x) + " in single-value context");
    x->mode = Mode::Invalid;
  }
}

void Checker::use(Expr* e) {
  if (e == nullptr) return;
  if (e->kind == NodeKind::Name && as<Name>(e)->value == "_") return;
  if (e->kind == NodeKind::ListExpr) {
    use_list(as<ListExpr>(e)->elems);
    return;
  }
  Operand x;
  raw_expr(&x, e, nullptr);
}

// Go: typexpr.go ident.
void Checker::ident(Operand* x, Name* e, bool want_type) {
  x->mode = Mode::Invalid;
  x->expr = e;
  Object* obj = lookup(e->value);
  if (obj == nullptr) {
    if (e->value == "_") {
      error_at(e, "cannot use _ as value or type");
    } else {
      error_at(e, "undefined: " + e->value);
    }
    return;
  }
  e->obj = obj;
  if (obj->kind == ObjKind::Unsupported) {
    unsupported(e->pos, obj->note);
    return;
  }
  const Type* typ = obj->type;
  if (typ == nullptr || (obj->kind == ObjKind::TypeName && want_type)) {
    obj_decl(obj);
    typ = obj->type;
  }
  if (typ == nullptr) typ = T.invalid();
  switch (obj->kind) {
    case ObjKind::PkgName:
      error_at(e, "use of package " + obj->name + " not in selector");
      return;
    case ObjKind::Const:
      add_decl_dep(obj);
      if (typ->kind == TypeKind::Invalid) return;
      if (obj->pkg == nullptr && obj->name == "iota") {
        if (!has_iota_) {
          error_at(e, "cannot use iota outside constant declaration");
          return;
        }
        x->val = Constant::make_int(iota_);
      } else {
        x->val = obj->value != nullptr ? *obj->value : Constant::unknown();
      }
      x->mode = Mode::Constant;
      break;
    case ObjKind::TypeName:
      if (is_generic_obj(obj)) {
        // Go: typexpr.go genericType / instantiatedType.
        error_at(e, "cannot use generic type " + generic_type_string(obj) + " without instantiation");
        return;
      }
      x->mode = Mode::TypeExpr;
      break;
    case ObjKind::Var:
      if (obj->pkg == ref_) obj->used = true;
      note_var_use(obj);
      add_decl_dep(obj);
      if (typ->kind == TypeKind::Invalid) return;
      x->mode = Mode::Variable;
      break;
    case ObjKind::Func:
      add_decl_dep(obj);
      if (is_generic_obj(obj)) {
        error_at(e, "cannot use generic function " + obj->name + " without instantiation");
        return;
      }
      x->mode = Mode::Value;
      break;
    case ObjKind::Builtin:
      x->id = obj->builtin;
      x->mode = Mode::Builtin;
      break;
    case ObjKind::Nil:
      x->mode = Mode::NilValue;
      break;
    default:
      return;
  }
  x->type = typ;
}

// A local variable used inside a function literal is captured by every literal between
// the use and the variable's declaring function.
void Checker::note_var_use(Object* v) {
  if (v->owner == nullptr || func_ == nullptr || v->owner == func_) return;
  bool inside = false;
  for (FuncInfo* f = func_; f != nullptr; f = f->outer) inside = inside || f == v->owner;
  if (!inside) return;
  v->captured = true;
  for (FuncInfo* f = func_; f != nullptr && f != v->owner; f = f->outer) {
    bool have = false;
    for (Object* c : f->captures) have = have || c == v;
    if (!have) f->captures.push_back(v);
  }
}

bool Checker::op_ok(Operand* x, Op op, bool binary_op) {
  bool ok = true;
  switch (op) {
    case Op::Add: ok = binary_op ? (is_numeric(x->type) || is_string(x->type)) : is_numeric(x->type); break;
    case Op::Sub: case Op::Mul: case Op::Div: ok = is_numeric(x->type); break;
    case Op::Rem: case Op::And: case Op::Or: case Op::AndNot: ok = is_integer(x->type); break;
    case Op::Xor: ok = is_integer(x->type); break;
    case Op::AndAnd: case Op::OrOr: case Op::Not: ok = is_boolean(x->type); break;
    default: ok = false; break;
  }
  if (!ok) {
    probe_report_ = tparam_without_core(x->type);
    error_op(*x, "invalid operation: operator " + std::string(op_string(op)) + " not defined on " + op_str(*x));
    probe_report_ = false;
    return false;
  }
  return true;
}

// Go: expr.go unary.
void Checker::unary(Operand* x, Operation* e) {
  expr(x, e->x);
  if (x->mode == Mode::Invalid) return;
  switch (e->op) {
    case Op::And:
      if (unparen(e->x)->kind != NodeKind::CompositeLit && x->mode != Mode::Variable) {
        error_op(*x, "invalid operation: cannot take address of " + op_str(*x));
        x->mode = Mode::Invalid;
        return;
      }
      mark_addr_taken(e->x);
      x->mode = Mode::Value;
      x->type = T.pointer(x->type);
      return;
    case Op::Recv: {
      const Type* u = under(x->type);
      if (u->kind != TypeKind::Chan) {
        error_op(*x, "invalid operation: cannot receive from non-channel " + op_str(*x));
        x->mode = Mode::Invalid;
        return;
      }
      if (u->dir == ChanDir::Send) {
        error_op(*x, "invalid operation: cannot receive from send-only channel " + op_str(*x));
        x->mode = Mode::Invalid;
        return;
      }
      x->mode = Mode::CommaOk;
      x->type = u->elem;
      has_call_or_recv_ = true;
      return;
    }
    case Op::Tilde:
      error_at(e, "cannot use ~ outside of interface or type constraint");
      x->mode = Mode::Invalid;
      return;
    default:
      break;
  }
  if (!op_ok(x, e->op, false)) {
    x->mode = Mode::Invalid;
    return;
  }
  if (x->mode == Mode::Constant) {
    if (x->val.kind == Constant::Kind::Unknown) return;
    int prec = is_unsigned(x->type) ? static_cast<int>(type_size(x->type) * 8) : 0;
    x->val = unary_op(e->op, x->val, prec);
    x->expr = e;
    overflow(x, e->pos);
    return;
  }
  x->mode = Mode::Value;
}

// Go: expr.go binary. e is nil for an assignment operation (x += y).
void Checker::binary(Operand* x, Expr* e, Expr* lhs, Expr* rhs, Op op, Pos op_pos) {
  Operand y;
  expr(x, lhs);
  expr(&y, rhs);
  if (x->mode == Mode::Invalid) return;
  if (y.mode == Mode::Invalid) {
    x->mode = Mode::Invalid;
    x->expr = y.expr;
    return;
  }
  if (is_shift(op)) {
    shift(x, &y, e, op);
    return;
  }
  auto can_mix = [](const Operand& a, const Operand& b) {
    if (is_interface(a.type) || is_interface(b.type)) return true;
    if (is_boolean(a.type) != is_boolean(b.type)) return false;
    if (is_string(a.type) != is_string(b.type)) return false;
    if (a.mode == Mode::NilValue && !has_nil(b.type)) return false;
    if (b.mode == Mode::NilValue && !has_nil(a.type)) return false;
    return true;
  };
  if (can_mix(*x, y)) {
    convert_untyped(x, y.type);
    if (x->mode == Mode::Invalid) return;
    convert_untyped(&y, x->type);
    if (y.mode == Mode::Invalid) {
      x->mode = Mode::Invalid;
      return;
    }
  }
  if (is_comparison(op)) {
    comparison(x, &y, op, false);
    return;
  }
  if (!identical(x->type, y.type)) {
    if (x->type->kind != TypeKind::Invalid && y.type->kind != TypeKind::Invalid) {
      std::string what = e != nullptr ? expr_string(e)
                                      : expr_string(lhs) + " " + std::string(op_string(op)) + "= " + expr_string(rhs);
      error_op(*x, "invalid operation: " + what + " (mismatched types " + ts(x->type) + " and " + ts(y.type) + ")");
    }
    x->mode = Mode::Invalid;
    return;
  }
  if (!op_ok(x, op, true)) {
    x->mode = Mode::Invalid;
    return;
  }
  if (op == Op::Div || op == Op::Rem) {
    if ((x->mode == Mode::Constant || is_integer(x->type)) && y.mode == Mode::Constant && sign(y.val) == 0) {
      error_op(y, "invalid operation: division by zero");
      x->mode = Mode::Invalid;
      return;
    }
  }
  if (x->mode == Mode::Constant && y.mode == Mode::Constant) {
    if (x->val.kind == Constant::Kind::Unknown || y.val.kind == Constant::Kind::Unknown) {
      x->val = Constant::unknown();
      return;
    }
    bool int_div = op == Op::Div && is_integer(x->type);
    x->val = binary_op(x->val, op, y.val, int_div);
    if (e != nullptr) x->expr = e;
    overflow(x, op_pos);
    return;
  }
  x->mode = Mode::Value;
}

// Go: expr.go incomparableCause and kindString.
namespace {
std::string kind_string(const Type* t) {
  switch (under(t)->kind) {
    case TypeKind::Array: return "array";
    case TypeKind::Slice: return "slice";
    case TypeKind::Struct: return "struct";
    case TypeKind::Pointer: return "pointer";
    case TypeKind::Func: return "func";
    case TypeKind::Interface: return "interface";
    case TypeKind::Map: return "map";
    case TypeKind::Chan: return "chan";
    default: return type_string(t);
  }
}

std::string incomparable_cause(const Type* t) {
  TypeKind k = under(t)->kind;
  if (k == TypeKind::Slice || k == TypeKind::Func || k == TypeKind::Map) {
    return kind_string(t) + " can only be compared to nil";
  }
  std::string cause;
  comparable(t, &cause);
  return cause;
}
}  // namespace

// Go: expr.go comparison.
void Checker::comparison(Operand* x, Operand* y, Op op, bool switch_case) {
  if (switch_case) op = Op::Eql;
  Operand* err_op = x;
  std::string cause;
  bool ok = assignable_to(x, y->type, nullptr) || assignable_to(y, x->type, nullptr);
  if (!ok) {
    err_op = y;
    cause = "mismatched types " + ts(x->type) + " and " + ts(y->type);
  } else if (op == Op::Eql || op == Op::Neq) {
    if (x->mode == Mode::NilValue || y->mode == Mode::NilValue) {
      const Type* typ = x->mode == Mode::NilValue ? y->type : x->type;
      if (!has_nil(typ)) {
        err_op = y;
        ok = false;
      }
    } else if (!comparable(x->type)) {
      err_op = x;
      cause = incomparable_cause(x->type);
      ok = false;
    } else if (!comparable(y->type)) {
      err_op = y;
      cause = incomparable_cause(y->type);
      ok = false;
    }
    // Go: expr.go comparison: a type parameter whose type set is not comparable.
    if (!ok && x->mode != Mode::NilValue && y->mode != Mode::NilValue && err_op->type->kind == TypeKind::TypeParam) {
      cause = "incomparable types in type set";
      probe_report_ = tparam_without_core(err_op->type) && !under(err_op->type->underlying)->comparable_set;
    }
  } else if (!is_ordered(x->type)) {
    err_op = x;
    ok = false;
  } else if (!is_ordered(y->type)) {
    err_op = y;
    ok = false;
  }
  if (!ok && cause.empty() && err_op != nullptr && op != Op::Eql && op != Op::Neq &&
      err_op->type->kind == TypeKind::TypeParam) {
    cause = "type parameter " + ts(err_op->type) + " is not comparable with " + std::string(op_string(op));
    probe_report_ = tparam_without_core(err_op->type);
  }
  if (ok) {
    if (x->mode == Mode::Constant && y->mode == Mode::Constant) {
      x->val = Constant::make_bool(compare(x->val, op, y->val));
    } else {
      x->mode = Mode::Value;
      update_expr_type(nullptr, x->expr, T.default_type(x->type), true);
      update_expr_type(nullptr, y->expr, T.default_type(y->type), true);
    }
    x->type = T.basic(TypeKind::UntypedBool);
    return;
  }
  if (cause.empty()) {
    cause = "operator " + std::string(op_string(op)) + " not defined on " + kind_string(err_op->type);
  }
  if (switch_case) {
    error_op(*x, "invalid case " + expr_string(x->expr) + " in switch on " + expr_string(y->expr) + " (" + cause + ")");
  } else {
    error_op(*err_op, "invalid operation: " + expr_string(x->expr) + " " + std::string(op_string(op)) + " " +
                          expr_string(y->expr) + " (" + cause + ")");
  }
  probe_report_ = false;
  x->mode = Mode::Invalid;
}

}  // namespace gosim::lang
