// Maps in simulated memory, laid out as Go 1.19's runtime/map.go lays them out.
//
// A map value is a pointer to an hmap (48 bytes: count first, so len(m) is one load). The
// entries live in an array of 2^B buckets; a bucket (bmap) holds 8 tophash bytes (the top byte of
// each key's hash, or an empty/evacuated mark), then 8 keys, then 8 elems, then a pointer to an
// overflow bucket. Keys or elems over 128 bytes are stored as pointers to their own objects.
// A map grows when an insert would pass an average of 6.5 entries per bucket (to twice the
// buckets) or when it has about as many overflow buckets as buckets (to the same number, to
// compact them); the old buckets are moved ("evacuated") two at a time by later writes and
// deletes (growWork). Bucket arrays of 16 or more buckets come with spare overflow buckets at
// their end (makeBucketArray), used before any new one is allocated (newoverflow). When neither
// keys nor elems hold pointers the buckets are pointer-free (noscan) objects, and the overflow
// buckets are kept alive for the collector by a slice in the map's mapextra.
//
// Every size, count, growth step and allocation is Go's, so a program's MemStats.Mallocs agree.
// What gosim simplifies: the hash function (a seeded FNV-1a with a final mix, not aeshash), so the
// bucket a key lands in, the iteration order and the number of overflow buckets are gosim's own
// draw from the same kind of distribution; the map's type is passed by the instruction, as Go
// passes *maptype, and the iterator keeps it where Go's hiter keeps t.
#pragma once

#include <cstdint>
#include <utility>
#include <vector>

#include "sim/ir/ir.h"
#include "sim/rt/mem.h"

namespace gosim::interp {

// Go: runtime/map.go hmap.
constexpr uint64_t kHmapCount = 0;       // int: live entries (len(m))
constexpr uint64_t kHmapFlags = 8;       // uint8: iterator, oldIterator, hashWriting, sameSizeGrow
constexpr uint64_t kHmapB = 9;           // uint8: log2 of the number of buckets
constexpr uint64_t kHmapNoverflow = 10;  // uint16: overflow buckets (approximate for B >= 16)
constexpr uint64_t kHmapHash0 = 12;      // uint32: the hash seed
constexpr uint64_t kHmapBuckets = 16;    // 2^B buckets (0 until the first insert)
constexpr uint64_t kHmapOldbuckets = 24; // the previous array while growing, else 0
constexpr uint64_t kHmapNevacuate = 32;  // old buckets below this are evacuated
constexpr uint64_t kHmapExtra = 40;      // *mapextra
constexpr uint64_t kHmapSize = ir::kHmapBytes;

// Go: mapextra.
constexpr uint64_t kExtraOverflow = 0;      // *[]*bmap: overflow buckets of buckets (noscan maps)
constexpr uint64_t kExtraOldoverflow = 8;   // *[]*bmap: the same for oldbuckets
constexpr uint64_t kExtraNextOverflow = 16; // the next preallocated overflow bucket
constexpr uint64_t kMapextraSize = 24;

constexpr uint64_t kBucketCnt = 8;
constexpr uint64_t kDataOffset = 8;  // keys start after the tophash bytes

// tophash marks (Go: emptyRest .. minTopHash).
constexpr uint8_t kEmptyRest = 0, kEmptyOne = 1, kEvacuatedX = 2, kEvacuatedY = 3, kEvacuatedEmpty = 4,
                  kMinTopHash = 5;
// hmap.flags.
constexpr uint8_t kFlagIterator = 1, kFlagOldIterator = 2, kFlagHashWriting = 4, kFlagSameSizeGrow = 8;

// Go: hiter (12 words; gosim keeps an "entry produced" byte in its padding for the loop's jump).
constexpr uint64_t kIterKey = 0, kIterElem = 8, kIterT = 16, kIterH = 24, kIterBuckets = 32, kIterBptr = 40,
                   kIterOverflow = 48, kIterOldoverflow = 56, kIterStartBucket = 64, kIterOffset = 72,
                   kIterWrapped = 73, kIterB = 74, kIterI = 75, kIterBucket = 80, kIterCheckBucket = 88;
static_assert(ir::kMapIterOk == 76 && ir::kMapIterSize == 96, "hiter layout");

// Go: maptype — what the map code needs to know about a map's key and elem types.
struct MapType {
  int32_t key_type = -1, elem_type = -1;
  uint64_t key_size = 0, elem_size = 0;  // the types' own sizes
  uint64_t keysize = 0, elemsize = 0;    // a slot's size in a bucket (8 when stored indirectly)
  bool indirect_key = false, indirect_elem = false;
  bool key_ptrs = false, elem_ptrs = false;  // the key/elem types hold pointers
  uint64_t bucketsize = 0;
  bool bucket_ptrs = false;       // Go: t.bucket.ptrdata != 0 (else the overflow list lives in mapextra)
  bool hash_might_panic = false;  // an interface somewhere in the key
  bool reflexive_key = true;      // k == k for every key (no floats, no interfaces)
  bool need_key_update = false;   // an equal key may differ in bytes (+0/-0, string data)
  uint64_t elem_off(uint64_t i) const { return kDataOffset + kBucketCnt * keysize + i * elemsize; }
  uint64_t key_off(uint64_t i) const { return kDataOffset + i * keysize; }
};
MapType map_type(const ir::Module& mod, int32_t map_type_id);

// Go: tophash.
inline uint8_t tophash(uint64_t hash) {
  const auto top = static_cast<uint8_t>(hash >> 56);
  return top < kMinTopHash ? static_cast<uint8_t>(top + kMinTopHash) : top;
}
// Go: evacuated — the bucket's cells have moved to the new array (its first tophash says so).
inline bool evacuated(const Memory& mem, uint64_t b) {
  const auto h = static_cast<uint8_t>(mem.load(b, 1));
  return h > kEmptyOne && h < kMinTopHash;
}
// Go: overLoadFactor — more than 6.5 entries per bucket on average (13/2).
inline bool overLoadFactor(uint64_t count, uint8_t B) {
  return count > kBucketCnt && count > 13 * ((uint64_t{1} << B) / 2);
}
// Go: tooManyOverflowBuckets — about as many overflow buckets as buckets.
inline bool tooManyOverflowBuckets(uint16_t noverflow, uint8_t B) {
  if (B > 15) B = 15;
  return noverflow >= static_cast<uint16_t>(uint16_t{1} << (B & 15));
}

// The live entries of the map at h (0: nil) of map type map_type_id, bucket by bucket:
// (key address, elem address). For fmt, which sorts them.
std::vector<std::pair<uint64_t, uint64_t>> map_entries(const ir::Module& mod, const Memory& mem, uint64_t h,
                                                       int32_t map_type_id);

}  // namespace gosim::interp
