// The interpreter's map operations (Go: runtime/map.go makemap_small, makemap, mapaccess1/2/K,
// mapassign, mapdelete) over the buckets described in hmap.h. Growth and evacuation are in
// map_grow.cpp, iteration in map_iter.cpp.
#include "sim/heap/heap.h"
#include "sim/interp/alg.h"
#include "sim/interp/exec.h"
#include "sim/interp/hmap.h"

namespace gosim::interp {

namespace {
// A final mix over gosim's FNV-1a (murmur3's fmix64): Go's aeshash spreads every input bit over
// the whole word, and both the bucket (low bits) and tophash (top byte) depend on that.
uint64_t fmix64(uint64_t k) {
  k ^= k >> 33;
  k *= 0xff51afd7ed558ccdULL;
  k ^= k >> 33;
  k *= 0xc4ceb9fe1a85ec53ULL;
  k ^= k >> 33;
  return k;
}
}  // namespace

uint32_t Exec::fastrand() {
  Model& m = mc_.mutable_model();
  const int32_t mi = g().m >= 0 ? g().m : 0;
  return m.allm[static_cast<size_t>(mi)].rand.fastrand();
}

// Go: t.hasher(key, uintptr(h.hash0)). False after a panic (a key of an unhashable dynamic type).
bool Exec::map_hash(const MapType& t, uint64_t seed, uint64_t key, uint64_t* hash) {
  std::string bad;
  *hash = fmix64(Alg(mod_, mem_).hash(key, t.key_type, seed, &bad, key));
  if (!bad.empty()) {
    panic_text(bad);
    return false;
  }
  return true;
}

// Go: makemap_small (hint <= 8 known at compile time) and makemap. h is the frame's hmap when the
// map does not escape (the compiler's stack temporary), else 0: the hmap is allocated here.
uint64_t Exec::makemap(const MapType& t, int64_t hint, uint64_t h, bool small) {
  if (!small) {
    // Go: makemap drops a hint whose buckets would pass maxAlloc (and a negative one is no hint:
    // overLoadFactor is false for it).
    uint64_t mem = 0;
    if (hint < 0 || __builtin_mul_overflow(static_cast<uint64_t>(hint), t.bucketsize, &mem) ||
        mem > heap::kMaxAlloc) {
      hint = 0;
    }
  }
  if (h == 0) h = alloc(kHmapSize, true, heap::AllocWhy::kMakemap);
  mem_.store(h + kHmapHash0, fastrand(), 4);
  if (small) return h;
  uint8_t B = 0;
  while (overLoadFactor(static_cast<uint64_t>(hint), B)) ++B;
  mem_.store(h + kHmapB, B, 1);
  // If B == 0 the buckets come with the first insert (mapassign), or are the frame's bucket.
  if (B != 0) {
    const auto [buckets, next] = makeBucketArray(t, B);
    st8(h + kHmapBuckets, buckets);
    if (next != 0) {
      const uint64_t extra = alloc(kMapextraSize, true, heap::AllocWhy::kMapextra);
      st8(h + kHmapExtra, extra);
      st8(extra + kExtraNextOverflow, next);
    }
  }
  return h;
}

// Go: mapaccessK — the key's and elem's addresses in the map (both 0 when it is not there).
bool Exec::mapaccessK(const MapType& t, uint64_t h, uint64_t key, uint64_t* kout, uint64_t* eout) {
  *kout = *eout = 0;
  uint64_t hash = 0;
  if (h == 0 || ld8(h + kHmapCount) == 0) {
    // Go: a lookup still hashes a key that might panic (issue 23734).
    return !t.hash_might_panic || map_hash(t, 0, key, &hash);
  }
  if (!map_hash(t, mem_.load(h + kHmapHash0, 4), key, &hash)) return false;
  const auto B = static_cast<uint8_t>(mem_.load(h + kHmapB, 1));
  uint64_t m = (uint64_t{1} << B) - 1;
  uint64_t b = ld8(h + kHmapBuckets) + (hash & m) * t.bucketsize;
  if (const uint64_t c = ld8(h + kHmapOldbuckets); c != 0) {
    // There used to be half as many buckets: mask down one more power of two.
    if (!(mem_.load(h + kHmapFlags, 1) & kFlagSameSizeGrow)) m >>= 1;
    const uint64_t oldb = c + (hash & m) * t.bucketsize;
    if (!evacuated(mem_, oldb)) b = oldb;
  }
  const uint8_t top = tophash(hash);
  const Alg alg(mod_, mem_);
  for (; b != 0; b = ld8(b + t.bucketsize - 8)) {
    for (uint64_t i = 0; i < kBucketCnt; ++i) {
      const auto th = static_cast<uint8_t>(mem_.load(b + i, 1));
      if (th != top) {
        if (th == kEmptyRest) return true;
        continue;
      }
      uint64_t k = b + t.key_off(i);
      if (t.indirect_key) k = ld8(k);
      std::string bad;
      if (alg.equal(key, k, t.key_type, &bad)) {
        uint64_t e = b + t.elem_off(i);
        if (t.indirect_elem) e = ld8(e);
        *kout = k;
        *eout = e;
        return true;
      }
    }
  }
  return true;
}

// Go: mapassign — the elem's address for key, inserting the key (with a zero elem) if it is new.
bool Exec::mapassign(const MapType& t, uint64_t h, uint64_t key, uint64_t* elem_out) {
  *elem_out = 0;
  if (h == 0) {
    panic_text("assignment to entry in nil map");
    return false;
  }
  uint64_t hash = 0;
  if (!map_hash(t, mem_.load(h + kHmapHash0, 4), key, &hash)) return false;
  if (ld8(h + kHmapBuckets) == 0) st8(h + kHmapBuckets, alloc(t.bucketsize, t.bucket_ptrs, heap::AllocWhy::kMapBucket));
  const Alg alg(mod_, mem_);
  for (;;) {  // Go: `again:` — growing the table invalidates everything, so try again
    const auto B = static_cast<uint8_t>(mem_.load(h + kHmapB, 1));
    const uint64_t bucket = hash & ((uint64_t{1} << B) - 1);
    if (ld8(h + kHmapOldbuckets) != 0) growWork(t, h, bucket);
    uint64_t b = ld8(h + kHmapBuckets) + bucket * t.bucketsize;
    const uint8_t top = tophash(hash);
    uint64_t inserti = 0, insertk = 0, elem = 0;
    bool found = false;
    for (;;) {
      bool stop = false;
      for (uint64_t i = 0; i < kBucketCnt; ++i) {
        const auto th = static_cast<uint8_t>(mem_.load(b + i, 1));
        if (th != top) {
          if (th <= kEmptyOne && inserti == 0) {
            inserti = b + i;
            insertk = b + t.key_off(i);
            elem = b + t.elem_off(i);
          }
          if (th == kEmptyRest) {
            stop = true;
            break;
          }
          continue;
        }
        uint64_t k = b + t.key_off(i);
        if (t.indirect_key) k = ld8(k);
        std::string bad;
        if (!alg.equal(key, k, t.key_type, &bad)) continue;
        // Already have a mapping for key: update it (Go: needkeyupdate, e.g. -0.0 replaces +0.0).
        if (t.need_key_update) {
          write_barrier(k, key, t.key_size);
          mem_.copy(k, key, t.key_size);
        }
        elem = b + t.elem_off(i);
        found = true;
        stop = true;
        break;
      }
      if (stop) break;
      const uint64_t ovf = ld8(b + t.bucketsize - 8);
      if (ovf == 0) break;
      b = ovf;
    }
    if (!found) {
      // If we hit the max load factor or we have too many overflow buckets, and we're not
      // already in the middle of growing, start growing.
      const uint64_t count = ld8(h + kHmapCount);
      if (ld8(h + kHmapOldbuckets) == 0 &&
          (overLoadFactor(count + 1, B) ||
           tooManyOverflowBuckets(static_cast<uint16_t>(mem_.load(h + kHmapNoverflow, 2)), B))) {
        hashGrow(t, h);
        continue;
      }
      if (inserti == 0) {
        // The bucket and all its overflow buckets are full: chain a new one.
        const uint64_t newb = newoverflow(t, h, b);
        inserti = newb;
        insertk = newb + kDataOffset;
        elem = insertk + kBucketCnt * t.keysize;
      }
      if (t.indirect_key) {
        const uint64_t kmem = alloc(t.key_size, t.key_ptrs, heap::AllocWhy::kMapIndirect);
        st8(insertk, kmem);
        insertk = kmem;
      }
      if (t.indirect_elem) st8(elem, alloc(t.elem_size, t.elem_ptrs, heap::AllocWhy::kMapIndirect));
      write_barrier(insertk, key, t.key_size);  // Go: typedmemmove(t.key, insertk, key)
      mem_.copy(insertk, key, t.key_size);
      mem_.store(inserti, top, 1);
      st8(h + kHmapCount, count + 1);
    }
    *elem_out = t.indirect_elem ? ld8(elem) : elem;
    return true;
  }
}

// Go: mapdelete — a no-op on a nil or empty map or a missing key.
bool Exec::mapdelete(const MapType& t, uint64_t h, uint64_t key) {
  uint64_t hash = 0;
  if (h == 0 || ld8(h + kHmapCount) == 0) return !t.hash_might_panic || map_hash(t, 0, key, &hash);
  if (!map_hash(t, mem_.load(h + kHmapHash0, 4), key, &hash)) return false;
  const auto B = static_cast<uint8_t>(mem_.load(h + kHmapB, 1));
  const uint64_t bucket = hash & ((uint64_t{1} << B) - 1);
  if (ld8(h + kHmapOldbuckets) != 0) growWork(t, h, bucket);
  const uint64_t bOrig = ld8(h + kHmapBuckets) + bucket * t.bucketsize;
  const uint8_t top = tophash(hash);
  const Alg alg(mod_, mem_);
  auto overflow = [&](uint64_t x) { return ld8(x + t.bucketsize - 8); };
  for (uint64_t b = bOrig; b != 0; b = overflow(b)) {
    for (uint64_t i = 0; i < kBucketCnt; ++i) {
      const auto th = static_cast<uint8_t>(mem_.load(b + i, 1));
      if (th != top) {
        if (th == kEmptyRest) return true;
        continue;
      }
      const uint64_t k = b + t.key_off(i);
      const uint64_t k2 = t.indirect_key ? ld8(k) : k;
      std::string bad;
      if (!alg.equal(key, k2, t.key_type, &bad)) continue;
      // Only clear the key if there are pointers in it; the elem always.
      if (t.indirect_key) {
        st8(k, 0);
      } else if (t.key_ptrs) {
        mem_.zero(k, t.key_size);
      }
      const uint64_t e = b + t.elem_off(i);
      if (t.indirect_elem) {
        st8(e, 0);
      } else {
        mem_.zero(e, t.elem_size);
      }
      mem_.store(b + i, kEmptyOne, 1);
      // If the bucket now ends in a run of emptyOne cells, turn them into emptyRest.
      bool last = i == kBucketCnt - 1 ? (overflow(b) == 0 || mem_.load(overflow(b), 1) == kEmptyRest)
                                      : mem_.load(b + i + 1, 1) == kEmptyRest;
      if (last) {
        uint64_t cb = b, ci = i;
        for (;;) {
          mem_.store(cb + ci, kEmptyRest, 1);
          if (ci == 0) {
            if (cb == bOrig) break;  // the beginning of the first bucket: done
            // Find the previous bucket and continue at its last cell.
            const uint64_t c = cb;
            for (cb = bOrig; overflow(cb) != c; cb = overflow(cb)) {
            }
            ci = kBucketCnt - 1;
          } else {
            --ci;
          }
          if (mem_.load(cb + ci, 1) != kEmptyOne) break;
        }
      }
      const uint64_t count = ld8(h + kHmapCount) - 1;
      st8(h + kHmapCount, count);
      // Go: reset the hash seed to make it harder for attackers to trigger collisions (25237).
      if (count == 0) mem_.store(h + kHmapHash0, fastrand(), 4);
      return true;
    }
  }
  return true;
}

}  // namespace gosim::interp
