// Mark bits, colours and sweeping (Go: runtime/mgcsweep.go, mbitmap.go, mgcmark.go greyobject).
#include <doctest/doctest.h>

#include <vector>

#include "sim/heap/heap.h"

using namespace gosim;
using namespace gosim::heap;

TEST_CASE("every slot has a colour: free, white, grey, black") {
  Heap h(1);
  const MallocResult a = mallocgc(h, 0, 24, true, true);
  const MallocResult b = mallocgc(h, 0, 24, true, true);
  CHECK(slot_colour(h, a.span, 0) == SlotColour::kWhite);
  CHECK(slot_colour(h, a.span, 2) == SlotColour::kFree);
  CHECK(greyobject(h, a.addr));
  CHECK_FALSE(greyobject(h, a.addr + 8));  // the same object: already marked
  CHECK(slot_colour(h, a.span, 0) == SlotColour::kGrey);
  blacken(h, a.addr);
  CHECK(slot_colour(h, a.span, 0) == SlotColour::kBlack);
  CHECK(slot_colour(h, b.span, 1) == SlotColour::kWhite);
  const std::vector<SlotColour> cols = span_colours(h, a.span);
  CHECK(cols.size() == 341);
  CHECK(cols[0] == SlotColour::kBlack);
  CHECK(cols[1] == SlotColour::kWhite);
  CHECK(cols[340] == SlotColour::kFree);
  CHECK_FALSE(greyobject(h, a.span_base + 5 * 24));  // a free slot is no object
}

TEST_CASE("a noscan object is black as soon as it is marked: nothing to scan") {
  Heap h(1);
  const MallocResult a = mallocgc(h, 0, 64, false, true);
  greyobject(h, a.addr);
  CHECK(slot_colour(h, a.span, 0) == SlotColour::kBlack);
}

TEST_CASE("objects allocated while the GC marks are black") {
  Heap h(1);
  h.gc_marking = true;
  const MallocResult a = mallocgc(h, 0, 32, true, true);
  CHECK(slot_colour(h, a.span, a.obj_index) == SlotColour::kBlack);
  CHECK(is_marked(h, a.addr));
}

TEST_CASE("sweeping frees the unmarked objects and the freed slots are reused lowest first") {
  Heap h(1);
  std::vector<MallocResult> objs;
  for (int i = 0; i < 10; ++i) objs.push_back(mallocgc(h, 0, 24, true, true));
  for (int i : {0, 2, 4}) greyobject(h, objs[static_cast<size_t>(i)].addr);
  std::vector<Event> ev;
  start_sweep_cycle(h, &ev);  // the cached span is stale: releaseAll sweeps it at once
  const Span& s = h.spans[static_cast<size_t>(objs[0].span)];
  CHECK(s.allocCount == 3);
  CHECK(s.freeindex == 0);
  CHECK(slot_colour(h, objs[0].span, 0) == SlotColour::kWhite);  // marks became alloc bits; new marks clear
  CHECK(slot_colour(h, objs[0].span, 1) == SlotColour::kFree);
  CHECK(h.stats.smallFreeCount[3] == 7);
  bool swept = false;
  for (const Event& e : ev) {
    if (e.kind == EventKind::kSweepSpan && e.a == static_cast<int64_t>(s.startAddr)) {
      swept = true;
      CHECK(e.b == 7);
      CHECK(e.c == 3);
    }
  }
  CHECK(swept);
  const MallocResult r1 = mallocgc(h, 0, 24, true, true);
  CHECK(r1.level == AllocLevel::kMcentral);
  CHECK(r1.addr == objs[1].addr);
  CHECK(r1.needzero);  // the slot held an old object
  CHECK(mallocgc(h, 0, 24, true, true).addr == objs[3].addr);
  CHECK(mallocgc(h, 0, 24, true, true).addr == objs[5].addr);
  CHECK(mallocgc(h, 0, 24, true, true).addr == objs[6].addr);
  const MemStats m = ReadMemStats(h);
  CHECK(m.Mallocs == 14);
  CHECK(m.Frees == 7);
  CHECK(m.HeapObjects == 7);
  CHECK(m.HeapAlloc == 7 * 24);
}

