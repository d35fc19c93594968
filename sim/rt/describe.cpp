// The sentence a learner reads for each event. Written for someone who knows what a goroutine
// is but not yet what a P is: every sentence names the places a G moves between. The words are
// in the catalog (sim/i18n), one table per language; here the event's arguments pick a message
// and fill in its placeholders.
#include <fmt/format.h>

#include "sim/rt/output.h"
#include "sim/engine/engine.h"
#include "sim/heap/mgc.h"
#include "sim/i18n/catalog.h"
#include "sim/rt/machine.h"
#include "sim/rt/chan.h"
#include "sim/rt/describe_rtpkgs.h"
#include "sim/rt/proc.h"
#include "sim/rt/stack.h"
#include "sim/rt/syscall.h"
#include "sim/rt/vfs.h"
#include "sim/trace/vtime.h"

namespace gosim {

namespace {

using i18n::Msg;
using i18n::tr;
using fmt::arg;

std::string gname(int64_t goid) { return fmt::format("G{}", goid); }

Msg source_msg(int64_t source) {
  switch (static_cast<RunSource>(source)) {
    case RunSource::kRunnext: return Msg::kSourceRunnext;
    case RunSource::kLocal: return Msg::kSourceLocal;
    case RunSource::kGlobal: return Msg::kSourceGlobal;
    case RunSource::kStolen: return Msg::kSourceStolen;
    case RunSource::kNetpoll: return Msg::kSourceNetpoll;
  }
  return Msg::kCount;
}

std::string write_text(const Model& md, const Event& e) {
  const std::string text(output_slice(md, e.b, e.c));
  std::string shown;
  for (char ch : text.substr(0, 60)) shown += ch == '\n' ? std::string("\\n") : std::string(1, ch);
  if (text.size() > 60) shown += "…";
  return shown;
}

// "; G5 moved from runnext to the tail of the local queue" when newproc/ready kicked one out.
std::string kicked_suffix(Lang lang, int64_t kicked) {
  return kicked != 0 ? tr(lang, Msg::kKickedToLocal, arg("kicked", gname(kicked))) : std::string();
}

std::string late_suffix(Lang lang, int64_t late) {
  return late > 0 ? tr(lang, Msg::kLateSuffix, arg("late", format_vtime(late))) : std::string();
}

Msg chan_send_msg(int64_t how) {
  switch (static_cast<ChanHow>(how)) {
    case ChanHow::kDirect: return Msg::kChanSendDirect;
    case ChanHow::kBuffer: return Msg::kChanSendBuffer;
    case ChanHow::kBlock: return Msg::kChanSendBlock;
    default: return Msg::kChanSendNotReady;
  }
}

Msg chan_recv_msg(int64_t how) {
  switch (static_cast<ChanHow>(how)) {
    case ChanHow::kDirect: return Msg::kChanRecvDirect;
    case ChanHow::kBuffer: return Msg::kChanRecvBuffer;
    case ChanHow::kBufferRefill: return Msg::kChanRecvBufferRefill;
    case ChanHow::kBlock: return Msg::kChanRecvBlock;
    case ChanHow::kClosed: return Msg::kChanRecvClosed;
    default: return Msg::kChanRecvNotReady;
  }
}

Msg net_what_msg(int64_t what) {
  return what == 0 ? Msg::kNetWhatData : what == 1 ? Msg::kNetWhatEOF : Msg::kNetWhatConn;
}

}  // namespace

std::string Machine::describe(const Event& e, Lang lang) const {
  auto fn = [&](int64_t entry) {
    return entry < 0 ? std::string(runtime_entry_name(static_cast<int32_t>(entry)))
                     : program_.func_name(static_cast<int32_t>(entry));
  };
  auto t = [&](Msg m, const auto&... args) { return tr(lang, m, args...); };
  const std::string p = fmt::format("P{}", e.p);
  const std::string g = gname(e.g);
  const std::string m = fmt::format("M{}", e.m);
  switch (e.kind) {
    case EventKind::kGoCreate: {
      if (e.b == kEntryGcBgMarkWorker) return t(Msg::kGoCreateMarkWorker, arg("g", g), arg("fn", fn(e.b)));
      const std::string s = e.a == 0 ? t(Msg::kGoCreateFirst, arg("g", g), arg("fn", fn(e.b)), arg("p", p))
                                     : t(Msg::kGoCreateBy, arg("parent", gname(e.a)), arg("g", g), arg("fn", fn(e.b)),
                                         arg("p", p));
      return s + kicked_suffix(lang, e.c);
    }
    case EventKind::kGoStart: {
      const Msg src = source_msg(e.a);
      return t(Msg::kGoStart, arg("p", p), arg("g", g),
               arg("source", src == Msg::kCount ? std::string("?") : t(src)),
               arg("tick", e.b ? std::string() : t(Msg::kSchedtickSuffix, arg("schedtick", e.c))));
    }
    case EventKind::kGoPark:
      if (static_cast<WaitReason>(e.a) == WaitReason::kGCWorkerIdle) return t(Msg::kGoParkMarkWorker, arg("g", g));
      return t(Msg::kGoPark, arg("g", g), arg("reason", t(i18n::wait_reason_msg(e.a))), arg("p", p));
    case EventKind::kGoReady: {
      const std::string s = e.a == 0 ? t(Msg::kGoReadySelf, arg("g", g), arg("p", p))
                                     : t(Msg::kGoReadyBy, arg("readier", gname(e.a)), arg("g", g), arg("p", p));
      return s + kicked_suffix(lang, e.b);
    }
    case EventKind::kGoSched:
      return e.a ? t(Msg::kGoSchedYieldMutex, arg("g", g), arg("p", p)) : t(Msg::kGoSched, arg("g", g));
    case EventKind::kGoExit:
      return t(Msg::kGoExit, arg("g", g));
    case EventKind::kRunqOverflow:
      return t(Msg::kRunqOverflow, arg("p", p), arg("moved", e.a), arg("g", g), arg("global", e.b));
    case EventKind::kGlobalRunqGet:
      return e.c ? t(Msg::kGlobalRunqGetFairness, arg("p", p), arg("g", g))
                 : t(Msg::kGlobalRunqGet, arg("p", p), arg("taken", e.a), arg("g", g), arg("left", e.b));
    case EventKind::kSteal: {
      const std::string victim = fmt::format("P{}", e.a);
      return e.c ? t(Msg::kStealRunnext, arg("p", p), arg("g", g), arg("victim", victim))
                 : t(Msg::kSteal, arg("p", p), arg("count", e.b), arg("victim", victim), arg("g", g));
    }
    case EventKind::kProcIdle:
      return t(Msg::kProcIdle, arg("p", p), arg("m", m));
    case EventKind::kProcWake:
      return t(e.a ? Msg::kProcWakeNewM : Msg::kProcWakeIdleM, arg("m", m), arg("p", p));
    case EventKind::kSemAcquire: {
      const Msg how = e.c == 2 ? Msg::kSemAcquireHandoff : e.c == 1 ? Msg::kSemAcquireAfterWait : Msg::kSemAcquireNoWait;
      return t(how, arg("g", g), arg("addr", e.a), arg("count", e.b));
    }
    case EventKind::kSemRelease:
      if (e.c != 0) return t(Msg::kSemReleaseWake, arg("g", g), arg("addr", e.a), arg("woken", gname(e.c)), arg("count", e.b));
      return t(Msg::kSemRelease, arg("g", g), arg("addr", e.a), arg("count", e.b));
    case EventKind::kTimerFire:
      if (e.c == 1) return t(Msg::kTimerFireTimer, arg("late", late_suffix(lang, e.b)));
      if (e.c == 2) return t(Msg::kTimerFireTicker, arg("late", late_suffix(lang, e.b)));
      if (e.c == 3) return t(Msg::kTimerFireAfterFunc, arg("late", late_suffix(lang, e.b)));
      if (e.g == 0) return t(Msg::kTimerFireAfter, arg("late", late_suffix(lang, e.b)));
      return t(Msg::kTimerFireSleep, arg("g", g), arg("late", late_suffix(lang, e.b)));
    case EventKind::kPreempt:
      return t(Msg::kPreempt, arg("g", g));
    case EventKind::kSysmonPreempt:
      return t(config_.whatif.no_async_preempt ? Msg::kSysmonPreemptSync : Msg::kSysmonPreemptAsync, arg("g", g),
               arg("p", p), arg("ran", format_vtime(e.a)));
    case EventKind::kRetake:
      return t(Msg::kRetake, arg("p", p), arg("m", m), arg("dur", format_vtime(e.a)));
    case EventKind::kChanSend:
      return t(chan_send_msg(e.b), arg("g", g), arg("chan", e.a), arg("peer", gname(e.c)));
    case EventKind::kChanRecv:
      return t(chan_recv_msg(e.b), arg("g", g), arg("chan", e.a), arg("peer", gname(e.c)));
    case EventKind::kChanClose:
      return t(Msg::kChanClose, arg("g", g), arg("chan", e.a), arg("woken", e.b));
    case EventKind::kSelect:
      if (e.a == -1) return t(Msg::kSelectDefault, arg("g", g));
      if (e.a == -2) return t(Msg::kSelectBlock, arg("g", g), arg("cases", e.b));
      return t(Msg::kSelectCase, arg("g", g), arg("case", e.a));
    case EventKind::kNetCall: {
      // Go's names for the operations (package net's functions and methods), in every language.
      static const char* const kOps[] = {"net.Listen", "net.Dial", "Accept", "Read", "Write", "Close"};
      const char* op = e.a >= 0 && e.a < 6 ? kOps[e.a] : "net";
      if (e.c == -1) return t(Msg::kNetCallPark, arg("g", g), arg("op", op), arg("fd", e.b));
      if (e.c == -2) return t(Msg::kNetCallFail, arg("g", g), arg("op", op));
      if (e.a == 1) return t(Msg::kNetCallDial, arg("g", g), arg("fd", e.b));
      return t(Msg::kNetCallDone, arg("g", g), arg("op", op), arg("fd", e.b));
    }
    case EventKind::kNetReady:
      return t(Msg::kNetReady, arg("what", t(net_what_msg(e.b))), arg("fd", e.a),
               arg("waiter", e.c ? t(Msg::kNetReadyWaiterSuffix) : std::string()));
    case EventKind::kNetpoll:
      return e.b ? t(Msg::kNetpollSysmon, arg("found", e.a)) : t(Msg::kNetpoll, arg("p", p), arg("found", e.a));
    case EventKind::kSyscallEnter:
      if (e.b == kSysWrite) {  // part io: a named call, write(2) on a descriptor
        return t(Msg::kSyscallEnterWrite, arg("g", g), arg("fd", e.c), arg("dur", format_vtime(e.a)), arg("m", m),
                 arg("p", p));
      }
      if (e.b == kSysRead) {  // part vfs: read(2) on a descriptor
        return t(Msg::kSyscallEnterNamed, arg("g", g), arg("call", "read(fd " + std::to_string(e.c) + ")"),
                 arg("dur", format_vtime(e.a)), arg("m", m), arg("p", p));
      }
      if (const char* name = sysno_name(e.b); name != nullptr && e.b > 1) {  // part vfs2: file calls
        // A call on a descriptor names it; openat, newfstatat, unlinkat, mkdirat and getcwd take
        // a path (the event records -100, AT_FDCWD, as the call's fd).
        const std::string call = e.c >= 0 ? std::string(name) + "(fd " + std::to_string(e.c) + ")" : std::string(name);
        return t(Msg::kSyscallEnterNamed, arg("g", g), arg("call", call), arg("dur", format_vtime(e.a)), arg("m", m),
                 arg("p", p));
      }
      return t(Msg::kSyscallEnter, arg("g", g), arg("dur", format_vtime(e.a)), arg("m", m), arg("p", p));
    case EventKind::kSyscallExit: {
      const Msg path = e.a == 0 ? Msg::kSyscallExitFast : e.a == 1 ? Msg::kSyscallExitIdleP : Msg::kSyscallExitNoP;
      return t(path, arg("g", g), arg("m", m), arg("p", p));
    }
    case EventKind::kWrite:
      return t(e.g ? Msg::kWriteByG : Msg::kWriteByRuntime, arg("g", g), arg("text", write_text(model_, e)),
               arg("stream", e.a == 2 ? "stderr" : "stdout"));
    case EventKind::kProgramExit:
      return t(Msg::kProgramExit, arg("code", e.a));
    case EventKind::kFatal:
      return t(Msg::kFatal, arg("code", e.a));
    case EventKind::kDeadlock:
      return t(Msg::kDeadlock, arg("waiting", e.a));
    case EventKind::kLimit:
      return t(Msg::kLimit, arg("limit", limit_name(static_cast<LimitKind>(e.a))), arg("value", e.b));
    case EventKind::kStopTheWorld:
      // b: 0 GOMAXPROCS; 1 the GC's sweep termination, 2 its mark termination, 3 the gc_stw
      // what-if's mark phase with the world stopped (sim/rt/gc.cpp); c: the pause in ns.
      if (e.b == 3) return t(Msg::kStwGcStwMark, arg("g", g), arg("us", e.c / 1000));
      if (e.b == 1 || e.b == 2) {
        return t(e.b == 1 ? Msg::kStwGcSweepTerm : Msg::kStwGcMarkTerm, arg("g", g), arg("us", e.c / 1000));
      }
      return t(Msg::kStwGomaxprocs, arg("g", g));
    case EventKind::kProcResize:
      switch (e.a) {
        case 0: return t(Msg::kProcResizeCreate, arg("p", p));
        case 1: return t(Msg::kProcResizeDestroy, arg("p", p), arg("moved", e.b), arg("timers", e.c));
        default: return t(Msg::kProcResizeDone, arg("old", e.b), arg("new", e.c), arg("g", g), arg("p", p));
      }
    case EventKind::kMalloc: case EventKind::kMcacheRefill: case EventKind::kCacheSpan: case EventKind::kMcentralGrow:
    case EventKind::kMheapAlloc: case EventKind::kHeapGrow: case EventKind::kMheapFree: case EventKind::kSweepSpan:
    case EventKind::kMcacheRelease: case EventKind::kStackAlloc: case EventKind::kStackFree: case EventKind::kNoAlloc:
      // G0 is each M's g0, on whose stack the scheduler itself runs (newproc's malg, refills
      // outside any user G): a new learner has not met it yet, so the sentence says what it is.
      if (e.g == 0) return t(Msg::kHeapEventByG0, arg("m", m), arg("text", heap::describe_heap_event(e, lang)));
      return t(Msg::kHeapEventByG, arg("g", g), arg("text", heap::describe_heap_event(e, lang)));
    case EventKind::kGcPhase: case EventKind::kGcMarkRoot: case EventKind::kGcScanObject: case EventKind::kGcShade:
    case EventKind::kGcWriteBarrier: case EventKind::kGcAssist: case EventKind::kGcPacer: case EventKind::kGcMarkWork:
      return heap::describe_gc_event(e, lang);
    case EventKind::kMorestack: case EventKind::kCopyStack:
      return describe_stack_event(e, fn(morestack_fn(e)), lang);
    case EventKind::kCall: {
      const auto lo = static_cast<uint64_t>(e.b), hi = static_cast<uint64_t>(e.c);
      const std::string name = fn(call_fn(e));
      std::string s = call_depth(e) == 0
                          ? t(Msg::kCallFirst, arg("g", g), arg("fn", name), arg("lo", lo), arg("hi", hi))
                          : t(Msg::kCallNested, arg("g", g), arg("fn", name), arg("depth", call_depth(e)),
                              arg("lo", lo), arg("hi", hi));
      s += t(Msg::kCallLayout, arg("bytes", hi - lo));
      const std::string abi = program_.abi_note(call_fn(e), lang);
      if (!abi.empty()) s += t(Msg::kCallAbi, arg("abi", abi));
      return s;
    }
    case EventKind::kReturn: {
      const std::string name = fn(call_fn(e));
      if (e.c < 0) return t(Msg::kReturnLast, arg("fn", name), arg("g", g));
      return t(Msg::kReturnToCaller, arg("fn", name), arg("caller", fn(e.c)), arg("g", g),
               arg("sp", static_cast<uint64_t>(e.b)));
    }
    case EventKind::kAtomic:
      return describe_atomic(e, lang);
    case EventKind::kTimerOp: {
      static const char* const kWhat[] = {"timer", "time.Timer", "time.Ticker", "time.AfterFunc timer"};
      const int64_t kind = (e.a >> 4) & 3;
      const auto what = arg("what", kWhat[kind]);
      switch (e.a & 15) {
        case 0: return t(Msg::kTimerOpStart, arg("g", g), what, arg("when", format_vtime(e.b)), arg("p", p));
        case 1: return t(e.c ? Msg::kTimerOpStop : Msg::kTimerOpStopNotPending, arg("g", g), what);
        default:
          return t(e.c ? Msg::kTimerOpResetPending : Msg::kTimerOpResetIdle, arg("g", g), what,
                   arg("when", format_vtime(e.b)), arg("p", p));
      }
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
