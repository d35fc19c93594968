// How a map grows (Go: runtime/map.go makeBucketArray, hashGrow, growWork, evacuate,
// advanceEvacuationMark, newoverflow, createOverflow): the allocations a program sees while it
// fills a map, in Go's order and sizes.
#include "sim/heap/heap.h"
#include "sim/heap/mgc.h"
#include "sim/heap/sizeclasses.h"
#include "sim/interp/alg.h"
#include "sim/interp/exec.h"
#include "sim/interp/hmap.h"

namespace gosim::interp {

// Go: makeBucketArray — 2^b buckets, plus spare overflow buckets when b >= 4 (one per 16
// buckets, then as many more as fit in the size class the array rounds up to). Returns the
// array and the first spare (0: none). The last spare's overflow word points at the array: a
// non-nil sentinel that says "no more spares after this one".
std::pair<uint64_t, uint64_t> Exec::makeBucketArray(const MapType& t, uint8_t b, uint64_t dirtyalloc) {
  const uint64_t base = uint64_t{1} << b;
  uint64_t nbuckets = base;
  if (b >= 4) {
    nbuckets += uint64_t{1} << (b - 4);
    const uint64_t sz = t.bucketsize * nbuckets, up = heap::roundupsize(sz);
    if (up != sz) nbuckets = up / t.bucketsize;
  }
  uint64_t buckets = dirtyalloc;
  if (buckets == 0) {
    buckets = alloc(t.bucketsize * nbuckets, t.bucket_ptrs, heap::AllocWhy::kMakeBucketArray);
  } else {
    // Go: memclrHasPointers (with the write barrier's shading of what it overwrites while the
    // collector marks) or memclrNoHeapPointers.
    if (t.bucket_ptrs && mc_.model().heap.gc_marking) {
      for (uint64_t off = 0; off + 8 <= t.bucketsize * nbuckets; off += 8) {
        const uint64_t w = ld8(buckets + off);
        if (w != 0) heap::shade(mc_.mutable_model().heap, w, mc_.code_events(gi_));
      }
    }
    mem_.zero(buckets, t.bucketsize * nbuckets);
  }
  if (base == nbuckets) return {buckets, 0};
  st8(buckets + nbuckets * t.bucketsize - 8, buckets);
  return {buckets, buckets + base * t.bucketsize};
}

// Go: runtime/map.go mapclear — the map is emptied in place: counters and the growth state
// reset, a new hash seed, mapextra zeroed (its overflow lists dropped, so a later overflow or
// iteration of a pointer-free map makes a new list), and the bucket array cleared and reused
// with its spare overflow buckets recovered (makeBucketArray with dirtyalloc). No allocation.
void Exec::mapclear(const MapType& t, uint64_t h) {
  if (h == 0 || ld8(h + kHmapCount) == 0) return;
  constexpr uint8_t kSameSizeGrow = 8;  // Go: map.go sameSizeGrow
  mem_.store(h + kHmapFlags, mem_.load(h + kHmapFlags, 1) & ~uint64_t{kSameSizeGrow}, 1);
  st8(h + kHmapOldbuckets, 0);
  st8(h + kHmapNevacuate, 0);
  mem_.store(h + kHmapNoverflow, 0, 2);
  st8(h + kHmapCount, 0);
  mem_.store(h + kHmapHash0, fastrand(), 4);
  const uint64_t extra = ld8(h + kHmapExtra);
  if (extra != 0) mem_.zero(extra, kMapextraSize);
  const auto [buckets, next] = makeBucketArray(t, static_cast<uint8_t>(mem_.load(h + kHmapB, 1)), ld8(h + kHmapBuckets));
  (void)buckets;
  if (next != 0) st8(extra + kExtraNextOverflow, next);
}

// Go: createOverflow — the mapextra and its overflow slice, made on the first overflow bucket
// of a pointer-free map (the buckets are noscan, so this slice keeps the overflow buckets alive).
void Exec::createOverflow(uint64_t h) {
  if (ld8(h + kHmapExtra) == 0) st8(h + kHmapExtra, alloc(kMapextraSize, true, heap::AllocWhy::kMapextra));
  const uint64_t extra = ld8(h + kHmapExtra);
  if (ld8(extra + kExtraOverflow) == 0) st8(extra + kExtraOverflow, alloc(24, true, heap::AllocWhy::kMapOverflowList));
}

// Go: newoverflow — a spare from makeBucketArray if one is left, else a new bucket; counted in
// noverflow (exactly below 2^16 buckets, then with probability 1/2^(B-15)) and, for a
// pointer-free map, appended to extra.overflow.
uint64_t Exec::newoverflow(const MapType& t, uint64_t h, uint64_t b) {
  uint64_t ovf = 0;
  const uint64_t extra = ld8(h + kHmapExtra);
  if (extra != 0 && ld8(extra + kExtraNextOverflow) != 0) {
    ovf = ld8(extra + kExtraNextOverflow);
    if (ld8(ovf + t.bucketsize - 8) == 0) {
      st8(extra + kExtraNextOverflow, ovf + t.bucketsize);  // not the last spare: bump
    } else {
      st8(ovf + t.bucketsize - 8, 0);  // the last spare: clear the sentinel
      st8(extra + kExtraNextOverflow, 0);
    }
  } else {
    ovf = alloc(t.bucketsize, t.bucket_ptrs, heap::AllocWhy::kNewoverflow);
  }
  // Go: incrnoverflow.
  const auto B = static_cast<uint8_t>(mem_.load(h + kHmapB, 1));
  const auto nov = static_cast<uint16_t>(mem_.load(h + kHmapNoverflow, 2));
  if (B < 16) {
    mem_.store(h + kHmapNoverflow, static_cast<uint16_t>(nov + 1), 2);
  } else if ((fastrand() & ((uint32_t{1} << (B - 15)) - 1)) == 0) {
    mem_.store(h + kHmapNoverflow, static_cast<uint16_t>(nov + 1), 2);
  }
  if (!t.bucket_ptrs) {
    createOverflow(h);
    // *h.extra.overflow = append(*h.extra.overflow, ovf): growslice for []*bmap.
    const uint64_t sl = ld8(ld8(h + kHmapExtra) + kExtraOverflow);
    uint64_t ptr = ld8(sl), len = ld8(sl + 8), cap = ld8(sl + 16);
    if (len == cap) {
      // Go: growslice (1.19): double below 256 elements, then add (newcap + 768) / 4 until it
      // fits; the bytes round up to a size class.
      uint64_t newcap = cap == 0 ? 1 : cap * 2;
      if (cap >= 256) {
        newcap = cap;
        while (newcap < len + 1) newcap += (newcap + 3 * 256) / 4;
      }
      newcap = heap::roundupsize(newcap * 8) / 8;
      const uint64_t np = alloc(newcap * 8, true, heap::AllocWhy::kMapOverflowList);
      if (len > 0) {
        write_barrier(np, ptr, len * 8, /*src_only=*/true);
        mem_.copy(np, ptr, len * 8);
      }
      ptr = np;
      cap = newcap;
      st8(sl, ptr);
      st8(sl + 16, cap);
    }
    st8(ptr + len * 8, ovf);
    st8(sl + 8, len + 1);
  }
  st8(b + t.bucketsize - 8, ovf);
  return ovf;
}

// Go: hashGrow — twice the buckets when the load factor is reached, else the same number (too
// many overflow buckets). The entries move later, two old buckets per write (growWork).
void Exec::hashGrow(const MapType& t, uint64_t h) {
  const uint64_t count = ld8(h + kHmapCount);
  auto B = static_cast<uint8_t>(mem_.load(h + kHmapB, 1));
  uint8_t bigger = 1;
  auto flags = static_cast<uint8_t>(mem_.load(h + kHmapFlags, 1));
  if (!overLoadFactor(count + 1, B)) {
    bigger = 0;
    flags |= kFlagSameSizeGrow;
  }
  const uint64_t oldbuckets = ld8(h + kHmapBuckets);
  const auto [newbuckets, next] = makeBucketArray(t, static_cast<uint8_t>(B + bigger));
  uint8_t nf = flags & static_cast<uint8_t>(~(kFlagIterator | kFlagOldIterator));
  if (flags & kFlagIterator) nf |= kFlagOldIterator;
  B = static_cast<uint8_t>(B + bigger);
  mem_.store(h + kHmapB, B, 1);
  mem_.store(h + kHmapFlags, nf, 1);
  st8(h + kHmapOldbuckets, oldbuckets);
  st8(h + kHmapBuckets, newbuckets);
  st8(h + kHmapNevacuate, 0);
  mem_.store(h + kHmapNoverflow, 0, 2);
  const uint64_t extra = ld8(h + kHmapExtra);
  if (extra != 0 && ld8(extra + kExtraOverflow) != 0) {
    // Promote the current overflow buckets to the old generation.
    st8(extra + kExtraOldoverflow, ld8(extra + kExtraOverflow));
    st8(extra + kExtraOverflow, 0);
  }
  if (next != 0) {
    if (ld8(h + kHmapExtra) == 0) st8(h + kHmapExtra, alloc(kMapextraSize, true, heap::AllocWhy::kMapextra));
    st8(ld8(h + kHmapExtra) + kExtraNextOverflow, next);
  }
}

// Go: growWork — evacuate the old bucket the write is about to use, and one more.
void Exec::growWork(const MapType& t, uint64_t h, uint64_t bucket) {
  evacuate(t, h, bucket & (noldbuckets(h) - 1));
  if (ld8(h + kHmapOldbuckets) != 0) evacuate(t, h, ld8(h + kHmapNevacuate));
}

uint64_t Exec::noldbuckets(uint64_t h) {
  auto B = static_cast<uint8_t>(mem_.load(h + kHmapB, 1));
  if (!(mem_.load(h + kHmapFlags, 1) & kFlagSameSizeGrow)) --B;
  return uint64_t{1} << B;
}

// Go: evacuate — move an old bucket's entries (and its overflow chain's) to the new array:
// to the same index x, or, when the map doubled, to x + newbit by the hash's next bit.
void Exec::evacuate(const MapType& t, uint64_t h, uint64_t oldbucket) {
  const uint64_t newbit = noldbuckets(h);
  uint64_t b = ld8(h + kHmapOldbuckets) + oldbucket * t.bucketsize;
  const uint8_t flags = static_cast<uint8_t>(mem_.load(h + kHmapFlags, 1));
  const bool same = (flags & kFlagSameSizeGrow) != 0;
  if (!evacuated(mem_, b)) {
    struct EvacDst {
      uint64_t b = 0, i = 0;
    } xy[2];
    xy[0].b = ld8(h + kHmapBuckets) + oldbucket * t.bucketsize;
    if (!same) xy[1].b = ld8(h + kHmapBuckets) + (oldbucket + newbit) * t.bucketsize;
    const Alg alg(mod_, mem_);
    for (; b != 0; b = ld8(b + t.bucketsize - 8)) {
      for (uint64_t i = 0; i < kBucketCnt; ++i) {
        auto top = static_cast<uint8_t>(mem_.load(b + i, 1));
        if (top <= kEmptyOne) {
          mem_.store(b + i, kEvacuatedEmpty, 1);
          continue;
        }
        const uint64_t k = b + t.key_off(i), e = b + t.elem_off(i);
        const uint64_t k2 = t.indirect_key ? ld8(k) : k;
        uint8_t useY = 0;
        if (!same) {
          uint64_t hash = 0;
          map_hash(t, mem_.load(h + kHmapHash0, 4), k2, &hash);  // a stored key always hashes
          std::string bad;
          if ((flags & kFlagIterator) && !t.reflexive_key && !alg.equal(k2, k2, t.key_type, &bad)) {
            // A NaN key: its hash is not repeatable, so an iterator's choice follows tophash's
            // low bit, and the key gets a fresh tophash for the next level.
            useY = top & 1;
            top = tophash(hash);
          } else if (hash & newbit) {
            useY = 1;
          }
        }
        mem_.store(b + i, kEvacuatedX + useY, 1);
        EvacDst& dst = xy[useY];
        if (dst.i == kBucketCnt) {
          dst.b = newoverflow(t, h, dst.b);
          dst.i = 0;
        }
        mem_.store(dst.b + dst.i, top, 1);
        const uint64_t dk = dst.b + t.key_off(dst.i), de = dst.b + t.elem_off(dst.i);
        write_barrier(dk, k, t.keysize);  // Go: typedmemmove (or the pointer copy when indirect)
        mem_.copy(dk, k, t.keysize);
        write_barrier(de, e, t.elemsize);
        mem_.copy(de, e, t.elemsize);
        ++dst.i;
      }
    }
    // Unlink the overflow buckets and clear keys and elems to help the collector (not when an
    // iterator may still read the old buckets; tophash keeps the evacuation state).
    if (!(flags & kFlagOldIterator) && t.bucket_ptrs) {
      const uint64_t ob = ld8(h + kHmapOldbuckets) + oldbucket * t.bucketsize;
      mem_.zero(ob + kDataOffset, t.bucketsize - kDataOffset);
    }
  }
  if (oldbucket == ld8(h + kHmapNevacuate)) advanceEvacuationMark(t, h, newbit);
}

// Go: advanceEvacuationMark — when every old bucket has moved, drop the old array.
void Exec::advanceEvacuationMark(const MapType& t, uint64_t h, uint64_t newbit) {
  uint64_t nev = ld8(h + kHmapNevacuate) + 1;
  const uint64_t stop = std::min(nev + 1024, newbit);
  const uint64_t old = ld8(h + kHmapOldbuckets);
  while (nev != stop && evacuated(mem_, old + nev * t.bucketsize)) ++nev;
  st8(h + kHmapNevacuate, nev);
  if (nev == newbit) {
    st8(h + kHmapOldbuckets, 0);
    if (const uint64_t extra = ld8(h + kHmapExtra); extra != 0) st8(extra + kExtraOldoverflow, 0);
    mem_.store(h + kHmapFlags, mem_.load(h + kHmapFlags, 1) & static_cast<uint8_t>(~kFlagSameSizeGrow), 1);
  }
}

}  // namespace gosim::interp
