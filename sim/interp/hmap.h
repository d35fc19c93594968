// Maps in simulated memory: Go's runtime/map.go hmap, simplified to one open-addressing table.
//
// What stays Go's: a map value is a pointer to a header whose first word is the count (so
// len(m) is one load), the header carries a random hash seed chosen at makemap (hash0), nil
// maps read as empty and panic on assignment, and iteration starts at a random position drawn
// from the runtime's fastrand, so two range loops over the same map may see different orders.
// What gosim simplifies: Go keeps 8-slot buckets with tophash bytes and overflow buckets and
// grows incrementally; gosim keeps one table of slots with linear probing and rehashes it at
// once when it is 3/4 full. The order a program sees is just as unspecified either way.
#pragma once

#include <cstdint>
#include <utility>
#include <vector>

#include "sim/ir/ir.h"
#include "sim/rt/mem.h"

namespace gosim::interp {

// The header (a heap object of kHmapSize bytes).
constexpr uint64_t kHmapCount = 0;   // live entries (Go: hmap.count, also at offset 0)
constexpr uint64_t kHmapCap = 8;     // slots in the table, a power of two (0: no table yet)
constexpr uint64_t kHmapTable = 16;  // the table's address
constexpr uint64_t kHmapType = 24;   // the map's type descriptor id
constexpr uint64_t kHmapSeed = 32;   // Go: hmap.hash0
constexpr uint64_t kHmapTombs = 40;  // deleted slots not yet reclaimed
constexpr uint64_t kHmapSize = 48;

// A slot: a state byte (padded to a word), the key, the value, each word-aligned.
enum SlotState : uint8_t { kSlotEmpty = 0, kSlotFull = 1, kSlotDeleted = 2 };

struct MapShape {
  int32_t key_type = -1, val_type = -1;
  uint64_t key_size = 0, val_size = 0;
  uint64_t key_off = 8, val_off = 8, slot_size = 8;
};
MapShape map_shape(const ir::Module& mod, int32_t map_type);

// The live entries of the map at h (0: nil), in table order: (key address, value address).
std::vector<std::pair<uint64_t, uint64_t>> map_entries(const ir::Module& mod, const Memory& mem, uint64_t h);

}  // namespace gosim::interp
