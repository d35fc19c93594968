// runtime.MemStats from the model (Go: runtime/mstats.go readmemstats_m), and checkpoints.
#include <doctest/doctest.h>

#include <vector>

#include "sim/heap/heap.h"

using namespace gosim;
using namespace gosim::heap;

TEST_CASE("MemStats after tiny, small and large allocations") {
  Heap h(1);
  mallocgc(h, 0, 5, false, true);
  mallocgc(h, 0, 5, false, true);
  mallocgc(h, 0, 5, false, true);   // three tiny allocations, one 16-byte block
  mallocgc(h, 0, 100, true, true);  // class 9: 112 bytes
  mallocgc(h, 0, 40000, true, true);  // 5 pages
  const MemStats m = ReadMemStats(h);
  CHECK(m.Mallocs == 5);
  CHECK(m.Frees == 2);  // Go counts tiny allocations that shared a block as freed at once
  CHECK(m.HeapObjects == 3);
  CHECK(m.TotalAlloc == 16 + 112 + 40960);
  CHECK(m.HeapAlloc == 16 + 112 + 40960);
  CHECK(m.Alloc == m.HeapAlloc);
  CHECK(m.HeapInuse == 7 * kHeapPageSize);
  CHECK(m.HeapSys == 4 << 20);
  CHECK(m.HeapIdle == (4 << 20) - 7 * kHeapPageSize);
  CHECK(m.HeapReleased == 0);
  CHECK(m.Sys == m.HeapSys + m.StackSys);
  CHECK(m.NumGC == 0);
  CHECK(m.NextGC == 4 << 20);
}

TEST_CASE("heapLive counts a cached span whole and takes its unused rest off when it is released") {
  Heap h(1);
  mallocgc(h, 0, 8, true, true);
  CHECK(h.stats.heapLive == 8192);
  mallocgc(h, 0, 8, true, true);
  CHECK(h.stats.heapLive == 8192);  // the fast path does not touch it
  mallocgc(h, 0, 50000, true, true);
  CHECK(h.stats.heapLive == 8192 + 7 * 8192);
  ReadMemStats(h);  // releaseAll: 1022 unused 8-byte slots come off
  CHECK(h.stats.heapLive == 16 + 7 * 8192);
}

TEST_CASE("the snapshot agrees with ReadMemStats but does not flush the mcaches") {
  Heap h(2);
  for (int i = 0; i < 50; ++i) mallocgc(h, i % 2, 8 + static_cast<uint64_t>(i) * 16, i % 3 == 0, true);
  const MemStats snap = memstats_snapshot(h);
  auto cached = [&](int p) {
    int n = 0;
    for (SpanIdx s : h.mcaches[static_cast<size_t>(p)].alloc) n += s != kNoSpan;
    return n;
  };
  CHECK(cached(0) > 0);
  CHECK(cached(1) > 0);
  const MemStats read = ReadMemStats(h);
  CHECK(read.Mallocs == snap.Mallocs);
  CHECK(read.TotalAlloc == snap.TotalAlloc);
  CHECK(read.HeapInuse == snap.HeapInuse);
  CHECK(cached(0) == 0);  // flushed
  CHECK(cached(1) == 0);
}

TEST_CASE("the heap grows in 4 MiB steps when it runs out of pages") {
  Heap h(1);
  mallocgc(h, 0, 3 << 20, false, true);  // 384 pages
  CHECK(memstats_snapshot(h).HeapSys == 4 << 20);
  std::vector<Event> ev;
  mallocgc(h, 0, (1 << 20) + 1, false, true, &ev);  // 129 pages do not fit in the 128 left
  CHECK(memstats_snapshot(h).HeapSys == 8 << 20);
  CHECK(ev.front().kind == EventKind::kHeapGrow);
  mallocgc(h, 0, 80 << 20, false, true);  // beyond one 64 MiB arena: arenas stay contiguous
  CHECK(memstats_snapshot(h).HeapSys == 88 << 20);
}

namespace {

// A fixed mixed workload: allocations of many sizes on 2 Ps, a sweep cycle, stacks.
struct Step {
  uint64_t addr;
  int level;
};

std::vector<Step> workload(Heap& h, int from, int to) {
  std::vector<Step> out;
  for (int i = from; i < to; ++i) {
    const uint64_t size = static_cast<uint64_t>((i * 7919) % 40000);
    const MallocResult r = mallocgc(h, i % 2, size, i % 3 != 0, true);
    out.push_back({r.addr, static_cast<int>(r.level)});
    if (i % 97 == 0) out.push_back({stackalloc(h, i % 2, 2048u << (i % 6)).addr, 9});
    if (i % 500 == 499) {
      if (r.span != kNoSpan) greyobject(h, r.addr);
      start_sweep_cycle(h, nullptr);
    }
  }
  return out;
}

}  // namespace

TEST_CASE("copying a Heap is a checkpoint: the copy and the original continue identically") {
  Heap h(2);
  workload(h, 0, 1200);
  Heap copy = h;
  const std::vector<Step> a = workload(h, 1200, 2500);
  const std::vector<Step> b = workload(copy, 1200, 2500);
  REQUIRE(a.size() == b.size());
  bool same = true;
  for (size_t i = 0; i < a.size(); ++i) same &= a[i].addr == b[i].addr && a[i].level == b[i].level;
  CHECK(same);
  const MemStats ma = ReadMemStats(h), mb = ReadMemStats(copy);
  CHECK(ma.HeapAlloc == mb.HeapAlloc);
  CHECK(ma.Mallocs == mb.Mallocs);
  CHECK(ma.Frees == mb.Frees);
  CHECK(ma.HeapInuse == mb.HeapInuse);
  CHECK(ma.Frees > 0);  // the workload really swept something
  // And a fresh run from scratch gives the same addresses: no hidden state outside Heap.
  Heap fresh(2);
  workload(fresh, 0, 1200);
  const std::vector<Step> c = workload(fresh, 1200, 2500);
  bool same_fresh = c.size() == a.size();
  for (size_t i = 0; same_fresh && i < a.size(); ++i) same_fresh = a[i].addr == c[i].addr;
  CHECK(same_fresh);
}

TEST_CASE("procresize flushes a dropped P's caches") {
  Heap h(2);
  mallocgc(h, 1, 64, true, true);
  stackalloc(h, 1, 2048);
  procresize(h, 1, nullptr);
  CHECK(h.mcaches.size() == 1);
  const MemStats m = memstats_snapshot(h);
  CHECK(m.Mallocs == 1);
  CHECK(m.StackInuse == 32768);  // one stack is still in use
}
