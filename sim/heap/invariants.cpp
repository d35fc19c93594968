// Consistency checks over the whole allocator, for tests and for the GC's invariant checker:
// every fact one structure records must agree with the others (the page map with the spans,
// the counters with the spans, each span in exactly one place). Returns the first violation as
// "function: what is wrong", or "" when the heap is consistent.
#include <fmt/format.h>

#include "sim/heap/heap.h"
#include "sim/heap/mpagealloc.h"

namespace gosim::heap {
namespace {

// Where each in-use span is held: an mcache slot or an mcentral set. Must be exactly one place.
std::vector<int> holders(const Heap& h) {
  std::vector<int> n(h.spans.size(), 0);
  for (const MCache& c : h.mcaches) {
    for (SpanIdx s : c.alloc) {
      if (s != kNoSpan) ++n[static_cast<size_t>(s)];
    }
  }
  for (const MCentral& mc : h.central) {
    for (const auto* sets : {&mc.partial, &mc.full}) {
      for (const auto& set : *sets) {
        for (SpanIdx s : set) ++n[static_cast<size_t>(s)];
      }
    }
  }
  return n;
}

}  // namespace

std::string heap_invariants(const Heap& h) {
  uint64_t in_heap = 0, in_stacks = 0;
  const std::vector<int> held = holders(h);
  const uint32_t sg = h.sweepgen;
  for (size_t i = 0; i < h.spans.size(); ++i) {
    const Span& s = h.spans[i];
    if (s.state == SpanState::kDead) {
      if (held[i] != 0) return fmt::format("mcentral: dead span {} is still held", i);
      continue;
    }
    const uint64_t first = (s.startAddr - kArenaBase) / kHeapPageSize;
    for (uint64_t p = first; p < first + s.npages; ++p) {
      if (p >= h.page_span.size() || h.page_span[p] != static_cast<SpanIdx>(i) || !page_in_use(h.pages, p)) {
        return fmt::format("mheap: page {:#x} of span {} is not recorded as the span's", kArenaBase + p * kHeapPageSize, i);
      }
    }
    if (s.state == SpanState::kManual) {
      in_stacks += s.npages * kHeapPageSize;
      continue;
    }
    in_heap += s.npages * kHeapPageSize;
    uint32_t used = 0;
    for (uint32_t k = 0; k < s.nelems; ++k) used += !isFree(s, k);
    if (used != s.allocCount) return fmt::format("mspan: span {:#x} allocCount {} but {} slots in use", s.startAddr, s.allocCount, used);
    if (held[i] != 1) return fmt::format("mcentral: span {:#x} is held in {} places", s.startAddr, held[i]);
    const bool cached = s.sweepgen == sg + 3 || s.sweepgen == sg + 1;
    if (!cached && s.sweepgen != sg && s.sweepgen != sg - 2) {
      return fmt::format("mspan: span {:#x} has sweepgen {} (mheap.sweepgen {})", s.startAddr, s.sweepgen, sg);
    }
  }
  for (uint64_t p = 0; p < h.page_span.size(); ++p) {
    const SpanIdx s = h.page_span[p];
    if (s != kNoSpan && h.spans[static_cast<size_t>(s)].state == SpanState::kDead) {
      return fmt::format("mheap: page {:#x} points at a dead span", kArenaBase + p * kHeapPageSize);
    }
    if (s == kNoSpan && page_in_use(h.pages, p)) {
      bool cached = false;  // pages in a P's page cache are taken from the allocator but free
      for (const PageCache& c : h.pcache) cached |= p >= c.base_page && p < c.base_page + 64 && ((c.cache >> (p - c.base_page)) & 1);
      if (!cached) return fmt::format("pageAlloc: page {:#x} is allocated but no span owns it", kArenaBase + p * kHeapPageSize);
    }
  }
  if (in_heap != h.stats.inHeap) return fmt::format("mstats: inHeap {} but spans hold {}", h.stats.inHeap, in_heap);
  if (in_stacks != h.stats.inStacks) return fmt::format("mstats: inStacks {} but stack spans hold {}", h.stats.inStacks, in_stacks);
  return "";
}

}  // namespace gosim::heap
