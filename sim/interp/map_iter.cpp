// Ranging over a map (Go: runtime/map.go mapiterinit, mapiternext): a random start bucket and
// a random offset inside each bucket, every bucket once, and while the map grows the old bucket
// stands in for a new one that has not been filled yet. The iterator is Go's hiter (hmap.h).
#include "sim/interp/alg.h"
#include "sim/interp/exec.h"
#include "sim/interp/hmap.h"

namespace gosim::interp {

namespace {
constexpr uint64_t kNoCheck = ~uint64_t{0};  // Go: noCheck
}  // namespace

// Go: mapiterinit.
void Exec::mapiterinit(const MapType& t, int32_t type, uint64_t it, uint64_t h) {
  mem_.zero(it, ir::kMapIterSize);
  st8(it + kIterT, static_cast<uint64_t>(type));
  if (h == 0 || ld8(h + kHmapCount) == 0) return;
  st8(it + kIterH, h);
  const auto B = static_cast<uint8_t>(mem_.load(h + kHmapB, 1));
  mem_.store(it + kIterB, B, 1);
  st8(it + kIterBuckets, ld8(h + kHmapBuckets));
  if (!t.bucket_ptrs) {
    // Keep the overflow buckets alive even if the map grows while we iterate.
    createOverflow(h);
    const uint64_t extra = ld8(h + kHmapExtra);
    st8(it + kIterOverflow, ld8(extra + kExtraOverflow));
    st8(it + kIterOldoverflow, ld8(extra + kExtraOldoverflow));
  }
  // Go: fastrand64 when B > 28, so the start can reach every bucket.
  uint64_t r = fastrand();
  if (B > 31 - 3) r = (r << 32) | fastrand();
  const uint64_t start = r & ((uint64_t{1} << B) - 1);
  st8(it + kIterStartBucket, start);
  mem_.store(it + kIterOffset, (r >> B) & (kBucketCnt - 1), 1);
  st8(it + kIterBucket, start);
  mem_.store(h + kHmapFlags, mem_.load(h + kHmapFlags, 1) | kFlagIterator | kFlagOldIterator, 1);
}

// Go: mapiternext. gosim copies the entry to kdst/vdst (when not 0) and sets the iterator's ok
// byte, where Go's loop reads it.key and it.elem.
bool Exec::mapiternext(uint64_t it, uint64_t kdst, uint64_t vdst) {
  mem_.store(it + ir::kMapIterOk, 0, 1);
  const uint64_t h = ld8(it + kIterH);
  if (h == 0) return true;
  const MapType t = map_type(mod_, static_cast<int32_t>(ld8(it + kIterT)));
  const auto itB = static_cast<uint8_t>(mem_.load(it + kIterB, 1));
  uint64_t bucket = ld8(it + kIterBucket), b = ld8(it + kIterBptr), checkBucket = ld8(it + kIterCheckBucket);
  uint64_t i = mem_.load(it + kIterI, 1);
  const uint64_t offset = mem_.load(it + kIterOffset, 1);
  const Alg alg(mod_, mem_);
  for (;;) {
    if (b == 0) {
      if (bucket == ld8(it + kIterStartBucket) && mem_.load(it + kIterWrapped, 1)) {
        st8(it + kIterKey, 0);  // the end of the iteration
        st8(it + kIterElem, 0);
        return true;
      }
      const auto hB = static_cast<uint8_t>(mem_.load(h + kHmapB, 1));
      if (ld8(h + kHmapOldbuckets) != 0 && itB == hB) {
        // The iterator started in the middle of a grow that is not done: if this bucket's old
        // bucket has not moved yet, walk the old one and keep only the entries bound for here.
        const uint64_t oldbucket = bucket & (noldbuckets(h) - 1);
        b = ld8(h + kHmapOldbuckets) + oldbucket * t.bucketsize;
        if (!evacuated(mem_, b)) {
          checkBucket = bucket;
        } else {
          b = ld8(it + kIterBuckets) + bucket * t.bucketsize;
          checkBucket = kNoCheck;
        }
      } else {
        b = ld8(it + kIterBuckets) + bucket * t.bucketsize;
        checkBucket = kNoCheck;
      }
      if (++bucket == (uint64_t{1} << itB)) {
        bucket = 0;
        mem_.store(it + kIterWrapped, 1, 1);
      }
      i = 0;
    }
    for (; i < kBucketCnt; ++i) {
      const uint64_t offi = (i + offset) & (kBucketCnt - 1);
      const auto th = static_cast<uint8_t>(mem_.load(b + offi, 1));
      if (th <= kEmptyOne || th == kEvacuatedEmpty) continue;
      uint64_t k = b + t.key_off(offi), e = b + t.elem_off(offi);
      if (t.indirect_key) k = ld8(k);
      std::string bad;
      const bool key_eq_self = t.reflexive_key || alg.equal(k, k, t.key_type, &bad);
      if (checkBucket != kNoCheck && !(mem_.load(h + kHmapFlags, 1) & kFlagSameSizeGrow)) {
        // Skip the entries of the old bucket that will move to the other new bucket.
        if (key_eq_self) {
          uint64_t hash = 0;
          map_hash(t, mem_.load(h + kHmapHash0, 4), k, &hash);
          if ((hash & ((uint64_t{1} << itB) - 1)) != checkBucket) continue;
        } else if ((checkBucket >> (itB - 1)) != static_cast<uint64_t>(th & 1)) {
          continue;
        }
      }
      if ((th != kEvacuatedX && th != kEvacuatedY) || !key_eq_self) {
        // The golden data (or a NaN key, which can be neither deleted nor updated).
        if (t.indirect_elem) e = ld8(e);
      } else {
        // The map grew since the iterator started: the current data for this key is elsewhere
        // (it may have been updated, or deleted).
        uint64_t rk = 0, re = 0;
        if (!mapaccessK(t, h, k, &rk, &re)) return false;
        if (rk == 0) continue;
        k = rk;
        e = re;
      }
      st8(it + kIterKey, k);
      st8(it + kIterElem, e);
      st8(it + kIterBucket, bucket);
      st8(it + kIterBptr, b);
      mem_.store(it + kIterI, i + 1, 1);
      st8(it + kIterCheckBucket, checkBucket);
      if (kdst) mem_.copy(kdst, k, t.key_size);
      if (vdst) mem_.copy(vdst, e, t.elem_size);
      mem_.store(it + ir::kMapIterOk, 1, 1);
      return true;
    }
    b = ld8(b + t.bucketsize - 8);
    i = 0;
  }
}

}  // namespace gosim::interp
