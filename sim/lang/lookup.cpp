// Field and method lookup through embedded fields (see lookup.h).
//
// Go: types2/lookup.go lookupFieldOrMethod: a breadth-first search over the embedding
// levels. At each depth every embedded type of the previous depth is searched; a named type
// seen before is skipped (embedding cycles through pointers end there); the first depth with
// a match decides, and two matches there (or one reached along two paths) are ambiguous.
#include "sim/lang/lookup.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <set>

#include "sim/lang/ast.h"

namespace gosim::lang {
namespace {

bool is_exported(const std::string& s) { return !s.empty() && s[0] >= 'A' && s[0] <= 'Z'; }

bool same_id(const Object* o, const PackageRef* pkg, const std::string& name) {
  return o->name == name && (is_exported(name) || o->pkg == pkg);
}

bool fold_equal(const std::string& a, const std::string& b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); i++) {
    if (std::tolower(static_cast<unsigned char>(a[i])) != std::tolower(static_cast<unsigned char>(b[i]))) return false;
  }
  return true;
}

// Go: lookup.go embeddedType.
struct Embedded {
  const Type* typ;
  std::vector<int> index;  // embedded field indices leading here
  bool indirect;           // a pointer was followed on the way
  bool multiples;          // reached along more than one path
};

// Go: lookup.go deref: the element of an unnamed pointer type.
const Type* deref(const Type* t, bool* is_ptr) {
  *is_ptr = t != nullptr && t->kind == TypeKind::Pointer;
  return *is_ptr ? t->elem : t;
}

// Go: lookup.go consolidateMultiples: one entry per identical type, marked when repeated.
std::vector<Embedded> consolidate(std::vector<Embedded> list) {
  std::vector<Embedded> out;
  for (Embedded& e : list) {
    bool merged = false;
    for (Embedded& o : out) {
      if (identical(o.typ, e.typ)) {
        o.multiples = true;
        merged = true;
        break;
      }
    }
    if (!merged) out.push_back(std::move(e));
  }
  return out;
}

std::vector<int> concat(const std::vector<int>& a, int i) {
  std::vector<int> r = a;
  r.push_back(i);
  return r;
}

}  // namespace

Selection lookup_field_or_method(const Type* t, bool addressable, const PackageRef* pkg, const std::string& name,
                                 bool fold_case) {
  Selection r;
  if (name == "_" || t == nullptr) return r;
  auto match = [&](const Object* o) { return fold_case ? fold_equal(o->name, name) : same_id(o, pkg, name); };
  // A named pointer type has no methods of its own, nor are its base type's methods promoted:
  // look at fields only (Go: the spec's rule for x.f with x of a defined pointer type).
  if (t->kind == TypeKind::Named && t->underlying != nullptr && t->underlying->kind == TypeKind::Pointer) {
    Selection p = lookup_field_or_method(t->underlying, false, pkg, name, fold_case);
    if (p.obj != nullptr && p.obj->kind == ObjKind::Func) return {};
    return p;
  }
  bool is_ptr = false;
  const Type* typ = deref(t, &is_ptr);
  if (is_ptr && is_interface(typ)) return r;  // *I has no methods
  std::vector<Embedded> current{{typ, {}, is_ptr, false}};
  std::set<const Type*> seen;
  while (!current.empty()) {
    std::vector<Embedded> next;
    for (const Embedded& e : current) {
      const Type* et = e.typ;
      if (et->kind == TypeKind::Named) {
        if (!seen.insert(et).second) continue;
        bool found = false;
        for (size_t i = 0; i < et->methods.size(); i++) {
          if (!match(et->methods[i])) continue;
          if (r.obj != nullptr || e.multiples) {
            Selection amb;
            amb.ambiguous = true;
            return amb;
          }
          r.obj = et->methods[i];
          r.path = concat(e.index, static_cast<int>(i));
          r.indirect = e.indirect;
          found = true;
          break;
        }
        if (found) continue;  // a method hides the fields and interface methods of its type
      }
      const Type* u = under(et);
      if (u == nullptr) continue;
      if (u->kind == TypeKind::Struct) {
        for (size_t i = 0; i < u->fields.size(); i++) {
          const StructField& f = u->fields[i];
          if (f.obj != nullptr && match(f.obj)) {
            if (r.obj != nullptr || e.multiples) {
              Selection amb;
              amb.ambiguous = true;
              return amb;
            }
            r.obj = f.obj;
            r.path = concat(e.index, static_cast<int>(i));
            r.indirect = e.indirect;
            continue;
          }
          if (r.obj == nullptr && f.embedded && f.type != nullptr) {
            bool p = false;
            const Type* ft = deref(f.type, &p);
            next.push_back({ft, concat(e.index, static_cast<int>(i)), e.indirect || p, e.multiples});
          }
        }
      } else if (u->kind == TypeKind::Interface) {
        for (size_t i = 0; i < u->methods.size(); i++) {
          if (!match(u->methods[i])) continue;
          if (r.obj != nullptr || e.multiples) {
            Selection amb;
            amb.ambiguous = true;
            return amb;
          }
          r.obj = u->methods[i];
          r.path = concat(e.index, static_cast<int>(i));
          r.indirect = e.indirect;
          break;
        }
      }
    }
    if (r.obj != nullptr) {
      // Go: a pointer method needs a pointer or an addressable operand.
      if (r.obj->kind == ObjKind::Func && r.obj->ptr_recv && !r.indirect && !addressable) {
        Selection np;
        np.need_ptr = true;
        np.indirect = true;
        return np;
      }
      return r;
    }
    current = consolidate(std::move(next));
  }
  return r;
}

