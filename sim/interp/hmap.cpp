// The layout of a map type's buckets (Go: the compiler's reflectdata.MapBucketType and maptype
// flags) and a read-only walk over a map's entries, for fmt.
#include "sim/interp/hmap.h"

namespace gosim::interp {

namespace {
// Go: the compiler's needkeyupdate / isReflexive / hashMightPanic, by walking the key type.
struct KeyTraits {
  bool update = false, reflexive = true, might_panic = false;
};
void key_traits(const ir::Module& mod, int32_t id, KeyTraits* k) {
  const ir::TypeDesc& t = mod.types[static_cast<size_t>(id)];
  switch (t.kind) {
    case ir::TypeKind::kFloat64: case ir::TypeKind::kFloat32: case ir::TypeKind::kComplex64:
    case ir::TypeKind::kComplex128:
      k->update = true;  // Go: needkeyupdate: +0 and -0 are equal keys with different bits
      k->reflexive = false;  // NaN != NaN
      break;
    case ir::TypeKind::kString: k->update = true; break;
    case ir::TypeKind::kInterface: k->update = true; k->reflexive = false; k->might_panic = true; break;
    case ir::TypeKind::kArray: if (t.len > 0) key_traits(mod, t.elem, k); break;
    case ir::TypeKind::kStruct: for (const ir::FieldDesc& f : t.fields) key_traits(mod, f.type, k); break;
    default: break;
  }
}
}  // namespace

MapType map_type(const ir::Module& mod, int32_t map_type_id) {
  const ir::TypeDesc& mt = mod.types[static_cast<size_t>(map_type_id)];
  const ir::TypeDesc& kt = mod.types[static_cast<size_t>(mt.key)];
  const ir::TypeDesc& et = mod.types[static_cast<size_t>(mt.elem)];
  MapType t;
  t.key_type = mt.key;
  t.elem_type = mt.elem;
  t.key_size = static_cast<uint64_t>(kt.size);
  t.elem_size = static_cast<uint64_t>(et.size);
  // Go: maxKeySize / maxElemSize — larger keys and elems live in their own objects.
  t.indirect_key = t.key_size > 128;
  t.indirect_elem = t.elem_size > 128;
  t.keysize = t.indirect_key ? 8 : t.key_size;
  t.elemsize = t.indirect_elem ? 8 : t.elem_size;
  t.key_ptrs = kt.has_pointers;
  t.elem_ptrs = et.has_pointers;
  t.bucketsize = static_cast<uint64_t>(ir::map_bucket_size(kt.size, et.size));
  // Go: MapBucketType makes the overflow field a uintptr when neither side holds a pointer.
  t.bucket_ptrs = t.indirect_key || t.indirect_elem || t.key_ptrs || t.elem_ptrs;
  KeyTraits k;
  key_traits(mod, mt.key, &k);
  t.need_key_update = k.update;
  t.reflexive_key = k.reflexive;
  t.hash_might_panic = k.might_panic;
  return t;
}

std::vector<std::pair<uint64_t, uint64_t>> map_entries(const ir::Module& mod, const Memory& mem, uint64_t h,
                                                       int32_t map_type_id) {
  std::vector<std::pair<uint64_t, uint64_t>> out;
  if (h == 0 || mem.load(h + kHmapCount, 8) == 0) return out;
  const MapType t = map_type(mod, map_type_id);
  // Every live cell holds a live entry: an old bucket's cells are marked evacuated once moved,
  // and a write evacuates the old bucket before it touches the new one (growWork).
  auto walk = [&](uint64_t array, uint64_t n) {
    for (uint64_t i = 0; i < n; ++i) {
      for (uint64_t b = array + i * t.bucketsize; b != 0; b = mem.load(b + t.bucketsize - 8, 8)) {
        for (uint64_t j = 0; j < kBucketCnt; ++j) {
          if (mem.load(b + j, 1) < kMinTopHash) continue;
          uint64_t k = b + t.key_off(j), e = b + t.elem_off(j);
          if (t.indirect_key) k = mem.load(k, 8);
          if (t.indirect_elem) e = mem.load(e, 8);
          out.emplace_back(k, e);
        }
      }
    }
  };
  const auto B = static_cast<uint8_t>(mem.load(h + kHmapB, 1));
  const uint64_t old = mem.load(h + kHmapOldbuckets, 8);
  if (old != 0) {
    const bool same = (mem.load(h + kHmapFlags, 1) & kFlagSameSizeGrow) != 0;
    walk(old, uint64_t{1} << (same ? B : B - 1));
  }
  walk(mem.load(h + kHmapBuckets, 8), uint64_t{1} << B);
  return out;
}

}  // namespace gosim::interp
