// Calls, conversions and selectors.
//
// Go: types2/call.go (callExpr, exprList, arguments, selector) and conversions.go.
// A call is classified for the IR (CallExpr::call_kind): conversion, built-in, function,
// concrete method or interface method; a variadic call whose trailing arguments are
// packed into a slice is marked variadic_pack. Selectors record what they found
// (SelectorExpr::sel_kind, field index, implicit dereference or address-of).
// Package members gosim does not model are refused as "unsupported" with the list of
// what it does model.
#include <cctype>

#include "sim/lang/checker.h"
#include "sim/lang/lexer.h"
#include "sim/lang/lookup.h"

namespace gosim::lang {
namespace {

bool is_exported(const std::string& s) { return !s.empty() && s[0] >= 'A' && s[0] <= 'Z'; }

ExprKind builtin_kind(BuiltinId id) {
  switch (id) {
    case BuiltinId::Append: case BuiltinId::Cap: case BuiltinId::Len: case BuiltinId::Make: case BuiltinId::New:
    case BuiltinId::Sizeof: case BuiltinId::Offsetof: case BuiltinId::Alignof: case BuiltinId::Add: case BuiltinId::Slice:
      return ExprKind::Expression;
    default:
      return ExprKind::Statement;
  }
}

}  // namespace

// Exposed for check_assign.cpp (method set checks).
Object* find_method(const Type* t, const PackageRef* pkg, const std::string& name, bool fold_case, bool* need_ptr) {
  Selection r = lookup_field_or_method(t, false, pkg, name, fold_case);
  if (need_ptr != nullptr) *need_ptr = r.need_ptr;
  return r.obj;
}

// Go: call.go callExpr.
ExprKind Checker::call_expr(Operand* x, CallExpr* call) {
  std::vector<Operand> generic_args;
  const bool generic = generic_callee(x, call, &generic_args);
  if (generic && x->mode == Mode::Invalid) {
    x->expr = call;
    return ExprKind::Statement;
  }
  if (!generic) expr_or_type(x, call->fun);
  switch (x->mode) {
    case Mode::Invalid:
      use_list(call->args);
      x->expr = call;
      return ExprKind::Statement;
    case Mode::TypeExpr: {
      const Type* t = x->type;
      x->mode = Mode::Invalid;
      call->call_kind = CallKind::Conversion;
      size_t n = call->args.size();
      if (n == 0) {
        error_at(call, "missing argument in conversion to " + ts(t));
      } else if (n == 1) {
        expr(x, call->args[0]);
        if (x->mode != Mode::Invalid) {
          if (call->has_dots) {
            error_at(call->args[0], "invalid use of ... in type conversion to " + ts(t));
          } else {
            conversion(x, t);
          }
        }
      } else {
        use_list(call->args);
        error_at(call->args[n - 1], "too many arguments in conversion to " + ts(t));
      }
      x->expr = call;
      return ExprKind::Conversion;
    }
    case Mode::Builtin: {
      BuiltinId id = x->id;
      call->call_kind = CallKind::Builtin;
      call->builtin = static_cast<int>(id);
      if (!builtin(x, call, id)) x->mode = Mode::Invalid;
      x->expr = call;
      if (x->mode != Mode::Invalid && x->mode != Mode::Constant) has_call_or_recv_ = true;
      return builtin_kind(id);
    }
    default:
      break;
  }
  const Type* sig = under(x->type);
  if (sig->kind != TypeKind::Func) {
    error_op(*x, "invalid operation: cannot call non-function " + op_str(*x));
    x->mode = Mode::Invalid;
    x->expr = call;
    return ExprKind::Statement;
  }
  Expr* fun = unparen(call->fun);
  call->call_kind = CallKind::Func;
  if (fun->kind == NodeKind::SelectorExpr && as<SelectorExpr>(fun)->sel_kind == SelKind::MethodVal) {
    call->call_kind = as<SelectorExpr>(fun)->iface_method ? CallKind::Interface : CallKind::Method;
  }
  bool comma_ok = false;
  std::vector<Operand> args = generic ? std::move(generic_args) : expr_list(call->args, false, &comma_ok);
  arguments(call, sig, args);
  size_t nres = sig->results->elems.size();
  if (nres == 0) {
    x->mode = Mode::NoValue;
  } else if (nres == 1) {
    x->mode = Mode::Value;
    x->type = sig->results->elems[0];
  } else {
    x->mode = Mode::Value;
    x->type = sig->results;
  }
  x->expr = call;
  has_call_or_recv_ = true;
  return ExprKind::Statement;
}

// Go: call.go exprList.
std::vector<Operand> Checker::expr_list(const std::vector<Expr*>& elist, bool allow_comma_ok, bool* comma_ok) {
  std::vector<Operand> out;
  *comma_ok = false;
  if (elist.size() == 1) {
    Expr* e = elist[0];
    Operand x;
    multi_expr(&x, e);
    if (x.mode != Mode::Invalid && x.type != nullptr && x.type->kind == TypeKind::Tuple) {
      for (size_t i = 0; i < x.type->elems.size(); i++) {
        Operand o;
        o.mode = Mode::Value;
        o.expr = e;
        o.type = x.type->elems[i];
        o.tuple_index = static_cast<int>(i);
        out.push_back(o);
      }
      return out;
    }
    out.push_back(x);
    if (allow_comma_ok && (x.mode == Mode::MapIndex || x.mode == Mode::CommaOk)) {
      e->comma_ok = true;
      unparen(e)->comma_ok = true;
      out[0].mode = Mode::Value;
      Operand ok;
      ok.mode = Mode::Value;
      ok.expr = e;
      ok.type = T.basic(TypeKind::UntypedBool);
      ok.tuple_index = 1;
      out.push_back(ok);
      *comma_ok = true;
    }
    return out;
  }
  for (Expr* e : elist) {
    Operand x;
    expr(&x, e);
    out.push_back(x);
  }
  return out;
}

std::string Checker::types_summary(const std::vector<const Type*>& list, bool variadic) {
  std::string out = "(";
  for (size_t i = 0; i < list.size(); i++) {
    const Type* t = list[i];
    if (i > 0) out += ", ";
    if (t == nullptr || t->kind == TypeKind::Invalid) {
      out += "<T>";
    } else if (is_untyped(t)) {
      if (is_numeric(t)) {
        out += "number";
      } else {
        out += ts(t).substr(8);  // drop "untyped "
      }
    } else if (variadic && i + 1 == list.size() && t->kind == TypeKind::Slice) {
      out += "..." + ts(t->elem);
    } else {
      out += ts(t);
    }
  }
  return out + ")";
}

// Go: call.go arguments.
void Checker::arguments(CallExpr* call, const Type* sig, std::vector<Operand>& args) {
  for (Operand& a : args) {
    if (a.mode == Mode::TypeExpr) {
      error_op(a, op_str(a) + " used as value");
      return;
    }
    if (a.mode == Mode::Invalid) return;
  }
  size_t nargs = args.size();
  const std::vector<const Type*>& params = sig->params->elems;
  size_t npars = params.size();
  std::vector<const Type*> sig_params = params;
  if (sig->variadic) {
    if (call->has_dots) {
      if (call->args.size() == 1 && nargs > 1) {
        error_at(call, "cannot use ... with " + std::to_string(nargs) + "-valued " + expr_string(call->args[0]));
        return;
      }
    } else if (nargs + 1 >= npars) {
      sig_params.resize(npars - 1);
      while (sig_params.size() < nargs) sig_params.push_back(params.back()->elem);
      npars = nargs;
      call->variadic_pack = true;
    } else {
      npars--;
    }
  } else if (call->has_dots) {
    error_at(call, "cannot use ... in call to non-variadic " + expr_string(call->fun));
    return;
  }
  if (nargs != npars) {
    const Node* at = call;
    std::string qualifier = "not enough";
    if (nargs > npars) {
      at = args[npars].expr;
      qualifier = "too many";
    } else if (nargs > 0) {
      at = args[nargs - 1].expr;
    }
    std::vector<const Type*> have;
    for (const Operand& a : args) have.push_back(a.type);
    error_at(at, qualifier + " arguments in call to " + expr_string(call->fun) + "\n\thave " +
                     types_summary(have, false) + "\n\twant " + types_summary(params, sig->variadic));
    return;
  }
  std::string context = "argument to " + expr_string(call->fun);
  for (size_t i = 0; i < args.size(); i++) assignment(&args[i], sig_params[i], context);
}

// Go: call.go selector (without embedded fields; method expressions are refused).
void Checker::selector(Operand* x, SelectorExpr* e) {
  const std::string& sel = e->sel->value;
  if (e->x->kind == NodeKind::Name) {
    auto* ident_x = as<Name>(e->x);
    Object* obj = lookup(ident_x->value);
    if (obj != nullptr && obj->kind == ObjKind::PkgName) {
      ident_x->obj = obj;
      obj->used = true;
      const LibPackage* lib = obj->imported;
      auto it = lib->members.find(sel);
      if (it == lib->members.end()) {
        bool known = false;
        for (const std::string& n : lib->known_missing) known = known || n == sel;
        if (known && is_exported(sel) && !unit_->is_main() && deep_missing_member(lib, sel, e->sel->pos)) {
          // reported at the user's import (part sortrand)
        } else if (known && is_exported(sel)) {
          std::string have;
          for (const auto& [name, m] : lib->members) have += (have.empty() ? "" : ", ") + lib->ref.name + "." + name;
          unsupported(e->sel->pos, lib->ref.name + "." + sel + " (gosim supports " + have + ")");
        } else {
          error_at(e->sel, "undefined: " + lib->ref.name + "." + sel);
        }
        x->mode = Mode::Invalid;
        x->expr = e;
        return;
      }
      Object* exp = it->second;
      e->sel->obj = exp;
      e->sel_kind = SelKind::Qualified;
      e->sel_obj = exp;
      // A local package's generic used without instantiation (part lang3; Go: typexpr.go
      // genericType, expr.go nonGeneric); instantiations go through generic_name instead.
      if ((exp->kind == ObjKind::TypeName || exp->kind == ObjKind::Func) && is_generic_obj(exp)) {
        error_at(e, "cannot use generic " + std::string(exp->kind == ObjKind::Func ? "function " : "type ") + lib->ref.name +
                        "." + (exp->kind == ObjKind::Func ? exp->name : generic_type_string(exp)) + " without instantiation");
        x->mode = Mode::Invalid;
        x->expr = e;
        return;
      }
      switch (exp->kind) {
        case ObjKind::Const:
          x->mode = Mode::Constant;
          x->type = exp->type;
          x->val = *exp->value;
          break;
        case ObjKind::TypeName:
          x->mode = Mode::TypeExpr;
          x->type = exp->type;
          break;
        case ObjKind::Var:
          x->mode = Mode::Variable;
          x->type = exp->type;
          break;
        case ObjKind::Builtin:  // unsafe.Sizeof, ...
          x->mode = Mode::Builtin;
          x->id = exp->builtin;
          x->type = exp->type;
          break;
        default:
          x->mode = Mode::Value;
          x->type = exp->type;
          break;
      }
      x->expr = e;
      // A source package's function or variable: its Name stands for it downstream (source_ref).
      e->sel->type = x->type;
      e->sel->mode = x->mode;
      return;
    }
  }

  expr_or_type(x, e->x);
  if (x->mode == Mode::Builtin) {
    err(e->pos, "cannot select on " + op_str(*x));
    x->mode = Mode::Invalid;
    x->expr = e;
    return;
  }
  if (x->mode == Mode::Invalid) {
    x->expr = e;
    return;
  }
  bool addressable = x->mode == Mode::Variable;
  Selection r = lookup_field_or_method(x->type, addressable, ref_, sel, false);
  if (r.obj == nullptr) {
    x->mode = Mode::Invalid;
    x->expr = e;
    if (under(x->type)->kind == TypeKind::Invalid) return;
    if (r.ambiguous) {
      error_at(e->sel, "ambiguous selector " + expr_string(e->x) + "." + sel);
      return;
    }
    if (r.need_ptr) {
      error_at(e->sel, "cannot call pointer method " + sel + " on " + ts(x->type));
      return;
    }
    if (lib_method_missing(x->type, sel, e->sel->pos)) return;  // part reflect
    std::string why;
    const Type* u = under(x->type);
    if (u->kind == TypeKind::Pointer && is_interface(u->elem)) {
      why = "type " + ts(x->type) + " is pointer to interface, not interface";
    } else {
      why = "type " + ts(x->type) + " has no field or method " + sel;
      if (!sel.empty()) {
        std::string change = sel;
        change[0] = std::isupper(static_cast<unsigned char>(sel[0])) ? static_cast<char>(std::tolower(sel[0]))
                                                                    : static_cast<char>(std::toupper(sel[0]));
        Selection c = lookup_field_or_method(x->type, addressable, ref_, change, false);
        if (c.obj != nullptr) why += ", but does have " + change;
      }
    }
    error_at(e->sel, expr_string(e->x) + "." + sel + " undefined (" + why + ")");
    return;
  }
  Object* obj = r.obj;
  if (obj->kind == ObjKind::Func && obj->type == nullptr) obj_decl(obj);
  e->sel->obj = obj;
  e->sel_obj = obj;
  if (x->mode != Mode::TypeExpr && r.path.size() > 1) implicit_selectors(x, e, r.path);
  e->index = r.index();
  e->indirect = r.indirect;
  if (r.path.size() > 1) e->indirect = is_pointer(x->type);
  if (x->mode == Mode::TypeExpr) {
    if (obj->kind != ObjKind::Func) {
      error_at(e->sel, expr_string(e->x) + "." + sel + " undefined (type " + ts(x->type) + " has no method " + sel + ")");
    } else if (r.path.size() > 1) {
      // Name the embedded type that declares the method, for the suggestion.
      const Type* et = x->type;
      for (size_t k = 0; k + 1 < r.path.size(); k++) {
        const Type* st = under(is_pointer(et) ? under(et)->elem : et);
        et = st->fields[static_cast<size_t>(r.path[k])].type;
      }
      if (et->kind == TypeKind::Pointer) et = et->elem;
      unsupported(start_pos(e), "method expression " + expr_string(e) + " of a promoted method (write " + ts(et) +
                                    "." + obj->name + ", or a method value x." + obj->name + ")");
    } else {
      method_expr(x, e, obj);
      return;
    }
    x->mode = Mode::Invalid;
    x->expr = e;
    return;
  }
  if (obj->kind == ObjKind::Var) {
    e->sel_kind = SelKind::FieldVal;
    x->mode = (x->mode == Mode::Variable || r.indirect) ? Mode::Variable : Mode::Value;
    x->type = obj->type;
  } else {
    e->sel_kind = SelKind::MethodVal;
    e->iface_method = is_interface(e->indirect ? under(x->type)->elem : x->type);
    e->addr_recv = obj->ptr_recv && !e->indirect && !e->iface_method;
    if (e->addr_recv) mark_addr_taken(e->x);
    add_decl_dep(obj);
    x->mode = Mode::Value;
    x->type = obj->type;
  }
  x->expr = e;
}

// Go: call.go selector, the method expression case: T.M is a function whose first parameter
// is the receiver (named like the method's receiver when the parameters are named).
void Checker::method_expr(Operand* x, SelectorExpr* e, Object* m) {
  const Type* sig = m->type;
  e->sel_kind = SelKind::MethodExpr;
  e->iface_method = is_interface(x->type);
  std::vector<const Type*> params{x->type};
  std::vector<std::string> names{""};
  bool named = false;
  for (size_t i = 0; i < sig->params->elems.size(); i++) {
    params.push_back(sig->params->elems[i]);
    const std::string n = i < sig->params->names.size() ? sig->params->names[i] : "";
    names.push_back(n);
    named = named || !n.empty();
  }
  if (named) {
    std::string rn = m->func != nullptr && m->func->recv != nullptr ? m->func->recv->name : "";
    names[0] = rn.empty() ? "_" : rn;
  } else {
    names.clear();
  }
  add_decl_dep(m);
  x->mode = Mode::Value;
  x->type = T.func(T.tuple(params, names), sig->results, sig->variadic);
  x->expr = e;
}

// Go: the compiler's implicit dots (typecheck.AddImplicitDots): x.f with f promoted from
// embedded fields becomes x.E1.E2.f, one selector per embedded field walked, so the later
// stages (escape analysis, lowering) see ordinary field selections. x is updated to the
// operand of the last one.
void Checker::implicit_selectors(Operand* x, SelectorExpr* e, const std::vector<int>& path) {
  Arena& arena = unit_->files[static_cast<size_t>(file_)]->arena;
  Expr* cur = e->x;
  for (size_t k = 0; k + 1 < path.size(); k++) {
    const bool ptr = is_pointer(x->type);
    const Type* st = under(ptr ? under(x->type)->elem : x->type);
    const StructField& f = st->fields[static_cast<size_t>(path[k])];
    auto* s = arena.make<SelectorExpr>(e->pos);
    s->x = cur;
    s->sel = arena.make<Name>(e->sel->pos, f.name);
    s->sel->obj = f.obj;
    s->sel_kind = SelKind::FieldVal;
    s->sel_obj = f.obj;
    s->index = path[k];
    s->indirect = ptr;
    x->mode = (x->mode == Mode::Variable || ptr) ? Mode::Variable : Mode::Value;
    x->type = f.type;
    s->mode = x->mode;
    s->type = f.type;
    cur = s;
  }
  e->x = cur;
}

// Go: conversions.go conversion.
void Checker::conversion(Operand* x, const Type* t) {
  bool const_arg = x->mode == Mode::Constant;
  bool ok = false;
  std::string cause;
  if (const_arg && is_const_type(t)) {
    Constant rounded = x->val;
    if (representable_const(x->val, under(t), &rounded)) {
      x->val = rounded;
      ok = true;
    } else if (is_integer(x->type) && is_string(t)) {
      uint64_t v = 0;
      int32_t cp = 0xFFFD;
      if (uint64_val(x->val, &v) && v <= 0x10FFFF) cp = static_cast<int32_t>(v);
      std::string s;
      append_utf8(&s, cp);
      x->val = Constant::make_string(s);
      ok = true;
    }
  } else if (convertible_to(x, t, &cause)) {
    ok = true;
    x->mode = Mode::Value;
  }
  if (!ok) {
    if (!cause.empty()) {
      error_op(*x, "cannot convert " + op_str(*x) + " to type " + ts(t) + ":\n\t" + cause);
    } else {
      error_op(*x, "cannot convert " + op_str(*x) + " to type " + ts(t));
    }
    x->mode = Mode::Invalid;
    return;
  }
  if (is_untyped(x->type)) {
    const Type* final = t;
    if (x->type->kind == TypeKind::UntypedNil) {
      // ok
    } else if (is_interface(t) || (const_arg && !is_const_type(t))) {
      final = T.default_type(x->type);
    } else if (x->mode == Mode::Constant && is_integer(x->type) && is_string(t)) {
      final = x->type;
    }
    update_expr_type(nullptr, x->expr, final, true);
  }
  x->type = t;
}

// Go: conversions.go convertibleTo (no type parameters).
bool Checker::convertible_to(Operand* x, const Type* t, std::string* cause) {
  if (assignable_to(x, t, cause)) return true;
  const Type* v = x->type;
  const Type* vu = under(v);
  const Type* tu = under(t);
  if (identical_ignore_tags(vu, tu)) return true;
  if (v->kind == TypeKind::Pointer && t->kind == TypeKind::Pointer &&
      identical_ignore_tags(under(v->elem), under(t->elem))) {
    return true;
  }
  // "x's type and T are both integer or floating point types", "… both complex types".
  if ((is_integer(vu) || is_float(vu)) && (is_integer(tu) || is_float(tu))) return true;
  if (is_complex(vu) && is_complex(tu)) return true;
  if ((is_integer(vu) || is_bytes_or_runes(vu)) && is_string(tu)) return true;
  if (is_string(vu) && is_bytes_or_runes(tu)) return true;
  if (vu->kind == TypeKind::Slice && tu->kind == TypeKind::Pointer && under(tu->elem)->kind == TypeKind::Array &&
      identical(vu->elem, under(tu->elem)->elem)) {
    return true;
  }
  // "x is a pointer or uintptr and T is unsafe.Pointer", and back.
  auto ptr_or_uintptr = [](const Type* u) { return u->kind == TypeKind::Pointer || u->kind == TypeKind::Uintptr; };
  if (ptr_or_uintptr(vu) && tu->kind == TypeKind::UnsafePointer) return true;
  if (vu->kind == TypeKind::UnsafePointer && ptr_or_uintptr(tu)) return true;
  return false;
}

}  // namespace gosim::lang
