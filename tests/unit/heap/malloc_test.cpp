// mallocgc's three paths and the cache levels behind them (Go: runtime/malloc.go, mcache.go,
// mcentral.go, mheap.go).
#include <doctest/doctest.h>

#include <vector>

#include "sim/heap/heap.h"

using namespace gosim;
using namespace gosim::heap;

namespace {
constexpr uint64_t kBase = 0xc000000000;
}

TEST_CASE("the first allocation walks every level, cause before effect: refill, mcentral.grow, mheap, cacheSpan, malloc") {
  Heap h(1);
  std::vector<Event> ev;
  const MallocResult r = mallocgc(h, 0, 8, /*has_pointers=*/true, true, &ev);
  CHECK(r.addr == kBase);
  CHECK(r.sizeclass == 1);
  CHECK(r.spanclass == makeSpanClass(1, false));
  CHECK(r.level == AllocLevel::kMheap);
  REQUIRE(ev.size() == 6);
  CHECK(ev[0].kind == EventKind::kMcacheRefill);  // the P has no span of the class: the question first
  CHECK(ev[0].b == 0);                           // no old span to hand back
  CHECK(ev[1].kind == EventKind::kMcentralGrow);  // mcentral has none with room either
  CHECK(ev[1].b == 1);                           // class 1 spans are one page
  CHECK(ev[2].kind == EventKind::kHeapGrow);
  CHECK(ev[2].b == 4 << 20);  // mheap.grow maps 512 pages (4 MiB) at a time
  CHECK(ev[3].kind == EventKind::kMheapAlloc);
  CHECK(ev[4].kind == EventKind::kCacheSpan);     // the span arrives in the mcache
  CHECK(ev[4].c == 3);
  CHECK(ev[4].b == static_cast<int64_t>(kBase));
  CHECK(ev[5].kind == EventKind::kMalloc);        // and the object's address is the answer
  CHECK(ev[5].a == static_cast<int64_t>(kBase));
  CHECK(ev[5].c == malloc_event_c(2, AllocLevel::kMheap));
  CHECK(describe_heap_event(ev[5]).find("size class 1") != std::string::npos);
  for (const Event& e : ev) CHECK(describe_heap_event(e) != "?");
}

TEST_CASE("consecutive same-class allocations are elemsize apart from the span base, then refill") {
  Heap h(1);
  const MallocResult first = mallocgc(h, 0, 40, true, true);  // class 5: 48-byte objects, 170 per span
  CHECK(first.size == 48);
  CHECK(first.addr == first.span_base);
  for (uint32_t i = 1; i < 170; ++i) {
    const MallocResult r = mallocgc(h, 0, 33, true, true);
    CHECK(r.span == first.span);
    CHECK(r.level == AllocLevel::kMcache);
    CHECK(r.obj_index == i);
    CHECK(r.addr == first.span_base + i * 48);
  }
  const MallocResult next = mallocgc(h, 0, 48, true, true);  // the span is full
  CHECK(next.span != first.span);
  CHECK(next.level == AllocLevel::kMheap);  // mcentral had no other span: it grew
  CHECK(next.addr == first.span_base + kHeapPageSize);  // the next page, from the P's page cache
  CHECK(next.obj_index == 0);
}

TEST_CASE("pointer-free and pointerful objects of one size class live on different spans") {
  Heap h(1);
  const MallocResult scan = mallocgc(h, 0, 24, true, true);
  const MallocResult noscan = mallocgc(h, 0, 24, false, true);
  CHECK(scan.sizeclass == noscan.sizeclass);
  CHECK(scan.spanclass == 6);
  CHECK(noscan.spanclass == 7);
  CHECK(scan.span != noscan.span);
}

TEST_CASE("the tiny allocator packs small pointer-free objects into one 16-byte block") {
  Heap h(1);
  const MallocResult a = mallocgc(h, 0, 5, false, true);
  const MallocResult b = mallocgc(h, 0, 5, false, true);
  const MallocResult c = mallocgc(h, 0, 5, false, true);
  CHECK(a.spanclass == kTinySpanClass);
  CHECK(a.size == 16);
  CHECK(b.level == AllocLevel::kTiny);
  CHECK(c.level == AllocLevel::kTiny);
  CHECK(b.addr == a.addr + 5);
  CHECK(c.addr == a.addr + 10);
  const MallocResult d = mallocgc(h, 0, 5, false, true);  // 15 + 5 > 16: a new block
  CHECK(d.level == AllocLevel::kMcache);
  CHECK(d.addr == a.addr + 16);
  CHECK(d.obj_index == 1);
}

