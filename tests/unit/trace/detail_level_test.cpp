// The level-of-detail table (sim/trace/detail_level.cpp): every kind has a level, the levels
// nest, and the kinds a scheduling lesson drowns in (allocator, calls) are not at "scheduler".
#include <doctest/doctest.h>

#include "sim/trace/detail_level.h"

using namespace gosim;

TEST_CASE("the levels nest: what sched shows, mem shows; what mem shows, all shows") {
  for (size_t i = 0; i < static_cast<size_t>(EventKind::kCount); ++i) {
    const auto k = static_cast<EventKind>(i);
    INFO(event_info(k).name);
    if (detail_shows(DetailLevel::kSched, k)) CHECK(detail_shows(DetailLevel::kMem, k));
    if (detail_shows(DetailLevel::kMem, k)) CHECK(detail_shows(DetailLevel::kAll, k));
    CHECK(detail_shows(DetailLevel::kAll, k));
  }
}

TEST_CASE("the scheduler's story is at sched; the allocator, stacks and GC cycle at mem; calls and per-object work at all") {
  for (EventKind k : {EventKind::kGoCreate, EventKind::kGoStart, EventKind::kGoPark, EventKind::kGoReady, EventKind::kSteal,
                      EventKind::kSyscallEnter, EventKind::kSyscallExit, EventKind::kRetake, EventKind::kSysmonPreempt,
                      EventKind::kChanSend, EventKind::kSemAcquire, EventKind::kTimerFire, EventKind::kNetpoll,
                      EventKind::kWrite, EventKind::kProgramExit, EventKind::kStopTheWorld, EventKind::kLimit}) {
    INFO(event_info(k).name);
    CHECK(detail_level_of(k) == DetailLevel::kSched);
  }
  for (EventKind k : {EventKind::kMalloc, EventKind::kMcacheRefill, EventKind::kCacheSpan, EventKind::kMheapAlloc,
                      EventKind::kStackAlloc, EventKind::kMorestack, EventKind::kCopyStack, EventKind::kGcPhase,
                      EventKind::kGcAssist, EventKind::kGcWriteBarrier, EventKind::kGcPacer}) {
    INFO(event_info(k).name);
    CHECK(detail_level_of(k) == DetailLevel::kMem);
    CHECK_FALSE(detail_shows(DetailLevel::kSched, k));
  }
  for (EventKind k : {EventKind::kCall, EventKind::kReturn, EventKind::kGcShade, EventKind::kGcScanObject, EventKind::kSweepSpan}) {
    INFO(event_info(k).name);
    CHECK(detail_level_of(k) == DetailLevel::kAll);
    CHECK_FALSE(detail_shows(DetailLevel::kMem, k));
  }
}

TEST_CASE("level names: the JSON names and the CLI's short names parse, anything else does not") {
  CHECK(parse_detail_level("scheduler") == DetailLevel::kSched);
  CHECK(parse_detail_level("sched") == DetailLevel::kSched);
  CHECK(parse_detail_level("memory") == DetailLevel::kMem);
  CHECK(parse_detail_level("mem") == DetailLevel::kMem);
  CHECK(parse_detail_level("all") == DetailLevel::kAll);
  CHECK_FALSE(parse_detail_level("Scheduler").has_value());
  CHECK_FALSE(parse_detail_level("").has_value());
  for (DetailLevel l : {DetailLevel::kSched, DetailLevel::kMem, DetailLevel::kAll}) {
    CHECK(parse_detail_level(detail_level_name(l)) == l);
  }
}
