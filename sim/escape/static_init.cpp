// Go: cmd/compile/internal/staticinit/sched.go (StaticAssign, staticcopy, StaticLoc), as a
// decision only: which parts of each package-level initializer stay code. Each function below
// mirrors the one of sim/ir/lower_static.cpp named in its comment, which also lays the data out;
// a change to one must be made to the other.
#include "sim/escape/static_init.h"

#include <map>
#include <set>

#include "sim/escape/walk.h"

namespace gosim::escape {

using namespace lang;

const Expr* elem_of(const Expr* el) {
  return el->kind == NodeKind::KeyValueExpr ? static_cast<const KeyValueExpr*>(el)->value_expr : el;
}

bool elided_ptr_lit(const Expr* e, const Type* t) {
  return e->kind == NodeKind::CompositeLit && static_cast<const CompositeLit*>(e)->type_expr == nullptr &&
         under(t)->kind == TypeKind::Pointer;
}

const CallExpr* conversion_call(const Expr* e) {
  if (e->kind != NodeKind::CallExpr) return nullptr;
  const auto* c = static_cast<const CallExpr*>(e);
  return c->call_kind == CallKind::Conversion && c->args.size() == 1 ? c : nullptr;
}

bool any_side_effects(const Expr* e) {
  if (e == nullptr || e->mode == Mode::Constant || e->mode == Mode::NilValue || e->mode == Mode::TypeExpr) return false;
  switch (e->kind) {
    case NodeKind::Name: return false;
    case NodeKind::ParenExpr: return any_side_effects(static_cast<const ParenExpr*>(e)->x);
    case NodeKind::KeyValueExpr: return any_side_effects(static_cast<const KeyValueExpr*>(e)->value_expr);
    case NodeKind::CompositeLit:
      for (const Expr* el : static_cast<const CompositeLit*>(e)->elems) {
        if (any_side_effects(el)) return true;
      }
      return false;
    case NodeKind::SelectorExpr: {
      const auto* s = static_cast<const SelectorExpr*>(e);
      if (s->sel_kind == SelKind::Qualified) return false;
      // ODOT only: a field through a pointer (ODOTPTR) may fault.
      return s->sel_kind != SelKind::FieldVal || s->indirect || any_side_effects(s->x);
    }
    case NodeKind::Operation: {
      const auto* op = static_cast<const Operation*>(e);
      if (op->op == Op::Recv || (op->op == Op::Mul && op->y == nullptr)) return true;  // <-c, *p
      if ((op->op == Op::Div || op->op == Op::Rem) &&
          (op->y->mode != Mode::Constant || op->y->value == nullptr || sign(*op->y->value) == 0)) {
        return true;
      }
      return any_side_effects(op->x) || any_side_effects(op->y);
    }
    case NodeKind::CallExpr: {
      const auto* c = static_cast<const CallExpr*>(e);
      if (c->call_kind == CallKind::Conversion) return c->args.size() != 1 || any_side_effects(c->args[0]);
      if (c->call_kind != CallKind::Builtin) return true;
      switch (static_cast<BuiltinId>(c->builtin)) {
        case BuiltinId::Len: case BuiltinId::Cap: case BuiltinId::New: case BuiltinId::Complex:
        case BuiltinId::Real: case BuiltinId::Imag:
          break;
        default: return true;
      }
      for (const Expr* a : c->args) {
        if (any_side_effects(a)) return true;
      }
      return false;
    }
    default: return true;
  }
}

namespace {

bool zero_size(const Type* t) {
  const Type* u = under(t);
  switch (u->kind) {
    case TypeKind::Array: return u->len == 0 || zero_size(u->elem);
    case TypeKind::Struct:
      for (const StructField& f : u->fields) {
        if (!zero_size(f.type)) return false;
      }
      return true;
    default: return false;
  }
}

class Planner {
 public:
  Planner(const Package& pkg, const Unit& unit, std::vector<InitCode>* out) : pkg_(pkg), out_(out) {
    for (const Object* g : pkg.globals) globals_.insert(g);
    // Go: staticcopy copies only this package's variables defined by a single `x = e`.
    for (const InitEntry& ie : unit.init_order) {
      if (ie.lhs.size() == 1 && ie.init != nullptr) defs_[ie.lhs[0]] = ie.init;
    }
  }

