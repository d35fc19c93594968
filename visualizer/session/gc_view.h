// The heap's size and the GC's cycles over the whole run, for the GC timeline panel.
//
// Stored while the session records the run (like the TimelineIndex), never recomputed per
// frame: after every allocator, stack or GC event the heap's live bytes (Go: heapLive, what
// the pacer compares with the trigger) and the heap goal (Go: gcControllerState.heapGoal) are
// sampled when they changed. The cycles come from gc_phase events (sweep termination, mark,
// mark termination, sweep, off); their two stop-the-world windows are drawn as bands. Runs
// without a collector have no cycles and the panel says so.
#pragma once

#include <cstdint>
#include <vector>

#include "sim/heap/heap.h"
#include "sim/trace/event.h"

namespace gosim::viz {

struct GcSample {
  VTime t = 0;
  uint32_t event = 0;  // index of the event after which this holds
  uint64_t live = 0;   // Go: gcController.heapLive
  uint64_t goal = 0;   // Go: gcController.heapGoal()
  uint64_t inuse = 0;  // HeapInuse: bytes in in-use spans
};

// One GC cycle's phase boundaries in virtual time (-1: not reached in this run).
struct GcCycle {
  int64_t number = 0;       // Go: work.cycles (the gc_phase event's c)
  VTime sweep_term = -1;    // gcStart: STW sweep termination begins
  VTime mark = -1;          // concurrent mark begins (world restarted)
  VTime mark_term = -1;     // STW mark termination begins
  VTime sweep = -1;         // concurrent sweep begins (world restarted)
  VTime off = -1;           // sweeping done
  uint32_t first_event = 0; // the sweep-termination event's index
};

// An event the GC timeline marks per P: an assist (gc_assist) or a root/object scan done by
// a mark worker on that P.
struct GcMark {
  VTime t = 0;
  int32_t p = -1;
  bool assist = false;
};

class GcSeries {
 public:
  void clear();
  void add(const Event& e, uint32_t index, const heap::Heap& h);
  void finish(VTime end);

  const std::vector<GcSample>& samples() const { return samples_; }
  const std::vector<GcCycle>& cycles() const { return cycles_; }
  const std::vector<GcMark>& marks() const { return marks_; }
  uint64_t max_bytes() const { return max_bytes_; }
  VTime end() const { return end_; }
  bool has_gc_events() const { return gc_events_ > 0; }
  size_t bytes() const;
  // The last sample at or before event index `cursor` (cursor events have happened).
  const GcSample* at_cursor(uint64_t cursor) const;

 private:
  void sample(VTime t, uint32_t index, const heap::Heap& h);
  std::vector<GcSample> samples_;
  std::vector<GcCycle> cycles_;
  std::vector<GcMark> marks_;
  uint64_t max_bytes_ = 0;
  uint64_t gc_events_ = 0;
  VTime end_ = 0;
};

}  // namespace gosim::viz