TEST_CASE("tiny allocations are aligned to their size: 8, 4 or 2") {
  Heap h(1);
  const MallocResult a = mallocgc(h, 0, 1, false, true);
  const MallocResult b = mallocgc(h, 0, 8, false, true);  // offset 1 -> 8
  CHECK(b.addr == a.addr + 8);
  const MallocResult c = mallocgc(h, 0, 2, false, true);  // the block is full: new block
  CHECK(c.addr == a.addr + 16);
  const MallocResult d = mallocgc(h, 0, 1, false, true);  // offset 2 -> 3
  CHECK(d.addr == c.addr + 2);
  const MallocResult e = mallocgc(h, 0, 4, false, true);  // offset 3 -> 4
  CHECK(e.addr == c.addr + 4);
  const MallocResult f = mallocgc(h, 0, 2, false, true);  // offset 8 -> 8
  CHECK(f.addr == c.addr + 8);
  CHECK(f.level == AllocLevel::kTiny);
}

TEST_CASE("a pointerful 8-byte object and a 16-byte one never use the tiny block") {
  Heap h(1);
  const MallocResult t = mallocgc(h, 0, 4, false, true);
  const MallocResult p = mallocgc(h, 0, 8, true, true);
  CHECK(p.level != AllocLevel::kTiny);
  CHECK(p.spanclass == makeSpanClass(1, false));
  const MallocResult s16 = mallocgc(h, 0, 16, false, true);  // maxTinySize itself is not tiny
  CHECK(s16.spanclass == makeSpanClass(2, true));
  CHECK(s16.addr == t.addr + 16);  // the next 16-byte slot of the same noscan span
  CHECK(s16.level == AllocLevel::kMcache);
}

TEST_CASE("a tiny block that has less room left than the new one is replaced") {
  Heap h(1);
  const MallocResult a = mallocgc(h, 0, 12, false, true);  // offset 12
  const MallocResult b = mallocgc(h, 0, 10, false, true);  // 12 -> 12, no room: new block, keeps offset 10
  CHECK(b.addr == a.addr + 16);
  const MallocResult c = mallocgc(h, 0, 6, false, true);  // fits the new block at 10
  CHECK(c.addr == b.addr + 10);
}

TEST_CASE("large objects get whole pages on their own span") {
  Heap h(1);
  const MallocResult a = mallocgc(h, 0, 32769, true, true);
  CHECK(a.level == AllocLevel::kLarge);
  CHECK(a.sizeclass == 0);
  CHECK(a.spanclass == makeSpanClass(0, false));
  CHECK(a.size == 5 * kHeapPageSize);
  CHECK(a.addr == a.span_base);
  CHECK(mallocgc(h, 0, 40960, false, true).size == 5 * kHeapPageSize);
  CHECK(mallocgc(h, 0, 40961, false, true).size == 6 * kHeapPageSize);
  const MallocResult big = mallocgc(h, 0, 1 << 20, false, true);  // 128 pages: first fit
  CHECK(big.size == 1 << 20);
  CHECK(h.spans[static_cast<size_t>(big.span)].npages == 128);
  CHECK(mallocgc(h, 0, 32768, false, true).level != AllocLevel::kLarge);  // 32 KiB is still small
}

TEST_CASE("size 0 returns zerobase and allocates nothing") {
  Heap h(1, 0x54b2e0);
  const MallocResult r = mallocgc(h, 0, 0, true, true);
  CHECK(r.addr == 0x54b2e0);
  CHECK(r.level == AllocLevel::kZero);
  CHECK(h.stats.mapped == 0);
}

TEST_CASE("each P allocates pages from its own 64-page cache") {
  Heap h(2);
  const MallocResult p0 = mallocgc(h, 0, 8, true, true);  // page 0 (the heap just grew)
  const MallocResult p1 = mallocgc(h, 1, 8, true, true);  // P1 caches pages 1..63
  const MallocResult p0b = mallocgc(h, 0, 24, true, true);  // P0 caches the next 64-page block
  CHECK(p0.addr == kBase);
  CHECK(p1.addr == kBase + kHeapPageSize);
  CHECK(p0b.addr == kBase + 64 * kHeapPageSize);
}

