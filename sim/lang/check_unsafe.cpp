// Package unsafe's functions, checked as built-ins.
//
// Go: types2/builtins.go, the cases _Add, _Alignof, _Offsetof, _Sizeof, _Slice (Go 1.19; String,
// StringData and SliceData came in 1.20). Sizeof, Alignof and Offsetof are constants of type
// uintptr computed with the compiler's sizes for amd64 (types.go type_size, the gc rules:
// 8-byte words, a struct ending in a zero-size field padded so a pointer to it stays inside).
// Add and Slice are values; their run-time checks are the lowering's (lower_unsafe.cpp).
#include "sim/lang/checker.h"

namespace gosim::lang {

bool Checker::builtin_unsafe(Operand* x, CallExpr* call, BuiltinId id, std::vector<Operand>& xlist) {
  const Type* uintptr_t = T.basic(TypeKind::Uintptr);
  switch (id) {
    case BuiltinId::Sizeof:
    case BuiltinId::Alignof: {
      assignment(x, nullptr, std::string("argument to ") + builtin_name(id));
      if (x->mode == Mode::Invalid) return false;
      const int64_t v = id == BuiltinId::Sizeof ? type_size(x->type) : type_align(x->type);
      x->mode = Mode::Constant;
      x->val = Constant::make_int(v);
      x->type = uintptr_t;
      return true;
    }
    case BuiltinId::Offsetof: {
      // The argument is not evaluated first: it must be a selector x.f of a field.
      Expr* arg0 = call->args[0];
      Expr* u = unparen(arg0);
      if (u->kind != NodeKind::SelectorExpr) {
        error_at(arg0, "invalid argument: " + expr_string(arg0) + " is not a selector expression");
        use(arg0);
        return false;
      }
      auto* selx = as<SelectorExpr>(u);
      Expr* base = selx->x;
      expr(x, selx);
      if (x->mode == Mode::Invalid) return false;
      if (selx->sel_kind != SelKind::FieldVal) {
        error_at(arg0, "invalid argument: " + expr_string(arg0) + " is a method value");
        return false;
      }
      // x.f with f promoted through embedded fields is x.E1.E2.f after implicit_selectors: sum the
      // offsets of each hop; a hop through an embedded pointer is not an offset within x.
      int64_t offs = 0;
      for (SelectorExpr* cur = selx;;) {
        const Type* st = under(cur->x->type);
        if (st->kind == TypeKind::Pointer) st = under(st->elem);
        offs += field_offsets(st)[static_cast<size_t>(cur->index)];
        if (cur->x == base) break;
        auto* inner = as<SelectorExpr>(cur->x);
        if (cur->indirect) {
          const Type* bt = under(base->type);
          error_at(base, "invalid argument: field " + selx->sel->value + " is embedded via a pointer in " +
                             ts(bt->kind == TypeKind::Pointer ? bt->elem : base->type));
          return false;
        }
        cur = inner;
      }
      x->mode = Mode::Constant;
      x->val = Constant::make_int(offs);
      x->type = uintptr_t;
      x->expr = call;
      return true;
    }
    case BuiltinId::Add: {
      assignment(x, T.basic(TypeKind::UnsafePointer), "argument to unsafe.Add");
      if (x->mode == Mode::Invalid) return false;
      Operand y = xlist[1];
      if (!is_valid_index(&y, "length", true)) return false;
      x->mode = Mode::Value;
      x->type = T.basic(TypeKind::UnsafePointer);
      return true;
    }
    case BuiltinId::Slice: {
      const Type* pt = under(x->type);
      if (pt->kind != TypeKind::Pointer) {
        error_op(*x, "invalid argument: " + op_str(*x) + " is not a pointer");
        return false;
      }
      Operand y = xlist[1];
      if (!is_valid_index(&y, "length", true)) return false;
      x->mode = Mode::Value;
      x->type = T.slice(pt->elem);
      return true;
    }
    default:
      return false;
  }
}

}  // namespace gosim::lang
