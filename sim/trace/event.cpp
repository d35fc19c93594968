#include "sim/trace/event.h"

#include <array>

namespace gosim {
namespace {

// One row per kind, in enum order. The Go function is the one a student should open in the
// Go 1.19 sources to read what the runtime really does at this step.
struct Row {
  EventKind kind;
  EventInfo info;
};

constexpr std::array<Row, static_cast<size_t>(EventKind::kCount)> kRows = {{
    {EventKind::kGoCreate, {"go_create", EventCategory::kSched, "runtime.newproc", "proc.go", {"parent", "fn", "kicked"}}},
    {EventKind::kGoStart, {"go_start", EventCategory::kSched, "runtime.execute", "proc.go", {"source", "inherit_time", "schedtick"}}},
    {EventKind::kGoPark, {"go_park", EventCategory::kSched, "runtime.gopark", "proc.go", {"reason", "", ""}}},
    {EventKind::kGoReady, {"go_ready", EventCategory::kSched, "runtime.goready", "proc.go", {"readier", "kicked", ""}}},
    {EventKind::kGoSched, {"go_sched", EventCategory::kSched, "runtime.Gosched", "proc.go", {"yield_local", "", ""}}},
    {EventKind::kGoExit, {"go_exit", EventCategory::kSched, "runtime.goexit0", "proc.go", {"", "", ""}}},
    {EventKind::kRunqOverflow, {"runq_overflow", EventCategory::kSched, "runtime.runqputslow", "proc.go", {"moved", "global_size", ""}}},
    {EventKind::kGlobalRunqGet, {"global_runq_get", EventCategory::kSched, "runtime.globrunqget", "proc.go", {"taken", "global_left", "fairness"}}},
    {EventKind::kSteal, {"steal", EventCategory::kSched, "runtime.runqsteal", "proc.go", {"victim", "count", "runnext"}}},
    {EventKind::kProcIdle, {"proc_idle", EventCategory::kSched, "runtime.stopm", "proc.go", {"", "", ""}}},
    {EventKind::kProcWake, {"proc_wake", EventCategory::kSched, "runtime.wakep", "proc.go", {"new_m", "waker_p", ""}}},
    {EventKind::kSemAcquire, {"sem_acquire", EventCategory::kSync, "runtime.semacquire1", "sema.go", {"addr", "count", "after"}}},
    {EventKind::kSemRelease, {"sem_release", EventCategory::kSync, "runtime.semrelease1", "sema.go", {"addr", "count", "woken"}}},
    {EventKind::kTimerFire, {"timer_fire", EventCategory::kSched, "runtime.runtimer", "time.go", {"when", "late", ""}}},
    {EventKind::kPreempt, {"preempt", EventCategory::kSched, "runtime.gopreempt_m", "proc.go", {"ran_ns", "", ""}}},
    {EventKind::kSysmonPreempt, {"sysmon_preempt", EventCategory::kSched, "runtime.preemptone", "proc.go", {"ran_ns", "", ""}}},
    {EventKind::kRetake, {"retake", EventCategory::kSyscall, "runtime.retake", "proc.go", {"in_syscall_ns", "", ""}}},
    {EventKind::kChanSend, {"chan_send", EventCategory::kChan, "runtime.chansend", "chan.go", {"chan", "how", "peer"}}},
    {EventKind::kChanRecv, {"chan_recv", EventCategory::kChan, "runtime.chanrecv", "chan.go", {"chan", "how", "peer"}}},
    {EventKind::kChanClose, {"chan_close", EventCategory::kChan, "runtime.closechan", "chan.go", {"chan", "woken", ""}}},
    {EventKind::kSelect, {"select", EventCategory::kChan, "runtime.selectgo", "select.go", {"case", "cases", "chan"}}},
    {EventKind::kNetCall, {"net_call", EventCategory::kSyscall, "internal/poll.(*FD)", "internal/poll/fd_unix.go", {"op", "fd", "result"}}},
    {EventKind::kNetReady, {"net_ready", EventCategory::kSyscall, "runtime.netpollready", "netpoll.go", {"fd", "what", "waiter"}}},
    {EventKind::kNetpoll, {"netpoll", EventCategory::kSched, "runtime.netpoll", "netpoll_epoll.go", {"found", "by_sysmon", ""}}},
    {EventKind::kSyscallEnter, {"syscall_enter", EventCategory::kSyscall, "runtime.entersyscall", "proc.go", {"duration", "sysno", "fd"}}},
    {EventKind::kSyscallExit, {"syscall_exit", EventCategory::kSyscall, "runtime.exitsyscall", "proc.go", {"path", "p", ""}}},
    {EventKind::kWrite, {"write", EventCategory::kProgram, "os.(*File).Write", "os/file.go", {"fd", "offset", "len"}}},
    {EventKind::kProgramExit, {"program_exit", EventCategory::kProgram, "runtime.main", "proc.go", {"code", "", ""}}},
    {EventKind::kFatal, {"fatal", EventCategory::kProgram, "runtime.fatalpanic", "panic.go", {"code", "", ""}}},
    {EventKind::kDeadlock, {"deadlock", EventCategory::kProgram, "runtime.checkdead", "proc.go", {"waiting", "", ""}}},
    {EventKind::kLimit, {"limit", EventCategory::kLimit, "gosim limit", "", {"which", "value", ""}}},
    {EventKind::kMalloc, {"malloc", EventCategory::kAlloc, "runtime.mallocgc", "malloc.go", {"addr", "size", "spanclass_level"}}},
    {EventKind::kMcacheRefill, {"mcache_refill", EventCategory::kAlloc, "runtime.(*mcache).refill", "mcache.go", {"spanclass", "old_span", ""}}},
    {EventKind::kCacheSpan, {"cache_span", EventCategory::kAlloc, "runtime.(*mcentral).cacheSpan", "mcentral.go", {"spanclass", "span", "from"}}},
    {EventKind::kMcentralGrow, {"mcentral_grow", EventCategory::kAlloc, "runtime.(*mcentral).grow", "mcentral.go", {"spanclass", "npages", ""}}},
    {EventKind::kMheapAlloc, {"mheap_alloc", EventCategory::kAlloc, "runtime.(*mheap).allocSpan", "mheap.go", {"base", "npages", "use_from"}}},
    {EventKind::kHeapGrow, {"heap_grow", EventCategory::kAlloc, "runtime.(*mheap).grow", "mheap.go", {"base", "bytes", "heap_sys"}}},
    {EventKind::kMheapFree, {"mheap_free", EventCategory::kAlloc, "runtime.(*mheap).freeSpan", "mheap.go", {"base", "npages", "use"}}},
    {EventKind::kSweepSpan, {"sweep_span", EventCategory::kGC, "runtime.(*sweepLocked).sweep", "mgcsweep.go", {"span", "freed", "live"}}},
    {EventKind::kMcacheRelease, {"mcache_release", EventCategory::kAlloc, "runtime.(*mcache).releaseAll", "mcache.go", {"spans", "tiny_allocs", ""}}},
    {EventKind::kStackAlloc, {"stack_alloc", EventCategory::kStack, "runtime.stackalloc", "stack.go", {"addr", "size", "from"}}},
    {EventKind::kStackFree, {"stack_free", EventCategory::kStack, "runtime.stackfree", "stack.go", {"addr", "size", "to"}}},
    {EventKind::kStopTheWorld, {"stop_the_world", EventCategory::kSched, "runtime.stopTheWorldWithSema", "proc.go", {"procs", "", ""}}},
    {EventKind::kProcResize, {"proc_resize", EventCategory::kSched, "runtime.procresize", "proc.go", {"step", "moved_or_old", "timers_or_new"}}},
    {EventKind::kGcPhase, {"gc_phase", EventCategory::kGC, "runtime.setGCPhase", "mgc.go", {"from", "to", "cycle"}}},
    {EventKind::kGcMarkRoot, {"gc_mark_root", EventCategory::kGC, "runtime.markroot", "mgcmark.go", {"root_kind", "goid", "greyed"}}},
    {EventKind::kGcScanObject, {"gc_scan_object", EventCategory::kGC, "runtime.scanobject", "mgcmark.go", {"addr", "size", "greyed"}}},
    {EventKind::kGcShade, {"gc_shade", EventCategory::kGC, "runtime.greyobject", "mgcmark.go", {"addr", "from", "why"}}},
    {EventKind::kGcWriteBarrier, {"gc_write_barrier", EventCategory::kGC, "runtime.gcWriteBarrier", "mbarrier.go", {"old", "new", "shaded"}}},
    {EventKind::kGcAssist, {"gc_assist", EventCategory::kGC, "runtime.gcAssistAlloc", "mgcmark.go", {"debt_bytes", "scan_work", "stolen"}}},
    {EventKind::kGcPacer, {"gc_pacer", EventCategory::kGC, "runtime.(*gcControllerState).commit", "mgcpacer.go", {"trigger", "goal", "heap_marked"}}},
    {EventKind::kMorestack, {"morestack", EventCategory::kStack, "runtime.newstack", "stack.go", {"fn_framesize", "sp", "stackguard"}}},
    {EventKind::kCopyStack, {"copystack", EventCategory::kStack, "runtime.copystack", "stack.go", {"old_lo", "new_lo", "sizes_copied_adjusted"}}},
    {EventKind::kCall, {"call", EventCategory::kStack, "CALL (ABIInternal)", "cmd/compile/abi-internal.md", {"fn_depth", "frame_lo", "frame_hi"}}},
    {EventKind::kReturn, {"return", EventCategory::kStack, "RET (ABIInternal)", "cmd/compile/abi-internal.md", {"fn_depth", "frame_lo", "caller_fn"}}},
    {EventKind::kGcMarkWork, {"gc_mark_work", EventCategory::kGC, "runtime.gcDrain", "mgcmark.go", {"mode", "ns", "scan_work"}}},
    {EventKind::kAtomic, {"atomic", EventCategory::kSync, "sync/atomic", "sync/atomic/doc.go", {"op", "addr", "value"}}},
    {EventKind::kTimerOp, {"timer_op", EventCategory::kSched, "runtime.modtimer", "time.go", {"op", "when", "pending"}}},
    {EventKind::kNoAlloc, {"no_alloc", EventCategory::kAlloc, "runtime.convT64", "iface.go", {"why_fn", "value_or_len", "addr"}}},
}};

constexpr bool rows_in_enum_order() {
  for (size_t i = 0; i < kRows.size(); ++i) {
    if (static_cast<size_t>(kRows[i].kind) != i) return false;
  }
  return true;
}
static_assert(rows_in_enum_order(), "event table rows must follow the EventKind order");

}  // namespace

const EventInfo& event_info(EventKind k) { return kRows[static_cast<size_t>(k)].info; }

std::string_view event_go_func(const Event& e) {
  if (e.kind == EventKind::kTimerOp) {
    // a = op | kind << 4 (sim/interp/lib_rtpkgs.cpp timer_lib). Go 1.19 time.go:
    // time.startTimer calls addtimer, stopTimer deltimer; Timer.Reset (and an AfterFunc timer's)
    // goes through resetTimer to resettimer; Ticker.Reset through modTimer straight to modtimer.
    switch (e.a & 15) {
      case 0: return "runtime.addtimer";
      case 1: return "runtime.deltimer";
      default: return ((e.a >> 4) & 3) == 2 ? "runtime.modtimer" : "runtime.resettimer";
    }
  }
  if (e.kind == EventKind::kNoAlloc) return no_alloc_decider(e.a).go_func;
  return event_info(e.kind).go_func;
}

std::string_view event_go_file(const Event& e) {
  if (e.kind == EventKind::kNoAlloc) return no_alloc_decider(e.a).go_file;
  return event_info(e.kind).go_file;
}

// a = why | sub << 8, as sim/interp/convert.cpp emits it; `why` in heap::NoAllocWhy's order
// (sim/heap/heap.h, which static_asserts it), sub = the value's size for convT16/32/64 and
// heap::TmpBufFn for a tmpBuf. The decider is where Go takes the no-allocation branch: the
// runtime function that returns without calling mallocgc, or, for a bool or byte, the compiler.
GoFuncFile no_alloc_decider(int64_t a) {
  const int64_t sub = (a >> 8) & 0xff;
  switch (a & 0xff) {
    case 0:  // Go: iface.go convT16/convT32/convT64: `if val < uint64(len(staticuint64s))`
      return {sub == 2 ? "runtime.convT16" : sub == 4 ? "runtime.convT32" : "runtime.convT64", "iface.go"};
    case 1:  // Go: cmd/compile/internal/walk/convert.go dataWord: no runtime call at all
      return {"cmd/compile walk.dataWord", "cmd/compile/internal/walk/convert.go"};
    case 2: return {"runtime.convTstring", "iface.go"};  // `if val == "" { x = unsafe.Pointer(&zeroVal[0]) }`
    case 3: return {"runtime.convTslice", "iface.go"};   // `if (*slice)(val).array == nil`
    default: {
      // Go: string.go: called with buf != nil (the result does not escape) and the result fits.
      static constexpr std::string_view kFn[] = {"runtime.concatstrings(buf)", "runtime.slicebytetostring(buf)",
                                                 "runtime.stringtoslicebyte(buf)", "runtime.slicerunetostring(buf)",
                                                 "runtime.stringtoslicerune(buf)", "runtime.intstring(buf)"};
      return {kFn[static_cast<size_t>(sub) % 6], "string.go"};
    }
  }
}

std::string_view category_name(EventCategory c) {
  switch (c) {
    case EventCategory::kSched: return "sched";
    case EventCategory::kSync: return "sync";
    case EventCategory::kSyscall: return "syscall";
    case EventCategory::kProgram: return "program";
    case EventCategory::kStack: return "stack";
    case EventCategory::kAlloc: return "alloc";
    case EventCategory::kGC: return "gc";
    case EventCategory::kChan: return "chan";
    case EventCategory::kLimit: return "limit";
  }
  return "?";
}

EventKind event_kind_from_name(std::string_view name) {
  for (const auto& row : kRows) {
    if (row.info.name == name) return row.kind;
  }
  return EventKind::kCount;
}

std::vector<std::string_view> event_kind_names() {
  std::vector<std::string_view> out;
  for (const auto& row : kRows) out.push_back(row.info.name);
  return out;
}

}  // namespace gosim
