// Go: runtime/mcentral.go, the per-span-class central lists.
//
// Each mcentral holds the spans of one class that no mcache owns, in four sets: partial (some
// free slots) or full, each swept or unswept in the current GC cycle. cacheSpan prefers a swept
// partial span, then sweeps unswept ones itself (up to a budget of 100), and only then grows the
// class by a fresh span from mheap. gosim's span sets are FIFO deques like Go's spanSet.
#include "sim/heap/heap.h"
#include "sim/heap/mcentral_uncache.h"

#include <algorithm>

namespace gosim::heap {
namespace {

size_t swept_index(const Heap& h) { return (h.sweepgen / 2) % 2; }
size_t unswept_index(const Heap& h) { return 1 - (h.sweepgen / 2) % 2; }

SpanIdx pop(std::deque<SpanIdx>& set) {
  if (set.empty()) return kNoSpan;
  const SpanIdx s = set.front();
  set.pop_front();
  return s;
}

// Go: runtime/mcentral.go mspan.nextFreeIndex without moving freeindex.
uint32_t first_free_from(const Span& s, uint32_t from) {
  for (uint32_t i = from; i < s.nelems; ++i) {
    if (((s.allocBits[i / 64] >> (i % 64)) & 1) == 0) return i;
  }
  return s.nelems;
}

}  // namespace

std::deque<SpanIdx>& partialSwept(Heap& h, SpanClass spc) { return h.central[spc].partial[swept_index(h)]; }
std::deque<SpanIdx>& partialUnswept(Heap& h, SpanClass spc) { return h.central[spc].partial[unswept_index(h)]; }
std::deque<SpanIdx>& fullSwept(Heap& h, SpanClass spc) { return h.central[spc].full[swept_index(h)]; }
std::deque<SpanIdx>& fullUnswept(Heap& h, SpanClass spc) { return h.central[spc].full[unswept_index(h)]; }

// Go: runtime/mcentral.go (*mcentral).cacheSpan. The `from` argument of the event: 0 a swept
// partial span, 1 an unswept partial span it swept, 2 an unswept full span that sweeping freed
// room in, 3 a new span (grow).
SpanIdx cacheSpan(Heap& h, int32_t p, SpanClass spc, int* from_out, EventOut out) {
  const uint32_t sg = h.sweepgen;
  int from = 0;
  SpanIdx si = pop(partialSwept(h, spc));
  int spanBudget = 100;
  if (si == kNoSpan) {
    for (; spanBudget >= 0; --spanBudget) {
      si = pop(partialUnswept(h, spc));
      if (si == kNoSpan) break;
      if (h.spans[static_cast<size_t>(si)].sweepgen == sg - 2) {  // sweepLocked.tryAcquire
        sweep_span(h, si, true, out);
        from = 1;
        break;
      }
      si = kNoSpan;
    }
  }
  if (si == kNoSpan) {
    for (; spanBudget >= 0; --spanBudget) {
      si = pop(fullUnswept(h, spc));
      if (si == kNoSpan) break;
      Span& s = h.spans[static_cast<size_t>(si)];
      if (s.sweepgen != sg - 2) {
        si = kNoSpan;
        continue;
      }
      sweep_span(h, si, true, out);
      const uint32_t idx = first_free_from(s, s.freeindex);
      if (idx != s.nelems) {
        s.freeindex = idx;
        from = 2;
        break;
      }
      fullSwept(h, spc).push_back(si);
      si = kNoSpan;
    }
  }
  if (si == kNoSpan) {
    si = mcentral_grow(h, p, spc, out);
    from = 3;
  }
  *from_out = from;
  return si;
}

// Go: runtime/mcentral.go (*mcentral).uncacheSpan: an mcache gives a span back.
void uncacheSpan(Heap& h, SpanIdx si, EventOut out) {
  Span& s = h.spans[static_cast<size_t>(si)];
  const uint32_t sg = h.sweepgen;
  // Cached before this sweep cycle began: it still holds the last cycle's garbage.
  const bool stale = s.sweepgen == sg + 1;
  s.sweepgen = stale ? sg - 1 : sg;
  if (stale) {
    sweep_span(h, si, false, out);  // sweeping puts it on the right set (or frees it)
  } else if (s.allocCount < s.nelems) {
    partialSwept(h, s.spanclass).push_back(si);
  } else {
    fullSwept(h, s.spanclass).push_back(si);
  }
}

// releaseAll's uncacheSpan in two halves, so that its event can come between them: the span
// leaves the mcache (a fresh one onto mcentral's swept sets, as uncacheSpan puts it); a stale
// one (true) is parked on the unswept set with sweepgen sg-1 until sweep_uncached sweeps it.
// Go sweeps a stale span at once, holding it in no set; gosim parks it for the instant of the
// mcache_release event, so the state at that event holds every in-use span in one place.
bool uncacheSpan_unswept(Heap& h, SpanIdx si) {
  Span& s = h.spans[static_cast<size_t>(si)];
  const uint32_t sg = h.sweepgen;
  const bool stale = s.sweepgen == sg + 1;
  s.sweepgen = stale ? sg - 1 : sg;
  const bool full = s.allocCount >= s.nelems;
  if (stale) {
    (full ? fullUnswept(h, s.spanclass) : partialUnswept(h, s.spanclass)).push_back(si);
  } else {
    (full ? fullSwept(h, s.spanclass) : partialSwept(h, s.spanclass)).push_back(si);
  }
  return stale;
}

// The second half: the parked stale span off the unswept set, swept (Go: uncacheSpan's
// ss.sweep(false), which puts it on the right set or frees it).
void sweep_uncached(Heap& h, SpanIdx si, EventOut out) {
  const Span& s = h.spans[static_cast<size_t>(si)];
  for (auto* set : {&partialUnswept(h, s.spanclass), &fullUnswept(h, s.spanclass)}) {
    auto it = std::find(set->begin(), set->end(), si);
    if (it != set->end()) {
      set->erase(it);
      break;
    }
  }
  sweep_span(h, si, false, out);
}

// Go: runtime/mcentral.go (*mcentral).grow: a fresh span of class_to_allocnpages pages.
// The decision comes first (no span had room, so it asks mheap), then mheap's own events.
SpanIdx mcentral_grow(Heap& h, int32_t p, SpanClass spc, EventOut out) {
  const uint64_t npages = class_to_allocnpages(spanclass_sizeclass(spc));
  emit(out, EventKind::kMcentralGrow, p, spc, static_cast<int64_t>(npages), 0);
  return allocSpan(h, p, npages, SpanUse::kHeap, spc, out);
}

}  // namespace gosim::heap
