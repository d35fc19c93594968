// Events: the unit a learner steps through.
//
// Every runtime step a student would want to pause on is one Event: a plain record with a
// sequence number, the virtual time, its kind, the G/M/P it concerns and up to three
// kind-specific arguments. Events hold no strings and no pointers, so they are cheap to emit
// on the hot path, copyable into checkpoints, and hashable byte for byte. The sentence a
// learner reads ("P1 stole 3 goroutines from P0") and the Go function it stands for
// (runtime.runqsteal, proc.go) are derived from the record by describe() when someone asks.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace gosim {

using VTime = int64_t;  // virtual nanoseconds since the program started

// The kinds, grouped by what the visualizer steps through ("next scheduling event" etc.).
enum class EventCategory : uint8_t { kSched, kSync, kSyscall, kProgram, kStack, kAlloc, kGC, kChan, kLimit };

// In the order of the info table in event.cpp (a static_assert there keeps them together).
enum class EventKind : uint8_t {
  kGoCreate,       // newproc: a new G is runnable
  kGoStart,        // execute: a P starts running a G
  kGoPark,         // gopark: the running G blocks
  kGoReady,        // goready: a blocked G becomes runnable
  kGoSched,        // Gosched: the G yields to the global queue
  kGoExit,         // goexit0: the G returned from its function
  kRunqOverflow,   // runqputslow: half the local queue moves to the global queue
  kGlobalRunqGet,  // globrunqget: a batch comes from the global queue
  kSteal,          // runqsteal: a P takes half of another P's queue
  kProcIdle,       // pidleput + stopm: no work for this P, its M sleeps
  kProcWake,       // wakep/startm: an idle P gets an M to look for work
  kSemAcquire,     // semacquire took a count without parking
  kSemRelease,     // semrelease with nobody waiting
  kTimerFire,      // runtimer: a timer expired and its goroutine is ready
  kPreempt,        // gopreempt_m: a G ran too long and was stopped at a safe point
  kSysmonPreempt,  // preemptone: sysmon asks a G running for 10ms to stop
  kRetake,         // retake + handoffp: sysmon takes a P from an M stuck in a syscall
  kChanSend,       // chansend: how the element went (to a receiver, into the buffer, or wait)
  kChanRecv,       // chanrecv: where the element came from (a sender, the buffer, closed)
  kChanClose,      // closechan: every waiter is woken
  kSelect,         // selectgo: which case fired (or the G waits on all of them)
  kNetCall,        // a package net call: listen, dial, accept, read, write, close
  kNetReady,       // the network delivered something: a fd is ready (epoll would say so)
  kNetpoll,        // netpoll: ready goroutines are collected and made runnable
  kSyscallEnter,
  kSyscallExit,
  kWrite,          // the program wrote to stdout or stderr
  kProgramExit,    // main returned, or os.Exit
  kFatal,          // fatal error or unrecovered panic
  kDeadlock,       // checkdead: every goroutine is asleep
  kLimit,          // a gosim limit stopped the run
  // The allocator (sim/heap). Appended so the kinds above keep their numbers. Each is one step of
  // an allocation a student can pause on; the sentences are in sim/heap/heap_describe.cpp.
  kMalloc,         // mallocgc: size -> class -> span -> address, and which level served it
  kMcacheRefill,   // mcache.refill: the P's span of this class is full; it swaps it for another
  kCacheSpan,      // mcentral.cacheSpan: mcentral hands a span with free slots to an mcache
  kMcentralGrow,   // mcentral.grow: no span had room, so mcentral asks mheap for fresh pages
  kMheapAlloc,     // mheap.allocSpan: pages come out of the page allocator (or the P's page cache)
  kHeapGrow,       // mheap.grow: the heap maps more address space from the arena
  kMheapFree,      // mheap.freeSpan/freeManual: a span's pages go back to the page allocator
  kSweepSpan,      // mspan.sweep: unmarked objects in one span become free slots
  kMcacheRelease,  // mcache.releaseAll: a P gives every cached span back to the mcentrals
  kStackAlloc,     // stackalloc: a goroutine stack from the P's stack cache, the pool or mheap
  kStackFree,      // stackfree: a goroutine stack goes back to the cache, pool or mheap
  // runtime.GOMAXPROCS(n) (sim/rt/procresize.cpp).
  kStopTheWorld,   // stopTheWorldWithSema: every other P is stopped
  kProcResize,     // procresize: a P created (a=0) or destroyed (a=1), or the resize done (a=2)
  // The collector (sim/heap/mgc*.cpp, issue 6). Appended so the kinds above keep their numbers.
  kGcPhase,        // the GC cycle moves to another phase (off, sweep term, mark, mark term, sweep)
  kGcMarkRoot,     // markroot: a root (a goroutine's stack, the globals) greys what it points to
  kGcScanObject,   // scanobject: a grey object is scanned and becomes black
  kGcShade,        // greyobject/shade: a white object becomes grey (from a root, a scan or a barrier)
  kGcWriteBarrier, // gcWriteBarrier: the hybrid barrier shades the overwritten and the new pointer
  kGcAssist,       // gcAssistAlloc: an allocating goroutine pays its debt in scan work
  kGcPacer,        // gcControllerState.commit: the next cycle's trigger and heap goal
  // Growing and shrinking goroutine stacks (sim/rt/stack.cpp, issue 5). Appended likewise.
  kMorestack,      // a function prologue's stack check failed: morestack -> newstack
  kCopyStack,      // copystack: the stack moves to a new range, pointers into it are adjusted
  // Calls and returns of the program's functions (sim/interp/stack.cpp, issue 5). Appended.
  kCall,           // CALL: a frame is pushed below the caller's (after the prologue's stack check)
  kReturn,         // RET: the frame is popped, its results copied to the caller
  // (appended, so the kinds above keep their numbers)
  kGcMarkWork,     // gcDrain: a mark worker's turn or an assist ended: who marked, on which P, how long
  // sync/atomic and time's Timer/Ticker/AfterFunc (issue 19). Appended likewise.
  kAtomic,         // a sync/atomic operation: one instruction on one word, no scheduler involved
  kTimerOp,        // addtimer/deltimer/modtimer: a time.Timer or Ticker is started, stopped or reset
  // Where Go does not allocate (issue 18). Appended likewise.
  kNoAlloc,        // a conversion or string operation that mallocgc is not called for, and why
  kCount
};

