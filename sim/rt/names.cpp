// The strings Go prints for statuses and wait reasons (runtime2.go gStatusStrings,
// waitReasonStrings), so dumps and sentences use Go's own words.
#include <array>

#include "sim/rt/runtime2.h"

namespace gosim {

std::string_view gstatus_name(GStatus s) {
  switch (s) {
    case GStatus::kIdle: return "_Gidle";
    case GStatus::kRunnable: return "_Grunnable";
    case GStatus::kRunning: return "_Grunning";
    case GStatus::kSyscall: return "_Gsyscall";
    case GStatus::kWaiting: return "_Gwaiting";
    case GStatus::kDead: return "_Gdead";
    case GStatus::kCopystack: return "_Gcopystack";
    case GStatus::kPreempted: return "_Gpreempted";
  }
  return "???";
}

// Go: runtime/runtime2.go waitReasonStrings (1.19), in enum order.
std::string_view wait_reason_string(WaitReason r) {
  static constexpr std::array<std::string_view, 27> kStrings = {
      "",
      "GC assist marking",
      "IO wait",
      "chan receive (nil chan)",
      "chan send (nil chan)",
      "dumping heap",
      "garbage collection",
      "garbage collection scan",
      "panicwait",
      "select",
      "select (no cases)",
      "GC assist wait",
      "GC sweep wait",
      "GC scavenge wait",
      "chan receive",
      "chan send",
      "finalizer wait",
      "force gc (idle)",
      "semacquire",
      "sleep",
      "sync.Cond.Wait",
      "timer goroutine (idle)",
      "trace reader (blocked)",
      "wait for GC cycle",
      "GC worker (idle)",
      "preempted",
      "debug call",
  };
  const auto i = static_cast<size_t>(r);
  return i < kStrings.size() ? kStrings[i] : "???";
}

std::string_view runtime_entry_name(int32_t entry) {
  switch (entry) {
    case kEntryForcegc: return "runtime.forcegchelper";
    case kEntryBgsweep: return "runtime.bgsweep";
    case kEntryBgscavenge: return "runtime.bgscavenge";
    case kEntryRunfinq: return "runtime.runfinq";
    case kEntryGcBgMarkWorker: return "runtime.gcBgMarkWorker";
    default: return "runtime.?";
  }
}

}  // namespace gosim
