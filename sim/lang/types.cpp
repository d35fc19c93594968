// Type interning, predicates, printing and sizes; see types.h for the identity model.
#include "sim/lang/types.h"

#include <algorithm>

#include "sim/lang/lexer.h"
#include "sim/lang/object.h"

namespace gosim::lang {
namespace {

const char* const kBasicNames[] = {
    "invalid type", "bool", "int", "int8", "int16", "int32", "int64", "uint", "uint8",
    "uint16", "uint32", "uint64", "uintptr", "float32", "float64", "complex64", "complex128",
    "string", "unsafe.Pointer", "untyped bool", "untyped int", "untyped rune", "untyped float",
    "untyped complex", "untyped string",
    "untyped nil",
};

bool kind_in(const Type* t, TypeKind lo, TypeKind hi) {
  const Type* u = under(t);
  return u != nullptr && u->kind >= lo && u->kind <= hi;
}

bool is_exported(const std::string& name) { return !name.empty() && name[0] >= 'A' && name[0] <= 'Z'; }

std::string pkg_key(const PackageRef* p, const std::string& name) {
  if (p == nullptr || is_exported(name)) return "";
  return p->path;
}

}  // namespace

// ---- predicates ----

const Type* under(const Type* t) {
  if (t != nullptr && t->kind == TypeKind::Named && t->underlying != nullptr) return t->underlying;
  return t;
}

bool is_basic(const Type* t) { return kind_in(t, TypeKind::Invalid, TypeKind::UntypedNil); }
bool is_untyped(const Type* t) {
  return t != nullptr && t->kind >= TypeKind::UntypedBool && t->kind <= TypeKind::UntypedNil;
}
bool is_typed(const Type* t) { return !is_untyped(t); }
bool is_boolean(const Type* t) {
  const Type* u = under(t);
  return u != nullptr && (u->kind == TypeKind::Bool || u->kind == TypeKind::UntypedBool);
}
bool is_integer(const Type* t) {
  const Type* u = under(t);
  return u != nullptr && ((u->kind >= TypeKind::Int && u->kind <= TypeKind::Uintptr) ||
                          u->kind == TypeKind::UntypedInt || u->kind == TypeKind::UntypedRune);
}
bool is_unsigned(const Type* t) { return kind_in(t, TypeKind::Uint, TypeKind::Uintptr); }
bool is_float(const Type* t) {
  const Type* u = under(t);
  return u != nullptr && (u->kind == TypeKind::Float32 || u->kind == TypeKind::Float64 ||
                          u->kind == TypeKind::UntypedFloat);
}
bool is_complex(const Type* t) {
  const Type* u = under(t);
  return u != nullptr && (u->kind == TypeKind::Complex64 || u->kind == TypeKind::Complex128 ||
                          u->kind == TypeKind::UntypedComplex);
}
bool is_numeric(const Type* t) { return is_integer(t) || is_float(t) || is_complex(t); }
bool is_string(const Type* t) {
  const Type* u = under(t);
  return u != nullptr && (u->kind == TypeKind::String || u->kind == TypeKind::UntypedString);
}
bool is_ordered(const Type* t) { return is_integer(t) || is_float(t) || is_string(t); }
bool is_const_type(const Type* t) { return is_boolean(t) || is_numeric(t) || is_string(t); }
bool is_interface(const Type* t) {
  const Type* u = under(t);
  return u != nullptr && u->kind == TypeKind::Interface;
}
bool is_named(const Type* t) { return t != nullptr && (t->kind == TypeKind::Named || is_basic(t)); }
bool is_pointer(const Type* t) {
  const Type* u = under(t);
  return u != nullptr && u->kind == TypeKind::Pointer;
}

// Go: types2.hasNil.
bool has_nil(const Type* t) {
  const Type* u = under(t);
  if (u == nullptr) return false;
  switch (u->kind) {
    case TypeKind::UnsafePointer: case TypeKind::Slice: case TypeKind::Pointer: case TypeKind::Func:
    case TypeKind::Interface: case TypeKind::Map: case TypeKind::Chan:
      return true;
    default:
      return false;
  }
}

bool identical(const Type* a, const Type* b) {
  if (a == nullptr || b == nullptr) return a == b;
  return a->canon == b->canon;
}

bool identical_ignore_tags(const Type* a, const Type* b) {
  if (identical(a, b)) return true;
  if (a == nullptr || b == nullptr || a->kind != b->kind) return false;
  switch (a->kind) {
    case TypeKind::Struct:
      if (a->fields.size() != b->fields.size()) return false;
      for (size_t i = 0; i < a->fields.size(); i++) {
        const StructField& f = a->fields[i];
        const StructField& g = b->fields[i];
        if (f.name != g.name || f.embedded != g.embedded || pkg_key(f.pkg, f.name) != pkg_key(g.pkg, g.name) ||
            !identical_ignore_tags(f.type, g.type)) {
          return false;
        }
      }
      return true;
    case TypeKind::Pointer: case TypeKind::Slice:
      return identical_ignore_tags(a->elem, b->elem);
    case TypeKind::Array:
      return a->len == b->len && identical_ignore_tags(a->elem, b->elem);
    case TypeKind::Chan:
      return a->dir == b->dir && identical_ignore_tags(a->elem, b->elem);
    case TypeKind::Map:
      return identical_ignore_tags(a->key, b->key) && identical_ignore_tags(a->elem, b->elem);
    default:
      return false;
  }
}

namespace {
// Recursion follows named types' underlying types; beyond kMaxTypeDepth levels (only
// absurd chains of type declarations) a type is assumed comparable.
constexpr size_t kMaxTypeDepth = 2000;

bool comparable_rec(const Type* t, std::string* cause, std::vector<const Type*>* seen) {
  if (seen->size() > kMaxTypeDepth) return true;
  if (std::find(seen->begin(), seen->end(), t) != seen->end()) return true;
  seen->push_back(t);
  const Type* u = under(t);
  switch (u->kind) {
    case TypeKind::Named:  // not yet complete
      return true;
    case TypeKind::UntypedNil:
      return false;
    case TypeKind::Pointer: case TypeKind::Chan: case TypeKind::Interface:
      return true;
    case TypeKind::Struct:
      for (const StructField& f : u->fields) {
        if (!comparable_rec(f.type, nullptr, seen)) {
          if (cause != nullptr) *cause = "struct containing " + type_string(f.type) + " cannot be compared";
          return false;
        }
      }
      return true;
    case TypeKind::Array:
      if (!comparable_rec(u->elem, nullptr, seen)) {
        if (cause != nullptr) *cause = type_string(t) + " cannot be compared";
        return false;
      }
      return true;
    case TypeKind::Slice: case TypeKind::Func: case TypeKind::Map: case TypeKind::Tuple:
      return false;
    case TypeKind::TypeParam:
      return type_param_comparable(u);
    default:
      return is_basic(u);
  }
}
}  // namespace

// Go: predicates.go comparable for a type parameter: its type set holds only comparable
// types (comparable in the constraint, or every term of one union comparable).
bool type_param_comparable(const Type* tp) {
  const Type* ti = under(tp->underlying);
  if (ti == nullptr || ti->kind != TypeKind::Interface) return false;
  if (ti->comparable_set) return true;
  for (const std::vector<TypeTerm>& u : ti->tset) {
    bool all = true;
    for (const TypeTerm& t : u) all = all && comparable(t.type) && !is_interface(t.type);
    if (all) return true;
  }
  return false;
}

bool comparable(const Type* t, std::string* cause) {
  if (t != nullptr && t->kind == TypeKind::TypeParam) {
    if (type_param_comparable(t)) return true;
    if (cause != nullptr) *cause = "incomparable types in type set";
    return false;
  }
  std::vector<const Type*> seen;
  return comparable_rec(t, cause, &seen);
}

bool is_bytes_or_runes(const Type* t) {
  const Type* u = under(t);
  if (u == nullptr || u->kind != TypeKind::Slice) return false;
  const Type* e = under(u->elem);
  return e != nullptr && (e->kind == TypeKind::Uint8 || e->kind == TypeKind::Int32);
}

// ---- printing ----

namespace {

void write_type(std::string* out, const Type* t);
std::string union_string(const std::vector<TypeTerm>& u);

void write_tuple(std::string* out, const Type* tup, bool variadic) {
  *out += "(";
  if (tup != nullptr) {
    for (size_t i = 0; i < tup->elems.size(); i++) {
      if (i > 0) *out += ", ";
      if (i < tup->names.size() && !tup->names[i].empty()) *out += tup->names[i] + " ";
      const Type* e = tup->elems[i];
      if (variadic && i + 1 == tup->elems.size() && e->kind == TypeKind::Slice) {
        *out += "...";
        e = e->elem;
      }
      write_type(out, e);
    }
  }
  *out += ")";
}

void write_signature(std::string* out, const Type* sig) {
  write_tuple(out, sig->params, sig->variadic);
  const Type* res = sig->results;
  size_t n = res == nullptr ? 0 : res->elems.size();
  if (n == 0) return;
  *out += " ";
  if (n == 1 && (res->names.empty() || res->names[0].empty())) {
    write_type(out, res->elems[0]);
    return;
  }
  write_tuple(out, res, false);
}

std::string union_string(const std::vector<TypeTerm>& u) {
  std::string out;
  for (size_t i = 0; i < u.size(); i++) {
    if (i > 0) out += " | ";
    if (u[i].tilde) out += "~";
    write_type(&out, u[i].type);
  }
  return out;
}

void write_type(std::string* out, const Type* t) {
  if (t == nullptr) {
    *out += "<nil>";
    return;
  }
  if (t->alias != nullptr) {
    *out += t->alias;
    return;
  }
  switch (t->kind) {
    case TypeKind::Array:
      *out += "[" + std::to_string(t->len) + "]";
      write_type(out, t->elem);
      return;
    case TypeKind::Slice:
      *out += "[]";
      write_type(out, t->elem);
      return;
    case TypeKind::Struct:
      *out += "struct{";
      for (size_t i = 0; i < t->fields.size(); i++) {
        const StructField& f = t->fields[i];
        if (i > 0) *out += "; ";
        if (!f.embedded) *out += f.name + " ";
        write_type(out, f.type);
        if (!f.tag.empty()) *out += " " + quote_go_string(f.tag);
      }
      *out += "}";
      return;
    case TypeKind::Pointer:
      *out += "*";
      write_type(out, t->elem);
      return;
    case TypeKind::Tuple:
      write_tuple(out, t, false);
      return;
    case TypeKind::Func:
      *out += "func";
      write_signature(out, t);
      return;
    case TypeKind::Interface: {
      // Go: typestring.go: a constraint written as a bare union prints as that union;
      // otherwise its comparable, methods and unions, separated by "; ".
      std::vector<std::string> elems;
      if (t->comparable_set) elems.push_back("comparable");
      for (const Object* m : t->methods) {
        std::string e = m->name;
        write_signature(&e, m->type);
        elems.push_back(e);
      }
      for (const std::vector<TypeTerm>& u : t->tset) elems.push_back(union_string(u));
      if (t->implicit && elems.size() == 1) {
        *out += elems[0];
        return;
      }
      *out += "interface{";
      for (size_t i = 0; i < elems.size(); i++) *out += (i > 0 ? "; " : "") + elems[i];
      *out += "}";
      return;
    }
    case TypeKind::TypeParam:
      *out += t->obj->name;
      return;
    case TypeKind::Map:
      *out += "map[";
      write_type(out, t->key);
      *out += "]";
      write_type(out, t->elem);
      return;
    case TypeKind::Chan: {
      bool parens = false;
      switch (t->dir) {
        case ChanDir::Both:
          *out += "chan ";
          parens = t->elem->kind == TypeKind::Chan && t->elem->dir == ChanDir::Recv;
          break;
        case ChanDir::Send: *out += "chan<- "; break;
        case ChanDir::Recv: *out += "<-chan "; break;
      }
      if (parens) *out += "(";
      write_type(out, t->elem);
      if (parens) *out += ")";
      return;
    }
    case TypeKind::Named: {
      const Object* o = t->obj;
      if (o->pkg != nullptr && o->pkg->path != "main") *out += o->pkg->name + ".";
      *out += o->name;
      if (!t->targs.empty()) {
        // Go: typestring.go typeList: "Pair[string, int]".
        *out += "[";
        for (size_t i = 0; i < t->targs.size(); i++) {
          if (i > 0) *out += ", ";
          write_type(out, t->targs[i]);
        }
        *out += "]";
      }
      return;
    }
    default:
      *out += kBasicNames[static_cast<size_t>(t->kind)];
      return;
  }
}

}  // namespace

std::string type_string(const Type* t) {
  std::string out;
  write_type(&out, t);
  return out;
}

std::string func_string(const Object* f) {
  std::string out = f->name;
  write_signature(&out, f->type);
  return out;
}

std::vector<Object*> method_set(const Type* t) {
  std::vector<Object*> out;
  if (t == nullptr) return out;
  if (is_interface(t)) {
    out = under(t)->methods;
  } else if (t->kind == TypeKind::Named) {
    for (Object* m : t->methods) {
      if (!m->ptr_recv) out.push_back(m);
    }
  } else if (t->kind == TypeKind::Pointer && t->elem->kind == TypeKind::Named && !is_interface(t->elem)) {
    out = t->elem->methods;
  }
  std::stable_sort(out.begin(), out.end(), [](const Object* a, const Object* b) { return a->name < b->name; });
  return out;
}

// ---- sizes ----

namespace {
constexpr int kMaxSizeDepth = 2000;  // deeper type chains are priced as one word

int64_t sat_mul(int64_t a, int64_t b) {
  int64_t r = 0;
  if (__builtin_mul_overflow(a, b, &r)) return INT64_MAX;
  return r;
}
int64_t align_to(int64_t x, int64_t a) {
  if (x == INT64_MAX) return x;
  return a <= 1 ? x : (x + a - 1) / a * a;
}

int64_t size_rec(const Type* t, int depth);

int64_t align_rec(const Type* t, int depth) {
  const Type* u = under(t);
  if (depth > kMaxSizeDepth) return 8;
  switch (u->kind) {
    case TypeKind::Array: return align_rec(u->elem, depth + 1);
    case TypeKind::Struct: {
      int64_t a = 1;
      for (const StructField& f : u->fields) a = std::max(a, align_rec(f.type, depth + 1));
      return a;
    }
    case TypeKind::Slice: case TypeKind::Interface: case TypeKind::String:
      return 8;
    // Go: types2/sizes.go gcSizes.Alignof: a complex number aligns as its parts.
    case TypeKind::Complex64: return 4;
    case TypeKind::Complex128: return 8;
    default: {
      int64_t s = size_rec(u, depth + 1);
      return s >= 8 ? 8 : (s <= 0 ? 1 : s);
    }
  }
}

std::vector<int64_t> offsets_rec(const Type* u, int depth) {
  std::vector<int64_t> out;
  int64_t off = 0;
  for (const StructField& f : u->fields) {
    off = align_to(off, align_rec(f.type, depth + 1));
    out.push_back(off);
    int64_t s = size_rec(f.type, depth + 1);
    off = s == INT64_MAX || off > INT64_MAX - s ? INT64_MAX : off + s;
  }
  return out;
}

int64_t size_rec(const Type* t, int depth) {
  const Type* u = under(t);
  if (depth > kMaxSizeDepth) return 8;
  switch (u->kind) {
    case TypeKind::Bool: case TypeKind::Int8: case TypeKind::Uint8: return 1;
    case TypeKind::Int16: case TypeKind::Uint16: return 2;
    case TypeKind::Int32: case TypeKind::Uint32: case TypeKind::Float32: return 4;
    case TypeKind::String: case TypeKind::Interface: case TypeKind::Complex128: return 16;
    case TypeKind::Slice: return 24;
    case TypeKind::Array: return u->len <= 0 ? 0 : sat_mul(u->len, size_rec(u->elem, depth + 1));
    case TypeKind::Struct: {
      if (u->fields.empty()) return 0;
      std::vector<int64_t> offs = offsets_rec(u, depth);
      int64_t last = size_rec(u->fields.back().type, depth + 1);
      if (offs.back() > 0 && last == 0) last = 1;
      if (offs.back() == INT64_MAX || last == INT64_MAX || offs.back() > INT64_MAX - last - 8) return INT64_MAX;
      return align_to(offs.back() + last, align_rec(u, depth));
    }
    case TypeKind::Tuple: {
      int64_t s = 0;
      for (const Type* e : u->elems) {
        int64_t es = size_rec(e, depth + 1);
        s = align_to(s, align_rec(e, depth + 1));
        s = es == INT64_MAX || s > INT64_MAX - es ? INT64_MAX : s + es;
      }
      return s;
    }
    default:
      return 8;  // int, uint, int64, uint64, uintptr, float64, pointers, maps, chans, funcs
  }
}
}  // namespace

int64_t type_size(const Type* t) { return size_rec(t, 0); }
int64_t type_align(const Type* t) { return align_rec(t, 0); }
std::vector<int64_t> field_offsets(const Type* t) { return offsets_rec(under(t), 0); }

// ---- the table ----

TypeTable::TypeTable(ObjectPool* objects, const TypeTable* parent) : objects_(objects), parent_(parent) {
  if (parent_ != nullptr) {
    // A layer over a shared table (pkgcache.h): the same basic types, so that types made here
    // and there are identical exactly when Go says so; ids continue after the parent's.
    first_id_ = parent_->first_id_ + static_cast<int>(parent_->types_.size());
    basics_ = parent_->basics_;
    byte_ = parent_->byte_;
    rune_ = parent_->rune_;
    any_ = parent_->any_;
    empty_iface_ = parent_->empty_iface_;
    empty_tuple_ = parent_->empty_tuple_;
    return;
  }
  for (int k = 0; k <= static_cast<int>(TypeKind::UntypedNil); k++) {
    Type* t = alloc(static_cast<TypeKind>(k));
    t->canon = t;
    basics_.push_back(t);
  }
  Type* b = alloc(TypeKind::Uint8);
  b->canon = basic(TypeKind::Uint8);
  b->alias = "byte";
  byte_ = b;
  Type* r = alloc(TypeKind::Int32);
  r->canon = basic(TypeKind::Int32);
  r->alias = "rune";
  rune_ = r;
  empty_iface_ = interface({});
  Type* a = alloc(TypeKind::Interface);
  a->canon = empty_iface_;
  a->alias = "any";
  any_ = a;
  empty_tuple_ = tuple({});
}

const Type* TypeTable::default_type(const Type* t) const {
  if (t == nullptr) return t;
  switch (t->kind) {
    case TypeKind::UntypedBool: return basic(TypeKind::Bool);
    case TypeKind::UntypedInt: return basic(TypeKind::Int);
    case TypeKind::UntypedRune: return rune_;
    case TypeKind::UntypedFloat: return basic(TypeKind::Float64);
    case TypeKind::UntypedComplex: return basic(TypeKind::Complex128);
    case TypeKind::UntypedString: return basic(TypeKind::String);
    default: return t;
  }
}

Type* TypeTable::alloc(TypeKind k) {
  Type& t = types_.emplace_back();
  t.kind = k;
  t.id = first_id_ + static_cast<int>(types_.size());
  return &t;
}

const Type* TypeTable::find(const std::string& key) const {
  if (parent_ != nullptr) {
    if (const Type* t = parent_->find(key)) return t;
  }
  auto it = interned_.find(key);
  return it == interned_.end() ? nullptr : it->second;
}

const Type* TypeTable::intern(const std::string& key, Type proto, const Type* canon_hint) {
  if (const Type* found = find(key)) return found;
  Type* t = alloc(proto.kind);
  int id = t->id;
  *t = std::move(proto);
  t->id = id;
  t->canon = canon_hint != nullptr ? canon_hint : t;
  interned_[key] = t;
  return t;
}

const Type* TypeTable::array(const Type* elem, int64_t len) {
  Type p;
  p.kind = TypeKind::Array;
  p.elem = elem;
  p.len = len;
  std::string key = "A" + std::to_string(len) + "," + id_key(elem);
  if (const Type* found = find(key)) return found;
  const Type* canon = elem->canon == elem ? nullptr : array(elem->canon, len);
  return intern(key, std::move(p), canon);
}

const Type* TypeTable::slice(const Type* elem) {
  std::string key = "S" + id_key(elem);
  if (const Type* found = find(key)) return found;
  Type p;
  p.kind = TypeKind::Slice;
  p.elem = elem;
  const Type* canon = elem->canon == elem ? nullptr : slice(elem->canon);
  return intern(key, std::move(p), canon);
}

const Type* TypeTable::pointer(const Type* elem) {
  std::string key = "P" + id_key(elem);
  if (const Type* found = find(key)) return found;
  Type p;
  p.kind = TypeKind::Pointer;
  p.elem = elem;
  const Type* canon = elem->canon == elem ? nullptr : pointer(elem->canon);
  return intern(key, std::move(p), canon);
}

const Type* TypeTable::map(const Type* key_t, const Type* elem) {
  std::string key = "M" + id_key(key_t) + "," + id_key(elem);
  if (const Type* found = find(key)) return found;
  Type p;
  p.kind = TypeKind::Map;
  p.key = key_t;
  p.elem = elem;
  const Type* canon = (key_t->canon == key_t && elem->canon == elem) ? nullptr : map(key_t->canon, elem->canon);
  return intern(key, std::move(p), canon);
}

const Type* TypeTable::chan(ChanDir dir, const Type* elem) {
  std::string key = "C" + std::to_string(static_cast<int>(dir)) + "," + id_key(elem);
  if (const Type* found = find(key)) return found;
  Type p;
  p.kind = TypeKind::Chan;
  p.dir = dir;
  p.elem = elem;
  const Type* canon = elem->canon == elem ? nullptr : chan(dir, elem->canon);
  return intern(key, std::move(p), canon);
}

const Type* TypeTable::tuple(std::vector<const Type*> elems, std::vector<std::string> names) {
  bool any_name = false;
  for (const std::string& n : names) any_name = any_name || !n.empty();
  if (!any_name) names.clear();
  names.resize(any_name ? elems.size() : 0);
  std::string key = "T";
  bool canonical = !any_name;
  for (size_t i = 0; i < elems.size(); i++) {
    key += id_key(elems[i]) + (any_name ? ":" + names[i] : "") + ",";
    canonical = canonical && elems[i]->canon == elems[i];
  }
  if (const Type* found = find(key)) return found;
  const Type* canon = nullptr;
  if (!canonical) {
    std::vector<const Type*> ce;
    for (const Type* e : elems) ce.push_back(e->canon);
    canon = tuple(std::move(ce));
  }
  Type p;
  p.kind = TypeKind::Tuple;
  p.elems = std::move(elems);
  p.names = std::move(names);
  return intern(key, std::move(p), canon);
}

const Type* TypeTable::func(const Type* params, const Type* results, bool variadic) {
  std::string key = "F" + id_key(params) + "," + id_key(results) + (variadic ? "v" : "");
  if (const Type* found = find(key)) return found;
  const Type* canon = nullptr;
  if (params->canon != params || results->canon != results) canon = func(params->canon, results->canon, variadic);
  Type p;
  p.kind = TypeKind::Func;
  p.params = params;
  p.results = results;
  p.variadic = variadic;
  return intern(key, std::move(p), canon);
}

const Type* TypeTable::struct_type(std::vector<StructField> fields) {
  std::string key = "R";
  bool canonical = true;
  for (const StructField& f : fields) {
    key += f.name + ":" + id_key(f.type) + (f.embedded ? "e" : "") + ":" + pkg_key(f.pkg, f.name) + ":" +
           std::to_string(f.tag.size()) + f.tag + ";";
    canonical = canonical && f.type->canon == f.type;
  }
  if (const Type* found = find(key)) return found;
  const Type* canon = nullptr;
  if (!canonical) {
    std::vector<StructField> cf = fields;
    for (StructField& f : cf) f.type = f.type->canon;
    canon = struct_type(std::move(cf));
  }
  Type p;
  p.kind = TypeKind::Struct;
  p.fields = std::move(fields);
  const Type* t = intern(key, std::move(p), canon);
  auto* mt = const_cast<Type*>(t);  // fresh: the table owns it
  for (size_t i = 0; i < mt->fields.size(); i++) {
    StructField& f = mt->fields[i];
    f.obj = objects_->make(ObjKind::Var, f.name, {}, f.type, f.pkg);
    f.obj->var_kind = VarKind::Field;
    f.obj->field_index = static_cast<int>(i);
  }
  return t;
}

const Type* TypeTable::interface(std::vector<MethodSpec> methods) {
  std::stable_sort(methods.begin(), methods.end(),
                   [](const MethodSpec& a, const MethodSpec& b) { return a.name < b.name; });
  std::string key = "I";
  bool canonical = true;
  for (const MethodSpec& m : methods) {
    key += m.name + ":" + id_key(m.sig) + ":" + pkg_key(m.pkg, m.name) + ";";
    canonical = canonical && m.sig->canon == m.sig;
  }
  if (const Type* found = find(key)) return found;
  const Type* canon = nullptr;
  if (!canonical) {
    std::vector<MethodSpec> cm = methods;
    for (MethodSpec& m : cm) m.sig = m.sig->canon;
    canon = interface(std::move(cm));
  }
  Type p;
  p.kind = TypeKind::Interface;
  const Type* t = intern(key, std::move(p), canon);
  for (const MethodSpec& m : methods) {
    Object* f = objects_->make(ObjKind::Func, m.name, m.pos, m.sig, m.pkg);
    t->methods.push_back(f);
  }
  return t;
}

Type* TypeTable::named(Object* type_name) {
  Type* t = alloc(TypeKind::Named);
  t->canon = t;
  t->obj = type_name;
  return t;
}

void TypeTable::set_underlying(const Type* named, const Type* underlying) { named->underlying = underlying; }

void TypeTable::add_method(const Type* named, Object* method) { named->methods.push_back(method); }

Type* TypeTable::type_param(Object* type_name, const Type* constraint) {
  Type* t = alloc(TypeKind::TypeParam);
  t->canon = t;
  t->obj = type_name;
  t->underlying = constraint;
  return t;
}

const Type* TypeTable::constraint_interface(const Type* methods_iface, std::vector<std::vector<TypeTerm>> tset,
                                            bool comparable, bool implicit) {
  if (tset.empty() && !comparable && !implicit) return methods_iface;
  Type* t = alloc(TypeKind::Interface);
  t->canon = t;
  t->methods = methods_iface->methods;
  t->tset = std::move(tset);
  t->comparable_set = comparable;
  t->implicit = implicit;
  return t;
}

}  // namespace gosim::lang
