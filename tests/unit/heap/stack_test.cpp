// Goroutine stacks (Go: runtime/stack.go stackalloc, stackfree, stackcacherefill).
#include <doctest/doctest.h>

#include <vector>

#include "sim/heap/heap.h"

using namespace gosim;
using namespace gosim::heap;

namespace {
constexpr uint64_t kBase = 0xc000000000;
}

TEST_CASE("the first 2 KiB stack: a 32 KiB pool span, half of it moved into the P's cache, LIFO") {
  Heap h(1);
  std::vector<Event> ev;
  const StackResult s = stackalloc(h, 0, 2048, &ev);
  // The pool span's free list is built by pushing each stack on the head, so the cache refill
  // takes 30K, 28K, ... 16K, and the cache hands back the last one it took.
  CHECK(s.addr == kBase + 16 * 1024);
  CHECK(s.from == StackFrom::kPool);
  CHECK(h.spans[static_cast<size_t>(s.span)].state == SpanState::kManual);
  CHECK(h.spans[static_cast<size_t>(s.span)].npages == 4);
  CHECK(h.mcaches[0].stackcache[0].list.size() == 7);
  CHECK(h.mcaches[0].stackcache[0].size == 7 * 2048);
  const StackResult t = stackalloc(h, 0, 2048);
  CHECK(t.addr == kBase + 18 * 1024);
  CHECK(t.from == StackFrom::kCache);
  REQUIRE_FALSE(ev.empty());
  CHECK(ev.back().kind == EventKind::kStackAlloc);
  CHECK(describe_heap_event(ev.back()).find("2 KiB") != std::string::npos);
  const MemStats m = memstats_snapshot(h);
  CHECK(m.StackInuse == 32768);
  CHECK(m.StackSys == 32768);
  CHECK(m.HeapInuse == 0);
  CHECK(m.HeapSys == (4 << 20) - 32768);  // stack spans leave HeapSys
}

TEST_CASE("stack orders 2K/4K/8K/16K each have their own pool spans") {
  Heap h(1);
  const StackResult s2 = stackalloc(h, 0, 2048);
  const StackResult s4 = stackalloc(h, 0, 4096);
  const StackResult s8 = stackalloc(h, 0, 8192);
  const StackResult s16 = stackalloc(h, 0, 16384);
  CHECK(s2.span != s4.span);
  CHECK(s4.span != s8.span);
  CHECK(s8.span != s16.span);
  CHECK(h.mcaches[0].stackcache[1].list.size() == 3);  // 16 KiB of 4 KiB stacks, one handed out
  CHECK(h.mcaches[0].stackcache[2].list.size() == 1);
  CHECK(h.mcaches[0].stackcache[3].list.size() == 0);
  CHECK(s4.addr == h.spans[static_cast<size_t>(s4.span)].startAddr + 16 * 1024);
  CHECK(memstats_snapshot(h).StackInuse == 4 * 32768);
}

TEST_CASE("stacks of 32 KiB and more get spans of their own, freed straight to mheap") {
  Heap h(1);
  const StackResult big = stackalloc(h, 0, 32768);
  CHECK(big.from == StackFrom::kMheap);
  CHECK(big.addr == h.spans[static_cast<size_t>(big.span)].startAddr);
  CHECK(memstats_snapshot(h).StackInuse == 32768);
  std::vector<Event> ev;
  stackfree(h, 0, big.addr, 32768, &ev);
  CHECK(memstats_snapshot(h).StackInuse == 0);
  CHECK(ev.front().kind == EventKind::kMheapFree);
  CHECK(spanOf(h, big.addr) == kNoSpan);
}

TEST_CASE("while the GC marks, a freed large stack waits in stackLarge and is reused") {
  Heap h(1);
  const StackResult big = stackalloc(h, 0, 65536);
  h.gc_marking = true;
  stackfree(h, 0, big.addr, 65536);
  CHECK(memstats_snapshot(h).StackInuse == 65536);
  const StackResult again = stackalloc(h, 0, 65536);
  CHECK(again.from == StackFrom::kLargeFree);
  CHECK(again.addr == big.addr);
}

TEST_CASE("freed small stacks go to the cache; a full cache drains half to the pool") {
  Heap h(1);
  std::vector<StackResult> st;
  for (int i = 0; i < 24; ++i) st.push_back(stackalloc(h, 0, 2048));  // 3 refills of 8: 2 pool spans
  CHECK(memstats_snapshot(h).StackInuse == 2 * 32768);
  for (const StackResult& s : st) stackfree(h, 0, s.addr, 2048);
  // The 17th free finds the cache full (32 KiB) and drains the 8 newest to the pool first.
  CHECK(h.mcaches[0].stackcache[0].size == kStackCacheSize);
  CHECK(h.spans[static_cast<size_t>(st[0].span)].allocCount == 8);
  CHECK(memstats_snapshot(h).StackInuse == 2 * 32768);  // cached stacks keep their spans in use
  // At GC time every stack cache is cleared and empty pool spans go back to mheap.
  start_sweep_cycle(h, nullptr);
  CHECK(memstats_snapshot(h).StackInuse == 0);
  // Without a P the pool is used directly: an emptied span is freed at once.
  Heap g(1);
  const StackResult x = stackalloc(g, -1, 8192);
  CHECK(x.from == StackFrom::kPool);
  stackfree(g, -1, x.addr, 8192);
  CHECK(memstats_snapshot(g).StackInuse == 0);
}

TEST_CASE("a stack address stays attached to its pool span's state for spanOf") {
  Heap h(1);
  const StackResult s = stackalloc(h, 0, 2048);
  CHECK(spanOf(h, s.addr) == s.span);
  CHECK(findObject(h, s.addr).span == kNoSpan);  // stacks are not heap objects
}