std::string embedded_field_name(const Expr* e) {
  while (e != nullptr) {
    switch (e->kind) {
      case NodeKind::Name: return static_cast<const Name*>(e)->value;
      case NodeKind::SelectorExpr: return static_cast<const SelectorExpr*>(e)->sel->value;
      case NodeKind::ParenExpr: e = static_cast<const ParenExpr*>(e)->x; break;
      case NodeKind::Operation: {
        auto* o = static_cast<const Operation*>(e);
        if (o->op != Op::Mul || o->y != nullptr) return expr_string(e);
        e = o->x;
        break;
      }
      default: return expr_string(e);
    }
  }
  return "";
}

std::vector<Selection> promoted_methods(const Type* t) {
  std::vector<Selection> out;
  bool is_ptr = false;
  const Type* base = deref(t, &is_ptr);
  const Type* u = under(base);
  if (u == nullptr || u->kind != TypeKind::Struct) return out;
  // Every method name reachable through embedded fields is a candidate; lookup decides
  // whether it is promoted (shallowest, unambiguous, not hidden by a field).
  std::map<std::string, const PackageRef*> names;  // name -> its package (unexported names)
  std::set<const Type*> seen;
  std::vector<const Type*> work;
  for (const StructField& f : u->fields) {
    if (f.embedded && f.type != nullptr) work.push_back(f.type);
  }
  while (!work.empty()) {
    bool p = false;
    const Type* et = deref(work.back(), &p);
    work.pop_back();
    if (!seen.insert(et).second) continue;
    if (et->kind == TypeKind::Named) {
      for (const Object* m : et->methods) names.emplace(m->name, m->pkg);
    }
    const Type* eu = under(et);
    if (eu == nullptr) continue;
    if (eu->kind == TypeKind::Interface) {
      for (const Object* m : eu->methods) names.emplace(m->name, m->pkg);
    } else if (eu->kind == TypeKind::Struct) {
      for (const StructField& f : eu->fields) {
        if (f.embedded && f.type != nullptr) work.push_back(f.type);
      }
    }
  }
  for (const auto& [n, pkg] : names) {
    Selection s = lookup_field_or_method(t, false, pkg, n, false);
    if (s.obj == nullptr || s.obj->kind != ObjKind::Func || s.path.size() < 2) continue;
    out.push_back(std::move(s));
  }
  return out;
}

}  // namespace gosim::lang
