// The interpreter's map operations (Go: runtime/map.go makemap, mapaccess1/2, mapassign,
// mapdelete, mapiterinit, mapiternext) over the table described in hmap.h.
#include "sim/heap/heap.h"
#include "sim/interp/alg.h"
#include "sim/interp/exec.h"
#include "sim/interp/hmap.h"

namespace gosim::interp {

namespace {
uint64_t pow2_at_least(uint64_t n) {
  uint64_t c = 8;
  while (c < n) c *= 2;
  return c;
}
}  // namespace

uint32_t Exec::fastrand() {
  Model& m = mc_.mutable_model();
  const int32_t mi = g().m >= 0 ? g().m : 0;
  return m.allm[static_cast<size_t>(mi)].rand.fastrand();
}

// Go: makemap — a header with a fresh random hash0; a hint sizes the table up front.
uint64_t Exec::makemap(int32_t type, int64_t hint) {
  // Go: makemap drops a hint whose buckets would pass maxAlloc. Go's bucket: 8 tophash bytes,
  // 8 keys, 8 values (each stored as a pointer over 128 bytes) and an overflow pointer.
  const MapShape shape = map_shape(mod_, type);
  const uint64_t bucket = 8 + 8 * (shape.key_size > 128 ? 8 : shape.key_size) +
                          8 * (shape.val_size > 128 ? 8 : shape.val_size) + 8;
  uint64_t mem = 0;
  if (__builtin_mul_overflow(static_cast<uint64_t>(hint), bucket, &mem) || mem > heap::kMaxAlloc) hint = 0;
  const uint64_t h = alloc(kHmapSize);
  st8(h + kHmapType, static_cast<uint64_t>(type));
  st8(h + kHmapSeed, (static_cast<uint64_t>(fastrand()) << 32) | fastrand());
  if (hint > 0) map_rehash(h, pow2_at_least(static_cast<uint64_t>(hint) * 4 / 3 + 1));
  return h;
}

void Exec::map_rehash(uint64_t h, uint64_t newcap) {
  const MapShape s = map_shape(mod_, static_cast<int32_t>(ld8(h + kHmapType)));
  const uint64_t old_cap = ld8(h + kHmapCap), old_table = ld8(h + kHmapTable);
  const uint64_t table = alloc(newcap * s.slot_size);
  const uint64_t seed = ld8(h + kHmapSeed);
  const Alg alg(mod_, mem_);
  for (uint64_t i = 0; i < old_cap; ++i) {
    const uint64_t slot = old_table + i * s.slot_size;
    if (mem_.load(slot, 1) != kSlotFull) continue;
    std::string bad;
    uint64_t j = alg.hash(slot + s.key_off, s.key_type, seed, &bad, slot) & (newcap - 1);
    while (mem_.load(table + j * s.slot_size, 1) == kSlotFull) j = (j + 1) & (newcap - 1);
    write_barrier(table + j * s.slot_size, slot, s.slot_size, /*src_only=*/true);  // Go: growWork's typedmemmove
    mem_.copy(table + j * s.slot_size, slot, s.slot_size);
  }
  st8(h + kHmapCap, newcap);
  st8(h + kHmapTable, table);
  st8(h + kHmapTombs, 0);
}

// The slot holding key, or 0. Returns false after a panic (an unhashable key).
bool Exec::map_find(uint64_t h, uint64_t key, uint64_t* slot_out) {
  *slot_out = 0;
  if (h == 0) {
    // Go still hashes the key of a lookup in a nil map (an unhashable key panics).
    return true;
  }
  const uint64_t cap = ld8(h + kHmapCap);
  const MapShape s = map_shape(mod_, static_cast<int32_t>(ld8(h + kHmapType)));
  const Alg alg(mod_, mem_);
  std::string bad;
  const uint64_t hv = alg.hash(key, s.key_type, ld8(h + kHmapSeed), &bad, key);
  if (!bad.empty()) {
    panic_text(bad);
    return false;
  }
  if (cap == 0) return true;
  const uint64_t table = ld8(h + kHmapTable);
  for (uint64_t n = 0, j = hv & (cap - 1); n < cap; ++n, j = (j + 1) & (cap - 1)) {
    const uint64_t slot = table + j * s.slot_size;
    const auto st = mem_.load(slot, 1);
    if (st == kSlotEmpty) return true;
    if (st != kSlotFull) continue;
    if (alg.equal(slot + s.key_off, key, s.key_type, &bad)) {
      *slot_out = slot;
      return true;
    }
    if (!bad.empty()) {
      panic_text(bad);
      return false;
    }
  }
  return true;
}

// Go: mapassign — the value's address for key, inserting a zero value if the key is new.
bool Exec::mapassign(uint64_t h, uint64_t key, uint64_t* val) {
  *val = 0;
  if (h == 0) {
    panic_text("assignment to entry in nil map");
    return false;
  }
  uint64_t slot = 0;
  if (!map_find(h, key, &slot)) return false;
  const MapShape s = map_shape(mod_, static_cast<int32_t>(ld8(h + kHmapType)));
  if (slot != 0) {
    *val = slot + s.val_off;
    return true;
  }
  const uint64_t count = ld8(h + kHmapCount), tombs = ld8(h + kHmapTombs);
  uint64_t cap = ld8(h + kHmapCap);
  if ((count + tombs + 1) * 4 > cap * 3) {
    map_rehash(h, pow2_at_least((count + 1) * 2));
    cap = ld8(h + kHmapCap);
  }
  const Alg alg(mod_, mem_);
  std::string bad;
  const uint64_t table = ld8(h + kHmapTable);
  uint64_t j = alg.hash(key, s.key_type, ld8(h + kHmapSeed), &bad, key) & (cap - 1);
  while (mem_.load(table + j * s.slot_size, 1) == kSlotFull) j = (j + 1) & (cap - 1);
  slot = table + j * s.slot_size;
  if (mem_.load(slot, 1) == kSlotDeleted) st8(h + kHmapTombs, ld8(h + kHmapTombs) - 1);
  mem_.zero(slot, s.slot_size);
  mem_.store(slot, kSlotFull, 1);
  write_barrier(slot + s.key_off, key, s.key_size);  // Go: mapassign's typedmemmove of the key
  mem_.copy(slot + s.key_off, key, s.key_size);
  st8(h + kHmapCount, count + 1);
  *val = slot + s.val_off;
  return true;
}

// Go: mapdelete — a no-op on a nil map or a missing key.
bool Exec::mapdelete(uint64_t h, uint64_t key) {
  uint64_t slot = 0;
  if (!map_find(h, key, &slot)) return false;
  if (slot == 0) return true;
  const MapShape s = map_shape(mod_, static_cast<int32_t>(ld8(h + kHmapType)));
  mem_.zero(slot, s.slot_size);
  mem_.store(slot, kSlotDeleted, 1);
  st8(h + kHmapCount, ld8(h + kHmapCount) - 1);
  st8(h + kHmapTombs, ld8(h + kHmapTombs) + 1);
  return true;
}

// Go: mapiterinit — a random starting point (Go: startBucket and offset from fastrand).
// The iterator: map, table and its size when the loop began, start, slots visited, ok byte.
void Exec::mapiterinit(uint64_t it, uint64_t h) {
  mem_.zero(it, ir::kMapIterSize);
  st8(it, h);
  if (h == 0 || ld8(h + kHmapCount) == 0) return;
  const uint64_t cap = ld8(h + kHmapCap);
  st8(it + 8, ld8(h + kHmapTable));
  st8(it + 16, cap);
  st8(it + 24, ((static_cast<uint64_t>(fastrand()) << 32) | fastrand()) & (cap - 1));
}

// Go: mapiternext. Entries deleted during the loop are not produced; if the map was rehashed
// meanwhile, each remaining entry of the old table is looked up again (Go does the same when
// it iterates a growing map), so its current value is seen.
bool Exec::mapiternext(uint64_t it, uint64_t kdst, uint64_t vdst) {
  const uint64_t h = ld8(it), table = ld8(it + 8), cap = ld8(it + 16), start = ld8(it + 24);
  mem_.store(it + ir::kMapIterOk, 0, 1);
  if (h == 0 || cap == 0) return true;
  const MapShape s = map_shape(mod_, static_cast<int32_t>(ld8(h + kHmapType)));
  for (uint64_t i = ld8(it + 32); i < cap; ++i) {
    const uint64_t slot = table + ((start + i) & (cap - 1)) * s.slot_size;
    if (mem_.load(slot, 1) != kSlotFull) continue;
    uint64_t val = slot + s.val_off;
    if (ld8(h + kHmapTable) != table) {
      uint64_t cur = 0;
      if (!map_find(h, slot + s.key_off, &cur)) return false;
      if (cur == 0) continue;
      val = cur + s.val_off;
    }
    st8(it + 32, i + 1);
    if (kdst) mem_.copy(kdst, slot + s.key_off, s.key_size);
    if (vdst) mem_.copy(vdst, val, s.val_size);
    mem_.store(it + ir::kMapIterOk, 1, 1);
    return true;
  }
  st8(it + 32, cap);
  return true;
}

}  // namespace gosim::interp
