// Field and method lookup through embedded fields, and the method sets it implies.
//
// Go: cmd/compile/internal/types2/lookup.go (lookupFieldOrMethod, consolidateMultiples) and
// methodset.go. A selector x.f finds f at the shallowest depth of embedding where it exists;
// two candidates at that depth make it ambiguous. The checker, the lowering (itab wrappers for
// promoted methods) and the escape analysis all ask here, so they agree on every path.
#pragma once

#include <string>
#include <vector>

#include "sim/lang/object.h"
#include "sim/lang/types.h"

namespace gosim::lang {

// What x.name selects. `path` is the field index of each embedded field walked, then the index
// of obj itself (a field index, or a method index in its named type or interface).
struct Selection {
  Object* obj = nullptr;
  std::vector<int> path;
  bool indirect = false;   // a pointer was dereferenced on the way (x itself or an embedded *T)
  bool need_ptr = false;   // a pointer method on a non-addressable value (obj is nil)
  bool ambiguous = false;  // two candidates at the same depth (obj is nil)
  int index() const { return path.empty() ? -1 : path.back(); }
};

// Go: lookup.go lookupFieldOrMethod. fold_case matches the name ignoring case (for the
// "but does have" hints of error messages).
Selection lookup_field_or_method(const Type* t, bool addressable, const PackageRef* pkg, const std::string& name,
                                 bool fold_case = false);

// The name an embedded field declares: T for T, *T, pkg.T and *pkg.T.
std::string embedded_field_name(const Expr* type_expr);

// Methods promoted into t's method set through embedded fields (not t's own declared
// methods), sorted by name: the entries the compiler makes wrapper functions for
// (Go: reflectdata/reflect.go methods, typecheck.expandmeth). t is a struct type, a named
// struct type, or a pointer to one.
std::vector<Selection> promoted_methods(const Type* t);

}  // namespace gosim::lang