TEST_CASE("a span handed back to mcentral is the next refill's source (the mcentral level)") {
  Heap h(1);
  const MallocResult a = mallocgc(h, 0, 100, true, true);
  ReadMemStats(h);  // flushes the mcache, as Go's ReadMemStats does
  std::vector<Event> ev;
  const MallocResult b = mallocgc(h, 0, 100, true, true, &ev);
  CHECK(b.level == AllocLevel::kMcentral);
  CHECK(b.span == a.span);
  CHECK(b.addr == a.addr + 112);
  REQUIRE(ev.size() == 3);
  CHECK(ev[0].kind == EventKind::kMcacheRefill);
  CHECK(ev[1].kind == EventKind::kCacheSpan);
  CHECK(ev[1].c == 0);  // a swept partial span
}

TEST_CASE("findObject and spanOf map interior pointers to their object") {
  Heap h(1);
  const MallocResult a = mallocgc(h, 0, 48, true, true);
  const MallocResult b = mallocgc(h, 0, 48, true, true);
  const ObjectRef o = findObject(h, b.addr + 47);
  CHECK(o.span == b.span);
  CHECK(o.base == b.addr);
  CHECK(o.index == 1);
  CHECK(spanOf(h, a.addr) == a.span);
  CHECK(findObject(h, a.span_base + 170 * 48).span == kNoSpan);  // the tail waste
  CHECK(spanOf(h, 0x1000) == kNoSpan);
  const StackResult st = stackalloc(h, 0, 2048);
  const std::vector<SpanIdx> order = spans_in_address_order(h);
  REQUIRE(order.size() == 2);
  CHECK(order[0] == a.span);
  CHECK(order[1] == st.span);
  CHECK(findObject(h, kBase + 400 * kHeapPageSize).span == kNoSpan);  // mapped but free
}

TEST_CASE("bad requests stop with the Go function's name, never a crash") {
  Heap h(1);
  CHECK_THROWS_WITH_AS(mallocgc(h, 3, 8, true, true), "mallocgc: no P (mcache) to allocate with", HeapThrow);
  // Too big for any heap is not an invariant broken but Go's out-of-memory death (issue 20).
  CHECK_THROWS_AS(mallocgc(h, 0, 1ull << 50, true, true), OutOfMemory);
  CHECK_THROWS_AS(stackalloc(h, 0, 3000), HeapThrow);
}

// [issue 20] The heap's growth limit: Heap::max_heap_bytes is the simulated machine's memory.
TEST_CASE("mheap.grow past max_heap_bytes throws OutOfMemory before the heap grows") {
  Heap h(1);
  h.max_heap_bytes = 8 << 20;
  mallocgc(h, 0, 1 << 20, false, true);  // fits: the heap maps its first 4 MiB chunk
  const uint64_t mapped = h.stats.mapped;
  CHECK(mapped == 4u << 20);
  try {
    mallocgc(h, 0, 16 << 20, false, true);
    FAIL("no OutOfMemory");
  } catch (const OutOfMemory& oom) {
    CHECK(oom.why == OutOfMemory::Why::kHeapLimit);
    CHECK(oom.ask == 16u << 20);
    CHECK(oom.limit == 8u << 20);
  }
  CHECK(h.stats.mapped == mapped);  // nothing was mapped for the request that failed
  CHECK(h.pages.mapped_pages == mapped / kHeapPageSize);
  CHECK(heap_invariants(h).empty());
}

TEST_CASE("a request past the 47-bit user address space is the cannot-allocate death, whatever the limit") {
  Heap h(1);  // no limit
  try {
    mallocgc(h, 0, 1ull << 47, false, true);
    FAIL("no OutOfMemory");
  } catch (const OutOfMemory& oom) {
    CHECK(oom.why == OutOfMemory::Why::kAddressSpace);
    CHECK(oom.ask == 1ull << 47);  // Go: alignUp(npage, pallocChunkPages) * pageSize
  }
  // 64 TiB still fits in the address space: the heap limit decides.
  h.max_heap_bytes = 1ull << 40;
  CHECK_THROWS_AS(mallocgc(h, 0, 1ull << 46, false, true), OutOfMemory);
}

TEST_CASE("freeSpan hands the freed pages to the backing memory") {
  struct Recorder final : PageBacking {
    std::vector<std::pair<uint64_t, uint64_t>> released;
    void release(uint64_t addr, uint64_t n) override { released.emplace_back(addr, n); }
  } rec;
  Heap h(1);
  h.backing.p = &rec;
  const MallocResult r = mallocgc(h, 0, 1 << 20, false, true);  // a large object: a span of its own
  freeSpan(h, r.span, nullptr);
  REQUIRE(rec.released.size() == 1);
  CHECK(rec.released[0].first == r.addr);
  CHECK(rec.released[0].second == 1u << 20);
  const Heap copy = h;  // a checkpoint never carries the backing along
  CHECK(copy.backing.p == nullptr);
}
