#include "visualizer/session/gc_view.h"

#include <algorithm>

#include "sim/heap/mgc.h"

namespace gosim::viz {

void GcSeries::clear() { *this = GcSeries{}; }

void GcSeries::sample(VTime t, uint32_t index, const heap::Heap& h) {
  GcSample s;
  s.t = t;
  s.event = index;
  s.live = h.stats.heapLive;
  s.goal = heap::heapGoal(h);
  s.inuse = h.stats.inHeap;
  if (!samples_.empty()) {
    GcSample& last = samples_.back();
    if (last.live == s.live && last.goal == s.goal && last.inuse == s.inuse) return;
    // Several changes at one virtual time: the picture keeps the last (one x position).
    if (last.t == s.t && samples_.size() > 1) {
      last = s;
      max_bytes_ = std::max({max_bytes_, s.live, s.goal, s.inuse});
      return;
    }
  }
  samples_.push_back(s);
  max_bytes_ = std::max({max_bytes_, s.live, s.goal, s.inuse});
}

void GcSeries::add(const Event& e, uint32_t index, const heap::Heap& h) {
  const EventCategory cat = event_info(e.kind).category;
  if (samples_.empty() || cat == EventCategory::kAlloc || cat == EventCategory::kGC || cat == EventCategory::kStack) {
    sample(e.time, index, h);
  }
  if (cat == EventCategory::kGC) ++gc_events_;
  switch (e.kind) {
    case EventKind::kGcPhase: {
      const auto to = static_cast<heap::GCPhase>(e.b);
      if (to == heap::GCPhase::kSweepTerm || cycles_.empty()) {
        GcCycle c;
        c.number = e.c;
        c.first_event = index;
        cycles_.push_back(c);
      }
      GcCycle& c = cycles_.back();
      switch (to) {
        case heap::GCPhase::kSweepTerm: c.sweep_term = e.time; break;
        case heap::GCPhase::kMark: c.mark = e.time; break;
        case heap::GCPhase::kMarkTerm: c.mark_term = e.time; break;
        case heap::GCPhase::kSweep: c.sweep = e.time; break;
        case heap::GCPhase::kOff: c.off = e.time; break;
      }
      break;
    }
    case EventKind::kGcAssist: marks_.push_back(GcMark{e.time, e.p, true}); break;
    case EventKind::kGcMarkRoot:
    case EventKind::kGcScanObject:
      if (e.p >= 0 && (marks_.empty() || marks_.back().t != e.time || marks_.back().p != e.p)) {
        marks_.push_back(GcMark{e.time, e.p, false});
      }
      break;
    default: break;
  }
}

void GcSeries::finish(VTime end) { end_ = end; }

size_t GcSeries::bytes() const {
  return samples_.capacity() * sizeof(GcSample) + cycles_.capacity() * sizeof(GcCycle) + marks_.capacity() * sizeof(GcMark);
}

const GcSample* GcSeries::at_cursor(uint64_t cursor) const {
  // Samples are in event order; the one for the last event that happened (index cursor-1).
  auto it = std::upper_bound(samples_.begin(), samples_.end(), cursor,
                             [](uint64_t c, const GcSample& s) { return c < static_cast<uint64_t>(s.event) + 1; });
  if (it == samples_.begin()) return samples_.empty() ? nullptr : &samples_.front();
  return &*(it - 1);
}

}  // namespace gosim::viz