  // Lowerer::lower_package_init's loop.
  void entry(const InitEntry& ie) {
    entry_ = &ie;
    if (ie.lhs.size() != 1 || ie.init == nullptr) {
      whole();
      return;
    }
    const Object* g = ie.lhs[0];
    if (g->name == "_" || globals_.count(g) == 0) {
      // Go: tryStaticInit discards `_ = e` when e has no side effects.
      if (any_side_effects(ie.init)) whole();
      return;
    }
    if (!assign(ie.init, g->type)) whole();
  }

 private:
  void whole() { out_->push_back(InitCode{entry_, entry_->init, true}); }
  // Lowerer::static_dynamic: `stmp.off = v`, v as its own type.
  void code(const Expr* v) { out_->push_back(InitCode{entry_, const_cast<Expr*>(v), false}); }
  // Lowerer::static_assign_or_code.
  void assign_or_code(const Expr* v, const Type* t) {
    if (!assign(v, t)) code(v);
  }

  // Lowerer::static_loc.
  bool loc(const Expr* e) const {
    e = unparen(e);
    const Name* n = e->kind == NodeKind::Name ? static_cast<const Name*>(e) : source_ref(e);
    if (n != nullptr) return n->obj != nullptr && n->obj->kind == ObjKind::Var && globals_.count(n->obj) != 0;
    if (e->kind == NodeKind::SelectorExpr) {
      const auto* s = static_cast<const SelectorExpr*>(e);
      return s->sel_kind == SelKind::FieldVal && !s->indirect && loc(s->x);
    }
    if (e->kind == NodeKind::IndexExpr) {
      const auto* ix = static_cast<const IndexExpr*>(e);
      int64_t i = -1;
      return under(ix->x->type)->kind == TypeKind::Array && ix->index->mode == Mode::Constant &&
             int64_val(*ix->index->value, &i) && i >= 0 && loc(ix->x);
    }
    return false;
  }

  // Lowerer::static_assign.
  bool assign(const Expr* r, const Type* typ) {
    r = unparen(r);
    while (const CallExpr* c = conversion_call(r)) {  // OCONVNOP
      if (r->mode == Mode::Constant || is_interface(r->type) || is_interface(c->args[0]->type) ||
          !identical(under(r->type), under(c->args[0]->type))) {
        break;
      }
      r = unparen(c->args[0]);
    }
    if (r->mode == Mode::NilValue) return true;
    if (is_interface(typ)) return conv_iface(r);
    if (r->mode == Mode::Constant) return true;
    if (elided_ptr_lit(r, typ)) return ptr_lit(static_cast<const CompositeLit*>(r), under(typ)->elem, nullptr);
    switch (r->kind) {
      case NodeKind::Name: case NodeKind::SelectorExpr: {
        const Name* n = r->kind == NodeKind::Name ? static_cast<const Name*>(r) : source_ref(r);
        if (n == nullptr || n->obj == nullptr) return false;
        return copy(n->obj, typ);
      }
      case NodeKind::FuncLit: {
        const FuncInfo* fi = static_cast<const FuncLit*>(r)->func;
        return fi != nullptr && fi->captures.empty();  // Go: IsTrivialClosure
      }
      case NodeKind::Operation: {
        const auto* op = static_cast<const Operation*>(r);
        if (op->op != Op::And || op->y != nullptr) return false;
        const Expr* x = unparen(op->x);
        if (x->kind != NodeKind::CompositeLit && loc(x)) return true;  // Go: InitAddrOffset
        if (x->kind == NodeKind::CompositeLit) return ptr_lit(static_cast<const CompositeLit*>(x), x->type, r);
        return false;
      }
      case NodeKind::CallExpr: {  // OSTR2BYTES of a constant, and []rune("const"), a slice literal by then
        const CallExpr* c = conversion_call(r);
        const Type* u = under(typ);
        if (c == nullptr || u->kind != TypeKind::Slice || c->args[0]->mode != Mode::Constant ||
            c->args[0]->value == nullptr || c->args[0]->value->kind != Constant::Kind::String) {
          return false;
        }
        if (under(u->elem)->kind == TypeKind::Int32) {
          temps_.insert(r);
          return true;
        }
        return under(u->elem)->kind == TypeKind::Uint8;
      }
      case NodeKind::CompositeLit: return composite(static_cast<const CompositeLit*>(r), typ);
      default: return false;
    }
  }

  // Lowerer::static_ptr_lit.
  bool ptr_lit(const CompositeLit* lit, const Type* t, const Expr* addr_expr) {
    temps_.insert(addr_expr != nullptr ? addr_expr : lit);
    assign_or_code(lit, t);
    return true;
  }

