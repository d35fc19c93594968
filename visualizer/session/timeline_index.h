// Which goroutine ran on which P, and when: the data behind the Timeline panel (the lanes
// `go tool trace` draws), built once while the session records the run.
//
// A slice opens when a P starts running a G (go_start, or syscall_exit on the fast path where
// the G keeps its P) and closes when that G stops running there: it parks, yields, is
// preempted, exits, enters a system call, or the P starts another G. Events are also indexed
// per P so the panel can find those in a time window by binary search instead of a scan.
#pragma once

#include <cstdint>
#include <vector>

#include "sim/trace/event.h"
#include "visualizer/session/timeline_lanes.h"

namespace gosim::viz {

struct RunSlice {
  VTime start = 0;
  VTime end = 0;
  int64_t goid = 0;
  uint32_t first_event = 0;  // index of the event that started it
  uint32_t last_event = 0;   // index of the event that ended it (== first while open)
};

class TimelineIndex {
 public:
  void clear(int32_t nprocs);
  void add(const Event& e, uint32_t index);
  // Closes slices still open when the run ended.
  void finish(VTime end, uint32_t last_index);

  int32_t procs() const { return static_cast<int32_t>(slices_.size()); }
  const std::vector<RunSlice>& slices(int32_t p) const { return slices_[static_cast<size_t>(p)]; }
  // Indices of events concerning P `p`; p == -1: events on no P (the runtime, sysmon, exit).
  const std::vector<uint32_t>& events_on(int32_t p) const { return p < 0 ? unplaced_ : per_p_[static_cast<size_t>(p)]; }
  VTime end_time() const { return end_; }
  // The M, goroutine-state, GC and sysmon lanes and the flow arrows.
  const TimelineLanes& lanes() const { return lanes_; }
  size_t bytes() const;

 private:
  void close(int32_t p, VTime t, uint32_t index);

  std::vector<std::vector<RunSlice>> slices_;
  std::vector<int32_t> open_;  // per P: index into slices_[p] of the open slice, or -1
  std::vector<std::vector<uint32_t>> per_p_;
  std::vector<uint32_t> unplaced_;
  VTime end_ = 0;
  TimelineLanes lanes_;
};

}  // namespace gosim::viz
