// The runtime half of converting a value to an interface (Go: runtime/iface.go convT16,
// convT32, convT64, convTstring, convTslice, convT, convTnoptr). The compiler's half — which
// conversions need no runtime call at all — is in sim/ir/lower_conv.cpp.
#include "sim/interp/exec.h"

namespace gosim::interp {

void Exec::no_alloc(heap::NoAllocWhy why, int64_t sub, int64_t value, uint64_t addr) {
  heap::emit(mc_.code_events(gi_), EventKind::kNoAlloc, -1, static_cast<int64_t>(why) | (sub << 8), value,
             static_cast<int64_t>(addr));
}

uint64_t Exec::conv_data_word(const ir::Instr& in, uint64_t src) {
  const auto size = static_cast<uint64_t>(in.imm);
  using ir::ConvT;
  using heap::AllocWhy;
  // Go: runtime/iface.go — values below len(staticuint64s) (256) point into that table.
  auto small = [&](uint64_t v) { return mod_.staticuint64s + v * 8; };
  using heap::NoAllocWhy;
  auto copy_to_heap = [&](bool has_pointers, AllocWhy why) {
    const uint64_t p = alloc(size, has_pointers, why);
    mem_.copy(p, src, static_cast<size_t>(size));
    return p;
  };
  switch (static_cast<ConvT>(in.sub)) {
    case ConvT::kStaticByte:  // walk/convert.go dataWord: a bool or byte indexes staticuint64s
    {
      const uint64_t v = mem_.load(src, 1);
      no_alloc(NoAllocWhy::kStaticByte, 1, static_cast<int64_t>(v), small(v));
      return small(v);
    }
    case ConvT::kConvT16: case ConvT::kConvT32: case ConvT::kConvT64: {
      const uint64_t v = mem_.load(src, static_cast<int>(size));
      if (v < 256) {
        no_alloc(NoAllocWhy::kStaticUint64s, static_cast<int64_t>(size), static_cast<int64_t>(v), small(v));
        return small(v);
      }
      const AllocWhy why = size == 2 ? AllocWhy::kConvT16 : size == 4 ? AllocWhy::kConvT32 : AllocWhy::kConvT64;
      return copy_to_heap(false, why);  // mallocgc(size, uint64Type, false): noscan
    }
    case ConvT::kConvTstring:  // "" -> &zeroVal
      if (ld8(src + 8) == 0) {
        no_alloc(NoAllocWhy::kZeroValString, 0, 0, mod_.zeroval);
        return mod_.zeroval;
      }
      return copy_to_heap(true, AllocWhy::kConvTstring);
    case ConvT::kConvTslice:  // a nil array pointer -> &zeroVal
      if (ld8(src) == 0) {
        no_alloc(NoAllocWhy::kZeroValSlice, 0, 0, mod_.zeroval);
        return mod_.zeroval;
      }
      return copy_to_heap(true, AllocWhy::kConvTslice);
    case ConvT::kConvT: return copy_to_heap(true, AllocWhy::kConvT);
    case ConvT::kConvTnoptr: return copy_to_heap(false, AllocWhy::kConvTnoptr);
  }
  return 0;
}

}  // namespace gosim::interp
