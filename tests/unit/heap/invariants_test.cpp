// A seeded random walk through the allocator API, checking after every step that the heap is
// consistent and that objects never overlap and marked objects survive sweeping.
#include <doctest/doctest.h>

#include <map>
#include <random>
#include <vector>

#include "sim/heap/heap.h"

using namespace gosim;
using namespace gosim::heap;

TEST_CASE("a random mix of allocations, stacks, marks and sweeps keeps the heap consistent") {
  std::mt19937_64 rng(12345);
  Heap h(3);
  struct Obj {
    uint64_t addr, size;
  };
  std::map<uint64_t, uint64_t> live;  // object base -> bytes it takes (small and large only)
  std::vector<std::pair<uint64_t, uint64_t>> stacks;
  for (int step = 0; step < 6000; ++step) {
    const uint64_t r = rng() % 100;
    const auto p = static_cast<int32_t>(rng() % 3);
    if (r < 80) {
      const uint64_t sizes[] = {1, 5, 8, 12, 16, 24, 100, 500, 1024, 3000, 9000, 32768, 40000, 140000};
      const uint64_t size = sizes[rng() % 14];
      const MallocResult m = mallocgc(h, p, size, rng() % 2 == 0, true);
      if (m.level != AllocLevel::kTiny) {
        // No live object may overlap the new one.
        auto it = live.lower_bound(m.addr);
        if (it != live.end()) REQUIRE(it->first >= m.addr + m.size);
        if (it != live.begin()) {
          --it;
          REQUIRE(it->first + it->second <= m.addr);
        }
        live[m.addr] = m.size;
      }
    } else if (r < 88) {
      const uint64_t n = 2048ull << (rng() % 6);
      stacks.emplace_back(stackalloc(h, p, n).addr, n);
    } else if (r < 94 && !stacks.empty()) {
      const size_t i = rng() % stacks.size();
      stackfree(h, p, stacks[i].first, stacks[i].second);
      stacks.erase(stacks.begin() + static_cast<std::ptrdiff_t>(i));
    } else if (r < 96) {
      ReadMemStats(h);
    } else if (r < 98) {
      // A GC cycle: keep a random half, sweep everything, forget the rest.
      std::map<uint64_t, uint64_t> kept;
      for (const auto& [addr, size] : live) {
        if (rng() % 2 == 0) {
          greyobject(h, addr);
          blacken(h, addr);
          kept[addr] = size;
        }
      }
      // Allocations and stack frees during the mark phase: allocated black, so they survive.
      h.gc_marking = true;
      for (int k = 0; k < 20; ++k) {
        const MallocResult m = mallocgc(h, p, 8 + (rng() % 50000), true, true);
        kept[m.addr] = m.size;
      }
      if (!stacks.empty()) {
        stackfree(h, p, stacks.back().first, stacks.back().second);
        stacks.pop_back();
      }
      start_sweep_cycle(h, nullptr);
      while (sweepone(h, nullptr) != kNoSpan) {
      }
      // Tiny blocks shared between kept and dropped objects are not tracked here; every kept
      // small or large object must still be allocated.
      for (const auto& [addr, size] : kept) {
        const ObjectRef o = findObject(h, addr);
        REQUIRE(o.span != kNoSpan);
        REQUIRE_FALSE(isFree(h.spans[static_cast<size_t>(o.span)], o.index));
      }
      live = kept;
    } else {
      sweepone(h, nullptr);
    }
    const std::string bad = heap_invariants(h);
    if (!bad.empty()) FAIL("step " << step << ": " << bad);
  }
  const MemStats m = ReadMemStats(h);
  CHECK(m.HeapObjects > 0);
  CHECK(m.HeapInuse <= m.HeapSys);
  CHECK(heap_invariants(h).empty());
}

TEST_CASE("heap_invariants notices a counter that disagrees with the spans") {
  Heap h(1);
  mallocgc(h, 0, 64, true, true);
  CHECK(heap_invariants(h).empty());
  h.stats.inHeap += 8192;
  CHECK(heap_invariants(h).find("mstats: inHeap") == 0);
}
