#include "visualizer/session/presenter_view.h"

#include <map>

#include "sim/rt/runtime2.h"
#include "visualizer/session/session.h"

namespace gosim::viz {

namespace {

using Panels = std::vector<std::string>;

// gopark's wait reason says what the goroutine now waits in: a channel's recvq/sendq (or every
// channel of a select), a semaphore's queue, the timer heap, the netpoller.
Panels panels_for_park(WaitReason r) {
  switch (r) {
    case WaitReason::kChanReceive:
    case WaitReason::kChanSend:
    case WaitReason::kChanReceiveNilChan:
    case WaitReason::kChanSendNilChan:
    case WaitReason::kSelect:
    case WaitReason::kSelectNoCases: return {"channels", "scheduler"};
    case WaitReason::kSemacquire:
    case WaitReason::kSyncCondWait: return {"sync", "scheduler"};
    case WaitReason::kSleep: return {"timers", "scheduler"};
    case WaitReason::kIOWait: return {"netpoll", "scheduler"};
    default: return {"scheduler", "timeline"};
  }
}

}  // namespace

// The subject keeps a call or a write in the middle of a GC lesson on the heap graph.
// A scenario whose notes are all about lines (escape_cases) is about the kinds it breaks on.
std::string presenter_subject(const Scenario& sc) {
  std::map<std::string, int> votes;
  std::string best;
  std::vector<std::string> kinds;
  for (const Note& n : sc.notes) {
    if (!n.event_kind.empty()) kinds.push_back(n.event_kind);
  }
  if (kinds.empty()) {
    for (const Breakpoint& b : sc.breakpoints) {
      if (!b.event_kind.empty()) kinds.push_back(b.event_kind);
    }
  }
  for (const std::string& k : kinds) {
    Event e;
    e.kind = event_kind_from_name(k);
    if (e.kind == EventKind::kCount) continue;
    const Panels p = panels_for_event(e);
    if (p.empty()) continue;
    const int v = ++votes[p.front()];
    if (best.empty() || v > votes[best]) best = p.front();
  }
  return best;
}

std::vector<std::string> panels_for_event(const Event& e) {
  switch (e.kind) {
    case EventKind::kGoPark: return panels_for_park(static_cast<WaitReason>(e.a));
    case EventKind::kChanSend:
    case EventKind::kChanRecv:
    case EventKind::kChanClose:
    case EventKind::kSelect: return {"channels", "scheduler"};
    case EventKind::kSemAcquire:
    case EventKind::kSemRelease: return {"sync", "scheduler"};
    case EventKind::kTimerFire:
    case EventKind::kTimerOp: return {"timers", "scheduler"};
    case EventKind::kNetCall:
    case EventKind::kNetReady:
    case EventKind::kNetpoll: return {"netpoll", "scheduler"};
    case EventKind::kMalloc:
    case EventKind::kMcacheRefill:
    case EventKind::kCacheSpan:
    case EventKind::kMcentralGrow:
    case EventKind::kMheapAlloc:
    case EventKind::kHeapGrow:
    case EventKind::kMheapFree:
    case EventKind::kMcacheRelease:
    case EventKind::kSweepSpan: return {"heap"};
    case EventKind::kStackAlloc:
    case EventKind::kStackFree:
    case EventKind::kMorestack:
    case EventKind::kCopyStack: return {"stacks"};
    case EventKind::kGcMarkRoot:
    case EventKind::kGcScanObject:
    case EventKind::kGcShade:
    case EventKind::kGcWriteBarrier: return {"heap_graph"};
    // Stopping the world is about the Ps; the GC timeline says which pause it is.
    case EventKind::kStopTheWorld: return {"scheduler", "gc"};
    case EventKind::kGcPhase:
    case EventKind::kGcPacer:
    case EventKind::kGcAssist:
    case EventKind::kGcMarkWork: return {"gc", "scheduler"};
    // What Go printed, beside the structure the scenario is about (added by the caller).
    case EventKind::kDeadlock:
    case EventKind::kFatal: return {"output"};
    case EventKind::kGoCreate:
    case EventKind::kGoStart:
    case EventKind::kGoReady:
    case EventKind::kGoSched:
    case EventKind::kGoExit:
    case EventKind::kRunqOverflow:
    case EventKind::kGlobalRunqGet:
    case EventKind::kSteal:
    case EventKind::kProcIdle:
    case EventKind::kProcWake:
    case EventKind::kPreempt:
    case EventKind::kSysmonPreempt:
    case EventKind::kRetake:
    case EventKind::kSyscallEnter:
    case EventKind::kSyscallExit:
    case EventKind::kProcResize: return {"scheduler", "timeline"};
    default: return {};  // a call, a return, a write, an atomic add: no structure of its own
  }
}

std::vector<std::string> presenter_panels_at(const Session& s) {
  return presenter_panels_at(s, s.scenario() ? presenter_subject(*s.scenario()) : "");
}

namespace {

bool is_allocator_step(const Panels& p) { return p.size() == 1 && p.front() == "heap"; }

// The line note the caption shows at the cursor: the scenario's note for the current event's
// line, when its kind has no note of its own (caption.cpp's order). 0 when there is none.
int32_t noted_line(const Session& s, const Event& e) {
  if (!s.scenario() || s.cursor() == 0) return 0;
  const std::string_view kind = event_info(e.kind).name;
  const int32_t line = s.event_line(s.cursor() - 1);
  bool line_note = false;
  for (const Note& n : s.scenario()->notes) {
    if (!n.event_kind.empty() && n.event_kind == kind) return 0;
    line_note = line_note || (n.event_kind.empty() && line > 0 && n.line == line);
  }
  return line_note ? line : 0;
}

// What a noted line is about, seen from an allocation on it: the events the line goes on to
// cause (its goroutine's, while it stays on the line; other goroutines' events in between are
// skipped). The scenario's subject when one of them points at it, else the first of them that
// points at a structure other than the allocator; empty when the line only allocates.
Panels line_subject(const Session& s, const Event& e, int32_t line, const std::string& subject) {
  // Bounded: a noted line that loops inside one call (a GC cycle) is read far enough to see
  // its structure; the scan runs every frame.
  constexpr uint64_t kLookAhead = 2048;
  Panels first;
  const auto& evs = s.events();
  for (uint64_t i = s.cursor(); i < evs.size() && i - s.cursor() < kLookAhead; ++i) {
    if (evs[i].g != e.g) continue;
    if (s.event_line(i) != line) break;
    const Panels p = panels_for_event(evs[i]);
    if (p.empty() || is_allocator_step(p)) continue;
    if (p.front() == subject) return p;
    if (first.empty()) first = p;
  }
  return first;
}

}  // namespace

std::vector<std::string> presenter_panels_at(const Session& s, const std::string& subject) {
  Panels out;
  const Event* e = s.current();
  if (e) out = panels_for_event(*e);
  // An allocation on a line the scenario's note explains is the line's means, not its subject
  // (time.NewTicker's channel and Ticker on the way to addtimer; malg's g before runtime.GC's
  // stack scans): the slide follows what the line does, or the scenario's subject beside the
  // source when the line only allocates (time.After's channel). A scenario about the allocator
  // keeps its span view.
  if (e && is_allocator_step(out) && subject != "heap" && !subject.empty()) {
    if (const int32_t line = noted_line(s, *e); line > 0) {
      const Panels p = line_subject(s, *e, line, subject);
      if (!p.empty()) return p;
      if (subject == "scheduler") return {"scheduler", "timeline"};
      return {subject, "source"};
    }
  }
  if (out.size() == 1 && out.front() == "output") {
    out.push_back(subject.empty() ? "scheduler" : subject);
    return out;
  }
  if (!out.empty()) return out;
  if (subject == "scheduler") return {"scheduler", "timeline"};
  // No subject at all: the program and its frames.
  if (subject.empty()) return {"source", "stacks"};
  // The source beside the subject: these are the steps a line note explains.
  return {subject, "source"};
}

}  // namespace gosim::viz
