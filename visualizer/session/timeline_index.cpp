#include "visualizer/session/timeline_index.h"

namespace gosim::viz {

void TimelineIndex::clear(int32_t nprocs) {
  const auto n = static_cast<size_t>(nprocs < 0 ? 0 : nprocs);
  slices_.assign(n, {});
  open_.assign(n, -1);
  per_p_.assign(n, {});
  unplaced_.clear();
  end_ = 0;
  lanes_.clear();
}

void TimelineIndex::close(int32_t p, VTime t, uint32_t index) {
  const auto pi = static_cast<size_t>(p);
  if (open_[pi] < 0) return;
  RunSlice& s = slices_[pi][static_cast<size_t>(open_[pi])];
  s.end = t;
  s.last_event = index;
  open_[pi] = -1;
}

void TimelineIndex::add(const Event& e, uint32_t index) {
  end_ = e.time;
  lanes_.add(e, index);
  const bool on_p = e.p >= 0 && e.p < procs();
  (on_p ? per_p_[static_cast<size_t>(e.p)] : unplaced_).push_back(index);
  if (!on_p) return;
  const auto pi = static_cast<size_t>(e.p);
  auto open_goid = [&]() { return open_[pi] < 0 ? 0 : slices_[pi][static_cast<size_t>(open_[pi])].goid; };
  switch (e.kind) {
    case EventKind::kGoStart:
    case EventKind::kSyscallExit:  // with a P: the fast path, the G runs on at once
      close(e.p, e.time, index);
      slices_[pi].push_back(RunSlice{e.time, e.time, e.g, index, index});
      open_[pi] = static_cast<int32_t>(slices_[pi].size() - 1);
      break;
    case EventKind::kGoPark:
    case EventKind::kGoSched:
    case EventKind::kGoExit:
    case EventKind::kPreempt:
    case EventKind::kSyscallEnter:
      if (open_goid() == e.g) close(e.p, e.time, index);
      break;
    case EventKind::kProcIdle:
    case EventKind::kRetake:
      close(e.p, e.time, index);
      break;
    default:
      break;
  }
}

void TimelineIndex::finish(VTime end, uint32_t last_index) {
  end_ = end;
  lanes_.finish(end);
  for (int32_t p = 0; p < procs(); ++p) close(p, end, last_index);
}

size_t TimelineIndex::bytes() const {
  size_t n = unplaced_.capacity() * sizeof(uint32_t) + lanes_.bytes();
  for (const auto& v : slices_) n += v.capacity() * sizeof(RunSlice);
  for (const auto& v : per_p_) n += v.capacity() * sizeof(uint32_t);
  return n;
}

}  // namespace gosim::viz