  // Lowerer::static_composite.
  bool composite(const CompositeLit* lit, const Type* typ) {
    // An elided &T{...} (its type is *T) is laid out as the T that typ names.
    const bool elided = lit->type != nullptr && lit->type_expr == nullptr && under(lit->type)->kind == TypeKind::Pointer;
    const Type* u = under(lit->type != nullptr && !elided ? lit->type : typ);
    if (u->kind == TypeKind::Map) return false;
    if (u->kind == TypeKind::Struct) {
      for (size_t i = 0; i < lit->elems.size(); ++i) {
        const Expr* el = lit->elems[i];
        size_t fi = i;
        if (el->kind == NodeKind::KeyValueExpr) {
          const std::string& name = static_cast<const Name*>(static_cast<const KeyValueExpr*>(el)->key)->value;
          for (size_t k = 0; k < u->fields.size(); ++k) {
            if (u->fields[k].name == name) fi = k;
          }
        }
        if (u->fields[fi].name == "_") continue;
        assign_or_code(elem_of(el), u->fields[fi].type);
      }
      return true;
    }
    if (u->kind != TypeKind::Array && u->kind != TypeKind::Slice) return false;
    if (u->kind == TypeKind::Slice) temps_.insert(lit);
    for (const Expr* el : lit->elems) assign_or_code(elem_of(el), u->elem);
    return true;
  }

  // Lowerer::static_conv_iface.
  bool conv_iface(const Expr* r) {
    const Expr* val = r;
    if (const CallExpr* c = conversion_call(r); c != nullptr && is_interface(r->type)) val = unparen(c->args[0]);
    if (val->mode == Mode::NilValue) return true;
    if (is_interface(val->type)) return false;
    const Type* vt = is_untyped(val->type) ? pkg_.types.default_type(val->type) : val->type;
    if (is_direct_iface(vt)) {
      assign_or_code(val, vt);
      return true;
    }
    if (zero_size(vt)) return true;
    temps_.insert(val);
    assign_or_code(val, vt);
    return true;
  }

  // Lowerer::static_copy.
  bool copy(const Object* rn, const Type* typ) {
    if (rn->kind == ObjKind::Func) return rn->func != nullptr;
    if (rn->kind != ObjKind::Var || rn->var_kind != VarKind::Global) return false;
    auto def = defs_.find(rn);
    if (def == defs_.end()) return false;
    if (under(rn->type)->kind == TypeKind::String) return false;  // Go: perhaps set by -X
    const Expr* r = unparen(def->second);
    while (const CallExpr* c = conversion_call(r)) {
      if (r->mode == Mode::Constant || is_interface(r->type) || is_interface(c->args[0]->type) ||
          !identical(under(r->type), under(c->args[0]->type)) || identical(r->type, typ)) {
        break;
      }
      r = unparen(c->args[0]);
    }
    if (r->mode == Mode::NilValue) return true;
    if (r->mode == Mode::Constant) return !is_interface(typ);
    if (is_interface(rn->type)) return false;
    const Name* n = r->kind == NodeKind::Name ? static_cast<const Name*>(r) : source_ref(r);
    if (n != nullptr && n->obj != nullptr) {
      if (!copy(n->obj, typ)) code(r);  // the other variable's value, copied at init
      return true;
    }
    if (r->kind == NodeKind::Operation) {
      const auto* op = static_cast<const Operation*>(r);
      if (op->op != Op::And || op->y != nullptr) return false;
      const Expr* x = unparen(op->x);
      if (x->kind != NodeKind::CompositeLit && loc(x)) return true;
      return temps_.count(r) != 0;
    }
    if (r->kind != NodeKind::CompositeLit) return false;
    const TypeKind k = under(r->type)->kind;
    if (k == TypeKind::Slice) return temps_.count(r) != 0;
    // An array or struct: rn's bytes, and at init a copy of rn's value when parts of it were
    // computed there (a copy of a variable: nothing for escape analysis to see).
    return k == TypeKind::Array || k == TypeKind::Struct;
  }

  const Package& pkg_;
  std::vector<InitCode>* out_;
  const InitEntry* entry_ = nullptr;
  std::set<const Object*> globals_;                 // lookup only
  std::map<const Object*, const Expr*> defs_;       // lookup only
  std::set<const Expr*> temps_;                     // lookup only: expressions given a static temporary
};

}  // namespace

std::vector<InitCode> init_code(const Package& pkg, const Unit& unit) {
  std::vector<InitCode> out;
  Planner p(pkg, unit, &out);
  for (const InitEntry& ie : unit.init_order) p.entry(ie);
  return out;
}

}  // namespace gosim::escape
