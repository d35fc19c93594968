// How the compiler prints the nodes named in -m messages.
//
// Go: cmd/compile/internal/ir/fmt.go exprFmt (not types2's syntax printer): composite
// literals print as `T{...}` or `T{}`, function literals as `func literal`, implicit
// conversions, dereferences and address-ofs are skipped, conversions to unnamed types are
// parenthesised (`([]byte)(s)`), method calls print after the compiler's rewrite to a
// method-expression call (`(*T).M(t, x)`), variadic arguments as `... argument`, and
// constants as their source text.
#include "sim/escape/irfmt.h"

#include "sim/lang/object.h"
#include "sim/lang/types.h"

namespace gosim::escape {

using namespace lang;

// Go: types.tconv (fmt.go) for the kinds gosim has: composite types are spelled out with
// the compiler's spacing, named and basic types as types2 prints them.
std::string go_type_string(const Type* t) {
  if (t == nullptr) return "<nil>";
  switch (t->kind) {
    case TypeKind::Pointer: return "*" + go_type_string(t->elem);
    case TypeKind::Slice: return "[]" + go_type_string(t->elem);
    case TypeKind::Array: return "[" + std::to_string(t->len) + "]" + go_type_string(t->elem);
    case TypeKind::Map: return "map[" + go_type_string(t->key) + "]" + go_type_string(t->elem);
    case TypeKind::Chan: {
      const std::string e = go_type_string(t->elem);
      if (t->dir == ChanDir::Recv) return "<-chan " + e;
      if (t->dir == ChanDir::Send) return "chan<- " + e;
      return "chan " + e;
    }
    case TypeKind::Struct: {
      if (t->fields.empty()) return "struct {}";
      std::string out = "struct {";
      for (size_t i = 0; i < t->fields.size(); i++) {
        out += (i == 0 ? " " : "; ") + t->fields[i].name + " " + go_type_string(t->fields[i].type);
      }
      return out + " }";
    }
    case TypeKind::Interface: {
      if (t->alias != nullptr && std::string(t->alias) == "any") return "any";
      if (t->methods.empty()) return "interface {}";
      std::string out = "interface {";
      for (size_t i = 0; i < t->methods.size(); i++) {
        std::string sig = type_string(t->methods[i]->type);  // "func(...) ..."
        if (sig.rfind("func", 0) == 0) sig = sig.substr(4);
        out += (i == 0 ? " " : "; ") + t->methods[i]->name + sig;
      }
      return out + " }";
    }
    default: return type_string(t);
  }
}

namespace {

// Go: ir.OpPrec for the operators gosim has.
int op_prec(const Expr* e) {
  e = unparen(e);
  if (e == nullptr) return 8;
  if (e->mode == Mode::Constant && e->kind != NodeKind::Name && e->kind != NodeKind::BasicLit) {
    // A constant expression prints as its source text; give it the operator's precedence.
  }
  if (e->kind == NodeKind::Operation) {
    auto* o = as<Operation>(e);
    if (o->y == nullptr && o->op == Op::And && unparen(o->x)->kind == NodeKind::CompositeLit) return 0;  // OPTRLIT: not in ir.OpPrec
    if (o->y == nullptr) return 7;
    switch (o->op) {
      case Op::OrOr: return 1;
      case Op::AndAnd: return 2;
      case Op::Eql: case Op::Neq: case Op::Lss: case Op::Leq: case Op::Gtr: case Op::Geq: return 3;
      case Op::Add: case Op::Sub: case Op::Or: case Op::Xor: return 4;
      default: return 5;
    }
  }
  return 8;
}

// Set for the duration of one ir_string call (thread_local: analyses may run side by side).
thread_local const TempNames* g_names = nullptr;

void write(std::string* out, const Expr* e, int prec);

void write_list(std::string* out, const std::vector<Expr*>& xs, size_t from = 0) {
  for (size_t i = from; i < xs.size(); i++) {
    if (i > from) *out += ", ";
    write(out, xs[i], 0);
  }
}

// A method call after typecheck.FixMethodCall: T.M(recv, args...).
bool write_method_call(std::string* out, const CallExpr* c) {
  auto* sel = as<SelectorExpr>(unparen(c->fun));
  const Object* m = sel->sel_obj;
  if (m == nullptr || m->type == nullptr) return false;
  const Type* base = m->recv_base;
  if (base == nullptr) return false;
  if (m->ptr_recv) {
    *out += "(*" + go_type_string(base) + ")";
  } else {
    *out += go_type_string(base);
  }
  *out += "." + sel->sel->value + "(";
  write(out, sel->x, 0);
  for (const Expr* a : c->args) {
    *out += ", ";
    write(out, a, 0);
  }
  *out += ")";
  return true;
}

void write_call(std::string* out, const CallExpr* c) {
  const Expr* fun = unparen(c->fun);
  if (c->call_kind == CallKind::Method && write_method_call(out, c)) return;
  if (c->call_kind == CallKind::Conversion) {
    const Type* t = c->type;
    if (!c->args.empty() && c->args[0]->mode == Mode::Constant && t != nullptr && under(t)->kind == TypeKind::Slice &&
        under(under(t)->elem)->kind == TypeKind::Int32) {
      *out += go_type_string(t) + "{...}";  // []rune("const") becomes a slice literal
      return;
    }
    if (t != nullptr && (t->kind == TypeKind::Named || is_basic(t))) {
      *out += go_type_string(t);
    } else {
      *out += "(" + go_type_string(t) + ")";
    }
    *out += "(";
    if (!c->args.empty()) write(out, c->args[0], 0);
    *out += ")";
    return;
  }
  if (c->call_kind == CallKind::Builtin) {
    const auto id = static_cast<BuiltinId>(c->builtin);
    *out += builtin_name(id);
    *out += "(";
    if (id == BuiltinId::Make || id == BuiltinId::New) {
      *out += go_type_string(id == BuiltinId::New ? c->type->elem : c->type);
      for (size_t i = 1; i < c->args.size(); i++) {
        *out += ", ";
        write(out, c->args[i], 0);
      }
    } else {
      write_list(out, c->args);
      if (c->has_dots) *out += "...";
    }
    *out += ")";
    return;
  }
  write(out, fun, 8);
  *out += "(";
  // Variadic arguments are packed into an implicit slice literal before escape analysis.
  const Type* ft = fun->type != nullptr ? under(fun->type) : nullptr;
  if (c->variadic_pack && ft != nullptr && ft->kind == TypeKind::Func) {
    const size_t fixed = ft->params->elems.size() - 1;
    for (size_t i = 0; i < fixed && i < c->args.size(); i++) {
      if (i > 0) *out += ", ";
      write(out, c->args[i], 0);
    }
    if (fixed > 0) *out += ", ";
    *out += c->args.size() > fixed ? "... argument..." : "nil...";
  } else {
    write_list(out, c->args);
    if (c->has_dots) *out += "...";
  }
  *out += ")";
}

void write(std::string* out, const Expr* e, int prec) {
  e = unparen(e);
  if (e == nullptr) {
    *out += "<nil>";
    return;
  }
  if (g_names != nullptr) {
    if (auto it = g_names->find(e); it != g_names->end()) {
      *out += it->second;
      return;
    }
  }
  if (e->mode == Mode::Constant) {
    // Go: noder.OrigConst keeps the constant's source text.
    std::string s = expr_string(e);
    if (prec > op_prec(e)) s = "(" + s + ")";
    *out += s;
    return;
  }
  if (e->mode == Mode::NilValue) {
    *out += "nil";
    return;
  }
  if (prec > op_prec(e)) {
    *out += "(";
    write(out, e, 0);
    *out += ")";
    return;
  }
  switch (e->kind) {
    case NodeKind::Name: *out += as<Name>(e)->value; return;
    case NodeKind::BasicLit: *out += as<BasicLit>(e)->value; return;
    case NodeKind::FuncLit: *out += "func literal"; return;
    case NodeKind::CompositeLit: {
      auto* c = as<CompositeLit>(e);
      *out += go_type_string(c->type) + (c->elems.empty() ? "{}" : "{...}");
      return;
    }
    case NodeKind::SelectorExpr: {
      auto* s = as<SelectorExpr>(e);
      if (s->sel_kind == SelKind::Qualified) {
        *out += expr_string(s);
        return;
      }
      write(out, s->x, 8);
      *out += "." + s->sel->value;
      return;
    }
    case NodeKind::IndexExpr: {
      auto* x = as<IndexExpr>(e);
      write(out, x->x, 8);
      *out += "[";
      write(out, x->index, 0);
      *out += "]";
      return;
    }
    case NodeKind::SliceExpr: {
      auto* x = as<SliceExpr>(e);
      write(out, x->x, 8);
      *out += "[";
      if (x->index[0] != nullptr) write(out, x->index[0], 0);
      *out += ":";
      if (x->index[1] != nullptr) write(out, x->index[1], 0);
      if (x->full) {
        *out += ":";
        if (x->index[2] != nullptr) write(out, x->index[2], 0);
      }
      *out += "]";
      return;
    }
    case NodeKind::AssertExpr: {
      auto* x = as<AssertExpr>(e);
      write(out, x->x, 8);
      *out += ".(" + go_type_string(x->type) + ")";
      return;
    }
    case NodeKind::Operation: {
      auto* o = as<Operation>(e);
      if (o->y == nullptr) {
        if (o->op == Op::And && unparen(o->x)->kind == NodeKind::CompositeLit) {
          *out += "&";
          write(out, o->x, 0);
          return;
        }
        *out += op_string(o->op);
        write(out, o->x, 8);
        return;
      }
      const int p = op_prec(o);
      write(out, o->x, p);
      *out += " ";
      *out += op_string(o->op);
      *out += " ";
      write(out, o->y, p + 1);
      return;
    }
    case NodeKind::CallExpr: write_call(out, as<CallExpr>(e)); return;
    default: *out += expr_string(e); return;
  }
}

}  // namespace

std::string ir_string(const Expr* e, const TempNames* temps) {
  std::string out;
  g_names = temps;
  write(&out, e, 0);
  g_names = nullptr;
  return out;
}

}  // namespace gosim::escape