TEST_CASE("a span with nothing marked goes back to mheap and its pages are reused") {
  Heap h(1);
  const MallocResult a = mallocgc(h, 0, 200, true, true);  // class 15 (208 bytes), 1 page
  const MallocResult big = mallocgc(h, 0, 200000, true, true);  // 25 pages: first fit, not the page cache
  CHECK(memstats_snapshot(h).HeapInuse == (1 + 25) * kHeapPageSize);
  std::vector<Event> ev;
  start_sweep_cycle(h, &ev);
  while (sweepone(h, &ev) != kNoSpan) {
  }
  CHECK(h.sweepdone);
  const MemStats m = memstats_snapshot(h);
  CHECK(m.HeapInuse == 0);
  CHECK(m.HeapObjects == 0);
  CHECK(m.Frees == 2);
  CHECK(spanOf(h, a.addr) == kNoSpan);
  CHECK(spanOf(h, big.addr) == kNoSpan);
  int freed = 0;
  for (const Event& e : ev) freed += e.kind == EventKind::kMheapFree;
  CHECK(freed == 2);
  CHECK(big.addr == a.span_base + kHeapPageSize);
  // Pages 0..25 are free again: first fit, lowest address, puts the next 25 pages at page 0.
  const MallocResult again = mallocgc(h, 0, 200000, true, true);
  CHECK(again.addr == a.span_base);
  CHECK(again.needzero);
}

TEST_CASE("freed pages go to the page allocator, not back into the P's page cache") {
  Heap h(1);
  mallocgc(h, 0, 8, true, true);                            // page 0 (straight after the heap grew)
  const MallocResult a = mallocgc(h, 0, 100000, true, true);  // 13 pages < 16: from P0's cache (pages 1..13)
  CHECK(a.addr == 0xc000000000 + kHeapPageSize);
  start_sweep_cycle(h, nullptr);
  while (sweepone(h, nullptr) != kNoSpan) {
  }
  CHECK(spanOf(h, a.addr) == kNoSpan);
  // The cache still holds pages 14..63, so the same request lands after the freed pages.
  CHECK(mallocgc(h, 0, 100000, true, true).addr == 0xc000000000 + 14 * kHeapPageSize);
}

TEST_CASE("sweepone finds unswept spans through the mcentral sets, full before partial") {
  Heap h(1);
  std::vector<MallocResult> objs;
  for (int i = 0; i < 1025; ++i) objs.push_back(mallocgc(h, 0, 8, true, true));  // fills span A, starts B
  const SpanIdx a = objs[0].span;
  const SpanIdx b = objs[1024].span;
  CHECK(a != b);
  greyobject(h, objs[10].addr);  // keeps span A alive
  greyobject(h, objs[1024].addr);
  start_sweep_cycle(h, nullptr);  // B was cached: swept at once; A waits in fullUnswept
  CHECK(h.spans[static_cast<size_t>(a)].allocCount == 1024);
  CHECK(h.spans[static_cast<size_t>(b)].allocCount == 1);
  CHECK_FALSE(h.sweepdone);
  CHECK(sweepone(h, nullptr) == a);
  CHECK(h.spans[static_cast<size_t>(a)].allocCount == 1);
  CHECK(sweepone(h, nullptr) == kNoSpan);
  CHECK(h.sweepdone);
  CHECK(h.stats.smallFreeCount[1] == 1023);
}

TEST_CASE("cacheSpan sweeps an unswept span itself before growing the heap") {
  Heap h(1);
  std::vector<MallocResult> objs;
  for (int i = 0; i < 1025; ++i) objs.push_back(mallocgc(h, 0, 8, true, true));
  greyobject(h, objs[0].addr);
  greyobject(h, objs[1024].addr);
  start_sweep_cycle(h, nullptr);  // span A is in the full unswept set
  // Fill span B (now cached again after a refill picks the partial swept B).
  std::vector<Event> ev;
  MallocResult r;
  for (int i = 0; i < 1023; ++i) r = mallocgc(h, 0, 8, true, true, &ev);
  CHECK(r.span == objs[1024].span);
  ev.clear();
  r = mallocgc(h, 0, 8, true, true, &ev);  // B full: cacheSpan sweeps A and finds room
  CHECK(r.span == objs[0].span);
  CHECK(r.addr == objs[1].addr);
  CHECK(r.level == AllocLevel::kMcentral);
  bool from_unswept_full = false;
  for (const Event& e : ev) from_unswept_full |= e.kind == EventKind::kCacheSpan && e.c == 2;
  CHECK(from_unswept_full);
}
