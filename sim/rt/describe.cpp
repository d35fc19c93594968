// The sentence a learner reads for each event. Written for someone who knows what a goroutine
// is but not yet what a P is: every sentence names the places a G moves between.
#include <fmt/format.h>

#include "sim/rt/output.h"
#include "sim/engine/engine.h"
#include "sim/heap/mgc.h"
#include "sim/rt/machine.h"
#include "sim/rt/chan.h"
#include "sim/rt/proc.h"
#include "sim/rt/stack.h"
#include "sim/trace/vtime.h"

namespace gosim {

namespace {

std::string gname(int64_t goid) { return fmt::format("G{}", goid); }

std::string source_phrase(int64_t source) {
  switch (static_cast<RunSource>(source)) {
    case RunSource::kRunnext: return "its runnext slot (inheriting the time slice)";
    case RunSource::kLocal: return "the head of its local run queue";
    case RunSource::kGlobal: return "the global run queue";
    case RunSource::kStolen: return "another P's run queue (stolen)";
    case RunSource::kNetpoll: return "the network poller";
  }
  return "?";
}

std::string write_text(const Model& md, const Event& e) {
  const std::string text(output_slice(md, e.b, e.c));
  std::string shown;
  for (char ch : text.substr(0, 60)) shown += ch == '\n' ? std::string("\\n") : std::string(1, ch);
  if (text.size() > 60) shown += "…";
  return shown;
}

}  // namespace

std::string Machine::describe(const Event& e) const {
  auto fn = [&](int64_t entry) {
    return entry < 0 ? std::string(runtime_entry_name(static_cast<int32_t>(entry)))
                     : program_.func_name(static_cast<int32_t>(entry));
  };
  const std::string p = fmt::format("P{}", e.p);
  const std::string g = gname(e.g);
  switch (e.kind) {
    case EventKind::kGoCreate: {
      if (e.b == kEntryGcBgMarkWorker) {
        return fmt::format("gcStart -> gcBgMarkStartWorkers: {} ({}) is a mark worker for one P; it parks at once "
                           "until the GC needs it (gosim does the workers' marking on the Ps directly)", g, fn(e.b));
      }
      std::string s = e.a == 0 ? fmt::format("{} ({}) was created", g, fn(e.b))
                               : fmt::format("{} created {} ({})", gname(e.a), g, fn(e.b));
      s += e.a == 0 ? fmt::format(" and went into {}'s runnext", p) : fmt::format(" and put it in {}'s runnext", p);
      if (e.c != 0) s += fmt::format("; {} moved from runnext to the tail of the local queue", gname(e.c));
      return s;
    }
    case EventKind::kGoStart:
      return fmt::format("{} runs {}, taken from {}{}", p, g, source_phrase(e.a),
                         e.b ? "" : fmt::format("; schedtick is now {}", e.c));
    case EventKind::kGoPark:
      if (static_cast<WaitReason>(e.a) == WaitReason::kGCWorkerIdle) {
        return fmt::format("{} parks [GC worker (idle)]: gcBgMarkWorker waits to be picked by findRunnableGCWorker", g);
      }
      return fmt::format("{} blocks [{}]; {} looks for another goroutine", g,
                         wait_reason_string(static_cast<WaitReason>(e.a)), p);
    case EventKind::kGoReady: {
      std::string s = e.a == 0 ? fmt::format("{} is runnable again and goes in {}'s runnext", g, p)
                               : fmt::format("{} made {} runnable and put it in {}'s runnext", gname(e.a), g, p);
      if (e.b != 0) s += fmt::format("; {} moved from runnext to the tail of the local queue", gname(e.b));
      return s;
    }
    case EventKind::kGoSched:
      return e.a ? fmt::format("{} handed its mutex to the first waiter and yields to it (goyield): {} goes to the "
                               "tail of {}'s local queue", g, g, p)
                 : fmt::format("{} yields (runtime.Gosched) and goes to the tail of the global run queue", g);
    case EventKind::kGoExit:
      return fmt::format("{} returned from its function and is dead; its G is kept for reuse", g);
    case EventKind::kRunqOverflow:
      return fmt::format("{}'s local queue is full: moved {} goroutines (half of it, plus {}) to the global queue, "
                         "which now holds {}", p, e.a, g, e.b);
    case EventKind::kGlobalRunqGet:
      return e.c ? fmt::format("{} checks the global queue (every 61st schedule, so it cannot starve) and takes {}", p, g)
                 : fmt::format("{} took {} goroutine(s) from the global queue ({} runs first); {} left there", p, e.a,
                               g, e.b);
    case EventKind::kSteal:
      return e.c ? fmt::format("{} stole {} from P{}'s runnext slot", p, g, e.a)
                 : fmt::format("{} stole {} goroutine(s) from P{} and runs {}", p, e.b, e.a, g);
    case EventKind::kProcIdle:
      return fmt::format("{} found no work: it goes on the idle list and its M{} sleeps", p, e.m);
    case EventKind::kProcWake:
      return fmt::format("an idle P gets a thread: M{} {} to run {} and look for work", e.m,
                         e.a ? "is created" : "wakes up", p);
    case EventKind::kSemAcquire:
      if (e.c == 2) {
        return fmt::format("{} was handed the semaphore at {:#x} by its releaser (starvation mode: no one can barge "
                           "in); {} left", g, e.a, e.b);
      }
      return fmt::format("{} acquired the semaphore at {:#x} {} ({} left)", g, e.a,
                         e.c == 1 ? "after waiting: woken by a release, it took the count itself" : "without waiting", e.b);
    case EventKind::kSemRelease:
      if (e.c != 0) {
        return fmt::format("{} released the semaphore at {:#x}: {} waits on it, so semrelease wakes it (count {})", g,
                           e.a, gname(e.c), e.b);
      }
      return fmt::format("{} released the semaphore at {:#x}; nobody waits, count is {}", g, e.a, e.b);
    case EventKind::kTimerFire:
      if (e.g == 0) {
        return fmt::format("a time.After timer expired{}: runtime.sendTime sends the time on its channel",
                           e.b > 0 ? fmt::format(" ({} late)", format_vtime(e.b)) : std::string());
      }
      return fmt::format("{}'s timer expired{}: its time.Sleep is over", g,
                         e.b > 0 ? fmt::format(" ({} late)", format_vtime(e.b)) : std::string());
    case EventKind::kPreempt:
      return fmt::format("{} stops at a safe point as sysmon asked and goes to the tail of the global run queue", g);
    case EventKind::kSysmonPreempt:
      return fmt::format("sysmon: {} has run on {} for {} without a schedule; it is asked to stop {}", g, p,
                         format_vtime(e.a),
                         config_.whatif.no_async_preempt
                             ? "(asynchronous preemption is off: it stops at its next function call)"
                             : "(asynchronous preemption: at its next safe point)");
    case EventKind::kRetake:
      return fmt::format("sysmon retakes {} from M{}, blocked in a system call for {}: handoffp gives the P to "
                         "another M if there is work for it",
                         p, e.m, format_vtime(e.a));
    case EventKind::kChanSend:
      switch (static_cast<ChanHow>(e.b)) {
        case ChanHow::kDirect:
          return fmt::format("{} sends on channel {:#x}: {} is waiting to receive, so the value goes straight to it",
                             g, e.a, gname(e.c));
        case ChanHow::kBuffer: return fmt::format("{} sends on channel {:#x}: the value goes into the buffer", g, e.a);
        case ChanHow::kBlock:
          return fmt::format("{} sends on channel {:#x}: no receiver and no room in the buffer, so it waits in the "
                             "channel's sendq", g, e.a);
        default: return fmt::format("{} tries to send on channel {:#x} but nobody is ready", g, e.a);
      }
    case EventKind::kChanRecv:
      switch (static_cast<ChanHow>(e.b)) {
        case ChanHow::kDirect:
          return fmt::format("{} receives on channel {:#x} straight from {}, which was waiting to send", g, e.a, gname(e.c));
        case ChanHow::kBuffer: return fmt::format("{} receives on channel {:#x} from the buffer", g, e.a);
        case ChanHow::kBufferRefill:
          return fmt::format("{} receives on channel {:#x} from the buffer's head; waiting sender {}'s value moves "
                             "into the buffer", g, e.a, gname(e.c));
        case ChanHow::kBlock:
          return fmt::format("{} receives on channel {:#x}: nothing to take, so it waits in the channel's recvq", g, e.a);
        case ChanHow::kClosed:
          return fmt::format("{} receives on closed, empty channel {:#x}: the zero value, ok=false", g, e.a);
        default: return fmt::format("{} tries to receive on channel {:#x} but nothing is ready", g, e.a);
      }
    case EventKind::kChanClose:
      return fmt::format("{} closes channel {:#x}; {} waiting goroutine(s) wake up", g, e.a, e.b);
    case EventKind::kSelect:
      if (e.a == -1) return fmt::format("{}'s select: no case is ready, so it takes the default case", g);
      if (e.a == -2) return fmt::format("{}'s select: no case is ready; it waits on all {} of them", g, e.b);
      return fmt::format("{}'s select picks case {} (the first ready one in a random poll order)", g, e.a);
    case EventKind::kNetCall: {
      static const char* const kOps[] = {"net.Listen", "net.Dial", "Accept", "Read", "Write", "Close"};
      const char* op = e.a >= 0 && e.a < 6 ? kOps[e.a] : "net";
      if (e.c == -1) return fmt::format("{} calls {} on fd {}: not ready, so it parks [IO wait] on the fd's pollDesc "
                                        "(its thread is free for other goroutines)", g, op, e.b);
      if (e.c == -2) return fmt::format("{} calls {}: it fails", g, op);
      if (e.a == 1) return fmt::format("{} calls net.Dial: fd {} starts connecting; it parks [IO wait] until the "
                                       "connection is established", g, e.b);
      return fmt::format("{} calls {} (fd {}) and it completes at once", g, op, e.b);
    }
    case EventKind::kNetReady:
      return fmt::format("the network delivers {} on fd {}{}", e.b == 0 ? "data" : e.b == 1 ? "end-of-file" : "a new connection",
                         e.a, e.c ? ": a goroutine parked on it is ready, and waits for the next netpoll" : "");
    case EventKind::kNetpoll:
      return e.b ? fmt::format("sysmon polls the network (nobody did for 10ms): {} goroutine(s) go to the global queue", e.a)
                 : fmt::format("{} polls the network (netpoll) and finds {} ready goroutine(s)", p, e.a);
    case EventKind::kSyscallEnter:
      return fmt::format("{} enters a blocking system call ({}); M{} blocks with it and {} is left in _Psyscall "
                         "without an M", g, format_vtime(e.a), e.m, p);
    case EventKind::kSyscallExit:
      switch (e.a) {
        case 0: return fmt::format("{}'s system call returned; M{} takes {} back at once (fast path)", g, e.m, p);
        case 1: return fmt::format("{}'s system call returned; its P was taken, so M{} takes idle {}", g, e.m, p);
        default:
          return fmt::format("{}'s system call returned but no P is free: {} waits in the global run queue and "
                             "M{} sleeps", g, g, e.m);
      }
    case EventKind::kWrite:
      return fmt::format("{} wrote \"{}\" to {}", e.g ? g : std::string("the runtime"), write_text(model_, e),
                         e.a == 2 ? "stderr" : "stdout");
    case EventKind::kProgramExit:
      return fmt::format("the program exits with status {}", e.a);
    case EventKind::kFatal:
      return fmt::format("fatal error: the program stops with status {}", e.a);
    case EventKind::kDeadlock:
      return fmt::format("every goroutine is blocked and nothing can wake one: deadlock ({} waiting)", e.a);
    case EventKind::kLimit:
      return fmt::format("gosim stopped the run: it reached {} ({})", limit_name(static_cast<LimitKind>(e.a)), e.b);
    case EventKind::kStopTheWorld:
      // b: 0 GOMAXPROCS; 1 the GC's sweep termination, 2 its mark termination, 3 the gc_stw
      // what-if's mark phase with the world stopped (sim/rt/gc.cpp); c: the pause in ns.
      if (e.b == 3) {
        return fmt::format("{} keeps the world stopped for the whole mark phase (what-if gc_stw: no concurrent mark, a "
                           "{} µs pause): no goroutine runs until the collection is done", g, e.c / 1000);
      }
      if (e.b == 1 || e.b == 2) {
        return fmt::format("{} stops the world for the GC's {} (a {} µs pause): every running goroutine stops at its "
                           "next safe point until the world starts again", g,
                           e.b == 1 ? "sweep termination" : "mark termination", e.c / 1000);
      }
      return fmt::format("{} stops the world for GOMAXPROCS: every other P is stopped, their running goroutines "
                         "go to the global run queue and their Ms sleep", g);
    case EventKind::kProcResize:
      switch (e.a) {
        case 0: return fmt::format("procresize: {} is created, idle", p);
        case 1: return fmt::format("procresize: {} is destroyed; its {} runnable goroutine(s) go to the head of the "
                                   "global run queue and its {} timer(s) to the caller's P", p, e.b, e.c);
        default:
          return fmt::format("procresize: GOMAXPROCS goes from {} to {}; {} keeps running on {}, the other Ps are "
                             "idle or get an M for their queued work", e.b, e.c, g, p);
      }
    case EventKind::kMalloc: case EventKind::kMcacheRefill: case EventKind::kCacheSpan: case EventKind::kMcentralGrow:
    case EventKind::kMheapAlloc: case EventKind::kHeapGrow: case EventKind::kMheapFree: case EventKind::kSweepSpan:
    case EventKind::kMcacheRelease: case EventKind::kStackAlloc: case EventKind::kStackFree:
      return g + ": " + heap::describe_heap_event(e);
    case EventKind::kGcPhase: case EventKind::kGcMarkRoot: case EventKind::kGcScanObject: case EventKind::kGcShade:
    case EventKind::kGcWriteBarrier: case EventKind::kGcAssist: case EventKind::kGcPacer:
      return heap::describe_gc_event(e);
    case EventKind::kMorestack: case EventKind::kCopyStack:
      return describe_stack_event(e, fn(morestack_fn(e)));
    case EventKind::kCall: {
      const auto lo = static_cast<uint64_t>(e.b), hi = static_cast<uint64_t>(e.c);
      const std::string name = fn(call_fn(e));
      std::string s = call_depth(e) == 0
                          ? fmt::format("{} starts in {}: its first frame is [{:#x}, {:#x})", g, name, lo, hi)
                          : fmt::format("{} calls {} (frame {} of its stack): the new frame [{:#x}, {:#x}) sits below "
                                        "the caller's", g, name, call_depth(e), lo, hi);
      s += fmt::format(", {} bytes as gosim's interpreter lays it out (every value in memory)", hi - lo);
      const std::string abi = program_.abi_note(call_fn(e));
      if (!abi.empty()) s += "; real Go " + abi;
      return s;
    }
    case EventKind::kReturn: {
      const std::string name = fn(call_fn(e));
      if (e.c < 0) {
        return fmt::format("{} returns: it was {}'s first function, so the goroutine is done", name, g);
      }
      return fmt::format("{} returns to {} in {}: its frame at {:#x} is popped (SP moves back up) and its results "
                         "are in the caller's frame", name, fn(e.c), g, static_cast<uint64_t>(e.b));
    }
    case EventKind::kCount:
      break;
  }
  return "?";
}

// Go: runtime/traceback.go goroutineheader + traceback, without the hex offsets.
std::string Machine::goroutine_trace(GIdx gi) const {
  std::string out;
  const auto i = static_cast<size_t>(gi);
  const G& g = model_.allg[i];
  {
    std::string status = g.status == GStatus::kWaiting ? std::string(wait_reason_string(g.waitreason))
                                                       : std::string(gstatus_name(g.status)).substr(2);
    if (g.status == GStatus::kRunnable) status = "runnable";
    out += fmt::format("goroutine {} [{}", g.goid, status);
    // Go adds how long a goroutine has been blocked once it is a minute or more.
    if (g.status == GStatus::kWaiting) {
      const int64_t minutes = (model_.engine.now - g.waitsince) / 60'000'000'000;
      if (minutes >= 1) out += fmt::format(", {} minutes", minutes);
    }
    out += "]:\n";
    // Go: traceback1 prints at most _TracebackMaxFrames (100) frames.
    const std::vector<TraceFrame> frames = program_.traceback(*this, static_cast<GIdx>(i));
    for (size_t k = 0; k < frames.size() && k < 100; ++k) {
      out += fmt::format("{}(...)\n\t{}:{}\n", frames[k].func, frames[k].file, frames[k].line);
    }
    if (frames.size() >= 100) out += "...additional frames elided...\n";
    if (g.parent_goid != 0) {
      const TraceFrame c = program_.created_by(*this, static_cast<GIdx>(i));
      if (!c.func.empty()) out += fmt::format("created by {}\n\t{}:{}\n", c.func, c.file, c.line);
    }
  }
  return out;
}

// Go: runtime/traceback.go tracebackothers: every user goroutine, a blank line between.
std::string Machine::goroutine_dump() const {
  std::string out;
  bool first = true;
  for (size_t i = 0; i < model_.allg.size(); ++i) {
    const G& g = model_.allg[i];
    if (g.status == GStatus::kDead || g.status == GStatus::kIdle || g.system) continue;
    if (!first) out += "\n";
    first = false;
    out += goroutine_trace(static_cast<GIdx>(i));
  }
  return out;
}

}  // namespace gosim
