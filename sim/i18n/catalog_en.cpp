// English: the sentences gosim has always printed, byte for byte (the event traces' "text" field,
// `gosim run --events`, tests and lessons read them).
#include "sim/i18n/catalog_table.h"

namespace gosim::i18n {
namespace {

using M = Msg;

constexpr Table kEn = {{
    // Scheduling.
    {M::kGoCreateMarkWorker, "gcStart -> gcBgMarkStartWorkers: {g} ({fn}) is a mark worker for one P; it parks at once "
                             "until the GC needs it (gosim does the workers' marking on the Ps directly)"},
    {M::kGoCreateFirst, "{g} ({fn}) was created and went into {p}'s runnext"},
    {M::kGoCreateBy, "{parent} created {g} ({fn}) and put it in {p}'s runnext"},
    {M::kKickedToLocal, "; {kicked} moved from runnext to the tail of the local queue"},
    {M::kGoStart, "{p} runs {g}, taken from {source}{tick}"},
    {M::kSchedtickSuffix, "; schedtick is now {schedtick}"},
    {M::kSourceRunnext, "its runnext slot (inheriting the time slice)"},
    {M::kSourceLocal, "the head of its local run queue"},
    {M::kSourceGlobal, "the global run queue"},
    {M::kSourceStolen, "another P's run queue (stolen)"},
    {M::kSourceNetpoll, "the network poller"},
    {M::kGoParkMarkWorker, "{g} parks [GC worker (idle)]: gcBgMarkWorker waits to be picked by findRunnableGCWorker"},
    {M::kGoPark, "{g} blocks [{reason}]; {p} looks for another goroutine"},
    {M::kGoReadySelf, "{g} is runnable again and goes in {p}'s runnext"},
    {M::kGoReadyBy, "{readier} made {g} runnable and put it in {p}'s runnext"},
    {M::kGoSchedYieldMutex, "{g} handed its mutex to the first waiter and yields to it (goyield): {g} goes to the "
                            "tail of {p}'s local queue"},
    {M::kGoSched, "{g} yields (runtime.Gosched) and goes to the tail of the global run queue"},
    {M::kGoExit, "{g} returned from its function and is dead; its G is kept for reuse"},
    {M::kRunqOverflow, "{p}'s local queue is full: moved {moved} goroutines (half of it, plus {g}) to the global "
                       "queue, which now holds {global}"},
    {M::kGlobalRunqGetFairness, "{p} checks the global queue (every 61st schedule, so it cannot starve) and takes {g}"},
    {M::kGlobalRunqGet, "{p} took {taken} goroutine(s) from the global queue ({g} runs first); {left} left there"},
    {M::kStealRunnext, "{p} stole {g} from {victim}'s runnext slot"},
    {M::kSteal, "{p} stole {count} goroutine(s) from {victim} and runs {g}"},
    {M::kProcIdle, "{p} found no work: it goes on the idle list and its {m} sleeps"},
    {M::kProcWakeNewM, "an idle P gets a thread: {m} is created to run {p} and look for work"},
    {M::kProcWakeIdleM, "an idle P gets a thread: {m} wakes up to run {p} and look for work"},
    {M::kSemAcquireHandoff, "{g} was handed the semaphore at {addr:#x} by its releaser (starvation mode: no one can "
                            "barge in); {count} left"},
    {M::kSemAcquireAfterWait, "{g} acquired the semaphore at {addr:#x} after waiting: woken by a release, it took the "
                              "count itself ({count} left)"},
    {M::kSemAcquireNoWait, "{g} acquired the semaphore at {addr:#x} without waiting ({count} left)"},
    {M::kSemReleaseWake, "{g} released the semaphore at {addr:#x}: {woken} waits on it, so semrelease wakes it "
                         "(count {count})"},
    {M::kSemRelease, "{g} released the semaphore at {addr:#x}; nobody waits, count is {count}"},
    {M::kTimerFireAfter, "a time.After timer expired{late}: runtime.sendTime sends the time on its channel"},
    {M::kTimerFireSleep, "{g}'s timer expired{late}: its time.Sleep is over"},
    {M::kLateSuffix, " ({late} late)"},
    {M::kPreempt, "{g} stops at a safe point as sysmon asked and goes to the tail of the global run queue"},
    {M::kSysmonPreemptAsync, "sysmon: {g} has run on {p} for {ran} without a schedule; it is asked to stop "
                             "(asynchronous preemption: at its next safe point)"},
    {M::kSysmonPreemptSync, "sysmon: {g} has run on {p} for {ran} without a schedule; it is asked to stop "
                            "(asynchronous preemption is off: it stops at its next function call)"},
    {M::kRetake, "sysmon retakes {p} from {m}, blocked in a system call for {dur}: handoffp gives the P to another M "
                 "if there is work for it"},
    {M::kChanSendDirect, "{g} sends on channel {chan:#x}: {peer} is waiting to receive, so the value goes straight to it"},
    {M::kChanSendBuffer, "{g} sends on channel {chan:#x}: the value goes into the buffer"},
    {M::kChanSendBlock, "{g} sends on channel {chan:#x}: no receiver and no room in the buffer, so it waits in the "
                        "channel's sendq"},
    {M::kChanSendNotReady, "{g} tries to send on channel {chan:#x} but nobody is ready"},
    {M::kChanRecvDirect, "{g} receives on channel {chan:#x} straight from {peer}, which was waiting to send"},
    {M::kChanRecvBuffer, "{g} receives on channel {chan:#x} from the buffer"},
    {M::kChanRecvBufferRefill, "{g} receives on channel {chan:#x} from the buffer's head; waiting sender {peer}'s value "
                               "moves into the buffer"},
    {M::kChanRecvBlock, "{g} receives on channel {chan:#x}: nothing to take, so it waits in the channel's recvq"},
    {M::kChanRecvClosed, "{g} receives on closed, empty channel {chan:#x}: the zero value, ok=false"},
    {M::kChanRecvNotReady, "{g} tries to receive on channel {chan:#x} but nothing is ready"},
    {M::kChanClose, "{g} closes channel {chan:#x}; {woken} waiting goroutine(s) wake up"},
    {M::kSelectDefault, "{g}'s select: no case is ready, so it takes the default case"},
    {M::kSelectBlock, "{g}'s select: no case is ready; it waits on all {cases} of them"},
    {M::kSelectCase, "{g}'s select picks case {case} (the first ready one in a random poll order)"},
    {M::kNetCallPark, "{g} calls {op} on fd {fd}: not ready, so it parks [IO wait] on the fd's pollDesc (its thread "
                      "is free for other goroutines)"},
    {M::kNetCallFail, "{g} calls {op}: it fails"},
    {M::kNetCallDial, "{g} calls net.Dial: fd {fd} starts connecting; it parks [IO wait] until the connection is "
                      "established"},
    {M::kNetCallDone, "{g} calls {op} (fd {fd}) and it completes at once"},
    {M::kNetReady, "the network delivers {what} on fd {fd}{waiter}"},
    {M::kNetWhatData, "data"},
    {M::kNetWhatEOF, "end-of-file"},
    {M::kNetWhatConn, "a new connection"},
    {M::kNetReadyWaiterSuffix, ": a goroutine parked on it is ready, and waits for the next netpoll"},
    {M::kNetpollSysmon, "sysmon polls the network (nobody did for 10ms): {found} goroutine(s) go to the global queue"},
    {M::kNetpoll, "{p} polls the network (netpoll) and finds {found} ready goroutine(s)"},
    {M::kSyscallEnter, "{g} enters a blocking system call ({dur}); {m} blocks with it and {p} is left in _Psyscall "
                       "without an M"},
    {M::kSyscallExitFast, "{g}'s system call returned; {m} takes {p} back at once (fast path)"},
    {M::kSyscallExitIdleP, "{g}'s system call returned; its P was taken, so {m} takes idle {p}"},
    {M::kSyscallExitNoP, "{g}'s system call returned but no P is free: {g} waits in the global run queue and {m} sleeps"},
    {M::kWriteByG, "{g} wrote \"{text}\" to {stream}"},
    {M::kWriteByRuntime, "the runtime wrote \"{text}\" to {stream}"},
    {M::kProgramExit, "the program exits with status {code}"},
    {M::kFatal, "fatal error: the program stops with status {code}"},
    {M::kDeadlock, "every goroutine is blocked and nothing can wake one: deadlock ({waiting} waiting)"},
    {M::kLimit, "gosim stopped the run: it reached {limit} ({value})"},
    {M::kStwGcSweepTerm, "{g} stops the world for the GC's sweep termination (a {us} µs pause): every running "
                         "goroutine stops at its next safe point until the world starts again"},
    {M::kStwGcMarkTerm, "{g} stops the world for the GC's mark termination (a {us} µs pause): every running "
                        "goroutine stops at its next safe point until the world starts again"},
    {M::kStwGcStwMark, "{g} keeps the world stopped for the whole mark phase (what-if gc_stw: no concurrent mark, a "
                       "{us} µs pause): no goroutine runs until the collection is done"},
    {M::kStwGomaxprocs, "{g} stops the world for GOMAXPROCS: every other P is stopped, their running goroutines go to "
                        "the global run queue and their Ms sleep"},
    {M::kProcResizeCreate, "procresize: {p} is created, idle"},
    {M::kProcResizeDestroy, "procresize: {p} is destroyed; its {moved} runnable goroutine(s) go to the head of the "
                            "global run queue and its {timers} timer(s) to the caller's P"},
    {M::kProcResizeDone, "procresize: GOMAXPROCS goes from {old} to {new}; {g} keeps running on {p}, the other Ps are "
                         "idle or get an M for their queued work"},
    {M::kHeapEventByG, "{g}: {text}"},
    {M::kHeapEventByG0, "g0, the scheduler's own goroutine on {m}: {text}"},
    // Calls, returns and the register ABI.
    {M::kCallFirst, "{g} starts in {fn}: its first frame is [{lo:#x}, {hi:#x})"},
    {M::kCallNested, "{g} calls {fn} (frame {depth} of its stack): the new frame [{lo:#x}, {hi:#x}) sits below the "
                     "caller's"},
    {M::kCallLayout, ", {bytes} bytes as gosim's interpreter lays it out (every value in memory)"},
    {M::kCallAbi, "; real Go {abi}"},
    {M::kReturnLast, "{fn} returns: it was {g}'s first function, so the goroutine is done"},
    {M::kReturnToCaller, "{fn} returns to {caller} in {g}: its frame at {sp:#x} is popped (SP moves back up) and its "
                         "results are in the caller's frame"},
    {M::kAbiNoArgs, "takes no arguments"},
    {M::kAbiPasses, "passes {list}"},
    {M::kAbiClosure, " (and its closure context in RDX)"},
    {M::kAbiReturns, ", returns {list}"},
    {M::kAbiSizes, "; args={args:#x}, frame about {frame:#x} bytes (gosim frames shows the whole layout)"},
    {M::kAbiOnStack, "{name} {type} on the stack"},
    {M::kAbiZeroSize, "{name} {type} (zero size)"},
    {M::kAbiInRegs, "{name} {type} in {regs}"},
    {M::kAbiListSep, ", "},
    // Goroutine stacks.
    {M::kSpAbove, "{n} bytes above"},
    {M::kSpBelow, "{n} bytes below"},
    {M::kSmallFrameWants, "a small frame needs SP above the guard"},
    {M::kLargeFrameWants, "this frame needs SP more than {n} bytes above it"},
    {M::kMorestack, "{g} calls {fn} (a {size}-byte frame): SP {sp:#x} is {where} the stack guard {guard:#x} "
                    "(stack.lo + 928) and {want}, so the prologue's check fails and it calls morestack -> newstack"},
    {M::kCopyStackGrows, "{g}'s stack grows from [{old_lo:#x}, {old_hi:#x}) ({old_kib} KiB) to [{new_lo:#x}, "
                         "{new_hi:#x}) ({new_kib} KiB): {copied} bytes in use copied, {adjusted} pointer(s) into the "
                         "old stack adjusted; the old stack is freed next"},
    {M::kCopyStackShrinks, "{g}'s stack shrinks from [{old_lo:#x}, {old_hi:#x}) ({old_kib} KiB) to [{new_lo:#x}, "
                           "{new_hi:#x}) ({new_kib} KiB): {copied} bytes in use copied, {adjusted} pointer(s) into the "
                           "old stack adjusted; the old stack is freed next"},
    // The allocator.
    {M::kClassLarge, "span class {spc} (large, {scan})"},
    {M::kClassSized, "span class {spc} (size class {sc}: {size}-byte objects, {scan})"},
    {M::kCacheFromSwept, "a swept span with free slots"},
    {M::kCacheFromJustSwept, "a span it has just swept, with free slots"},
    {M::kCacheFromFullSwept, "a full span in which sweeping has just freed slots"},
    {M::kCacheFromFresh, "a fresh span, after growing from mheap"},
    {M::kStackFromCache, "the P's stack cache"},
    {M::kStackFromPool, "the global stack pool"},
    {M::kStackFromLargeFree, "the large-stack free list"},
    {M::kStackFromMheap, "mheap"},
    {M::kServedByMcache, "the P's mcache (fast path)"},
    {M::kServedByMcentral, "mcentral after an mcache refill"},
    {M::kServedByMheap, "mheap: mcentral had to grow"},
    {M::kMallocZero, "new of 0 bytes returns &runtime.zerobase ({addr:#x}): nothing is allocated"},
    {M::kMallocTiny, "{size} pointer-free bytes fit into the P's current 16-byte tiny block at {addr:#x}"},
    {M::kMallocLarge, "{size} bytes is over 32 KiB: a large object on its own span of {pages} pages at {addr:#x}"},
    {M::kMallocTinyNewBlock, "{size} pointer-free bytes start a new 16-byte tiny block at {addr:#x} (span class {spc}), "
                             "served by {by}"},
    {M::kMallocSized, "{size} bytes -> size class {sc} ({objsize}-byte objects) -> span class {spc} ({scan}) -> "
                      "{addr:#x}, served by {by}"},
    {M::kMcacheRefillFull, "{p}'s span for {class} (at {span:#x}) has no free slot left: mcache.refill hands it back "
                           "to mcentral and asks for one with room"},
    {M::kMcacheRefillNone, "{p} has no span for {class} yet: mcache.refill asks mcentral for one"},
    {M::kCacheSpan, "mcentral for {class} gives {from} ({span:#x}); it is now {p}'s span for the class"},
    {M::kMcentralGrow, "mcentral for {class} has no span with room: it grows, asking mheap for {pages} fresh page(s)"},
    {M::kMheapAllocStack, "mheap hands out {pages} page(s) at {base:#x} for a stack{cache}"},
    {M::kMheapAllocSpan, "mheap hands out {pages} page(s) at {base:#x} for a heap span{cache}"},
    {M::kPageCacheSuffix, ", from the P's 64-page cache"},
    {M::kHeapGrow, "the heap grows by {kib} KiB of arena at {base:#x}; HeapSys is now {sys_kib} KiB"},
    {M::kMheapFreeStack, "the stack span at {base:#x} ({pages} page(s)) goes back to mheap's free pages"},
    {M::kMheapFreeSpan, "the span at {base:#x} ({pages} page(s)) goes back to mheap's free pages"},
    {M::kSweepSpan, "sweeping the span at {span:#x}: {freed} unmarked object(s) become free slots, {live} stay"},
    {M::kMcacheRelease, "{p} gives its {spans} cached span(s) back to the mcentrals and drops its tiny block"},
    {M::kStackAlloc, "a {kib} KiB goroutine stack at {addr:#x} from {from}"},
    {M::kStackFree, "the {kib} KiB stack at {addr:#x} goes back to {to}"},
    {M::kMallocWhySuffix, " — {why}"},
    {M::kWhyConvTSmall, "runtime.convT16/32/64: the value is 256 or more, so it cannot point into staticuint64s"},
    {M::kWhyConvTstring, "runtime.convTstring: a non-empty string header copied to the heap for an escaping interface"},
    {M::kWhyConvTslice, "runtime.convTslice: a non-nil slice header copied to the heap for an escaping interface"},
    {M::kWhyConvT, "runtime.convT: the value is copied to the heap for an escaping interface"},
    {M::kWhyConvTnoptr, "runtime.convTnoptr: the pointer-free value is copied to the heap for an interface that escapes "
                        "(or it is over 1024 bytes)"},
    {M::kWhyMakemap, "runtime.makemap: the map escapes, so its 48-byte hmap header is on the heap (a map that does not escape keeps it in the frame)"},
    {M::kWhyMapBucket, "runtime.mapassign: the first insert into a map made without buckets allocates its one bucket"},
    {M::kWhyMakeBucketArray, "runtime.makeBucketArray: the map's bucket array (2^B buckets, plus spare overflow buckets from B = 4 on)"},
    {M::kWhyNewoverflow, "runtime.(*hmap).newoverflow: the key's bucket and its overflow chain are full and no spare bucket is left"},
    {M::kWhyMapextra, "runtime.mapextra: the map's optional fields (its spare or overflow buckets need them)"},
    {M::kWhyMapOverflowList, "runtime.(*hmap).createOverflow: the buckets hold no pointers, so a slice in mapextra keeps the overflow buckets alive for the collector"},
    {M::kWhyMapIndirect, "runtime.mapassign: a key or value over 128 bytes is stored in its own object, the bucket holds a pointer"},
    {M::kWhyPoolAllPools, "sync.(*Pool).pinSlow: the first use of a sync.Pool (fmt's printer pool ppFree or one of the program's) since program start or the last GC registers it in allPools, and this append grows allPools (clearpools sets it to nil at every GC)"},
    {M::kWhyPoolLocal, "sync.(*Pool).pinSlow: the pool's per-P array ([]poolLocal, 128 bytes per P), cleared by every GC"},
    {M::kWhyFmtPrinter, "fmt.newPrinter: the printer pool (ppFree) is empty, so sync.Pool's New allocates a pp (after one GC it still comes from the victim cache)"},
    {M::kWhyFmtBuffer, "fmt: the printer's buffer (pp.buf) grows (append) to hold a longer output than any before; the pool keeps it with its printer, unless it grew past 64 KiB (pp.free then drops the printer)"},
    {M::kWhyMalg, "runtime.malg: a new goroutine and no dead G to reuse (gfget found none), so the runtime allocates its g (392 bytes, kept forever in allgs)"},
    {M::kWhyAllgadd, "runtime.allgadd: allgs (the runtime's []*g of every goroutine ever created) is full, so append grows it"},
    {M::kWhyGcBgMarkWorkerNode, "runtime.gcBgMarkWorker: a new mark worker allocates the gcBgMarkWorkerNode it parks in the worker pool with"},
    {M::kNoAllocStatic, "{v} is below 256: runtime.convT{bits} returns a pointer into runtime.staticuint64s ({addr:#x}), no allocation"},
    {M::kNoAllocByte, "a bool or one-byte value ({v}) needs no runtime call: the compiler makes &runtime.staticuint64s[{v}] ({addr:#x}) the interface's data word, no allocation"},
    {M::kNoAllocZeroString, "runtime.convTstring: the string is empty, so the data word points at runtime.zeroVal ({addr:#x}), no allocation"},
    {M::kNoAllocZeroSlice, "runtime.convTslice: the slice is nil, so the data word points at runtime.zeroVal ({addr:#x}), no allocation"},
    {M::kNoAllocTmpBuf, "runtime.{fn}: the result does not escape and its {n} byte(s) fit the 32-byte buffer (tmpBuf) in the caller's frame at {addr:#x}, no allocation"},
    {M::kWhyPoolChain, "sync.(*poolChain).pushHead: Put found the P's private slot taken (for fmt: a String method printed, so the inner printer went back first), so the value goes on the pool's shared chain, whose first ring (or, when full, a ring twice as big) is allocated"},
    // The collector.
    {M::kPhaseOff, "off"},
    {M::kPhaseSweepTerm, "sweep termination"},
    {M::kPhaseMark, "mark"},
    {M::kPhaseMarkTerm, "mark termination"},
    {M::kPhaseSweep, "sweep"},
    {M::kGcPhase, "GC cycle {cycle}: {from} -> {to}"},
    {M::kRootStack, "the stack of goroutine {goid}"},
    {M::kRootGlobals, "the global variables"},
    {M::kRootOther, "a runtime root"},
    {M::kGcMarkRoot, "markroot: scanning {root}: {greyed} white object(s) it points to turn grey next"},
    {M::kGcScanObject, "scanobject: the {size}-byte object at {addr:#x} is scanned and turns black; {greyed} white "
                       "object(s) it points to turn grey next"},
    {M::kShadeByRoot, "a root"},
    {M::kShadeByScan, "a scanned object"},
    {M::kShadeByBarrierOld, "the write barrier (the overwritten pointer)"},
    {M::kShadeByBarrierNew, "the write barrier (the new pointer, stack still grey)"},
    {M::kShadeTurnsBlack, "is marked and turns black at once (it holds no pointers, so there is nothing to scan)"},
    {M::kShadeTurnsGrey, "turns grey"},
    {M::kGcShadeAt, "greyobject: {addr:#x} {turns}, found by {why} at {from:#x}"},
    {M::kGcShade, "greyobject: {addr:#x} {turns}, found by {why}"},
    {M::kGcWriteBarrier, "write barrier: a pointer slot is about to change from {old:#x} to {new:#x}; {shaded} "
                         "object(s) get shaded first"},
    {M::kGcAssist, "gcAssistAlloc: the goroutine is in allocation debt and must help mark before it allocates more: "
                   "{work} bytes of scan work (at least 64 KiB, gcOverAssistWork), worth {credit} bytes of "
                   "allocation; {stolen} taken from the background workers' credit, {own} to do itself"},
    {M::kGcPacer, "pacer: the next GC starts when the live heap reaches {trigger} bytes, goal {goal} bytes "
                  "({marked} bytes marked)"},
    {M::kGcMarkWorkWorker, "{p}'s {mode} mark worker marked for {time}: {work} bytes of scan work (gcDrain)"},
    {M::kGcMarkWorkAssist, "{g}'s assist marked for {time}: {work} bytes of scan work (gcDrainN); then its allocation "
                           "goes on"},
    // Go: mgc.go gcMarkWorkerModeStrings, without the "GC (…)" wrapping.
    {M::kMarkModeDedicated, "dedicated"},
    {M::kMarkModeFractional, "fractional"},
    {M::kMarkModeIdle, "idle"},
    // Go: runtime/runtime2.go waitReasonStrings (1.19), Go's own words.
    {M::kWaitZero, ""},
    {M::kWaitGCAssistMarking, "GC assist marking"},
    {M::kWaitIOWait, "IO wait"},
    {M::kWaitChanReceiveNilChan, "chan receive (nil chan)"},
    {M::kWaitChanSendNilChan, "chan send (nil chan)"},
    {M::kWaitDumpingHeap, "dumping heap"},
    {M::kWaitGarbageCollection, "garbage collection"},
    {M::kWaitGarbageCollectionScan, "garbage collection scan"},
    {M::kWaitPanicWait, "panicwait"},
    {M::kWaitSelect, "select"},
    {M::kWaitSelectNoCases, "select (no cases)"},
    {M::kWaitGCAssistWait, "GC assist wait"},
    {M::kWaitGCSweepWait, "GC sweep wait"},
    {M::kWaitGCScavengeWait, "GC scavenge wait"},
    {M::kWaitChanReceive, "chan receive"},
    {M::kWaitChanSend, "chan send"},
    {M::kWaitFinalizerWait, "finalizer wait"},
    {M::kWaitForceGCIdle, "force gc (idle)"},
    {M::kWaitSemacquire, "semacquire"},
    {M::kWaitSleep, "sleep"},
    {M::kWaitSyncCondWait, "sync.Cond.Wait"},
    {M::kWaitTimerGoroutineIdle, "timer goroutine (idle)"},
    {M::kWaitTraceReaderBlocked, "trace reader (blocked)"},
    {M::kWaitWaitForGCCycle, "wait for GC cycle"},
    {M::kWaitGCWorkerIdle, "GC worker (idle)"},
    {M::kWaitPreempted, "preempted"},
    {M::kWaitDebugCall, "debug call"},
    {M::kSyscallEnterWrite, "{g} enters the system call write(fd {fd}) ({dur}); {m} blocks with it and {p} is left in "
                            "_Psyscall without an M"},
    {M::kSyscallEnterNamed, "{g} enters the system call {call} ({dur}); {m} blocks with it and {p} is left in "
                            "_Psyscall without an M"},
    {M::kAtomicAdd, "{g} atomically adds to the {type} at {addr:#x}: it is now {value} (sync/atomic: one LOCK XADD instruction; no lock, no scheduler)"},
    {M::kAtomicLoad, "{g} atomically loads the {type} at {addr:#x}: {value}"},
    {M::kAtomicStore, "{g} atomically stores {value} into the {type} at {addr:#x}"},
    {M::kAtomicSwap, "{g} atomically swaps {value} into the {type} at {addr:#x} and gets the old value back"},
    {M::kAtomicCasSwapped, "{g}'s compare-and-swap on the {type} at {addr:#x} succeeds: it is now {value}"},
    {M::kAtomicCasFailed, "{g}'s compare-and-swap on the {type} at {addr:#x} fails: it holds {value}, not the old value {g} expected"},
    {M::kAtomicValue, "{g} calls atomic.Value's {op} on the Value at {addr:#x} (two words: the type, then the data)"},
    {M::kTimerOpStart, "{g} starts a {what} due at {when} on {p}'s timer heap (runtime.addtimer)"},
    {M::kTimerOpStop, "{g} stops its {what}: it was pending, so Stop returns true; runtime.deltimer marks it timerDeleted and it stays in the heap until the heap gets to it"},
    {M::kTimerOpStopNotPending, "{g} stops its {what}, which had already fired or been stopped: Stop returns false (runtime.deltimer)"},
    {M::kTimerOpResetPending, "{g} resets its {what} to fire at {when}: it was still pending, so runtime.modtimer only marks it modified and the heap moves it later"},
    {M::kTimerOpResetIdle, "{g} resets its {what} to fire at {when}: it was not pending, so runtime.modtimer puts it back on {p}'s timer heap"},
    {M::kTimerFireTimer, "a time.Timer expired{late}: runtime.sendTime sends the time on its channel C"},
    {M::kTimerFireTicker, "a time.Ticker ticked{late}: it is re-armed one period later, and runtime.sendTime sends the time on C (dropped if C is full)"},
    {M::kTimerFireAfterFunc, "a time.AfterFunc timer expired{late}: time.goFunc starts its function on a new goroutine"},
    {M::kLibCallAtLine, "line {line}: {fn} — {calls} in {pkgs}"},
    {M::kLibCallNoLine, "{fn} — {calls} in {pkgs}"},
    {M::kLibInit, "package initialization before main.main (runtime.main → {fn}) — {calls} in {pkgs}"},
    {M::kLibFolded, "; {events} library events folded"},
    {M::kLibFoldedMallocs, "; {events} library events folded, {mallocs} of them mallocs"},
    {M::kLibCallsOne, "1 call"},
    {M::kLibCallsMany, "{n} calls"},
    {M::kCliNoteLabel, "note"},
}};
static_assert(in_msg_order(kEn), "catalog_en.cpp: rows must follow the Msg order");

}  // namespace

const Table& table_en() { return kEn; }

}  // namespace gosim::i18n
