#include "visualizer/session/timeline_lanes.h"

#include <algorithm>

namespace gosim::viz {

namespace {

// A goid or M id from an event is trusted as far as a sane bound: the rows are indexed by it.
constexpr int64_t kMaxId = 1 << 24;

}  // namespace

void TimelineLanes::clear() {
  m_.clear();
  g_.clear();
  goids_.clear();
  gc_.clear();
  gc_open_ = false;
  mark_.clear();
  gc_events_.clear();
  sysmon_events_.clear();
  flows_.clear();
}

TimelineLanes::MRow& TimelineLanes::mrow(int32_t m) {
  if (static_cast<size_t>(m) >= m_.size()) m_.resize(static_cast<size_t>(m) + 1);
  return m_[static_cast<size_t>(m)];
}

TimelineLanes::GRow& TimelineLanes::grow(int64_t goid) {
  if (static_cast<size_t>(goid) >= g_.size()) g_.resize(static_cast<size_t>(goid) + 1);
  return g_[static_cast<size_t>(goid)];
}

void TimelineLanes::m_close(int32_t m, VTime t) {
  if (m < 0 || m >= kMaxId) return;
  MRow& r = mrow(m);
  if (r.open) r.slices.back().end = t;
  r.open = false;
}

void TimelineLanes::m_stop(int32_t m, VTime t, int64_t goid) {
  // Only the G the M runs: the runtime's own goroutines park at creation, on an M running another.
  if (m < 0 || m >= kMaxId || static_cast<size_t>(m) >= m_.size()) return;
  const MRow& r = m_[static_cast<size_t>(m)];
  if (r.open && r.slices.back().state == MState::kRunning && r.slices.back().goid == goid) m_close(m, t);
}

void TimelineLanes::m_open(int32_t m, const MSlice& s) {
  if (m < 0 || m >= kMaxId) return;
  m_close(m, s.start);
  MRow& r = mrow(m);
  r.slices.push_back(s);
  r.open = true;
}

void TimelineLanes::g_close(int64_t goid, VTime t) {
  if (goid <= 0 || goid >= kMaxId) return;
  GRow& r = grow(goid);
  if (r.open) r.slices.back().end = t;
  r.open = false;
}

void TimelineLanes::g_open(int64_t goid, const GSlice& s) {
  if (goid <= 0 || goid >= kMaxId) return;
  g_close(goid, s.start);
  GRow& r = grow(goid);
  r.slices.push_back(s);
  r.open = true;
}

void TimelineLanes::add(const Event& e, uint32_t index) {
  const VTime t = e.time;
  const bool has_g = e.g > 0 && e.g < kMaxId;
  auto g_state = [&](GState st, uint8_t reason = 0, int32_t p = -1) { g_open(e.g, GSlice{t, t, st, reason, p, index}); };
  auto m_state = [&](int32_t m, MState st, int64_t goid) { m_open(m, MSlice{t, t, goid, st, index}); };
  switch (e.kind) {
    case EventKind::kGoCreate:
      if (!has_g) break;
      if (static_cast<size_t>(e.g) >= g_.size() || g_[static_cast<size_t>(e.g)].slices.empty()) goids_.push_back(e.g);
      g_state(GState::kRunnable);
      break;
    case EventKind::kGoStart:
      m_state(e.m, MState::kRunning, e.g);
      if (!has_g) break;
      g_state(GState::kRunning, 0, e.p);
      if (GRow& r = grow(e.g); r.wake_pending) {
        // go_ready -> the G's next go_start: who woke it, and where it ran.
        flows_.push_back(Flow{r.wake_t, t, r.wake_p, e.p, e.g, r.wake_event, Flow::kWake});
        r.wake_pending = false;
      }
      break;
    case EventKind::kGoPark:
      m_stop(e.m, t, e.g);
      if (has_g) g_state(GState::kWaiting, static_cast<uint8_t>(e.a));
      break;
    case EventKind::kGoReady:
      if (!has_g) break;
      g_state(GState::kRunnable);
      {
        GRow& r = grow(e.g);
        r.wake_pending = true;
        r.wake_t = t;
        r.wake_p = e.p;
        r.wake_event = index;
      }
      break;
    case EventKind::kGoSched:
    case EventKind::kPreempt:
      m_stop(e.m, t, e.g);
      if (has_g) g_state(GState::kRunnable);
      break;
    case EventKind::kGoExit:
      m_stop(e.m, t, e.g);
      g_close(e.g, t);
      break;
    case EventKind::kSyscallEnter:
      m_state(e.m, MState::kSyscall, e.g);
      if (!has_g) break;
      g_state(GState::kSyscall);
      grow(e.g).syscall_m = e.m;
      break;
    case EventKind::kSyscallExit: {
      // The M that made the call, whatever P it comes back with.
      const int32_t m = has_g && grow(e.g).syscall_m >= 0 ? grow(e.g).syscall_m : e.m;
      if (e.p >= 0) {
        m_state(m, MState::kRunning, e.g);  // fast path: it got a P and runs on at once
        if (has_g) g_state(GState::kRunning, 0, e.p);
      } else {
        m_state(m, MState::kIdle, 0);  // exitsyscall0: the G goes to the global queue, the M to stopm
        if (has_g) g_state(GState::kRunnable);
      }
      break;
    }
    case EventKind::kProcIdle:
      m_state(e.m, MState::kIdle, 0);
      break;
    case EventKind::kProcWake:
      m_state(e.m, MState::kLooking, 0);
      break;
    case EventKind::kSteal:
      // runqsteal: from the victim's lane to the thief's, at one instant.
      flows_.push_back(Flow{t, t, static_cast<int32_t>(e.a), e.p, e.g, index, Flow::kSteal});
      break;
    case EventKind::kGcPhase:
      if (gc_open_) gc_.back().end = t;
      gc_open_ = e.b != 0;  // kOff closes the cycle
      if (gc_open_) gc_.push_back(GcSlice{t, t, static_cast<uint8_t>(e.b), index});
      break;
    case EventKind::kGcMarkWork: {
      if (e.p < 0 || e.p >= kMaxId || e.b <= 0) break;
      if (static_cast<size_t>(e.p) >= mark_.size()) mark_.resize(static_cast<size_t>(e.p) + 1);
      std::vector<MarkSlice>& row = mark_[static_cast<size_t>(e.p)];
      const VTime start = row.empty() ? t : std::max(t, row.back().end);
      row.push_back(MarkSlice{start, start + e.b, e.g, e.c, static_cast<uint8_t>(e.a), index});
      break;
    }
    default:
      break;
  }
  if (e.kind == EventKind::kStopTheWorld || event_info(e.kind).category == EventCategory::kGC) gc_events_.push_back(index);
  if (e.kind == EventKind::kRetake || e.kind == EventKind::kSysmonPreempt || (e.kind == EventKind::kNetpoll && e.b != 0)) {
    sysmon_events_.push_back(index);
  }
}

void TimelineLanes::finish(VTime end) {
  for (size_t m = 0; m < m_.size(); ++m) m_close(static_cast<int32_t>(m), end);
  for (int64_t g : goids_) g_close(g, end);
  if (gc_open_) gc_.back().end = end;
  gc_open_ = false;
  // Flows land in event order; a G readied but never started has no arrow.
}

size_t TimelineLanes::bytes() const {
  size_t n = goids_.capacity() * sizeof(int64_t) + gc_.capacity() * sizeof(GcSlice) +
             (gc_events_.capacity() + sysmon_events_.capacity()) * sizeof(uint32_t) + flows_.capacity() * sizeof(Flow);
  for (const MRow& r : m_) n += sizeof(MRow) + r.slices.capacity() * sizeof(MSlice);
  for (const GRow& r : g_) n += sizeof(GRow) + r.slices.capacity() * sizeof(GSlice);
  for (const auto& r : mark_) n += sizeof(r) + r.capacity() * sizeof(MarkSlice);
  return n;
}

}  // namespace gosim::viz
