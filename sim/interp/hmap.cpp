#include "sim/interp/hmap.h"

namespace gosim::interp {

MapShape map_shape(const ir::Module& mod, int32_t map_type) {
  const ir::TypeDesc& mt = mod.types[static_cast<size_t>(map_type)];
  MapShape s;
  s.key_type = mt.key;
  s.val_type = mt.elem;
  s.key_size = static_cast<uint64_t>(mod.types[static_cast<size_t>(mt.key)].size);
  s.val_size = static_cast<uint64_t>(mod.types[static_cast<size_t>(mt.elem)].size);
  auto words = [](uint64_t n) { return (n + 7) / 8 * 8; };
  s.key_off = 8;
  s.val_off = s.key_off + words(s.key_size);
  s.slot_size = s.val_off + words(s.val_size);
  return s;
}

std::vector<std::pair<uint64_t, uint64_t>> map_entries(const ir::Module& mod, const Memory& mem, uint64_t h) {
  std::vector<std::pair<uint64_t, uint64_t>> out;
  if (h == 0) return out;
  const uint64_t cap = mem.load(h + kHmapCap, 8), table = mem.load(h + kHmapTable, 8);
  // A map without a table has no entries: its shape (read from its type) is not needed.
  if (cap == 0) return out;
  const MapShape s = map_shape(mod, static_cast<int32_t>(mem.load(h + kHmapType, 8)));
  for (uint64_t i = 0; i < cap; ++i) {
    const uint64_t slot = table + i * s.slot_size;
    if (mem.load(slot, 1) == kSlotFull) out.emplace_back(slot + s.key_off, slot + s.val_off);
  }
  return out;
}

}  // namespace gosim::interp
