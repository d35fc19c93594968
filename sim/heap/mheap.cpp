// Go: runtime/mheap.go, the page-level heap: spans come from runs of pages, pages come from
// arenas the heap grows into.
//
// What Go does on linux/amd64 and gosim keeps: the first arena is reserved at 0xc000000000 and
// later arenas follow it contiguously; mheap.grow maps the arena in steps of 512 pages (4 MiB,
// one page-allocator chunk), so HeapSys grows in 4 MiB steps; every allocation of fewer than 16
// pages comes from the P's 64-page cache (mpagecache.go), so two Ps allocating at once get
// addresses in different 512 KiB blocks; larger ones take the lowest-addressed free run.
// What gosim drops: scavenging (HeapReleased is always 0), huge pages, arena hints, heap bitmaps.
#include <algorithm>
#include <limits>

#include "sim/heap/heap.h"
#include "sim/heap/mpagealloc.h"

namespace gosim::heap {
namespace {

constexpr uint64_t kNone = std::numeric_limits<uint64_t>::max();

uint64_t page_addr(uint64_t page) { return kArenaBase + page * kHeapPageSize; }

// Go: runtime/mheap.go (*mheap).grow: map alignUp(npage, 512) more pages of the current arena.
void grow(Heap& h, uint64_t npage, EventOut out) {
  // Checked before anything is resized, so a request for a terabyte costs nothing on the host.
  const uint64_t in_use = h.stats.mapped - h.stats.inStacks;
  const uint64_t room = kUserAddressEnd - kArenaBase - h.stats.mapped;
  if (npage > room / kHeapPageSize) {
    const uint64_t chunks = npage / kPallocChunkPages + (npage % kPallocChunkPages != 0 ? 1 : 0);
    throw OutOfMemory(OutOfMemory::Why::kAddressSpace, chunks * kPallocChunkPages * kHeapPageSize, in_use, h.max_heap_bytes);
  }
  const uint64_t ask = (npage + kPallocChunkPages - 1) / kPallocChunkPages * kPallocChunkPages;
  if (ask * kHeapPageSize > h.max_heap_bytes || h.stats.mapped > h.max_heap_bytes - ask * kHeapPageSize) {
    throw OutOfMemory(OutOfMemory::Why::kHeapLimit, ask * kHeapPageSize, in_use, h.max_heap_bytes);
  }
  const uint64_t base = page_addr(h.pages.mapped_pages);
  pagealloc_grow(h.pages, ask);
  h.page_span.resize(h.pages.mapped_pages, kNoSpan);
  const uint64_t arenas = (h.pages.mapped_pages + kPagesPerArena - 1) / kPagesPerArena;
  while (h.zeroedBase.size() < arenas) h.zeroedBase.push_back(0);
  h.stats.mapped += ask * kHeapPageSize;
  emit(out, EventKind::kHeapGrow, -1, static_cast<int64_t>(base), static_cast<int64_t>(ask * kHeapPageSize),
       static_cast<int64_t>(h.stats.mapped - h.stats.inStacks));
}

// Go: runtime/mheap.go allocNeedsZero: pages below an arena's zeroedBase were used before.
bool allocNeedsZero(Heap& h, uint64_t first_page, uint64_t npages) {
  bool dirty = false;
  for (uint64_t page = first_page; page < first_page + npages;) {
    const uint64_t arena = page / kPagesPerArena;
    const uint64_t arena_end = (arena + 1) * kPagesPerArena;
    const uint64_t stop = std::min(first_page + npages, arena_end);
    const uint64_t off = page - arena * kPagesPerArena;
    uint64_t& zb = h.zeroedBase[arena];
    if (off < zb) dirty = true;
    if (stop - arena * kPagesPerArena > zb) zb = stop - arena * kPagesPerArena;
    page = stop;
  }
  return dirty;
}

SpanIdx new_span_record(Heap& h) {
  if (!h.free_span_records.empty()) {
    const SpanIdx s = h.free_span_records.back();
    h.free_span_records.pop_back();
    return s;
  }
  h.spans.emplace_back();
  return static_cast<SpanIdx>(h.spans.size() - 1);
}

}  // namespace

Heap::Heap(int32_t nprocs, uint64_t zerobase_addr)
    : mcaches(static_cast<size_t>(nprocs)), pcache(static_cast<size_t>(nprocs)), zerobase(zerobase_addr) {}

void emit(EventOut out, EventKind kind, int32_t p, int64_t a, int64_t b, int64_t c) {
  if (!out) return;
  Event e;
  e.kind = kind;
  e.p = p;
  e.a = a;
  e.b = b;
  e.c = c;
  emit(out, e);
}

void emit(EventOut out, const Event& e) {
  if (out.sink != nullptr) out.sink->put(e);
  else if (out.vec != nullptr) out.vec->push_back(e);
}

const char* alloc_level_name(AllocLevel l) {
  switch (l) {
    case AllocLevel::kZero: return "zerobase";
    case AllocLevel::kTiny: return "tiny block";
    case AllocLevel::kMcache: return "mcache";
    case AllocLevel::kMcentral: return "mcentral";
    case AllocLevel::kMheap: return "mheap";
    case AllocLevel::kLarge: return "large";
  }
  return "?";
}

// Go: runtime/mheap.go (*mheap).allocSpan (alloc for heap spans, allocManual for stacks).
SpanIdx allocSpan(Heap& h, int32_t p, uint64_t npages, SpanUse use, SpanClass spc, EventOut out) {
  uint64_t page = kNone;
  bool from_pcache = false;
  if (p >= 0 && npages < kPageCachePages / 4) {
    PageCache& c = h.pcache[static_cast<size_t>(p)];
    if (c.empty()) c = allocToCache(h.pages);
    page = pagecache_alloc(c, npages);
    from_pcache = page != kNone;
  }
  if (page == kNone) {
    page = pagealloc_alloc(h.pages, npages);
    if (page == kNone) {
      grow(h, npages, out);
      page = pagealloc_alloc(h.pages, npages);
      if (page == kNone) throw HeapThrow("mheap.allocSpan: out of memory after grow");
    }
  }
  const SpanIdx si = new_span_record(h);
  Span& s = h.spans[static_cast<size_t>(si)];
  s = Span{};
  s.startAddr = page_addr(page);
  s.npages = npages;
  s.spanclass = spc;
  s.needzero = allocNeedsZero(h, page, npages);
  s.sweepgen = h.sweepgen;
  const uint64_t nbytes = npages * kHeapPageSize;
  if (use == SpanUse::kStack) {
    s.state = SpanState::kManual;
    s.limit = s.end();
    h.stats.inStacks += nbytes;
  } else {
    s.state = SpanState::kInUse;
    const int sc = spanclass_sizeclass(spc);
    s.elemsize = sc == 0 ? nbytes : class_to_size(sc);
    s.nelems = static_cast<uint32_t>(nbytes / s.elemsize);
    s.limit = s.startAddr + s.elemsize * s.nelems;
    const size_t words = (s.nelems + 63) / 64;
    s.allocBits.assign(words, 0);
    s.gcmarkBits.assign(words, 0);
    s.greyBits.assign(words, 0);
    h.stats.inHeap += nbytes;
  }
  for (uint64_t i = 0; i < npages; ++i) h.page_span[page + i] = si;
  emit(out, EventKind::kMheapAlloc, p, static_cast<int64_t>(s.startAddr), static_cast<int64_t>(npages),
       static_cast<int64_t>(use) | (from_pcache ? 2 : 0));
  return si;
}

// Go: runtime/mheap.go (*mheap).freeSpan and freeManual: the pages go back to the page allocator
// (never to a P's page cache) and the span record is recycled.
void freeSpan(Heap& h, SpanIdx si, EventOut out) {
  Span& s = h.spans[static_cast<size_t>(si)];
  if (s.state == SpanState::kDead) throw HeapThrow("mheap.freeSpan: span is already free");
  const uint64_t first = (s.startAddr - kArenaBase) / kHeapPageSize;
  const uint64_t nbytes = s.npages * kHeapPageSize;
  const bool stack = s.state == SpanState::kManual;
  if (stack) h.stats.inStacks -= nbytes; else h.stats.inHeap -= nbytes;
  for (uint64_t i = 0; i < s.npages; ++i) h.page_span[first + i] = kNoSpan;
  pagealloc_free(h.pages, first, s.npages);
  if (h.backing.p != nullptr) h.backing.p->release(s.startAddr, nbytes);
  emit(out, EventKind::kMheapFree, -1, static_cast<int64_t>(s.startAddr), static_cast<int64_t>(s.npages), stack ? 1 : 0);
  s = Span{};
  h.free_span_records.push_back(si);
}

SpanIdx spanOf(const Heap& h, uint64_t addr) {
  if (addr < kArenaBase) return kNoSpan;
  const uint64_t page = (addr - kArenaBase) / kHeapPageSize;
  if (page >= h.page_span.size()) return kNoSpan;
  return h.page_span[page];
}

std::vector<SpanIdx> spans_in_address_order(const Heap& h) {
  std::vector<SpanIdx> out;
  for (uint64_t p = 0; p < h.page_span.size(); ++p) {
    const SpanIdx s = h.page_span[p];
    if (s != kNoSpan && (out.empty() || out.back() != s)) out.push_back(s);
  }
  return out;
}

std::vector<SpanPlace> span_places(const Heap& h) {
  std::vector<SpanPlace> out(h.spans.size());
  for (size_t p = 0; p < h.mcaches.size(); ++p) {
    for (SpanIdx si : h.mcaches[p].alloc) {
      if (si != kNoSpan && static_cast<size_t>(si) < out.size()) out[static_cast<size_t>(si)].cached_by = static_cast<int32_t>(p);
    }
  }
  for (const MCentral& c : h.central) {
    for (size_t k = 0; k < 2; ++k) {
      for (SpanIdx si : c.partial[k]) out[static_cast<size_t>(si)].set = SpanPlace::Set::kPartial;
      for (SpanIdx si : c.full[k]) out[static_cast<size_t>(si)].set = SpanPlace::Set::kFull;
    }
  }
  for (size_t i = 0; i < out.size(); ++i) {
    const uint32_t sg = h.spans[i].sweepgen;
    out[i].swept = sg == h.sweepgen || sg == h.sweepgen + 3;
  }
  return out;
}

ObjectRef findObject(const Heap& h, uint64_t addr) {
  const SpanIdx si = spanOf(h, addr);
  if (si == kNoSpan) return {};
  const Span& s = h.spans[static_cast<size_t>(si)];
  if (s.state != SpanState::kInUse || addr >= s.limit) return {};
  ObjectRef r;
  r.span = si;
  r.index = static_cast<uint32_t>((addr - s.startAddr) / s.elemsize);
  r.base = s.startAddr + r.index * s.elemsize;
  return r;
}

}  // namespace gosim::heap
