// Go's static initialization of package-level variables.
//
// Go: cmd/compile/internal/staticinit/sched.go. Before the compiler writes a package's init
// function it tries, for each `var x = expr` in initialization order, to execute the assignment
// at compile time (StaticAssign): constants, nil, composite literals (arrays, structs, and slices,
// whose backing array becomes a static symbol "stmp_N"), &T{...} (a static T), &x of another
// package variable, []byte("constant"), functions and closures that capture nothing, and
// conversions to an interface (the type word, and the value in a static temporary unless the
// type is pointer-shaped). Those bytes are in the binary's .data (or .noptrdata when they hold no
// pointer): no malloc, no init code. What it cannot do at compile time (a call, a map literal,
// new(T), a value read from a variable of another package) stays code: the *whole* statement when
// the top-level expression is not static, otherwise only the element that is not ("stmp_3.f =
// g()"), in order (Schedule.Out). A map literal is never static (walk/complit.go maplit: makemap
// and stores at init).
//
// gosim does the same at lowering time: the package variables' block (kDataBase) gets an
// initial image (Module::data), static temporaries with pointers are appended to it (the GC
// scans that block as Go scans .data), those without pointers go to a noptrdata block
// (kNoptrDataBase, never scanned, as Go's .noptrdata), and only the dynamic rest is lowered into
// the package's init function. A package with nothing dynamic has no init function, as in Go.
// sim/escape/static_init.cpp makes the same decisions without the bytes, for the escape analysis
// of the init function: a change here must be made there too.
#include <fmt/format.h>

#include "sim/base/utf8.h"
#include "sim/escape/static_init.h"
#include "sim/ir/lower_impl.h"

