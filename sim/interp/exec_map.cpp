// Maps: make, lookup, assignment, delete, len and iteration (the hash table itself is map.cpp).
// The general loop (exec.cpp step_until) hands these instructions here by family.
// Go: runtime/map.go makemap, mapaccess2, mapassign, mapdelete, mapiterinit, mapiternext.
#include <algorithm>
#include <cstring>

#include "sim/interp/alg.h"
#include "sim/interp/exec.h"
#include "sim/interp/hmap.h"
#include "sim/interp/int_binop.h"
#include "sim/interp/interp.h"
#include "sim/heap/heap.h"

namespace gosim::interp {

using ir::NumKind;
using ir::Op;

Flow Exec::exec_map(const ir::Instr& in, const Operands& o) {
  [[maybe_unused]] const uint64_t fp = o.fp, A = o.A, B = o.B, C = o.C;
  switch (in.op) {
    case Op::kMakeMap: {
      // Go: runtime/map.go makemap: a negative hint is no hint (overLoadFactor is false), and
      // so is one whose buckets would pass maxAlloc (checked in makemap).
      const int64_t hint = in.b >= 0 ? static_cast<int64_t>(ld8(B)) : 0;
      st8(A, makemap(in.c, hint < 0 ? 0 : hint));
      break;
    }
    case Op::kMapLoad: {
      const uint64_t h = ld8(B);
      uint64_t slot = 0;
      if (!map_find(h, C, &slot)) return Flow::kNext;
      const int32_t mt = h ? static_cast<int32_t>(ld8(h + kHmapType)) : -1;
      // The value size: from the map when there is one; a nil map's zero value needs the
      // instruction's type, which the lowering passes in the ok word's high half.
      const MapShape s = map_shape(mod_, mt >= 0 ? mt : static_cast<int32_t>(in.imm >> 32));
      if (slot) {
        mem_.copy(A, slot + s.val_off, s.val_size);
      } else {
        mem_.zero(A, s.val_size);
      }
      const int64_t ok = (in.imm & 0xffffffff) - 1;
      if (ok >= 0) mem_.store(fp + static_cast<uint64_t>(ok), slot ? 1 : 0, 1);
      break;
    }
    case Op::kMapAssign: {
      uint64_t val = 0;
      if (!mapassign(ld8(B), C, &val)) return Flow::kNext;
      st8(A, val);
      break;
    }
    case Op::kMapDelete:
      if (!mapdelete(ld8(B), C)) return Flow::kNext;
      break;
    case Op::kMapLen: {
      const uint64_t h = ld8(B);
      st8(A, h ? ld8(h + kHmapCount) : 0);
      break;
    }
    case Op::kMapIterInit: mapiterinit(A, ld8(B)); break;
    case Op::kMapIterNext:
      if (!mapiternext(A, (in.imm & 1) ? B : 0, (in.imm & 2) ? C : 0)) return Flow::kNext;
      break;
    default: break;
  }
  return Flow::kNext;
}

}  // namespace gosim::interp
