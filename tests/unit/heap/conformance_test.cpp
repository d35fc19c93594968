// gosim's allocator against real Go 1.19: the MemStats deltas that
// tests/conformance/heap/memstats_deltas.go prints (expected file made by gen_expected.sh with
// the real toolchain, GOGC=off). The same allocation sequences are replayed here.
#include <doctest/doctest.h>

#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "sim/heap/heap.h"

using namespace gosim::heap;

namespace {

struct Alloc {
  uint64_t size;
  bool has_pointers;
  int count;
};

struct Case {
  std::string name;
  std::vector<Alloc> allocs;
};

// Mirrors main() in memstats_deltas.go, case by case.
const std::vector<Case> kCases = {
    {"tiny3x5", {{5, false, 3}}},
    {"tiny_align", {{1, false, 1}, {8, false, 1}, {12, false, 1}, {1, false, 1}}},
    {"ptr8x4", {{8, true, 4}}},
    {"ptr88x10", {{88, true, 10}}},
    {"ptr24x1500", {{24, true, 1500}}},
    {"bytes33x7", {{33, false, 7}}},
    {"large", {{40000, false, 1}, {300000, false, 1}}},
};

std::map<std::string, std::string> load_expected() {
  std::map<std::string, std::string> out;
  std::ifstream in(std::string(GOSIM_SOURCE_DIR) + "/tests/conformance/heap/memstats_deltas.expected");
  std::string line;
  while (std::getline(in, line)) out[line.substr(0, line.find(' '))] = line;
  return out;
}

}  // namespace

TEST_CASE("MemStats deltas match real Go 1.19 for known allocation sequences") {
  const auto expected = load_expected();
  REQUIRE(expected.size() == kCases.size() + 3);
  Heap h(1);
  // The real program has allocated during runtime init and for its globals; a few earlier
  // allocations of the same classes give the model partly used spans too.
  for (const Case& c : kCases) {
    for (const Alloc& a : c.allocs) mallocgc(h, 0, a.size, a.has_pointers, true);
  }
  for (const Case& c : kCases) {
    const MemStats before = ReadMemStats(h);
    for (const Alloc& a : c.allocs) {
      for (int i = 0; i < a.count; ++i) mallocgc(h, 0, a.size, a.has_pointers, true);
    }
    const MemStats after = ReadMemStats(h);
    std::ostringstream got;
    got << c.name << " mallocs=" << after.Mallocs - before.Mallocs << " frees=" << after.Frees - before.Frees
        << " total_alloc=" << after.TotalAlloc - before.TotalAlloc << " heap_alloc=" << after.HeapAlloc - before.HeapAlloc
        << " heap_objects=" << after.HeapObjects - before.HeapObjects;
    CHECK(got.str() == expected.at(c.name));
  }
}

TEST_CASE("address differences match real Go 1.19: tiny packing, a fresh span, page-aligned large objects") {
  const auto expected = load_expected();
  Heap h(1);
  // As in the Go program, the sequences above ran first.
  for (const Case& c : kCases) {
    for (const Alloc& a : c.allocs) {
      for (int i = 0; i < a.count; ++i) mallocgc(h, 0, a.size, a.has_pointers, true);
    }
  }
  ReadMemStats(h);
  uint64_t t[4];
  for (auto& x : t) x = mallocgc(h, 0, 5, false, true).addr;
  std::ostringstream tiny;
  tiny << "tiny_addrs block_offset=" << t[0] % 16 << " deltas=" << t[1] - t[0] << "," << t[2] - t[0] << "," << t[3] - t[0];
  CHECK(tiny.str() == expected.at("tiny_addrs"));
  uint64_t c[5];
  for (auto& x : c) x = mallocgc(h, 0, 1152, true, true).addr;
  std::ostringstream cls;
  cls << "class33_addrs span_offset=" << c[0] % 8192 << " deltas=" << c[1] - c[0] << "," << c[2] - c[0] << ","
      << c[3] - c[0] << "," << c[4] - c[0];
  CHECK(cls.str() == expected.at("class33_addrs"));
  std::ostringstream large;
  large << "large_addr page_offset=" << mallocgc(h, 0, 40000, false, true).addr % 8192;
  CHECK(large.str() == expected.at("large_addr"));
}
