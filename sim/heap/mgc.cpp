// Go 1.19 runtime/mgc.go: one GC cycle as a state machine, and the gctrace line.
//
// The scheduler calls gcStart when gc_should_start (or gc_should_force, or runtime.GC) says so,
// runs mark work (gcDrain) on the Ps gc_mark_workers names and assists (gcAssistAlloc) in
// mallocgc, calls gcMarkDone when the grey queue may be empty, and gcMarkTermination for the
// second pause. The two pauses' lengths are the caller's: gosim has no real clock.
#include <fmt/format.h>

#include "sim/heap/mgc.h"
#include "sim/i18n/catalog.h"
#include "sim/trace/vtime.h"

namespace gosim::heap {
namespace {

void set_phase(Heap& h, GCPhase to, EventOut out) {
  const GCPhase from = h.gc.phase;
  h.gc.phase = to;
  emit(out, EventKind::kGcPhase, -1, static_cast<int64_t>(from), static_cast<int64_t>(to),
       static_cast<int64_t>(h.gc.work.cycles));
}

}  // namespace

const char* gc_phase_name(GCPhase p) {
  switch (p) {
    case GCPhase::kOff: return "off";
    case GCPhase::kSweepTerm: return "sweep termination";
    case GCPhase::kMark: return "mark";
    case GCPhase::kMarkTerm: return "mark termination";
    case GCPhase::kSweep: return "sweep";
  }
  return "?";
}

// Go: mgc.go gcStart (lines 579-760) with gcControllerState.startCycle.
bool gcStart(Heap& h, const GCStartArgs& a, EventOut out) {
  if (h.gc.phase != GCPhase::kOff && h.gc.phase != GCPhase::kSweep) return false;
  GCWork& w = h.gc.work;
  GCController& c = h.gc.controller;
  ++w.cycles;
  set_phase(h, GCPhase::kSweepTerm, out);  // the world is stopped from a.now
  w.tSweepTerm = a.now;
  w.stwprocs = w.maxprocs = a.procs;
  w.userForced = a.userForced;
  w.pauseNS = 0;
  finishsweep_m(h, out);  // Go: sweep any unswept spans before marking can begin
  w.grey.clear();         // Go: gcResetMarkState
  w.bytesMarked = 0;
  w.heap0 = h.stats.heapLive;
  // Go: startCycle (mgcpacer.go:432).
  c.globalsScan = a.globals_scan;
  c.maxStackScan = a.stacks_scan;
  c.heapScan = h.stats.heapLive;  // gosim has no per-object scan sizes: all live heap may be scanned
  c.heapScanWork = c.stackScanWork = c.globalsScanWork = 0;
  c.bgScanCredit = 0;
  c.assistTime = c.dedicatedMarkTime = c.fractionalMarkTime = c.idleMarkTime = 0;
  c.markStartTime = a.now;
  c.triggered = gc_trigger(h).trigger;
  const MarkWorkers mw = gc_mark_workers(a.procs);
  c.dedicatedMarkWorkersNeeded = mw.dedicated;
  c.fractionalUtilizationGoal = mw.fractional;
  gc_revise(h);
  // Go: setGCPhase(_GCmark): write barrier on, new objects allocated black.
  h.gc_marking = true;
  w.tMark = a.now + a.stw_ns;
  w.pauseNS += a.stw_ns;
  set_phase(h, GCPhase::kMark, out);
  return true;
}

// Go: mgc.go gcMarkDone: mark is complete when no grey object is left (gosim has no per-P
// buffers to flush, so the check is the queue alone).
bool gcMarkDone(Heap& h, int64_t now, EventOut out) {
  if (h.gc.phase != GCPhase::kMark || !gc_work_empty(h)) return false;
  h.gc.work.tMarkTerm = now;
  set_phase(h, GCPhase::kMarkTerm, out);
  return true;
}

// Go: mgc.go gcMarkDone's tail (endCycle) and gcMarkTermination (lines 915-1120).
std::string gcMarkTermination(Heap& h, int64_t stw_ns, int64_t total_cpu_ns, EventOut out) {
  if (h.gc.phase != GCPhase::kMarkTerm) throw HeapThrow("gcMarkTermination: not in mark termination");
  GCWork& w = h.gc.work;
  GCController& c = h.gc.controller;
  gc_end_cycle(h, w.tMarkTerm, w.maxprocs);
  w.heap1 = h.stats.heapLive;
  w.bytesMarked = gc_marked_bytes(h);
  w.heap2 = w.bytesMarked;
  // Go: resetLive(work.bytesMarked).
  c.heapMarked = w.bytesMarked;
  c.heapScan = static_cast<uint64_t>(c.heapScanWork);
  c.lastHeapScan = static_cast<uint64_t>(c.heapScanWork);
  c.lastStackScan = static_cast<uint64_t>(c.stackScanWork);
  c.triggered = ~0ull;
  // Go: gcSweep + prepareForSweep. heapLive is set after the mcaches are flushed; their spans
  // were cached before this sweep began, so releaseAll leaves heapLive alone either way.
  // Go: setGCPhase(_GCoff) comes before gcSweep, so the sweeps it starts (the stale spans the
  // mcaches give back) happen in the sweep phase.
  set_phase(h, GCPhase::kSweep, out);
  start_sweep_cycle(h, out);
  h.stats.heapLive = w.bytesMarked;
  // Pauses, counters and the CPU accounting (mgc.go:1000-1018).
  w.tEnd = w.tMarkTerm + stw_ns;
  w.pauseNS += stw_ns;
  h.stats.pauseTotalNs += static_cast<uint64_t>(w.pauseNS);
  h.gc.pauseNs.push_back(w.pauseNS);
  h.gc.lastGCNanotime = w.tEnd;
  const int64_t sweepTermCpu = static_cast<int64_t>(w.stwprocs) * (w.tMark - w.tSweepTerm);
  const int64_t markCpu = c.assistTime + c.dedicatedMarkTime + c.fractionalMarkTime;
  const int64_t markTermCpu = static_cast<int64_t>(w.stwprocs) * (w.tEnd - w.tMarkTerm);
  w.totaltime += sweepTermCpu + markCpu + markTermCpu;
  ++h.stats.numGC;
  // Go: gcControllerCommit (mgc.go:994) runs a little before numgc++; gosim emits its event after
  // the cycle is counted, so the state at the pacer's event already has every counter of the
  // cycle that ended (nothing of it changes silently afterwards).
  gc_pacer_commit(h, h.sweepdone, out);
  GCTraceLine l;
  l.numgc = h.stats.numGC;
  l.since_start_ns = w.tSweepTerm;  // runtimeInitTime is virtual time 0
  l.util_percent = total_cpu_ns > 0 ? static_cast<int>(static_cast<double>(w.totaltime) / static_cast<double>(total_cpu_ns) * 100) : 0;
  l.clock_sweepterm = w.tMark - w.tSweepTerm;
  l.clock_mark = w.tMarkTerm - w.tMark;
  l.clock_markterm = w.tEnd - w.tMarkTerm;
  l.cpu_sweepterm = sweepTermCpu;
  l.cpu_assist = c.assistTime;
  l.cpu_background = c.dedicatedMarkTime + c.fractionalMarkTime;
  l.cpu_idle = c.idleMarkTime;
  l.cpu_markterm = markTermCpu;
  l.heap0 = w.heap0;
  l.heap1 = w.heap1;
  l.heap2 = w.heap2;
  l.goal = c.lastHeapGoal;
  l.stacks = c.maxStackScan;
  l.globals = c.globalsScan;
  l.procs = w.maxprocs;
  l.forced = w.userForced;
  return format_gctrace(l);
}

void gcSweepDone(Heap& h, EventOut out) {
  if (h.gc.phase == GCPhase::kSweep) set_phase(h, GCPhase::kOff, out);
}

// Go: mgc.go itoaDiv: val/10^dec in decimal, written right to left as Go does (so a value
// below 10 with dec 0 keeps Go's exact output).
std::string itoaDiv(uint64_t val, int dec) {
  char buf[24];
  int i = static_cast<int>(sizeof buf) - 1;
  const int idec = i - dec;
  while (val >= 10 || i >= idec) {
    buf[i] = static_cast<char>(val % 10 + '0');
    --i;
    if (i == idec) {
      buf[i] = '.';
      --i;
    }
    val /= 10;
  }
  buf[i] = static_cast<char>(val + '0');
  return std::string(buf + i, buf + sizeof buf);
}

// Go: mgc.go fmtNSAsMS: whole milliseconds from 10ms, else two significant digits.
std::string fmtNSAsMS(uint64_t ns) {
  if (ns >= 10000000) return itoaDiv(ns / 1000000, 0);
  uint64_t x = ns / 1000;
  if (x == 0) return "0";
  int dec = 3;
  while (x >= 100) {
    x /= 10;
    --dec;
  }
  return itoaDiv(x, dec);
}

// Go: mgc.go gcMarkTermination's `if debug.gctrace > 0` print.
std::string format_gctrace(const GCTraceLine& l) {
  auto ms = [](int64_t ns) { return fmtNSAsMS(static_cast<uint64_t>(ns)); };
  std::string s = fmt::format("gc {} @{}s {}%: {}+{}+{} ms clock, {}+{}/{}/{}+{} ms cpu, ", l.numgc,
                              itoaDiv(static_cast<uint64_t>(l.since_start_ns) / 1000000, 3), l.util_percent,
                              ms(l.clock_sweepterm), ms(l.clock_mark), ms(l.clock_markterm), ms(l.cpu_sweepterm),
                              ms(l.cpu_assist), ms(l.cpu_background), ms(l.cpu_idle), ms(l.cpu_markterm));
  s += fmt::format("{}->{}->{} MB, {} MB goal, {} MB stacks, {} MB globals, {} P", l.heap0 >> 20, l.heap1 >> 20,
                   l.heap2 >> 20, l.goal >> 20, l.stacks >> 20, l.globals >> 20, l.procs);
  if (l.forced) s += " (forced)";
  return s;
}

namespace {

i18n::Msg phase_msg(int64_t phase) {
  switch (static_cast<GCPhase>(phase)) {
    case GCPhase::kOff: return i18n::Msg::kPhaseOff;
    case GCPhase::kSweepTerm: return i18n::Msg::kPhaseSweepTerm;
    case GCPhase::kMark: return i18n::Msg::kPhaseMark;
    case GCPhase::kMarkTerm: return i18n::Msg::kPhaseMarkTerm;
    case GCPhase::kSweep: return i18n::Msg::kPhaseSweep;
  }
  return i18n::Msg::kCount;
}

}  // namespace

std::string describe_gc_event(const Event& e, Lang lang) {
  using fmt::arg;
  using i18n::Msg;
  auto t = [&](Msg m, const auto&... args) { return i18n::tr(lang, m, args...); };
  auto phase = [&](int64_t ph) { return phase_msg(ph) == Msg::kCount ? std::string("?") : t(phase_msg(ph)); };
  switch (e.kind) {
    case EventKind::kGcPhase:
      return t(Msg::kGcPhase, arg("cycle", e.c), arg("from", phase(e.a)), arg("to", phase(e.b)));
    case EventKind::kGcMarkRoot: {
      const auto k = static_cast<RootKind>(e.a);
      const std::string root = k == RootKind::kStack     ? t(Msg::kRootStack, arg("goid", e.b))
                               : k == RootKind::kGlobals ? t(Msg::kRootGlobals)
                                                         : t(Msg::kRootOther);
      return t(Msg::kGcMarkRoot, arg("root", root), arg("greyed", e.c));
    }
    case EventKind::kGcScanObject:
      return t(Msg::kGcScanObject, arg("size", e.b), arg("addr", e.a), arg("greyed", e.c));
    case EventKind::kGcShade: {
      static constexpr Msg kWhy[] = {Msg::kShadeByRoot, Msg::kShadeByScan, Msg::kShadeByBarrierOld,
                                     Msg::kShadeByBarrierNew};
      const std::string why = t(kWhy[e.c & 3]);
      const std::string turns = t((e.c & kShadeNoscan) ? Msg::kShadeTurnsBlack : Msg::kShadeTurnsGrey);
      if (e.b != 0) return t(Msg::kGcShadeAt, arg("addr", e.a), arg("turns", turns), arg("why", why), arg("from", e.b));
      return t(Msg::kGcShade, arg("addr", e.a), arg("turns", turns), arg("why", why));
    }
    case EventKind::kGcWriteBarrier:
      return t(Msg::kGcWriteBarrier, arg("old", e.a), arg("new", e.b), arg("shaded", (e.c & 1) + ((e.c >> 1) & 1)));
    case EventKind::kGcAssist:
      // Go rounds a small debt up to gcOverAssistWork (64 KiB of scan work), so `a` is the
      // allocation credit that work buys, not what the goroutine had overspent.
      return t(Msg::kGcAssist, arg("work", e.b + e.c), arg("credit", e.a), arg("stolen", e.c), arg("own", e.b));
    case EventKind::kGcPacer:
      return t(Msg::kGcPacer, arg("trigger", e.a), arg("goal", e.b), arg("marked", e.c));
    case EventKind::kGcMarkWork: {
      const auto mode = static_cast<MarkWorkerMode>(e.a);
      const std::string time = format_vtime(e.b);
      if (mode == MarkWorkerMode::kNotWorker) {
        return t(Msg::kGcMarkWorkAssist, arg("g", fmt::format("G{}", e.g)), arg("time", time), arg("work", e.c));
      }
      const Msg m = mode == MarkWorkerMode::kDedicated    ? Msg::kMarkModeDedicated
                    : mode == MarkWorkerMode::kFractional ? Msg::kMarkModeFractional
                                                          : Msg::kMarkModeIdle;
      return t(Msg::kGcMarkWorkWorker, arg("p", fmt::format("P{}", e.p)), arg("mode", t(m)), arg("time", time),
               arg("work", e.c));
    }
    default: return "?";
  }
}

}  // namespace gosim::heap
