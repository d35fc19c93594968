// G, M, P and the scheduler's global state, as plain data — modeled on Go 1.19 runtime2.go.
//
//   G - goroutine.  Its code, status, wait reason and (in gosim) the request it made last.
//   M - worker thread.  Runs Go code only while it holds a P.
//   P - processor.  The right to run Go code; owns a local run queue of up to 256 Gs plus
//       one `runnext` slot. GOMAXPROCS is the number of Ps.
//
// Every field that decides what happens next lives here, never in a coroutine's locals, so a
// copy of Model is a checkpoint (see sim/engine/task.h for the rule bodies follow).
//
// gosim simplifications: Gs are addressed by their index in `allg` (GIdx) rather than by
// pointer; the global run queue is a deque instead of a list linked through g.schedlink; there
// are no locks because the engine processes one agenda item at a time.
#pragma once

#include <array>
#include <cstdint>
#include <deque>
#include <map>
#include <unordered_map>
#include <utility>
#include <string>
#include <string_view>
#include <vector>

#include "sim/engine/engine.h"
#include "sim/base/config.h"
#include "sim/engine/fastrand.h"
#include "sim/heap/heap.h"
#include "sim/rt/vfs.h"
#include "sim/rt/mem.h"

namespace gosim {

// Agenda item kinds (sim/engine/agenda.h).
constexpr int32_t kItemPStep = 1;        // a P's next step at its own virtual clock (id = P)
constexpr int32_t kItemTimer = 2;        // a timer is due while Ps may be idle (id = P owning it)
constexpr int32_t kItemSysmon = 3;       // sysmon wakes from its usleep (token = generation)
constexpr int32_t kItemSyscallDone = 4;  // a blocking system call returns (id = M)
constexpr int32_t kItemNet = 5;          // a network delivery lands (token = delivery number)

using GIdx = int32_t;  // index into Model::allg
constexpr GIdx kNoG = -1;

// Go: runtime2.go _Gidle … _Gpreempted. Values are the ones scheddetail prints.
enum class GStatus : uint8_t {
  kIdle = 0,       // just allocated, not yet initialised
  kRunnable = 1,   // on a run queue; not executing; does not own its stack
  kRunning = 2,    // executing: has an M and a P; owns its stack; on no queue
  kSyscall = 3,    // in a system call: has an M but no P
  kWaiting = 4,    // blocked in the runtime; recorded where whoever wakes it will find it
  kDead = 6,       // exited or never used; on a free list
  kCopystack = 8,  // its stack is being moved
  kPreempted = 9,  // stopped itself for a suspendG preemption
};
std::string_view gstatus_name(GStatus s);  // "_Grunnable"

// Go: runtime2.go waitReason and waitReasonStrings — the text in `goroutine 1 [chan receive]:`.
enum class WaitReason : uint8_t {
  kZero,
  kGCAssistMarking,
  kIOWait,
  kChanReceiveNilChan,
  kChanSendNilChan,
  kDumpingHeap,
  kGarbageCollection,
  kGarbageCollectionScan,
  kPanicWait,
  kSelect,
  kSelectNoCases,
  kGCAssistWait,
  kGCSweepWait,
  kGCScavengeWait,
  kChanReceive,
  kChanSend,
  kFinalizerWait,
  kForceGCIdle,
  kSemacquire,
  kSleep,
  kSyncCondWait,
  kTimerGoroutineIdle,
  kTraceReaderBlocked,
  kWaitForGCCycle,
  kGCWorkerIdle,
  kPreempted,
  kDebugCall,
};
std::string_view wait_reason_string(WaitReason r);

// Go: runtime2.go _Pidle … _Pdead.
enum class PStatus : uint8_t { kIdle = 0, kRunning = 1, kSyscall = 2, kGCStop = 3, kDead = 4 };

// What a G asked the runtime for when it last suspended. The body fills it in; the runtime
// reads it at the virtual time the G's code reached that point.
enum class ReqKind : uint8_t {
  kNone,
  kGo,          // newproc(a = entry function, b = argument)
  kGosched,     // runtime.Gosched
  kSemacquire,  // semacquire(addr = a)
  kSemrelease,  // semrelease(addr = a)
  kWrite,       // write(fd = a, text)
  kExit,        // the G's function returned
  kOsExit,      // os.Exit(code = a)
  kPanic,       // an unrecovered panic: text is the message after "panic: "
  kWork,        // nothing to ask: a preemption point. b = 0: an asynchronous safe point (the G
                //   used up its slice of host work); b = 1: a function prologue (synchronous)
  kSleep,       // time.Sleep(a nanoseconds)
  kSyscall,     // a blocking system call that takes a nanoseconds (syscall.Nanosleep)
  // package sync, on the object at address a (see sync.h for the layouts gosim assumes)
  kMutexLock,
  kMutexUnlock,
  kRWLock,
  kRWUnlock,
  kRLock,
  kRUnlock,
  kWgAdd,       // WaitGroup.Add(b); Done is Add(-1)
  kWgWait,
  // channels (chan.go, select.go); a = the hchan's address
  kMakeChan,    // register the channel allocated at a: elem size b, buffer capacity c
  kChanSend,    // send text (the element's bytes); b = 1 to block, 0 for select-with-default
  kChanRecv,    // receive into the G's ChanResult; b = 1 to block
  kChanClose,
  kSelect,      // cases; b = 1 to block (no default)
  // package net on loopback (netpoll.go); results in the G's NetResult
  kNetListen,   // listen on port a (0: any free port)
  kNetDial,     // connect to port a
  kNetAccept,   // accept on listener fd a
  kNetRead,     // read up to b bytes from fd a
  kNetWrite,    // write text to fd a
  kNetClose,    // close fd a
  kTimeAfter,   // time.After: the channel allocated at a (element: a time.Time) fires after b ns
  kGomaxprocs,  // runtime.GOMAXPROCS(a) with a > 0 and a != the current count: procresize
  kGC,          // runtime.GC(): a full collection, then the sweep, before the G goes on (sim/rt/gc.cpp)
  kFileWrite,   // part io: os.(*File).Write of text to fd a: write(2) through entersyscall/exitsyscall
  kFileRead,    // part vfs: os.(*File).Read on fd a: read(2) through entersyscall/exitsyscall
  kFileSys,     // part vfs2: a file system call (sysno a, fd b) through entersyscall/exitsyscall
  // sync.Cond (sim/rt/notify_list.cpp); a = &cond.notify
  kNotifyListWait,    // b = the ticket notifyListAdd handed out
  kNotifyListNotifyOne,
  kNotifyListNotifyAll,
};

// What a network call left for the G: a file descriptor, bytes read, or an error in Go's words.
struct NetResult {
  int64_t fd = -1;
  int64_t port = 0;
  std::string data;
  std::string err;  // "" or e.g. "EOF", "dial tcp 127.0.0.1:8080: connect: connection refused"
};

// One case of a select statement (Go: runtime/select.go scase).
struct SelectCase {
  uint64_t chan = 0;  // 0: a nil channel (never ready)
  bool send = false;
  std::string data;   // the element to send
};

// What a channel operation left for the G to pick up when it runs again.
struct ChanResult {
  std::string data;     // the received element
  bool ok = false;      // the "ok" of v, ok := <-c (false: closed and empty)
  int32_t selected = -1;  // the select case that fired (-1: the default case)
};

// What a G blocked inside package sync or a runtime semaphore must remember across its park:
// Go keeps these in the sudog and in lockSlow's local variables.
struct SyncWait {
  bool ticket = false;       // Go: sudog.ticket — the releaser took the count for us (handoff)
  bool lifo = false;         // queue at the head when it waits again
  bool in_sema = false;      // parked in semacquire (the retry checks ticket/count first)
  bool active = false;       // a sync operation is under way (Lock's slow path, a multi-step op)
  VTime wait_start = 0;      // Go: lockSlow's waitStartTime (0: has not waited yet)
  bool starving = false;     // Go: lockSlow's starving
  bool awoke = false;        // Go: lockSlow's awoke
  int32_t iter = 0;          // Go: lockSlow's spin iterations
  int32_t phase = 0;         // which step of a multi-step operation (RWMutex.Lock: w.Lock, then readers)
};

struct Request {
  ReqKind kind = ReqKind::kNone;
  int64_t a = 0, b = 0, c = 0;
  VTime cost = 0;    // virtual CPU time the G's code spent since its previous request
  std::string text;  // bytes for kWrite, the element for kChanSend
  std::vector<SelectCase> cases;  // for kSelect
};

// Empties a request in place (cheaper than assigning a fresh one on the hot path).
inline void reset_request(Request& r) {
  r.kind = ReqKind::kNone;
  r.a = r.b = r.c = 0;
  r.cost = 0;
  r.text.clear();
  r.cases.clear();
}

// Entry numbers below zero are the runtime's own goroutines, which run no program code.
enum RuntimeEntry : int32_t {
  kEntryForcegc = -1,     // Go: proc.go forcegchelper (goroutine 2)
  kEntryBgsweep = -2,     // Go: mgcsweep.go bgsweep (goroutine 3)
  kEntryBgscavenge = -3,  // Go: mgcscavenge.go bgscavenge (goroutine 4)
  kEntryRunfinq = -4,     // Go: mfinal.go runfinq (goroutine 5)
  kEntryGcBgMarkWorker = -5,  // Go: mgc.go gcBgMarkWorker (one per P, from the first GC)
};
std::string_view runtime_entry_name(int32_t entry);  // "runtime.forcegchelper"

// One call frame of an interpreted function (Go: the frame between a function's SP and its
// caller's). The frame's bytes are in the G's stack, in simulated memory, at [fp, fp+size).
struct Frame {
  int32_t fn = 0;
  int32_t pc = 0;        // next instruction
  uint64_t fp = 0;       // lowest address of the frame
  uint64_t ctx = 0;      // the funcval this frame was called through (closures), or 0
  uint64_t ret_to = 0;   // where the caller wants the results copied (0: nowhere)
  bool deferred_call = false;  // a deferred call run by a panic (recover works only here)
  bool at_return = false;      // running its deferred calls at return (pc is at the kRet)
  // Stopped at an asynchronous safe point, a loop's back-edge (innermost frame only): pc is the
  // instruction it runs next, not one past an instruction it is inside, so its line is pc's.
  // Go: a preempted goroutine's PC is the next instruction (traceback shows the loop's line).
  bool at_safe_point = false;
};

// A panic in progress (Go: runtime2.go _panic). Deferred calls run on top of the panicking
// stack, frame by frame from `unwind_frame` outwards; frames are only dropped on recovery.
struct PanicState {
  bool active = false;
  bool recovered = false;
  std::string text;           // what "panic: " is followed by if nobody recovers
  uint64_t value[2] = {0, 0}; // the interface value recover() returns
  int64_t unwind_frame = -1;  // whose deferred calls run now
  bool resume = false;        // a deferred library call made a request; continue afterwards
};

// A deferred call (Go: runtime2.go _defer): its function and arguments, evaluated at the
// defer statement.
struct DeferRec {
  size_t frame = 0;      // index of the frame that deferred it
  int64_t fn = -1;       // function index; <= -2: library function -2-id
  uint64_t ctx = 0;      // funcval for closures
  std::string args;      // the parameter block's bytes
};

// Per-G program state the body keeps between suspensions (see task.h). The interpreter keeps
// its call frames, stack bounds and deferred calls here; C++ test bodies use `regs`.
struct GCode {
  int32_t entry = 0;          // the function the G was started with
  int64_t arg = 0;            // its argument (the interpreter: address of the go statement's record)
  std::vector<int64_t> regs;  // body-defined
  std::vector<Frame> frames;  // innermost last
  std::vector<DeferRec> defers;
  uint64_t stack_lo = 0, stack_hi = 0;  // Go: g.stack (a dead G keeps its 2 KiB stack for reuse)
  bool started = false;       // its first frame was pushed (empty frames then mean it returned)
  int32_t go_fn = -1;         // the function and line of the go statement that created it
  int32_t go_line = 0;
  int64_t in_lib = -1;        // the library function whose request it is waiting on (tracebacks)
  PanicState panic;
  // A network call in progress (the interpreter writes its results when the G runs again).
  int64_t net_pending = 0;    // the LibFunc, 0 when none
  uint64_t net_results = 0;   // where its results go
  uint64_t net_buf = 0;       // Conn.Read's buffer
  // A goroutine the runtime starts on a func value without a go statement's record: time.AfterFunc's
  // f (Go: time.goFunc runs `go arg.(func())()`, whose newproc takes the funcval itself).
  uint64_t start_ctx = 0;
  // part vfs2: the system calls an os call still has to make, (sysno, fd) in order; the
  // call's library instruction runs again until they are done (sim/interp/lib_vfs.cpp).
  std::vector<std::pair<int64_t, int64_t>> sys_queue;
};

struct G {
  int64_t goid = 0;
  GStatus status = GStatus::kIdle;
  WaitReason waitreason = WaitReason::kZero;
  int32_t m = -1;                // the M running it (running or in a syscall)
  int64_t parent_goid = 0;       // who ran the `go` statement
  bool system = false;           // a runtime background goroutine (hidden from NumGoroutine, dumps)
  VTime waitsince = 0;
  bool preempt = false;          // Go: g.preempt — sysmon asked it to stop at the next safe point
  Request req;
  bool code_event = false;  // its code emitted an event in this stretch: yield after this instruction
  SyncWait syncw;                // state of a sync/semaphore operation in progress
  ChanResult chanres;            // the outcome of its last channel operation
  NetResult netres;              // the outcome of its last network call
  std::vector<uint64_t> select_chans;  // the channels a parked select waits on (for pass 3)
  // Go: the g struct itself, malg's new(g) (proc.cpp): gosim keeps the G's fields in this record
  // and the heap object stands for them. A G reused by gfget keeps it, as Go's does.
  uint64_t gobj = 0;
  uint64_t worker_node = 0;      // a mark worker's gcBgMarkWorkerNode (Go: its stack holds `node`)
  std::string req_panic;         // set when a request panics ("sync: negative WaitGroup counter"); the body raises it                   // the request being handled or about to be
  GCode code;
};

struct M {
  int32_t id = 0;
  int32_t p = -1;        // the P it holds, or -1
  GIdx curg = kNoG;      // the G it is running
  bool spinning = false; // holds a P and is looking for work
  bool parked = false;   // on the idle list (stopm)
  bool sysmon = false;   // the sysmon thread: runs without a P, never runs Gs
  int32_t oldp = -1;     // Go: m.oldp — the P it held when it entered a system call
  FastRand rand;         // Go: m.fastrand
};

// Go: runtime/runtime2.go timer (the fields gosim uses). Only time.Sleep's timers so far: f is
// goroutineReady and arg the sleeping G.
struct Timer {
  VTime when = 0;
  GIdx g = kNoG;       // time.Sleep: the sleeper to ready
  uint64_t chan = 0;   // time.After: the channel to send the time on (Go: sendTime)
  // time.NewTimer, NewTicker, AfterFunc: the address of the Go object (*time.Timer or *Ticker),
  // whose runtime state is Model::timers[obj]. 0 for Sleep and After, whose timers are never
  // stopped or reset, so they are always timerWaiting and need no state of their own.
  uint64_t obj = 0;
};

// Go 1.19 runtime/time.go timer states. timerRunning, timerRemoving, timerModifying and
// timerMoving only exist while a runtime function holds a timer in the middle of a change; in
// gosim nothing can look between two steps of one change, so they never show and are not here.
enum class TimerStatus : uint8_t {
  kNoStatus,         // not in any heap: never started, or fired (a one-shot timer)
  kWaiting,          // in a P's heap, waiting for `when`
  kDeleted,          // stopped, still in the heap until runtimer/adjusttimers/cleantimers removes it
  kRemoved,          // stopped and taken out of the heap
  kModifiedEarlier,  // reset to an earlier `nextwhen`; still in the heap at its old place
  kModifiedLater,    // reset to a later (or equal) `nextwhen`; still in the heap at its old place
};
std::string_view timer_status_name(TimerStatus s);  // "timerWaiting"

// What a fired timer does (Go: runtimeTimer.f).
enum class TimerFunc : uint8_t {
  kSendTime,  // time.sendTime: a non-blocking send of the time on the channel `arg` (Timer, Ticker)
  kGoFunc,    // time.goFunc: `go arg.(func())()` (AfterFunc; arg is the funcval)
};

// The runtime's part of a time.Timer/Ticker (Go: the runtimeTimer inside it, runtime/time.go).
struct TimerState {
  TimerStatus status = TimerStatus::kNoStatus;
  int32_t pp = -1;        // the P whose heap holds it (Go: t.pp)
  VTime when = 0;
  VTime period = 0;       // a Ticker's interval; 0 for a one-shot timer
  VTime nextwhen = 0;     // the `when` a Reset asked for, until the heap catches up
  TimerFunc f = TimerFunc::kSendTime;
  uint64_t arg = 0;       // the channel (sendTime) or the funcval (goFunc)
  int32_t kind = 1;       // for sentences: 1 time.NewTimer, 2 time.NewTicker, 3 time.AfterFunc
};

// Go: runtime/runtime2.go sysmontick — what sysmon saw of a P last time.
struct SysmonTick {
  uint32_t schedtick = 0;
  VTime schedwhen = 0;
  uint32_t syscalltick = 0;
  VTime syscallwhen = 0;
};

constexpr uint32_t kLocalRunqSize = 256;  // Go: len(p.runq)

struct P {
  int32_t id = 0;
  PStatus status = PStatus::kIdle;
  int32_t m = -1;
  // Go: p.runqhead / p.runqtail / p.runq — a ring; tail - head is the length.
  uint32_t runqhead = 0;
  uint32_t runqtail = 0;
  std::array<GIdx, kLocalRunqSize> runq{};
  GIdx runnext = kNoG;
  uint32_t schedtick = 0;    // incremented by execute unless the G inherits the time slice
  // The running G's code emitted events (allocations, calls) in its last stretch: they went out
  // as it yielded (Machine::run_g); the collector's turn for them comes with its request.
  bool code_events = false;
  uint64_t code_alloc_bytes = 0, code_mallocs = 0;
  uint32_t syscalltick = 0;
  VTime syscall_start = 0;  // when its G entered the current system call (for the retake sentence)
  // Go: p.goidcache / goidcacheend — goids are handed out to Ps in batches of 16.
  int64_t goidcache = 0;
  int64_t goidcacheend = 0;
  std::vector<GIdx> gfree;   // dead Gs kept for reuse (Go: p.gFree)
  std::vector<Timer> timers; // Go: p.timers — a 4-ary min-heap on when
  int32_t deleted_timers = 0;         // Go: p.deletedTimers — timerDeleted entries in the heap
  VTime timer_modified_earliest = 0;  // Go: p.timerModifiedEarliest (0: none)
  SysmonTick sysmontick;
  // gosim: what the P does at its next agenda item, and whether it has one.
  bool scheduled = false;
  uint32_t gen = 0;          // bumped when the world stops: agenda items with an older token are stale
  VTime clock = 0;           // the virtual time this P has reached
};

// Go: runtime2.go schedt
struct Sched {
  int64_t goidgen = 0;
  std::deque<GIdx> runq;      // the global run queue
  std::vector<int32_t> pidle; // idle Ps, used as a stack like Go's list
  std::vector<int32_t> midle; // idle Ms
  int32_t nmspinning = 0;
  std::vector<GIdx> gfree;    // global dead-G list (Go: sched.gFree)
};

// A runtime semaphore queue (Go: sema.go semaRoot), keyed by the address of the uint32 count.
struct SemaRoot {
  uint32_t count = 0;
  std::deque<GIdx> waiters;  // FIFO (lifo waiters go to the front); semrelease takes the front
};

// A G waiting on a channel (Go: runtime2.go sudog, the channel part).
struct Sudog {
  GIdx g = kNoG;
  bool is_select = false;
  int32_t case_index = -1;  // which select case this sudog stands for
  std::string data;         // the element a sender offers
};

// Go: runtime/chan.go hchan. The buffer holds elements as bytes.
struct HChan {
  int64_t elemsize = 0;
  uint32_t dataqsiz = 0;   // capacity of the buffer
  std::deque<std::string> buf;  // qcount = buf.size(); recvx/sendx are implicit
  uint32_t sendx = 0, recvx = 0;  // kept for viewers: where the ring's indices stand
  bool closed = false;
  std::deque<Sudog> recvq;
  std::deque<Sudog> sendq;
  // Where the program made it (not Go's hchan: for viewers): the function and the pc just past
  // its makechan instruction, -1 for the runtime's own. The visualizer names a channel no frame
  // variable holds by the variable or field that instruction's result was stored into.
  int32_t made_fn = -1, made_pc = -1;
  // The runtime's own channels (made_fn -1): which time function made it, so a viewer can name
  // one no variable holds ("time.After's channel", a Ticker's C). Not Go's hchan either.
  enum class Maker : uint8_t { kProgram, kTimeAfter, kTimer, kTicker, kTick };
  Maker made_by = Maker::kProgram;
};

// A loopback socket (what the kernel holds) and its pollDesc (what the runtime holds).
struct NetFD {
  bool listener = false;
  int64_t port = 0;
  int64_t peer = -1;                 // the other end of a connection
  std::string inbuf;                 // bytes that have arrived and can be read
  bool eof = false;                  // the peer closed and everything it sent has arrived
  bool connected = false;            // a dialed socket whose connection is established
  bool closed = false;
  std::deque<int64_t> accept_queue;  // a listener's established connections (server-side fds)
  GIdx rg = kNoG;                    // Go: pollDesc.rg — the G parked until this fd is ready
};

// Something the network delivers later (Go: what epoll will report).
struct NetDelivery {
  enum Kind : uint8_t { kData, kEof, kConnect } kind = kData;
  int64_t fd = -1;        // where it lands (for kConnect: the dialing fd)
  int64_t listener = -1;  // kConnect: the listening fd
  std::string data;
};

// Go: the netpoller's state (netpoll.go): pollDescs, waiters and the last poll time.
struct NetState {
  std::map<int64_t, NetFD> fds;
  std::map<int64_t, int64_t> ports;            // listening port -> fd
  std::map<uint64_t, NetDelivery> in_flight;   // by delivery number
  uint64_t next_delivery = 1;
  int64_t next_fd = 3;
  int64_t next_port = 40000;
  std::vector<GIdx> ready;                     // parked Gs whose fd became ready, in order
  std::vector<int64_t> ready_fds;              // parallel to ready: the fd each was parked on
  // What the last netpoll call returned (Go: netpoll's gList, a local of findRunnable or sysmon),
  // with each G's fd, in the order it ran or was injected: the state at a netpoll event shows
  // who that call made runnable (the viewer's Netpoll panel), though the ready list is empty.
  std::vector<std::pair<GIdx, int64_t>> polled;
  int64_t waiters = 0;                         // Go: netpollWaiters
  VTime lastpoll = 0;                          // Go: sched.lastpoll
};

// The state words of package sync's types, keyed by the object's address (see sync.h).
struct SyncState {
  int32_t state = 0;         // Mutex.state / RWMutex.w.state
  int32_t reader_count = 0;  // RWMutex.readerCount
  int32_t reader_wait = 0;   // RWMutex.readerWait
  uint64_t wg_state = 0;     // WaitGroup: counter << 32 | waiters
};

// sysmon's own loop state (Go: the locals of runtime/proc.go sysmon).
struct SysmonState {
  int32_t m = -1;          // its M
  int32_t idle = 0;        // cycles in a row that retook nothing
  int64_t delay_us = 0;    // the usleep before the next cycle
  bool deep_sleep = false; // Go: sched.sysmonwait
  uint64_t generation = 0; // agenda items with another token are stale
  VTime lasttrace = -1;    // when it last printed SCHED lines (-1: never)
  VTime starttime = 0;     // the first SCHED line's time: "SCHED 0ms"
};

// How the program ended.
enum class ExitKind : uint8_t { kRunning, kExited, kFatal, kLimit, kInternal };

// The whole runtime model. Copying it is a checkpoint.
struct Model {
  EngineState engine;
  std::vector<G> allg;   // Go: allgs — every G ever created, in creation order
  // Go: allgs as the runtime's []*g in the heap (allgadd appends, growslice moves it): the
  // runtime's globals point at it, so the collector keeps every g object alive.
  uint64_t allgs_ptr = 0, allgs_len = 0, allgs_cap = 0;
  // The runtime's start-up objects (sim/rt/startup.cpp: the ms, the p, envs, the package-level
  // errors of the packages gosim models natively, ...): what Go's globals keep alive, a root of
  // the globals job. startup_objects lists every start-up allocation (live or not) for the views.
  std::vector<uint64_t> startup_roots;
  struct StartupObject {
    uint64_t addr = 0, size = 0;
    uint8_t why = 0;  // heap::AllocWhy
  };
  std::vector<StartupObject> startup_objects;
  std::vector<M> allm;
  std::vector<P> allp;
  Sched sched;
  // Go hashes semaphore addresses into 251 buckets; gosim uses a hash map too. Nothing ever
  // iterates it (viewers that list semaphores sort them first), so its order cannot leak into
  // a run.
  std::unordered_map<uint64_t, SemaRoot> semtable;
  std::map<uint64_t, SyncState> syncs;
  std::map<uint64_t, HChan> chans;  // by the hchan's address
  std::map<uint64_t, TimerState> timers;  // time.Timer/Ticker/AfterFunc, by the Go object's address
  // sync.Cond's notifyLists (Go: runtime/sema.go notifyList's sudog list), by &cond.notify: the
  // waiting Gs with their tickets, in the order they queued. wait/notify are in simulated memory.
  std::map<uint64_t, std::deque<std::pair<GIdx, uint32_t>>> notify_lists;
  NetState net;
  Memory mem;  // the simulated address space (heap, stacks, read-only data)
  heap::Heap heap;  // Go: mheap_, the mcaches and stack pools — which addresses are in use
  // stdout and stderr interleaved, as a terminal shows them; each Write event names its
  // fd and its byte range here, so any view can split the streams or cut at a cursor.
  std::string output;           // the kept tail (sim/rt/output.h): write with write_output
  uint64_t output_dropped = 0;  // bytes dropped before output[0] (its offset in the whole output)
  ExitKind exit_kind = ExitKind::kRunning;
  int exit_code = 0;
  int64_t live_goroutines = 0;  // non-system, not dead
  // Virtual CPU time goroutine code has run, summed over all Ps (not Go's: gosim's max_cpu_time
  // limit ends a busy loop without limiting how long a program may sleep).
  int64_t cpu_ns = 0;
  SysmonState sysmon;
  WhatIf whatif;                // the run's what-if switches (all off: Go 1.19)
  uint64_t seed = 1;
  // Package os's process state (part io): the environment as Go's syscall.envs keeps it
  // ("KEY=value" in order; Unsetenv leaves an empty entry, which Environ skips) and the
  // descriptors the program closed (os.Stdout.Close()).
  std::vector<std::string> env;
  std::vector<int64_t> closed_fds;
  // part vfs: fd 0's contents (Config::stdin_data) and how far the program has read them.
  std::string stdin_data;
  uint64_t stdin_off = 0;
  // part vfs2: the virtual file tree and the descriptors open on it (sim/rt/vfs.h).
  Vfs vfs;
  // fmt's ppFree (Go: fmt/print.go `var ppFree = sync.Pool{...}`), a sync.Pool in fmt's package
  // data (sim/interp/fmt_pool.cpp): its address once fmt first printed (0 before). The collector
  // scans its fields with the globals, so the pooled printers stay alive as in Go.
  uint64_t fmt_ppfree = 0;
  // Go: sync/pool.go allPools and oldPools (part reflectlite): the addresses of the program's
  // sync.Pools with a primary cache, and of those with only a victim cache; clearpools
  // (sim/rt/mgc_pools.cpp) rotates them at each gcStart. They are GC roots, as Go's globals are.
  std::vector<uint64_t> all_pools, old_pools;
  // Their backing arrays in the heap (append's; 0 for a nil slice), roots like Go's globals.
  uint64_t all_pools_array = 0, old_pools_array = 0;
};

}  // namespace gosim
