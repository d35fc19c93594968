// Go: cmd/compile/internal/types/size.go CalcSize — the limit on a type's size.
//
// types2 accepts any array length that fits in int; the compiler then refuses an array whose
// size would reach MaxWidth (1<<50 bytes on amd64: "type [N]T larger than address space"),
// reported at the declaration being sized (a variable, a parameter, a type name). gosim's sizes
// saturate instead of overflowing, so without this check such a type would be silently wrong.
#include <set>
#include <string>

#include "sim/lang/checker.h"

namespace gosim::lang {

namespace {

constexpr int64_t kMaxWidth = int64_t{1} << 50;  // Go: amd64 galign.go arch.MAXWIDTH
constexpr int kMaxDepth = 2000;                  // as types.cpp: deeper chains are not walked

// The first array type inside t (depth first, element before the array itself, as CalcSize
// recurses) whose size reaches MaxWidth; nullptr if none.
const Type* too_large_array(const Type* t, std::set<const Type*>& seen, int depth) {
  const Type* u = under(t);
  if (depth > kMaxDepth || !seen.insert(u).second) return nullptr;
  switch (u->kind) {
    case TypeKind::Array: {
      if (const Type* inner = too_large_array(u->elem, seen, depth + 1)) return inner;
      const int64_t w = type_size(u->elem);
      if (w != 0 && static_cast<uint64_t>(u->len) > static_cast<uint64_t>(kMaxWidth - 1) / static_cast<uint64_t>(w)) {
        return u;
      }
      return nullptr;
    }
    case TypeKind::Struct:
      for (const StructField& f : u->fields) {
        if (const Type* inner = too_large_array(f.type, seen, depth + 1)) return inner;
      }
      return nullptr;
    default: return nullptr;  // pointers, slices, maps, chans, funcs: a word or three
  }
}

}  // namespace

void Checker::check_type_sizes() {
  std::set<const Type*> reported;  // Go sizes a type once: one error per type
  for (const Object& o : pkg_->objects.all()) {
    const bool sized = (o.kind == ObjKind::Var && o.var_kind != VarKind::Field) ||
                       (o.kind == ObjKind::TypeName && o.decl != nullptr);
    if (!sized || o.type == nullptr || !o.pos.known()) continue;
    std::set<const Type*> seen;
    const Type* big = too_large_array(o.type, seen, 0);
    if (big == nullptr || !reported.insert(big->canon ? big->canon : big).second) continue;
    // Go's %L: the array literally, its length in decimal.
    errors_->add(o.pos, "type [" + std::to_string(big->len) + "]" + ts(big->elem) + " larger than address space");
  }
}

}  // namespace gosim::lang