struct Event {
  uint64_t seq = 0;  // 1, 2, 3… in the order step() returns them
  VTime time = 0;
  EventKind kind = EventKind::kCount;
  int32_t p = -1;  // P id, or -1
  int32_t m = -1;  // M id, or -1
  int64_t g = 0;   // goroutine id (goid), or 0
  int64_t a = 0, b = 0, c = 0;  // kind-specific; see the table in event.cpp
};

// Static facts about a kind: its stable name (JSON, scenarios, CLI filters), its category,
// the Go runtime function it models and the file that function lives in, and the names of
// its arguments a, b, c ("" when unused).
struct EventInfo {
  std::string_view name;
  EventCategory category;
  std::string_view go_func;
  std::string_view go_file;
  std::string_view arg_names[3];
};

const EventInfo& event_info(EventKind k);
// The Go function this one event models: event_info's go_func, except for kinds that stand for
// several functions and say which in their arguments (timer_op: addtimer, deltimer, resettimer
// or modtimer).
std::string_view event_go_func(const Event& e);
// The file of event_go_func's function (event_info's go_file, except where event_go_func differs).
std::string_view event_go_file(const Event& e);
// A no_alloc event's decider, from its a argument: the function (and file) where Go takes the
// branch that allocates nothing (runtime.convT64's staticuint64s, convTstring's zeroVal,
// slicebytetostring with the caller's buf, ...).
struct GoFuncFile {
  std::string_view go_func, go_file;
};
GoFuncFile no_alloc_decider(int64_t a);
std::string_view category_name(EventCategory c);
// Looks a kind up by its stable name; returns kCount when unknown.
EventKind event_kind_from_name(std::string_view name);
std::vector<std::string_view> event_kind_names();

}  // namespace gosim
