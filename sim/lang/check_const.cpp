// Constants and untyped values: representability in a type, overflow, and giving untyped
// expressions their final type.
//
// Go: types2/expr.go shift, representableConst, representable, invalidConversion, overflow,
// updateExprType, convertUntyped, implicitTypeAndValue. The messages are the compiler's:
// "cannot use 300 (untyped int constant) as byte value in assignment (overflows)",
// "1.5 (untyped float constant) truncated to int", "constant 256 overflows byte".
#include <cmath>

#include "sim/lang/checker.h"

namespace gosim::lang {
namespace {

bool is_shift(Op op) { return op == Op::Shl || op == Op::Shr; }
bool is_comparison(Op op) { return op >= Op::Eql && op <= Op::Geq; }

// Go: expr.go opName.
std::string op_name(const Expr* x) {
  if (x == nullptr || x->kind != NodeKind::Operation) return "";
  auto* o = as<Operation>(x);
  if (o->y == nullptr) return o->op == Op::Xor ? "bitwise complement" : "";
  switch (o->op) {
    case Op::Add: return "addition";
    case Op::Sub: return "subtraction";
    case Op::Xor: return "bitwise XOR";
    case Op::Mul: return "multiplication";
    case Op::Shl: return "shift";
    default: return "";
  }
}

bool fits_range(Int128 v, TypeKind k) {
  constexpr Int128 kU64Max = static_cast<Int128>(UINT64_MAX);
  switch (k) {
    case TypeKind::Int: case TypeKind::Int64: return v >= INT64_MIN && v <= INT64_MAX;
    case TypeKind::Int8: return v >= -128 && v <= 127;
    case TypeKind::Int16: return v >= -32768 && v <= 32767;
    case TypeKind::Int32: return v >= INT32_MIN && v <= INT32_MAX;
    case TypeKind::Uint: case TypeKind::Uint64: case TypeKind::Uintptr: return v >= 0 && v <= kU64Max;
    case TypeKind::Uint8: return v >= 0 && v <= 255;
    case TypeKind::Uint16: return v >= 0 && v <= 65535;
    case TypeKind::Uint32: return v >= 0 && v <= UINT32_MAX;
    default: return true;  // untyped int and rune
  }
}


}  // namespace

// Go: expr.go representableConst. `rounded` receives the value as represented.
bool representable_const(const Constant& x, const Type* typ, Constant* rounded) {
  if (x.kind == Constant::Kind::Unknown) return true;
  const Type* u = under(typ);
  if (is_integer(u)) {
    Constant v = to_int(x);
    if (v.kind != Constant::Kind::Int) return false;
    if (rounded != nullptr) *rounded = v;
    if (v.wide) return u->kind == TypeKind::UntypedInt || u->kind == TypeKind::UntypedRune;
    return fits_range(v.i, u->kind);
  }
  if (is_float(u)) {
    Constant v = to_float(x);
    if (v.kind != Constant::Kind::Float) return false;
    if (u->kind == TypeKind::UntypedFloat) {
      if (rounded != nullptr) *rounded = v;
      return true;
    }
    // Go: expr.go roundFloat32 / roundFloat64: the value rounded to the type; a value that
    // rounds to an infinity does not fit.
    double f = u->kind == TypeKind::Float32 ? static_cast<double>(float32_val(v)) : float64_val(v);
    if (std::isinf(f)) return false;
    if (rounded != nullptr) *rounded = Constant::make_float64(f);
    return true;
  }
  if (is_complex(u)) {
    Constant v = to_complex(x);
    if (v.kind != Constant::Kind::Complex) return false;
    if (u->kind == TypeKind::UntypedComplex) {
      if (rounded != nullptr) *rounded = v;
      return true;
    }
    // Go: roundFloat32/64 of each part; either rounding to an infinity does not fit.
    auto round_part = [&](const Constant& p, Constant* out) {
      const Constant f = to_float(p);
      const double d = u->kind == TypeKind::Complex64 ? static_cast<double>(float32_val(f)) : float64_val(f);
      if (std::isinf(d)) return false;
      *out = Constant::make_float64(d);
      return true;
    };
    Constant re, im;
    if (!round_part(v.parts[0], &re) || !round_part(v.parts[1], &im)) return false;
    if (rounded != nullptr) *rounded = Constant::make_complex(re, im);
    return true;
  }
  if (is_string(u)) return x.kind == Constant::Kind::String;
  if (is_boolean(u)) return x.kind == Constant::Kind::Bool;
  return false;
}

// Go: expr.go overflow.
void Checker::overflow(Operand* x, Pos op_pos) {
  if (x->val.kind == Constant::Kind::Unknown) {
    if (x->val.too_long) {
      unsupported(op_pos, std::string("string constant longer than ") + kMaxConstStringText +
                              " (gosim's limit for constants; build the string at run time)");
    } else if (x->val.overflow) {
      err(op_pos, "constant " + op_name(x->expr) + " overflow");
    } else {
      err(op_pos, "constant result is not representable");
    }
    x->val = Constant::unknown();
    return;
  }
  if (is_typed(x->type)) representable(x, under(x->type));
}

// Go: expr.go representable / representation / invalidConversion.
void Checker::representable(Operand* x, const Type* basic) {
  Constant rounded;
  int code = representation(*x, basic, &rounded);
  if (code != 0) {
    invalid_conversion(code, *x, basic);
    x->mode = Mode::Invalid;
    return;
  }
  x->val = rounded;
}

int Checker::representation(const Operand& x, const Type* basic, Constant* rounded) {
  *rounded = x.val;
  if (!representable_const(x.val, basic, rounded)) {
    if (is_numeric(x.type) && is_numeric(basic)) {
      if (!is_integer(x.type) && is_integer(basic)) return 1;  // truncated
      return 2;                                                // overflows
    }
    return 3;
  }
  return 0;
}

void Checker::invalid_conversion(int code, const Operand& x, const Type* target) {
  switch (code) {
    case 1: error_op(x, op_str(x) + " truncated to " + ts(target)); break;
    case 2: error_op(x, op_str(x) + " overflows " + ts(target)); break;
    default: error_op(x, "cannot convert " + op_str(x) + " to " + ts(target)); break;
  }
}

// Go: expr.go updateExprType0. "Found in the untyped map" is: the recorded type is still
// untyped and not final.
void Checker::update_expr_type(Expr* parent, Expr* x, const Type* typ, bool final) {
  if (x == nullptr || x->mode == Mode::Invalid || x->type == nullptr || !is_untyped(x->type) ||
      x->untyped_final) {
    return;
  }
  switch (x->kind) {
    case NodeKind::ParenExpr:
      update_expr_type(x, as<ParenExpr>(x)->x, typ, final);
      break;
    case NodeKind::Operation: {
      auto* o = as<Operation>(x);
      if (x->value != nullptr) break;  // constant operands are never materialized
      if (o->y == nullptr) {
        if (o->op != Op::Mul) update_expr_type(x, o->x, typ, final);
      } else if (is_comparison(o->op)) {
        // result type is independent of operand types
      } else if (is_shift(o->op)) {
        update_expr_type(x, o->x, typ, final);
      } else {
        update_expr_type(x, o->x, typ, final);
        update_expr_type(x, o->y, typ, final);
      }
      break;
    }
    case NodeKind::Name: case NodeKind::BasicLit: case NodeKind::SelectorExpr: case NodeKind::CallExpr:
      break;
    default:
      return;
  }
  if (!final && is_untyped(typ)) {
    x->type = under(typ);
    return;
  }
  x->untyped_final = true;
  if (x->lhs_shift && !is_integer(typ)) {
    error_at(x, "invalid operation: " + expr_string(parent) + " (shift of type " + ts(typ) + ")");
    return;
  }
  if (x->value != nullptr) {
    Operand c;
    c.mode = x->mode;
    c.expr = x;
    c.type = x->type;
    c.val = *x->value;
    convert_untyped(&c, typ);
    if (c.mode == Mode::Invalid) return;
    x->value = pkg_->make_constant(c.val);
  }
  x->type = typ;
}

// Go: expr.go convertUntyped.
void Checker::convert_untyped(Operand* x, const Type* target) {
  Constant val;
  int code = 0;
  const Type* nt = implicit_type_and_value(x, target, &val, &code);
  if (code != 0) {
    invalid_conversion(code, *x, under(target));
    x->mode = Mode::Invalid;
    return;
  }
  if (val.kind != Constant::Kind::Unknown) x->val = val;
  if (nt != x->type) {
    x->type = nt;
    update_expr_type(nullptr, x->expr, nt, false);
  }
}

// Go: expr.go implicitTypeAndValue. Codes: 1 truncated, 2 overflows, 3 invalid constant,
// 4 invalid untyped conversion.
const Type* Checker::implicit_type_and_value(Operand* x, const Type* target, Constant* val, int* code) {
  *code = 0;
  if (x->mode == Mode::Invalid || is_typed(x->type) || target->kind == TypeKind::Invalid) return x->type;
  if (is_untyped(target)) {
    TypeKind xk = x->type->kind;
    TypeKind tk = target->kind;
    if (is_numeric(x->type) && is_numeric(target)) {
      if (xk < tk) return target;
    } else if (xk != tk) {
      *code = 4;
      return nullptr;
    }
    return x->type;
  }
  if (x->mode == Mode::NilValue) {
    if (has_nil(target)) return target;
    *code = 4;
    return nullptr;
  }
  const Type* u = under(target);
  if (is_basic(u)) {
    if (x->mode == Mode::Constant) {
      Constant rounded;
      *code = representation(*x, u, &rounded);
      if (*code != 0) return nullptr;
      *val = rounded;
      return target;
    }
    switch (x->type->kind) {
      case TypeKind::UntypedBool:
        if (!is_boolean(target)) *code = 4;
        break;
      case TypeKind::UntypedInt: case TypeKind::UntypedRune: case TypeKind::UntypedFloat:
      case TypeKind::UntypedComplex:
        if (!is_numeric(target)) *code = 4;
        break;
      case TypeKind::UntypedString:
        if (!is_string(target)) *code = 4;
        break;
      default:
        *code = 4;
        break;
    }
    return *code != 0 ? nullptr : target;
  }
  if (u->kind == TypeKind::Interface) {
    if (!u->methods.empty()) {
      *code = 4;
      return nullptr;
    }
    return T.default_type(x->type);
  }
  *code = 4;
  return nullptr;
}

// Go: expr.go shift.
void Checker::shift(Operand* x, Operand* y, Expr* e, Op op) {
  Constant xval;
  if (x->mode == Mode::Constant) xval = to_int(x->val);
  if (!(is_integer(x->type) || (is_untyped(x->type) && xval.kind == Constant::Kind::Int))) {
    error_op(*x, "invalid operation: shifted operand " + op_str(*x) + " must be integer");
    x->mode = Mode::Invalid;
    return;
  }
  if (y->mode == Mode::Constant) {
    Constant yval = to_int(y->val);
    if (yval.kind == Constant::Kind::Int && sign(yval) < 0) {
      error_op(*y, "invalid operation: negative shift count " + op_str(*y));
      x->mode = Mode::Invalid;
      return;
    }
    if (is_untyped(y->type)) {
      representable(y, T.basic(TypeKind::Uint));
      if (y->mode == Mode::Invalid) {
        x->mode = Mode::Invalid;
        return;
      }
    }
  } else if (is_integer(y->type)) {
    // ok
  } else if (is_untyped(y->type)) {
    convert_untyped(y, T.basic(TypeKind::Uint));
    if (y->mode == Mode::Invalid) {
      x->mode = Mode::Invalid;
      return;
    }
  } else {
    error_op(*y, "invalid operation: shift count " + op_str(*y) + " must be integer");
    x->mode = Mode::Invalid;
    return;
  }
  if (x->mode == Mode::Constant) {
    if (y->mode == Mode::Constant) {
      if (x->val.kind == Constant::Kind::Unknown || y->val.kind == Constant::Kind::Unknown) {
        x->val = Constant::unknown();
        if (!is_integer(x->type)) x->type = T.basic(TypeKind::UntypedInt);
        return;
      }
      uint64_t s = 0;
      if (!uint64_val(y->val, &s) || s > 1023 - 1 + 52) {
        error_op(*y, "invalid operation: invalid shift count " + op_str(*y));
        x->mode = Mode::Invalid;
        return;
      }
      if (!is_integer(x->type)) x->type = T.basic(TypeKind::UntypedInt);
      x->val = gosim::lang::shift(xval, op, static_cast<unsigned>(s));
      if (e != nullptr) x->expr = e;
      overflow(x, e != nullptr ? e->pos : Pos{});
      return;
    }
    if (is_untyped(x->type)) {
      // The constant gets the type it would have without the shift: decided later.
      if (x->expr != nullptr && is_untyped(x->expr->type) && !x->expr->untyped_final) x->expr->lhs_shift = true;
      x->mode = Mode::Value;
      return;
    }
  }
  if (!is_integer(x->type)) {
    error_op(*x, "invalid operation: shifted operand " + op_str(*x) + " must be integer");
    x->mode = Mode::Invalid;
    return;
  }
  x->mode = Mode::Value;
}

}  // namespace gosim::lang
