#include "sim/trace/detail_level.h"

#include <array>

namespace gosim {

namespace {

constexpr size_t kKinds = static_cast<size_t>(EventKind::kCount);

// Which level first shows each kind. Built by kind, not by category: the GC's cycle events are
// memory-level while its per-object work (greying, scanning, sweeping one span) and the
// interpreter's calls and returns, which outnumber everything else, wait for "all".
constexpr std::array<DetailLevel, kKinds> build_table() {
  std::array<DetailLevel, kKinds> t{};
  for (auto& l : t) l = DetailLevel::kSched;
  auto set = [&t](EventKind k, DetailLevel l) { t[static_cast<size_t>(k)] = l; };
  using K = EventKind;
  constexpr DetailLevel mem = DetailLevel::kMem, all = DetailLevel::kAll;
  // The allocator (sim/heap).
  for (K k : {K::kMalloc, K::kNoAlloc, K::kMcacheRefill, K::kCacheSpan, K::kMcentralGrow, K::kMheapAlloc, K::kHeapGrow,
              K::kMheapFree, K::kMcacheRelease}) {
    set(k, mem);
  }
  // Goroutine stacks.
  for (K k : {K::kStackAlloc, K::kStackFree, K::kMorestack, K::kCopyStack}) set(k, mem);
  // The GC cycle.
  for (K k : {K::kGcPhase, K::kGcMarkRoot, K::kGcWriteBarrier, K::kGcAssist, K::kGcPacer, K::kGcMarkWork}) set(k, mem);
  // The fine grain.
  for (K k : {K::kGcScanObject, K::kGcShade, K::kSweepSpan, K::kCall, K::kReturn}) set(k, all);
  // An atomic operation is one instruction, not a scheduler step: the learner sees it with the calls.
  set(K::kAtomic, all);
  return t;
}

constexpr std::array<DetailLevel, kKinds> kTable = build_table();

}  // namespace

DetailLevel detail_level_of(EventKind k) {
  const auto i = static_cast<size_t>(k);
  return i < kKinds ? kTable[i] : DetailLevel::kAll;
}

std::string_view detail_level_name(DetailLevel level) {
  switch (level) {
    case DetailLevel::kSched: return "scheduler";
    case DetailLevel::kMem: return "memory";
    case DetailLevel::kAll: return "all";
  }
  return "all";
}

std::optional<DetailLevel> parse_detail_level(std::string_view name) {
  if (name == "scheduler" || name == "sched") return DetailLevel::kSched;
  if (name == "memory" || name == "mem") return DetailLevel::kMem;
  if (name == "all") return DetailLevel::kAll;
  return std::nullopt;
}

}  // namespace gosim
