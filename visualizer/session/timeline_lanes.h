// The timeline's lanes besides "which G ran on which P" (TimelineIndex keeps those): what each
// M was doing, each goroutine's state over time, the GC's phases, sysmon's actions, and the
// flow arrows (who woke whom, who stole from whom). Plain data, built once while the session
// records the run, one event at a time (add), never per frame.
//
// Mark work (gc_mark_work) gets one lane per P: the events of one turn all carry the turn's start
// time and the turn event carries its length; turns charged to one request (an assist, then the
// workers' share) are laid end to end, since a P does one thing at a time.
//
// What the events can say and what they cannot: an M's state comes from the events that name it
// (go_start: running; syscall_enter: in a syscall; proc_idle: asleep in stopm; proc_wake: woken
// by startm to look for work). gosim's proc_wake does not say whether startm asked for a
// spinning M, so that state is "looking for work", which includes Go's spinning Ms. Between a
// G stopping and the next go_start the M is in schedule(); no slice is drawn there.
#pragma once

#include <cstdint>
#include <vector>

#include "sim/trace/event.h"

namespace gosim::viz {

// Go: runtime2.go m.spinning / stopm / entersyscall, as the events show them.
enum class MState : uint8_t { kRunning, kSyscall, kLooking, kIdle };
// Go: runtime2.go _Grunnable, _Grunning, _Gwaiting, _Gsyscall (go tool trace's goroutine states).
enum class GState : uint8_t { kRunnable, kRunning, kWaiting, kSyscall };

struct MSlice {
  VTime start = 0, end = 0;
  int64_t goid = 0;  // the G it runs or is in a syscall for (0 otherwise)
  MState state = MState::kRunning;
  uint32_t first_event = 0;
};

struct GSlice {
  VTime start = 0, end = 0;
  GState state = GState::kRunnable;
  uint8_t reason = 0;  // kWaiting: the WaitReason (sim/rt/runtime2.h)
  int32_t p = -1;      // kRunning: the P
  uint32_t first_event = 0;
};

// One GC phase (sim/heap/mgc_state.h GCPhase, never kOff).
struct GcSlice {
  VTime start = 0, end = 0;
  uint8_t phase = 0;
  uint32_t first_event = 0;
};

// A turn of mark work on one P (a gc_mark_work event): a dedicated, fractional or idle mark
// worker, or an assist by the allocating goroutine (mode kNotWorker, goid = that goroutine).
// gosim's workers never run as goroutines (sim/rt/gc.h): a turn is time the P spends marking.
struct MarkSlice {
  VTime start = 0, end = 0;
  int64_t goid = 0;   // the assisting G (assists); the G the P was running (others), 0 if none
  int64_t work = 0;   // scan work in bytes
  uint8_t mode = 0;   // heap::MarkWorkerMode
  uint32_t first_event = 0;
};

// An arrow between two lanes: lane -1 is the "other" lane (no P: sysmon, timers, the netpoller).
struct Flow {
  enum Kind : uint8_t { kWake, kSteal };
  VTime t0 = 0, t1 = 0;
  int32_t p0 = -1, p1 = -1;
  int64_t goid = 0;     // the woken G (kWake); the thief's count is in the event
  uint32_t event = 0;   // the go_ready or steal event
  Kind kind = kWake;
};

class TimelineLanes {
 public:
  void clear();
  void add(const Event& e, uint32_t index);
  void finish(VTime end);

  size_t ms() const { return m_.size(); }
  const std::vector<MSlice>& m_slices(size_t m) const { return m_[m].slices; }
  // Goroutines by goid (index 0 unused); a goid never seen has no slices.
  size_t goid_limit() const { return g_.size(); }
  const std::vector<GSlice>& g_slices(int64_t goid) const { return g_[static_cast<size_t>(goid)].slices; }
  // The goids that ever existed, in creation order.
  const std::vector<int64_t>& goids() const { return goids_; }
  const std::vector<GcSlice>& gc() const { return gc_; }
  // Mark turns by P (index = P id; a P that never marked has none), in time order.
  size_t mark_procs() const { return mark_.size(); }
  const std::vector<MarkSlice>& mark_slices(size_t p) const { return mark_[p]; }
  // GC events (any level; the panel filters by detail) and sysmon's (retake, preemptone, netpoll).
  const std::vector<uint32_t>& gc_events() const { return gc_events_; }
  const std::vector<uint32_t>& sysmon_events() const { return sysmon_events_; }
  // Ordered by t1 (the time the arrow lands).
  const std::vector<Flow>& flows() const { return flows_; }
  size_t bytes() const;

 private:
  struct MRow {
    std::vector<MSlice> slices;
    bool open = false;
  };
  struct GRow {
    std::vector<GSlice> slices;
    bool open = false;
    int32_t syscall_m = -1;          // the M it entered a syscall on
    bool wake_pending = false;       // readied, not yet started: a flow lands at its go_start
    VTime wake_t = 0;
    int32_t wake_p = -1;
    uint32_t wake_event = 0;
  };
  MRow& mrow(int32_t m);
  GRow& grow(int64_t goid);
  void m_close(int32_t m, VTime t);
  void m_open(int32_t m, const MSlice& s);
  void m_stop(int32_t m, VTime t, int64_t goid);  // closes m's running slice if it is goid's
  void g_close(int64_t goid, VTime t);
  void g_open(int64_t goid, const GSlice& s);

  std::vector<MRow> m_;
  std::vector<GRow> g_;
  std::vector<int64_t> goids_;
  std::vector<GcSlice> gc_;
  bool gc_open_ = false;
  std::vector<std::vector<MarkSlice>> mark_;
  std::vector<uint32_t> gc_events_;
  std::vector<uint32_t> sysmon_events_;
  std::vector<Flow> flows_;
};

}  // namespace gosim::viz
