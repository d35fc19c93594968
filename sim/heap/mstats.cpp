// Go: runtime/mstats.go readmemstats_m: runtime.MemStats from the allocator's counters.
//
// Like Go, allocation counts reach the global counters only when a span leaves an mcache
// (refill, releaseAll), and ReadMemStats flushes every mcache first, so reading the stats
// changes the allocator's state: the next allocation of each class refills. memstats_snapshot
// computes the same numbers without flushing, for panels.
//
// Approximations (docs/heap.md): HeapReleased is 0 (no scavenger); Sys is HeapSys + StackSys
// only: Go also counts its own metadata (MSpanSys, MCacheSys, GCSys, BuckHashSys, OtherSys,
// several MiB in a real process), which gosim does not model.
#include "sim/heap/heap.h"

namespace gosim::heap {

MemStats memstats_snapshot(const Heap& h) {
  const HeapCounters& st = h.stats;
  std::array<uint64_t, kNumSizeClasses> small = st.smallAllocCount;
  uint64_t tiny = st.tinyAllocCount;
  for (const MCache& c : h.mcaches) {
    for (SpanIdx si : c.alloc) {
      if (si == kNoSpan) continue;
      const Span& s = h.spans[static_cast<size_t>(si)];
      small[static_cast<size_t>(spanclass_sizeclass(s.spanclass))] += s.allocCount - s.allocCountBeforeCache;
    }
    tiny += c.tinyAllocs;
  }
  uint64_t totalAlloc = st.largeAlloc, nMalloc = st.largeAllocCount;
  uint64_t totalFree = st.largeFree, nFree = st.largeFreeCount;
  for (int i = 0; i < kNumSizeClasses; ++i) {
    const auto u = static_cast<size_t>(i);
    totalAlloc += small[u] * class_to_size(i);
    nMalloc += small[u];
    totalFree += st.smallFreeCount[u] * class_to_size(i);
    nFree += st.smallFreeCount[u];
  }
  // Go counts each tiny allocation as allocated and freed at once (mstats.go says why).
  nMalloc += tiny;
  nFree += tiny;

  MemStats m;
  m.Alloc = m.HeapAlloc = totalAlloc - totalFree;
  m.TotalAlloc = totalAlloc;
  m.Mallocs = nMalloc;
  m.Frees = nFree;
  m.HeapObjects = nMalloc - nFree;
  m.HeapInuse = st.inHeap;
  m.HeapSys = st.mapped - st.inStacks;
  m.HeapIdle = m.HeapSys - m.HeapInuse;
  m.HeapReleased = 0;
  m.StackInuse = st.inStacks;
  m.StackSys = st.inStacks;
  m.Sys = m.HeapSys + m.StackSys;
  m.NumGC = st.numGC;
  m.NextGC = st.nextGC;
  m.PauseTotalNs = st.pauseTotalNs;
  return m;
}

MemStats ReadMemStats(Heap& h, EventOut out) {
  flushallmcaches(h, out);
  return memstats_snapshot(h);
}

}  // namespace gosim::heap
