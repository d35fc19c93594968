#include "visualizer/session/heap_view.h"

#include <algorithm>
#include <bit>
#include <map>

#include "visualizer/session/session.h"

namespace gosim::viz {

namespace {

// Go's own count (mspan.allocCount): kept by nextFreeIndex and sweep, so reading it is O(1)
// per span (counting free bits of 5k spans on every cursor move would not be).
uint32_t slots_in_use(const heap::Span& s) { return s.allocCount; }

}  // namespace

HeapView build_heap_view(const Session& s) {
  HeapView v;
  if (!s.loaded()) return v;
  const heap::Heap& h = s.model().heap;
  v.stats = heap::memstats_snapshot(h);
  v.phase = h.gc.phase;
  v.sweepgen = h.sweepgen;
  v.pages_mapped = h.pages.mapped_pages;
  for (uint64_t w = 0; w < h.pages.inuse.size(); ++w) {
    uint64_t bits = h.pages.inuse[w];
    const uint64_t first = w * 64;
    if (first >= v.pages_mapped) break;
    if (first + 64 > v.pages_mapped) bits &= (uint64_t{1} << (v.pages_mapped - first)) - 1;
    v.pages_inuse += static_cast<uint64_t>(std::popcount(bits));
  }
  v.pages_idle = v.pages_mapped - std::min(v.pages_mapped, v.pages_inuse);

  for (size_t p = 0; p < h.mcaches.size(); ++p) {
    const heap::MCache& mc = h.mcaches[p];
    HeapMcacheRow row;
    row.p = static_cast<int32_t>(p);
    for (int spc = 0; spc < heap::kNumSpanClasses; ++spc) {
      const heap::SpanIdx si = mc.alloc[static_cast<size_t>(spc)];
      if (si != heap::kNoSpan) row.spans.emplace_back(static_cast<heap::SpanClass>(spc), si);
    }
    row.tiny = mc.tiny;
    row.tinyoffset = mc.tinyoffset;
    for (const heap::StackFreeList& l : mc.stackcache) row.stack_cached += l.size;
    v.mcaches.push_back(std::move(row));
  }
  const std::vector<heap::SpanPlace> places = heap::span_places(h);

  // Span classes in order, spans by address within each (spans_in_address_order is the page map).
  std::map<int, size_t> group_of;  // spanclass -> index in v.classes
  for (heap::SpanIdx si : heap::spans_in_address_order(h)) {
    const heap::Span& sp = h.spans[static_cast<size_t>(si)];
    if (sp.state == heap::SpanState::kManual) {
      ++v.stack_spans;
      v.stack_pages += sp.npages;
      continue;
    }
    if (sp.state != heap::SpanState::kInUse) continue;
    v.heap_pages += sp.npages;
    HeapSpanRow r;
    r.span = si;
    r.spanclass = sp.spanclass;
    r.base = sp.base();
    r.elemsize = sp.elemsize;
    r.nelems = sp.nelems;
    r.alloc = slots_in_use(sp);
    const heap::SpanPlace& place = places[static_cast<size_t>(si)];
    r.cached_by = place.cached_by;
    r.set = place.set;
    r.swept = place.swept;
    if (heap::spanclass_sizeclass(sp.spanclass) == 0) {
      v.large.push_back(r);
      continue;
    }
    v.spans.push_back(r);
  }
  // Group (stable: address order inside a class).
  std::vector<size_t> order(v.spans.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) { return v.spans[a].spanclass < v.spans[b].spanclass; });
  std::vector<HeapSpanRow> sorted;
  sorted.reserve(v.spans.size());
  for (size_t i : order) sorted.push_back(v.spans[i]);
  v.spans = std::move(sorted);
  for (size_t i = 0; i < v.spans.size(); ++i) {
    const HeapSpanRow& r = v.spans[i];
    auto [it, fresh] = group_of.emplace(r.spanclass, v.classes.size());
    if (fresh) {
      HeapClassGroup g;
      g.spanclass = r.spanclass;
      g.sizeclass = heap::spanclass_sizeclass(r.spanclass);
      g.noscan = heap::spanclass_noscan(r.spanclass);
      g.size = heap::class_to_size(g.sizeclass);
      const heap::MCentral& c = h.central[r.spanclass];
      g.partial = static_cast<uint32_t>(c.partial[0].size() + c.partial[1].size());
      g.full = static_cast<uint32_t>(c.full[0].size() + c.full[1].size());
      v.classes.push_back(g);
    }
    HeapClassGroup& g = v.classes[it->second];
    g.rows.push_back(i);
    g.objects += r.alloc;
  }
  return v;
}

std::vector<HeapLine> heap_lines(const HeapView& v, uint32_t per_line) {
  per_line = std::max<uint32_t>(1, per_line);
  std::vector<HeapLine> out;
  for (size_t gi = 0; gi < v.classes.size(); ++gi) {
    HeapLine head;
    head.kind = HeapLine::Kind::kHeader;
    head.group = static_cast<uint32_t>(gi);
    out.push_back(head);
    for (size_t ri : v.classes[gi].rows) {
      const uint32_t n = v.spans[ri].nelems;
      for (uint32_t first = 0; first < std::max<uint32_t>(n, 1); first += per_line) {
        HeapLine l;
        l.group = static_cast<uint32_t>(gi);
        l.row = static_cast<uint32_t>(ri);
        l.first_slot = first;
        l.nslots = std::min(per_line, n - std::min(n, first));
        out.push_back(l);
      }
    }
  }
  return out;
}

}  // namespace gosim::viz
