// The scheduler at the cursor, arranged the way the Scheduler panel draws it.
//
// Built from the Model in one pass (Tracy's "preprocess, then draw" split): the panel only
// lays out what is here, the UI test compares pixels against the same facts, and the frame
// benchmark can time building and drawing separately. Every non-dead G lands in exactly one
// place: running on a P, a P's runnext or local queue, the global queue, a system call,
// waiting (grouped by Go's wait reason), or "runnable elsewhere" (readied but on no queue,
// e.g. collected by netpoll and not yet injected).
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "sim/rt/runtime2.h"

namespace gosim::viz {

class Session;

struct GToken {
  GIdx gi = kNoG;
  int64_t goid = 0;
  GStatus status = GStatus::kIdle;
  WaitReason reason = WaitReason::kZero;
  int32_t entry = 0;
  bool system = false;
  bool valid() const { return gi != kNoG; }
};

// Where a G is, for the inspector: "P1's local queue, slot 3".
struct GPlace {
  enum class Kind : uint8_t { kNowhere, kRunning, kRunnext, kLocalQueue, kGlobalQueue, kSyscall, kWaiting, kElsewhere, kDead };
  Kind kind = Kind::kNowhere;
  int32_t where = -1;  // the P (running, runnext, local queue) or M (syscall)
  int32_t slot = -1;   // position in a queue, from its head
};
std::string place_text(const GPlace& p);

struct PLane {
  int32_t id = 0;
  PStatus status = PStatus::kIdle;
  int32_t m = -1;
  bool m_spinning = false;
  GToken running;
  GToken runnext;
  std::vector<GToken> runq;  // head first; all of it (at most 256)
  uint32_t schedtick = 0;
  size_t timers = 0;
};

struct MRow {
  int32_t id = 0;
  int32_t p = -1;
  int64_t curg = 0;  // goid, or 0
  bool spinning = false, parked = false, sysmon = false;
  int32_t oldp = -1;
};

struct WaitGroup {
  WaitReason reason = WaitReason::kZero;
  std::vector<GToken> gs;  // by goid
};

struct SyscallRow {
  int32_t m = -1;
  GToken g;
};

struct SchedView {
  std::vector<PLane> ps;
  std::vector<GToken> global;  // head first
  std::vector<int32_t> idle_ps;
  std::vector<int32_t> idle_ms;
  std::vector<MRow> ms;
  std::vector<SyscallRow> syscalls;
  std::vector<WaitGroup> waiting;  // by reason, in Go's enum order
  std::vector<GToken> elsewhere;
  std::vector<GPlace> places;      // by GIdx
  std::map<int32_t, std::string> names;  // entry -> short function name ("ping" for main.ping)
  int32_t nmspinning = 0;
  int64_t live = 0;   // user goroutines not dead
  int64_t total = 0;  // all goroutines not dead, the runtime's included
  int64_t allg = 0;   // every G ever created (Go: allgs), dead ones kept for reuse included
  int64_t net_waiters = 0;
  size_t timers = 0;
  // Gs created by a go_create still to come (only at cursor 0; see build_sched_view): not drawn.
  int64_t unborn = 0;

  const std::string& short_name(int32_t entry) const;
};

SchedView build_sched_view(const Session& s);

// "runnable", "running", "waiting: chan receive" — a G's state in words.
std::string gstate_text(GStatus s, WaitReason r);

}  // namespace gosim::viz