namespace gosim::ir {

using namespace gosim::lang;
using escape::any_side_effects;
using escape::conversion_call;
using escape::elem_of;
using escape::elided_ptr_lit;

namespace {

bool type_has_pointers(const lang::Type* t) {
  const lang::Type* u = under(t);
  switch (u->kind) {
    case lang::TypeKind::Array: return u->len > 0 && type_has_pointers(u->elem);
    case lang::TypeKind::Struct:
      for (const StructField& f : u->fields) {
        if (type_has_pointers(f.type)) return true;
      }
      return false;
    case lang::TypeKind::String: case lang::TypeKind::Slice: case lang::TypeKind::Pointer: case lang::TypeKind::Func:
    case lang::TypeKind::Interface: case lang::TypeKind::Map: case lang::TypeKind::Chan: case lang::TypeKind::UnsafePointer:
      return true;
    default: return false;
  }
}

// nil converted to a concrete type ((*T)(nil), []int(nil)): in an interface it keeps its type.
bool typed_nil(const Expr* e) {
  return e->mode == Mode::NilValue && e->type != nullptr && e->type->kind != lang::TypeKind::UntypedNil &&
         !is_interface(e->type);
}

}  // namespace

bool Lowerer::static_no_side_effects(const Expr* e) { return !any_side_effects(e); }

uint64_t Lowerer::static_addr(SLoc l) const {
  return (l.noptr ? kNoptrDataBase : kDataBase) + static_cast<uint64_t>(l.off);
}

void Lowerer::static_put(SLoc l, const std::string& bytes) {
  std::string& img = l.noptr ? m_.noptrdata : m_.data;
  img.replace(static_cast<size_t>(l.off), bytes.size(), bytes);
}

void Lowerer::static_word(SLoc l, uint64_t w) {
  std::string b(8, '\0');
  for (int i = 0; i < 8; ++i) b[static_cast<size_t>(i)] = static_cast<char>(w >> (8 * i));
  static_put(l, b);
}

// Go: staticinit.StaticName: a new static symbol of type t, in .data when t holds pointers
// (scanned) and in .noptrdata otherwise.
Lowerer::SLoc Lowerer::static_name(const lang::Type* t, int64_t count) {
  SLoc l;
  l.noptr = !type_has_pointers(t);
  std::string& img = l.noptr ? m_.noptrdata : m_.data;
  const auto a = static_cast<size_t>(std::max<int64_t>(align_of(t), 8));
  img.resize((img.size() + a - 1) / a * a, '\0');
  l.off = static_cast<int64_t>(img.size());
  img.resize(img.size() + static_cast<size_t>(size_of(t) * count), '\0');
  return l;
}

// The assignment StaticAssign could not make static: lowered into the init function, storing
// into the static location (Go appends `l.off = v` to Schedule.Out).
void Lowerer::static_dynamic(SLoc l, const Expr* v, const lang::Type* t) {
  const int32_t val = elem_value(v, t);
  const int32_t addr = temp(8, 8);
  emit(Instr{Op::kConst, NumKind::kI64, 0, addr, 0, 0, static_cast<int64_t>(static_addr(l))}, v->pos);
  store_place(Place{addr, true}, val, size_of(t), v->pos);
}

// Go: StaticAssign's `assign` closure.
void Lowerer::static_assign_or_code(SLoc l, const Expr* v, const lang::Type* t) {
  if (!static_assign(l, v, t)) static_dynamic(l, v, t);
}

// Go: staticinit.StaticLoc — x, x.f, x[const] of a package variable.
bool Lowerer::static_loc(const Expr* e, SLoc* out) {
  e = unparen(e);
  const Name* n = e->kind == NodeKind::Name ? static_cast<const Name*>(e) : source_ref(e);
  if (n != nullptr) {
    auto g = n->obj != nullptr && n->obj->kind == ObjKind::Var ? globals_.find(n->obj) : globals_.end();
    if (g == globals_.end()) return false;
    *out = SLoc{false, g->second};
    return true;
  }
  if (e->kind == NodeKind::SelectorExpr) {
    const auto* s = static_cast<const SelectorExpr*>(e);
    if (s->sel_kind != SelKind::FieldVal || s->indirect || !static_loc(s->x, out)) return false;
    out->off += field_offsets(under(s->x->type))[static_cast<size_t>(s->index)];
    return true;
  }
  if (e->kind == NodeKind::IndexExpr) {
    const auto* ix = static_cast<const IndexExpr*>(e);
    const lang::Type* xt = under(ix->x->type);
    int64_t i = -1;
    if (xt->kind != lang::TypeKind::Array || ix->index->mode != Mode::Constant || !int64_val(*ix->index->value, &i) || i < 0) {
      return false;
    }
    if (!static_loc(ix->x, out)) return false;
    out->off += i * size_of(xt->elem);
    return true;
  }
  return false;
}

// Go: staticinit.StaticAssign. true when r's value is laid out at l (parts of it may have been
// lowered as code into the init function); false when the whole assignment must be code.
bool Lowerer::static_assign(SLoc l, const Expr* r, const lang::Type* typ) {
  r = unparen(r);
  // OCONVNOP: a conversion that changes only the type's name.
  while (const CallExpr* c = conversion_call(r)) {
    if (r->mode == Mode::Constant || is_interface(r->type) || is_interface(c->args[0]->type) ||
        !identical(under(r->type), under(c->args[0]->type))) {
      break;
    }
    r = unparen(c->args[0]);
  }
  // An untyped nil (or an interface's nil) leaves l zero; a typed nil converted to an interface
  // still needs its type word: `var e error = (*T)(nil)` is not == nil.
  if (r->mode == Mode::NilValue && !(is_interface(typ) && typed_nil(r))) return true;
  if (is_interface(typ)) return static_conv_iface(l, r, typ);
  if (r->mode == Mode::Constant) {
    const lang::Type* ct = is_untyped(r->type) ? typ : r->type;
    std::string bytes;
    if (!static_bytes(r, ct, &bytes)) return false;
    static_put(l, bytes);
    return true;
  }
  if (elided_ptr_lit(r, typ)) return static_ptr_lit(l, static_cast<const CompositeLit*>(r), under(typ)->elem);
  switch (r->kind) {
    case NodeKind::Name: case NodeKind::SelectorExpr: {
      const Name* n = r->kind == NodeKind::Name ? static_cast<const Name*>(r) : source_ref(r);
      if (n == nullptr || n->obj == nullptr) return false;
      return static_copy(l, n->obj, typ);
    }
    case NodeKind::FuncLit: {
      const FuncInfo* fi = static_cast<const FuncLit*>(r)->func;
      if (fi == nullptr || !fi->captures.empty()) return false;
      // Go: IsTrivialClosure — a closure with no captured variables is a global funcval.
      static_word(l, func_static_word(funcs_[fi]));
      return true;
    }
    case NodeKind::Operation: {
      const auto* op = static_cast<const Operation*>(r);
      if (op->op != lang::Op::And || op->y != nullptr) return false;
      const Expr* x = unparen(op->x);
      SLoc at;
      if (x->kind != NodeKind::CompositeLit && static_loc(x, &at)) {
        static_word(l, static_addr(at));  // Go: InitAddrOffset
        return true;
      }
      if (x->kind == NodeKind::CompositeLit) return static_ptr_lit(l, static_cast<const CompositeLit*>(x), x->type, r);
      return false;
    }
    case NodeKind::CallExpr: {
      // Go: OSTR2BYTES of a constant: the bytes are a static symbol (InitSliceBytes).
      const CallExpr* c = conversion_call(r);
      const lang::Type* u = under(typ);
      if (c == nullptr || u->kind != lang::TypeKind::Slice || c->args[0]->mode != Mode::Constant ||
          c->args[0]->value == nullptr || c->args[0]->value->kind != Constant::Kind::String) {
        return false;
      }
      const std::string& s = c->args[0]->value->s;
      if (under(u->elem)->kind == lang::TypeKind::Int32) {
        // Go: typecheck turns []rune("const") into a slice literal of its runes
        // (tcConv → stringtoruneslit), which is laid out as any static slice literal.
        std::vector<int32_t> runes;
        for (size_t i = 0; i < s.size();) {
          const auto [rune, width] = decoderune(s, i);
          runes.push_back(rune);
          i += width;
        }
        const auto n = static_cast<int64_t>(runes.size());
        const SLoc base = static_name(u->elem, n);
        static_temps_[r] = base;
        for (size_t i = 0; i < runes.size(); ++i) {
          std::string b(4, '\0');
          for (int k = 0; k < 4; ++k) b[static_cast<size_t>(k)] = static_cast<char>(static_cast<uint32_t>(runes[i]) >> (8 * k));
          static_put(SLoc{base.noptr, base.off + 4 * static_cast<int64_t>(i)}, b);
        }
        static_word(l, n == 0 ? kZeroBase : static_addr(base));
        static_word(SLoc{l.noptr, l.off + 8}, static_cast<uint64_t>(n));
        static_word(SLoc{l.noptr, l.off + 16}, static_cast<uint64_t>(n));
        return true;
      }
      if (under(u->elem)->kind != lang::TypeKind::Uint8) return false;
      uint64_t p = kZeroBase;
      if (!s.empty()) {
        const SLoc a = static_name_bytes(s);
        p = static_addr(a);
      }
      static_word(l, p);
      static_word(SLoc{l.noptr, l.off + 8}, s.size());
      static_word(SLoc{l.noptr, l.off + 16}, s.size());
      return true;
    }
    case NodeKind::CompositeLit: return static_composite(l, static_cast<const CompositeLit*>(r), typ);
    default: return false;
  }
}

Lowerer::SLoc Lowerer::static_name_bytes(const std::string& s) {
  SLoc a;
  a.noptr = true;
  a.off = static_cast<int64_t>(m_.noptrdata.size());
  m_.noptrdata += s;
  return a;
}

uint64_t Lowerer::func_static_word(int32_t fn) {
  std::string word(8, '\0');
  for (int b = 0; b < 8; ++b) word[static_cast<size_t>(b)] = static_cast<char>((static_cast<uint64_t>(fn) >> (8 * b)) & 0xff);
  return rodata_bytes(word, 8);
}

// OPTRLIT: a static T for &T{...}, its address at l (Go: StaticName, then assign into it).
bool Lowerer::static_ptr_lit(SLoc l, const CompositeLit* lit, const lang::Type* t, const Expr* addr_expr) {
  const SLoc a = static_name(t);
  static_temps_[addr_expr != nullptr ? addr_expr : lit] = a;
  static_word(l, static_addr(a));
  static_assign_or_code(a, lit, t);
  return true;
}

// OSLICELIT, OARRAYLIT, OSTRUCTLIT: each element laid out (Go: initplan, then InitConst or
// assign per entry). A slice literal's array is its own static symbol.
bool Lowerer::static_composite(SLoc l, const CompositeLit* lit, const lang::Type* typ) {
  // An elided &T{...} (its type is *T) is laid out as the T that typ names.
  const bool elided = lit->type != nullptr && lit->type_expr == nullptr && under(lit->type)->kind == lang::TypeKind::Pointer;
  const lang::Type* u = under(lit->type != nullptr && !elided ? lit->type : typ);
  if (u->kind == lang::TypeKind::Map) return false;
  if (u->kind == lang::TypeKind::Struct) {
    const std::vector<int64_t> offs = field_offsets(u);
    for (size_t i = 0; i < lit->elems.size(); ++i) {
      const Expr* el = lit->elems[i];
      size_t fi = i;
      if (el->kind == NodeKind::KeyValueExpr) {
        const std::string& name = static_cast<const Name*>(static_cast<const KeyValueExpr*>(el)->key)->value;
        for (size_t k = 0; k < u->fields.size(); ++k) {
          if (u->fields[k].name == name) fi = k;
        }
      }
      if (u->fields[fi].name == "_") continue;  // Go: initplan skips blank fields
      static_assign_or_code(SLoc{l.noptr, l.off + offs[fi]}, elem_of(el), u->fields[fi].type);
    }
    return true;
  }
  if (u->kind != lang::TypeKind::Array && u->kind != lang::TypeKind::Slice) return false;
  std::vector<std::pair<int64_t, const Expr*>> items;
  int64_t next = 0, n = 0;
  for (const Expr* el : lit->elems) {
    if (el->kind == NodeKind::KeyValueExpr) int64_val(*static_cast<const KeyValueExpr*>(el)->key->value, &next);
    items.emplace_back(next, elem_of(el));
    ++next;
    n = std::max(n, next);
  }
  SLoc base = l;
  if (u->kind == lang::TypeKind::Slice) {
    // Go: ta := types.NewArray(elem, r.Len); a := StaticName(ta); InitSlice(l, loff, a, r.Len).
    base = static_name(u->elem, n);
    static_temps_[lit] = base;
    static_word(l, n == 0 ? kZeroBase : static_addr(base));
    static_word(SLoc{l.noptr, l.off + 8}, static_cast<uint64_t>(n));
    static_word(SLoc{l.noptr, l.off + 16}, static_cast<uint64_t>(n));
  }
  const int64_t esize = size_of(u->elem);
  for (const auto& [i, v] : items) static_assign_or_code(SLoc{base.noptr, base.off + i * esize}, v, u->elem);
  return true;
}

// OCONVIFACE: the type word, then the value itself (pointer-shaped types) or the address of a
// static temporary holding it.
bool Lowerer::static_conv_iface(SLoc l, const Expr* r, const lang::Type* typ) {
  const Expr* val = r;
  if (const CallExpr* c = conversion_call(r); c != nullptr && is_interface(r->type)) val = unparen(c->args[0]);
  if (val->mode == Mode::NilValue && !typed_nil(val)) return true;
  if (is_interface(val->type)) return false;  // an interface value: no concrete type to record
  const lang::Type* vt = is_untyped(val->type) ? pkg_.types.default_type(val->type) : val->type;
  const int32_t id = type_id(vt);
  static_word(l, type_word(id));
  const SLoc data{l.noptr, l.off + 8};
  if (is_direct_iface(m_.types, id)) {
    static_assign_or_code(data, val, vt);
    return true;
  }
  if (size_of(vt) == 0) {
    static_word(data, kZeroBase);
    return true;
  }
  const SLoc a = static_name(vt);
  static_temps_[val] = a;
  static_assign_or_code(a, val, vt);
  static_word(data, static_addr(a));
  return true;
}

// Go: staticinit.staticcopy — `var l = rn` where rn is a variable of this package whose own
// initialiser was static: copy what it was given, or (for its parts computed at init) copy them
// at init too.
bool Lowerer::static_copy(SLoc l, const Object* rn, const lang::Type* typ) {
  if (rn->kind == ObjKind::Func) {
    if (rn->func == nullptr) return false;  // a modelled library function
    static_word(l, func_static_word(funcs_[rn->func]));
    return true;
  }
  if (rn->kind != ObjKind::Var || rn->var_kind != VarKind::Global) return false;
  auto def = static_defs_.find(rn);
  if (def == static_defs_.end()) return false;  // another package's, or no initialiser
  if (under(rn->type)->kind == lang::TypeKind::String) return false;  // Go: perhaps set by -X
  const Expr* r = unparen(def->second);
  while (const CallExpr* c = conversion_call(r)) {
    if (r->mode == Mode::Constant || is_interface(r->type) || is_interface(c->args[0]->type) ||
        !identical(under(r->type), under(c->args[0]->type)) || identical(r->type, typ)) {
      break;
    }
    r = unparen(c->args[0]);
  }
  if (r->mode == Mode::NilValue) return true;
  if (r->mode == Mode::Constant) {
    if (is_interface(typ)) return false;
    std::string bytes;
    if (!static_bytes(r, is_untyped(r->type) ? typ : r->type, &bytes)) return false;
    static_put(l, bytes);
    return true;
  }
  if (is_interface(rn->type)) return false;  // OCONVIFACE is not one of staticcopy's cases
  const Name* n = r->kind == NodeKind::Name ? static_cast<const Name*>(r) : source_ref(r);
  if (n != nullptr && n->obj != nullptr) {
    if (static_copy(l, n->obj, typ)) return true;
    // Go: copy the other variable's value at init.
    static_dynamic(l, r, typ);
    return true;
  }
  if (r->kind == NodeKind::Operation) {
    const auto* op = static_cast<const Operation*>(r);
    if (op->op != lang::Op::And || op->y != nullptr) return false;
    SLoc at;
    const Expr* x = unparen(op->x);
    if (x->kind != NodeKind::CompositeLit && static_loc(x, &at)) {
      static_word(l, static_addr(at));
      return true;
    }
    auto t = static_temps_.find(r);
    if (t == static_temps_.end()) return false;
    static_word(l, static_addr(t->second));  // copy the pointer to rn's static T
    return true;
  }
  if (r->kind != NodeKind::CompositeLit) return false;
  const lang::Type* u = under(r->type);
  if (u->kind == lang::TypeKind::Slice) {
    if (static_temps_.find(r) == static_temps_.end()) return false;
    // Go: InitSlice(l, loff, Temps[r], r.Len) — the same array, so the same header as rn's.
    static_put(l, m_.data.substr(static_cast<size_t>(globals_.at(rn)), 24));
    return true;
  }
  if (u->kind != lang::TypeKind::Array && u->kind != lang::TypeKind::Struct) return false;
  // Go: each plan entry — constants and names again, the rest copied from rn at init. gosim
  // copies rn's bytes as laid out so far and lowers a copy of the whole value when any part of
  // it was computed at init.
  const SLoc src{false, globals_.at(rn)};
  static_put(l, m_.data.substr(static_cast<size_t>(src.off), static_cast<size_t>(size_of(typ))));
  if (static_dynamic_parts_.count(rn) != 0) {
    // Go: `l.off = rn.off` for each entry rn computed at init; one copy of the whole value here.
    const int32_t from = temp(8, 8), to = temp(8, 8);
    emit(Instr{Op::kConst, NumKind::kI64, 0, from, 0, 0, static_cast<int64_t>(static_addr(src))}, r->pos);
    const int32_t v = load_place(Place{from, true}, size_of(typ), r->pos);
    emit(Instr{Op::kConst, NumKind::kI64, 0, to, 0, 0, static_cast<int64_t>(static_addr(l))}, r->pos);
    store_place(Place{to, true}, v, size_of(typ), r->pos);
  }
  return true;
}

}  // namespace gosim::ir
