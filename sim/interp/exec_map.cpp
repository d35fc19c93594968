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
      const MapType t = map_type(mod_, in.c);
      const int64_t hint = in.b >= 0 ? static_cast<int64_t>(ld8(B)) : 0;
      // A map that does not escape: the compiler's stack hmap, and its stack bucket when the
      // hint is at most 8 (Go: walk/builtin.go walkMakeMap, `if hint <= BUCKETSIZE`).
      const uint64_t hslot = static_cast<uint64_t>(in.imm) & 0xffffffff, bslot = static_cast<uint64_t>(in.imm) >> 32;
      const uint64_t h = hslot ? fp + hslot - 1 : 0;
      if (h != 0 && bslot != 0 && hint <= static_cast<int64_t>(kBucketCnt)) st8(h + kHmapBuckets, fp + bslot - 1);
      st8(A, makemap(t, hint, h, in.sub == 1));
      break;
    }
    case Op::kMapLoad: {
      // Go: mapaccess1/mapaccess2; a missing key reads the zero value (zeroVal).
      const MapType t = map_type(mod_, static_cast<int32_t>(in.imm >> 32));
      uint64_t k = 0, e = 0;
      if (!mapaccessK(t, ld8(B), C, &k, &e)) return Flow::kNext;
      if (e) {
        mem_.copy(A, e, t.elem_size);
      } else {
        mem_.zero(A, t.elem_size);
      }
      const int64_t ok = (in.imm & 0xffffffff) - 1;
      if (ok >= 0) mem_.store(fp + static_cast<uint64_t>(ok), e ? 1 : 0, 1);
      break;
    }
    case Op::kMapAssign: {
      uint64_t val = 0;
      if (!mapassign(map_type(mod_, static_cast<int32_t>(in.imm)), ld8(B), C, &val)) return Flow::kNext;
      st8(A, val);
      break;
    }
    case Op::kMapDelete:
      if (in.sub == ir::kMapDeleteClear) {
        mapclear(map_type(mod_, static_cast<int32_t>(in.imm)), ld8(B));
        break;
      }
      if (!mapdelete(map_type(mod_, static_cast<int32_t>(in.imm)), ld8(B), C)) return Flow::kNext;
      break;
    case Op::kMapLen: {
      const uint64_t h = ld8(B);
      st8(A, h ? ld8(h + kHmapCount) : 0);
      break;
    }
    case Op::kMapIterInit:
      mapiterinit(map_type(mod_, static_cast<int32_t>(in.imm)), static_cast<int32_t>(in.imm), A, ld8(B));
      break;
    case Op::kMapIterNext:
      if (!mapiternext(A, (in.imm & 1) ? B : 0, (in.imm & 2) ? C : 0)) return Flow::kNext;
      break;
    default: break;
  }
  return Flow::kNext;
}

}  // namespace gosim::interp
