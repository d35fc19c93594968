// Go: runtime/malloc.go mallocgc, the allocation entry point.
//
// Three paths, chosen by size and by whether the type holds pointers:
//   tiny   pointer-free and under 16 bytes: packed into the P's current 16-byte block, aligned to
//          the object's size (8, 4 or 2), so several small strings or ints share one slot;
//   small  up to 32 KiB: rounded up to its size class; the next free slot of the mcache's span
//          of that span class (noscan spans for pointer-free types);
//   large  over 32 KiB: whole pages on a span of its own (mcache.allocLarge).
// Each path reports which level of the allocator served it, so a student sees the fast path
// (mcache) and the slow ones (refill -> cacheSpan -> grow -> mheap) as separate steps.
#include "sim/heap/heap.h"

namespace gosim::heap {
namespace {

// Go: runtime/mbitmap.go mspan.nextFreeIndex (the allocCache is only a faster way to the same
// index): the lowest free slot at or after freeindex, nelems when the span is full.
uint32_t nextFreeIndex(const Span& s) {
  for (uint32_t i = s.freeindex; i < s.nelems; ++i) {
    if (((s.allocBits[i / 64] >> (i % 64)) & 1) == 0) return i;
  }
  return s.nelems;
}

struct Slot {
  SpanIdx span;
  uint32_t index;
  AllocLevel level;
};

// Go: runtime/malloc.go nextFreeFast + (*mcache).nextFree.
Slot nextFree(Heap& h, int32_t p, SpanClass spc, EventOut out) {
  MCache& c = h.mcaches[static_cast<size_t>(p)];
  AllocLevel level = AllocLevel::kMcache;
  SpanIdx si = c.alloc[spc];
  uint32_t idx = si == kNoSpan ? 0 : nextFreeIndex(h.spans[static_cast<size_t>(si)]);
  if (si == kNoSpan || idx == h.spans[static_cast<size_t>(si)].nelems) {
    level = refill(h, p, spc, out) ? AllocLevel::kMheap : AllocLevel::kMcentral;
    si = c.alloc[spc];
    idx = nextFreeIndex(h.spans[static_cast<size_t>(si)]);
  }
  Span& s = h.spans[static_cast<size_t>(si)];
  if (idx >= s.nelems) throw HeapThrow("mcache.nextFree: freeIndex is not valid");
  s.freeindex = idx + 1;
  ++s.allocCount;
  return {si, idx, level};
}

// Go: runtime/mgcmark.go gcmarknewobject: allocated during mark means allocated black.
void gcmarknewobject(Span& s, uint32_t idx) { s.gcmarkBits[idx / 64] |= 1ull << (idx % 64); }

void fill_from_slot(const Heap& h, const Slot& slot, MallocResult& r) {
  const Span& s = h.spans[static_cast<size_t>(slot.span)];
  r.span = slot.span;
  r.span_base = s.startAddr;
  r.obj_index = slot.index;
  r.addr = s.startAddr + slot.index * s.elemsize;
  r.size = s.elemsize;
  r.spanclass = s.spanclass;
  r.sizeclass = spanclass_sizeclass(s.spanclass);
  r.level = slot.level;
  r.needzero = s.needzero;
}

// Go: runtime/mcache.go (*mcache).allocLarge.
MallocResult allocLarge(Heap& h, int32_t p, uint64_t size, bool noscan, EventOut out) {
  uint64_t npages = size >> kPageShift;
  if ((size & (kHeapPageSize - 1)) != 0) ++npages;
  const SpanClass spc = makeSpanClass(0, noscan);
  const SpanIdx si = allocSpan(h, p, npages, SpanUse::kHeap, spc, out);
  h.stats.largeAlloc += npages * kHeapPageSize;
  h.stats.heapLive += npages * kHeapPageSize;
  ++h.stats.largeAllocCount;
  // The sweeper finds large objects on their class-0 mcentral's full swept set.
  fullSwept(h, spc).push_back(si);
  Span& s = h.spans[static_cast<size_t>(si)];
  s.limit = s.startAddr + size;
  s.freeindex = 1;
  s.allocCount = 1;
  MallocResult r;
  fill_from_slot(h, {si, 0, AllocLevel::kLarge}, r);
  return r;
}

}  // namespace

MallocResult mallocgc(Heap& h, int32_t p, uint64_t size, bool has_pointers, bool needzero, EventOut out, int why) {
  if (p < 0 || static_cast<size_t>(p) >= h.mcaches.size()) throw HeapThrow("mallocgc: no P (mcache) to allocate with");
  MallocResult r;
  r.requested = size;
  if (size == 0) {
    r.addr = h.zerobase;
    emit(out, EventKind::kMalloc, p, static_cast<int64_t>(r.addr), 0, malloc_event_c(0, AllocLevel::kZero, why));
    return r;
  }
  MCache& c = h.mcaches[static_cast<size_t>(p)];
  const bool noscan = !has_pointers;
  if (size <= kMaxSmallSize) {
    if (noscan && size < kMaxTinySize) {
      // Align the tiny offset for the object's (conservative) alignment.
      uint64_t off = c.tinyoffset;
      if ((size & 7) == 0) off = (off + 7) & ~7ull;
      else if ((size & 3) == 0) off = (off + 3) & ~3ull;
      else if ((size & 1) == 0) off = (off + 1) & ~1ull;
      if (off + size <= kMaxTinySize && c.tiny != 0) {
        r.addr = c.tiny + off;
        c.tinyoffset = off + size;
        ++c.tinyAllocs;
        const ObjectRef obj = findObject(h, c.tiny);
        r.span = obj.span;
        r.span_base = h.spans[static_cast<size_t>(obj.span)].startAddr;
        r.obj_index = obj.index;
        r.size = 0;  // no new object: it shares the block
        r.spanclass = kTinySpanClass;
        r.sizeclass = kTinySizeClass;
        r.level = AllocLevel::kTiny;
        emit(out, EventKind::kMalloc, p, static_cast<int64_t>(r.addr), static_cast<int64_t>(size),
             malloc_event_c(r.spanclass, r.level, why));
        return r;
      }
      const Slot slot = nextFree(h, p, kTinySpanClass, out);
      fill_from_slot(h, slot, r);
      r.needzero = true;  // mallocgc always clears a new tiny block
      // Keep whichever block has more room left.
      if (size < c.tinyoffset || c.tiny == 0) {
        c.tiny = r.addr;
        c.tinyoffset = size;
      }
    } else {
      const int sizeclass = size_to_class(size);
      const Slot slot = nextFree(h, p, makeSpanClass(sizeclass, noscan), out);
      fill_from_slot(h, slot, r);
      r.needzero = needzero && r.needzero;
    }
  } else {
    r = allocLarge(h, p, size, noscan, out);
    r.requested = size;
    r.needzero = needzero && r.needzero;
  }
  if (h.gc_marking) gcmarknewobject(h.spans[static_cast<size_t>(r.span)], r.obj_index);
  emit(out, EventKind::kMalloc, p, static_cast<int64_t>(r.addr), static_cast<int64_t>(size),
       malloc_event_c(r.spanclass, r.level, why));
  return r;
}

}  // namespace gosim::heap
