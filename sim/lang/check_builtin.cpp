// Built-in functions: append cap close complex copy delete imag len make new panic print
// println real recover.
//
// Go: types2/builtins.go, the cases for the built-ins gosim supports (unsafe's functions are in
// check_unsafe.cpp; min and max came after Go 1.19). len and cap are
// constants for arrays and constant strings, as in Go, as long as the argument contains
// no call or receive.
#include "sim/lang/checker.h"

namespace gosim::lang {
namespace {

struct BuiltinInfo {
  int nargs;
  bool variadic;
};

BuiltinInfo info(BuiltinId id) {
  switch (id) {
    case BuiltinId::Append: return {1, true};
    case BuiltinId::Cap: case BuiltinId::Close: case BuiltinId::Len: case BuiltinId::New: case BuiltinId::Panic:
      return {1, false};
    case BuiltinId::Copy: case BuiltinId::Delete: case BuiltinId::Complex: return {2, false};
    case BuiltinId::Real: case BuiltinId::Imag: return {1, false};
    case BuiltinId::Make: return {1, true};
    case BuiltinId::Print: case BuiltinId::Println: return {0, true};
    case BuiltinId::Recover: return {0, false};
    case BuiltinId::Sizeof: case BuiltinId::Offsetof: case BuiltinId::Alignof: return {1, false};
    case BuiltinId::Add: case BuiltinId::Slice: return {2, false};
  }
  return {0, false};
}

}  // namespace

bool Checker::builtin(Operand* x, CallExpr* call, BuiltinId id) {
  const char* name = builtin_name(id);
  if (call->has_dots && id != BuiltinId::Append) {
    error_at(call, std::string("invalid operation: invalid use of ... with built-in ") + name);
    use_list(call->args);
    return false;
  }
  bool saved_call_or_recv = has_call_or_recv_;
  if (id == BuiltinId::Len || id == BuiltinId::Cap) has_call_or_recv_ = false;
  struct Restore {
    Checker* c;
    bool active;
    bool saved;
    ~Restore() {
      if (active) c->has_call_or_recv_ = saved;
    }
  } restore{this, id == BuiltinId::Len || id == BuiltinId::Cap, saved_call_or_recv};

  std::vector<Operand> xlist;
  size_t nargs = call->args.size();
  if (id != BuiltinId::Make && id != BuiltinId::New && id != BuiltinId::Offsetof) {
    bool comma_ok = false;
    xlist = expr_list(call->args, false, &comma_ok);
    nargs = xlist.size();
    if (nargs > 0) {
      *x = xlist[0];
      if (x->mode == Mode::Invalid) return false;
    }
  }
  BuiltinInfo bi = info(id);
  if (static_cast<int>(nargs) < bi.nargs || (!bi.variadic && static_cast<int>(nargs) > bi.nargs)) {
    std::string msg = static_cast<int>(nargs) < bi.nargs ? "not enough" : "too many";
    error_at(call, "invalid operation: " + msg + " arguments for " + expr_string(call) + " (expected " +
                       std::to_string(bi.nargs) + ", found " + std::to_string(nargs) + ")");
    return false;
  }

  switch (id) {
    case BuiltinId::Append: {
      const Type* s = x->type;
      if (under(s)->kind != TypeKind::Slice) {
        std::string cause = x->mode == Mode::NilValue ? "have untyped nil" : "have " + op_str(*x);
        error_op(*x, "first argument to append must be a slice; " + cause);
        return false;
      }
      const Type* elem = under(s)->elem;
      std::vector<Operand> alist{*x};
      if (nargs == 2 && call->has_dots && assignable_to(x, T.slice(T.byte_type()), nullptr)) {
        Operand y = xlist[1];
        if (y.mode == Mode::Invalid) return false;
        if (is_string(y.type)) {
          if (is_untyped(y.type)) update_expr_type(nullptr, y.expr, T.basic(TypeKind::String), true);
          x->mode = Mode::Value;
          x->type = s;
          break;
        }
      }
      for (size_t i = 1; i < nargs; i++) alist.push_back(xlist[i]);
      const Type* sig = T.func(T.tuple({s, T.slice(elem)}), T.tuple({s}), true);
      arguments(call, sig, alist);
      x->mode = Mode::Value;
      x->type = s;
      break;
    }
    case BuiltinId::Cap:
    case BuiltinId::Len: {
      Mode mode = Mode::Invalid;
      Constant val;
      const Type* t = under(x->type);
      if (t->kind == TypeKind::Pointer && under(t->elem)->kind == TypeKind::Array) t = under(t->elem);
      switch (t->kind) {
        case TypeKind::String: case TypeKind::UntypedString:
          if (id == BuiltinId::Len) {
            if (x->mode == Mode::Constant) {
              mode = Mode::Constant;
              val = Constant::make_int(static_cast<Int128>(x->val.s.size()));
            } else {
              mode = Mode::Value;
            }
          }
          break;
        case TypeKind::Array:
          mode = Mode::Value;
          if (!has_call_or_recv_) {
            mode = Mode::Constant;
            val = t->len >= 0 ? Constant::make_int(t->len) : Constant::unknown();
          }
          break;
        case TypeKind::Slice: case TypeKind::Chan:
          mode = Mode::Value;
          break;
        case TypeKind::Map:
          if (id == BuiltinId::Len) mode = Mode::Value;
          break;
        default:
          break;
      }
      if (mode == Mode::Invalid) {
        if (under(x->type)->kind != TypeKind::Invalid) {
          error_op(*x, "invalid argument: " + op_str(*x) + " for " + name);
        }
        return false;
      }
      if (is_untyped(x->type) && x->expr != nullptr) {
        update_expr_type(nullptr, x->expr, T.basic(TypeKind::String), true);
      }
      x->mode = mode;
      x->type = T.basic(TypeKind::Int);
      x->val = val;
      break;
    }
    case BuiltinId::Close: {
      const Type* u = under(x->type);
      if (u->kind != TypeKind::Chan) {
        error_op(*x, "invalid operation: cannot close non-channel " + op_str(*x));
        return false;
      }
      if (u->dir == ChanDir::Recv) {
        error_op(*x, "invalid operation: cannot close receive-only channel " + op_str(*x));
        return false;
      }
      x->mode = Mode::NoValue;
      break;
    }
    case BuiltinId::Copy: {
      const Type* dst = under(x->type);
      Operand y = xlist[1];
      if (y.mode == Mode::Invalid) return false;
      const Type* src = under(y.type);
      if (is_string(src)) src = T.slice(T.byte_type());
      if (dst->kind != TypeKind::Slice || src->kind != TypeKind::Slice) {
        error_op(*x, "invalid argument: copy expects slice arguments; found " + op_str(*x) + " and " + op_str(y));
        return false;
      }
      if (!identical(dst->elem, src->elem)) {
        error_op(*x, "invalid argument: arguments to copy " + op_str(*x) + " and " + op_str(y) +
                         " have different element types " + ts(dst->elem) + " and " + ts(src->elem));
        return false;
      }
      if (is_untyped(y.type)) update_expr_type(nullptr, y.expr, T.basic(TypeKind::String), true);
      x->mode = Mode::Value;
      x->type = T.basic(TypeKind::Int);
      break;
    }
    case BuiltinId::Delete: {
      const Type* m = under(x->type);
      if (m->kind != TypeKind::Map) {
        error_op(*x, "invalid argument: " + op_str(*x) + " is not a map");
        return false;
      }
      *x = xlist[1];
      if (x->mode == Mode::Invalid) return false;
      assignment(x, m->key, "argument to delete");
      if (x->mode == Mode::Invalid) return false;
      x->mode = Mode::NoValue;
      break;
    }
    case BuiltinId::Make: {
      Expr* arg0 = call->args[0];
      const Type* t = var_type(arg0);
      if (t->kind == TypeKind::Invalid) return false;
      size_t min = 0;
      switch (under(t)->kind) {
        case TypeKind::Slice: min = 2; break;
        case TypeKind::Map: case TypeKind::Chan: min = 1; break;
        default:
          error_at(arg0, "invalid argument: cannot make " + expr_string(arg0) +
                             "; type must be slice, map, or channel");
          return false;
      }
      if (nargs < min || min + 1 < nargs) {
        error_at(call, "invalid operation: " + expr_string(call) + " expects " + std::to_string(min) + " or " +
                           std::to_string(min + 1) + " arguments; found " + std::to_string(nargs));
        return false;
      }
      std::vector<int64_t> sizes;
      for (size_t i = 1; i < call->args.size(); i++) {
        int64_t size = -1;
        index(call->args[i], -1, &size);
        if (size >= 0) sizes.push_back(size);
      }
      if (sizes.size() == 2 && sizes[0] > sizes[1]) {
        error_at(call->args[1], "invalid argument: length and capacity swapped");
      }
      x->mode = Mode::Value;
      x->type = t;
      break;
    }
    case BuiltinId::Sizeof: case BuiltinId::Offsetof: case BuiltinId::Alignof: case BuiltinId::Add:
    case BuiltinId::Slice:
      return builtin_unsafe(x, call, id, xlist);
    case BuiltinId::New: {
      const Type* t = var_type(call->args[0]);
      if (t->kind == TypeKind::Invalid) return false;
      x->mode = Mode::Value;
      x->type = T.pointer(t);
      break;
    }
    case BuiltinId::Panic:
      if (sig_ != nullptr && !sig_->results->elems.empty()) is_panic_.insert(call);
      assignment(x, T.empty_interface(), "argument to panic");
      if (x->mode == Mode::Invalid) return false;
      x->mode = Mode::NoValue;
      break;
    case BuiltinId::Print:
    case BuiltinId::Println:
      for (size_t i = 0; i < nargs; i++) {
        if (i > 0) *x = xlist[i];
        assignment(x, nullptr, std::string("argument to ") + name);
        if (x->mode == Mode::Invalid) return false;
      }
      x->mode = Mode::NoValue;
      break;
    case BuiltinId::Complex:
      if (!builtin_complex(x, call, xlist[1])) return false;
      break;
    case BuiltinId::Real:
    case BuiltinId::Imag:
      if (!builtin_real_imag(x, id)) return false;
      break;
    case BuiltinId::Recover:
      if (func_ != nullptr) func_->calls_recover = true;
      x->mode = Mode::Value;
      x->type = T.empty_interface();
      break;
  }
  return true;
}

// Go: builtins.go _Complex: complex(x, y floatT) complexT.
bool Checker::builtin_complex(Operand* x, CallExpr* call, Operand y) {
  if (y.mode == Mode::Invalid) return false;
  const int d = (is_untyped(x->type) ? 1 : 0) | (is_untyped(y.type) ? 2 : 0);
  switch (d) {
    case 1: convert_untyped(x, y.type); break;
    case 2: convert_untyped(&y, x->type); break;
    case 3:
      if (x->mode == Mode::Constant && y.mode == Mode::Constant) {
        // Both untyped constants: untyped floats if their imaginary parts are 0.
        for (Operand* o : {x, &y}) {
          if (is_numeric(o->type) && sign(imag_part(o->val)) == 0) o->type = T.basic(TypeKind::UntypedFloat);
        }
      } else {
        convert_untyped(x, T.basic(TypeKind::Float64));
        convert_untyped(&y, T.basic(TypeKind::Float64));
      }
      break;
    default: break;
  }
  if (x->mode == Mode::Invalid || y.mode == Mode::Invalid) return false;
  if (!identical(x->type, y.type)) {
    error_op(*x, "invalid operation: " + expr_string(call) + " (mismatched types " + ts(x->type) + " and " +
                     ts(y.type) + ")");
    return false;
  }
  const Type* res = nullptr;
  switch (under(x->type)->kind) {
    case TypeKind::Float32: res = T.basic(TypeKind::Complex64); break;
    case TypeKind::Float64: res = T.basic(TypeKind::Complex128); break;
    case TypeKind::UntypedFloat: res = T.basic(TypeKind::UntypedComplex); break;
    default: break;
  }
  if (res == nullptr) {
    error_op(*x, "invalid argument: arguments have type " + ts(x->type) + ", expected floating-point");
    return false;
  }
  if (x->mode == Mode::Constant && y.mode == Mode::Constant) {
    x->val = Constant::make_complex(to_float(x->val), to_float(y.val));
  } else {
    x->mode = Mode::Value;
  }
  x->type = res;
  return true;
}

// Go: builtins.go _Real, _Imag: real(complexT) floatT, imag(complexT) floatT.
bool Checker::builtin_real_imag(Operand* x, BuiltinId id) {
  if (is_untyped(x->type)) {
    if (x->mode == Mode::Constant) {
      // An untyped constant number can always be considered a complex constant.
      if (is_numeric(x->type)) x->type = T.basic(TypeKind::UntypedComplex);
    } else {
      convert_untyped(x, T.basic(TypeKind::Complex128));
      if (x->mode == Mode::Invalid) return false;
    }
  }
  const Type* res = nullptr;
  switch (under(x->type)->kind) {
    case TypeKind::Complex64: res = T.basic(TypeKind::Float32); break;
    case TypeKind::Complex128: res = T.basic(TypeKind::Float64); break;
    case TypeKind::UntypedComplex: res = T.basic(TypeKind::UntypedFloat); break;
    default: break;
  }
  if (res == nullptr) {
    error_op(*x, "invalid argument: argument has type " + ts(x->type) + ", expected complex type");
    return false;
  }
  if (x->mode == Mode::Constant) {
    x->val = id == BuiltinId::Real ? real_part(x->val) : imag_part(x->val);
  } else {
    x->mode = Mode::Value;
  }
  x->type = res;
  return true;
}

}  // namespace gosim::lang
