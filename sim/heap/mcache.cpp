// Go: runtime/mcache.go, the per-P cache: one span per span class, the tiny block, and the
// stack free lists. A P allocates from its mcache without locks; only when a span is full does
// it go to the shared mcentral (refill). Allocation counts are flushed to the global stats when
// a span leaves the cache, as Go does; memstats_snapshot adds what is still pending.
#include "sim/heap/heap.h"
#include "sim/heap/mcentral_uncache.h"
#include "sim/heap/mpagealloc.h"
#include "sim/heap/stack_internal.h"

#include <vector>

namespace gosim::heap {
namespace {

void flush_span_stats(Heap& h, Span& s) {
  h.stats.smallAllocCount[static_cast<size_t>(spanclass_sizeclass(s.spanclass))] += s.allocCount - s.allocCountBeforeCache;
  s.allocCountBeforeCache = 0;
}

}  // namespace

// Go: runtime/mcache.go (*mcache).refill: swap the full span of class spc for one with room.
// The events go cause first: refill's decision (this P has no free slot of the class), then
// mcentral's (a span to sweep, or none: grow from mheap), then the span arriving in the mcache,
// and mallocgc's own event (the object's address) last.
bool refill(Heap& h, int32_t p, SpanClass spc, EventOut out) {
  MCache& c = h.mcaches[static_cast<size_t>(p)];
  const SpanIdx old = c.alloc[spc];
  uint64_t old_base = 0;
  if (old != kNoSpan) {
    const Span& s = h.spans[static_cast<size_t>(old)];
    if (s.allocCount != s.nelems) throw HeapThrow("mcache.refill: refill of span with free space remaining");
    if (s.sweepgen != h.sweepgen + 3) throw HeapThrow("mcache.refill: bad sweepgen in refill");
    old_base = s.startAddr;
  }
  emit(out, EventKind::kMcacheRefill, p, spc, static_cast<int64_t>(old_base), 0);
  if (old != kNoSpan) {
    flush_span_stats(h, h.spans[static_cast<size_t>(old)]);
    c.alloc[spc] = kNoSpan;
    uncacheSpan(h, old, out);
  }
  int from = 0;
  const SpanIdx si = cacheSpan(h, p, spc, &from, out);
  Span& s = h.spans[static_cast<size_t>(si)];
  if (s.allocCount == s.nelems) throw HeapThrow("mcache.refill: span has no free space");
  // Cached: the sweeper must leave it alone until the mcache gives it back.
  s.sweepgen = h.sweepgen + 3;
  s.allocCountBeforeCache = s.allocCount;
  h.stats.heapLive += s.npages * kHeapPageSize - s.allocCount * s.elemsize;
  c.alloc[spc] = si;
  emit(out, EventKind::kCacheSpan, p, spc, static_cast<int64_t>(s.startAddr), from);
  return from == 3;
}

// Go: runtime/mcache.go (*mcache).releaseAll: every cached span back to its mcentral, the tiny
// block dropped, the tiny count flushed.
void releaseAll(Heap& h, int32_t p, EventOut out) {
  MCache& c = h.mcaches[static_cast<size_t>(p)];
  int64_t cached = 0;
  std::vector<SpanIdx> stale;  // cached before this sweep cycle began: they still need sweeping
  for (size_t i = 0; i < c.alloc.size(); ++i) {
    const SpanIdx si = c.alloc[i];
    if (si == kNoSpan) continue;
    ++cached;
    Span& s = h.spans[static_cast<size_t>(si)];
    flush_span_stats(h, s);
    // A span cached before this sweep cycle was counted in the previous cycle's heapLive.
    if (s.sweepgen != h.sweepgen + 1) h.stats.heapLive -= (s.nelems - s.allocCount) * s.elemsize;
    if (uncacheSpan_unswept(h, si)) stale.push_back(si);
    c.alloc[i] = kNoSpan;
  }
  const int64_t tiny_allocs = static_cast<int64_t>(c.tinyAllocs);
  c.tiny = 0;
  c.tinyoffset = 0;
  h.stats.tinyAllocCount += c.tinyAllocs;
  c.tinyAllocs = 0;
  // The event comes once the mcache is empty (the state at it shows the spans given back) and
  // before the sweeps of the stale spans, which follow as their own events.
  emit(out, EventKind::kMcacheRelease, p, cached, tiny_allocs, 0);
  for (SpanIdx si : stale) sweep_uncached(h, si, out);
}

// Go: runtime/mstats.go flushallmcaches (with the world stopped).
void flushallmcaches(Heap& h, EventOut out) {
  for (size_t p = 0; p < h.mcaches.size(); ++p) releaseAll(h, static_cast<int32_t>(p), out);
}

// Go: runtime/proc.go procresize and (*p).destroy: a dropped P's mcache, stack cache and page
// cache are flushed before it goes away.
void procresize(Heap& h, int32_t nprocs, EventOut out) {
  const auto n = static_cast<size_t>(nprocs);
  for (size_t p = n; p < h.mcaches.size(); ++p) {
    releaseAll(h, static_cast<int32_t>(p), out);
    stackcache_clear(h, static_cast<int32_t>(p));
    pagecache_flush(h.pcache[p], h.pages);
  }
  h.mcaches.resize(n);
  h.pcache.resize(n);
}

}  // namespace gosim::heap
