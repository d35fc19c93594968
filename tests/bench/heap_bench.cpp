// heap_bench: mallocgc throughput of the allocator model (sim/heap), no interpreter, no events.
//
// Two workloads, each the median of 5 runs:
//   alloc  N small objects (8..512 bytes, a third pointer-free), nothing freed: the mcache fast
//          path plus refills and heap growth;
//   cycle  the same in rounds of 100k, after each round 10% of the round's objects are marked
//          and a full sweep cycle runs (start_sweep_cycle + sweepone until done), so freed slots
//          are reused: the shape of the "1M small objects, 10% kept" program.
//
//   build/bin/heap_bench [objects]
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <vector>

#include "sim/heap/heap.h"

using namespace gosim::heap;

namespace {

uint64_t size_of(uint64_t i) { return 8 + (i * 2654435761u) % 505; }

double run_alloc(uint64_t n, uint64_t* checksum) {
  Heap h(1);
  const auto t0 = std::chrono::steady_clock::now();
  uint64_t sum = 0;
  for (uint64_t i = 0; i < n; ++i) sum += mallocgc(h, 0, size_of(i), i % 3 != 0, true).addr;
  const auto t1 = std::chrono::steady_clock::now();
  *checksum = sum;
  return static_cast<double>(n) / std::chrono::duration<double>(t1 - t0).count();
}

double run_cycle(uint64_t n, uint64_t* checksum) {
  Heap h(1);
  std::vector<uint64_t> round;
  round.reserve(100000);
  const auto t0 = std::chrono::steady_clock::now();
  uint64_t sum = 0;
  for (uint64_t i = 0; i < n; ++i) {
    const uint64_t addr = mallocgc(h, 0, size_of(i), i % 3 != 0, true).addr;
    sum += addr;
    round.push_back(addr);
    if (round.size() == 100000) {
      for (size_t k = 0; k < round.size(); k += 10) greyobject(h, round[k]);
      start_sweep_cycle(h, nullptr);
      while (sweepone(h, nullptr) != kNoSpan) {
      }
      round.clear();
    }
  }
  const auto t1 = std::chrono::steady_clock::now();
  *checksum = sum + memstats_snapshot(h).HeapInuse;
  return static_cast<double>(n) / std::chrono::duration<double>(t1 - t0).count();
}

template <typename F>
void report(const char* name, uint64_t n, F run) {
  std::vector<double> rates;
  uint64_t first = 0;
  for (int rep = 0; rep < 5; ++rep) {
    uint64_t sum = 0;
    rates.push_back(run(n, &sum));
    if (rep == 0) first = sum;
    if (sum != first) {
      std::fprintf(stderr, "heap_bench: %s is not deterministic\n", name);
      std::exit(1);
    }
  }
  std::sort(rates.begin(), rates.end());
  std::printf("heap_bench %-5s: %llu allocations: median %.1f M allocs/s (min %.1f, max %.1f) over 5 runs\n", name,
              static_cast<unsigned long long>(n), rates[2] / 1e6, rates.front() / 1e6, rates.back() / 1e6);
}

}  // namespace

int main(int argc, char** argv) {
  const uint64_t n = argc > 1 ? std::strtoull(argv[1], nullptr, 10) : 1000000;
  report("alloc", n, run_alloc);
  report("cycle", n, run_cycle);
  return 0;
}
