// The words of every event sentence, per language.
//
// The model code (sim/rt/describe.cpp, sim/heap/heap_describe.cpp, describe_gc_event,
// describe_stack_event, ir::abi_note) picks a message id and fills in its arguments; the words
// live here, one table per language (catalog_en.cpp, catalog_zh_cn.cpp). A template names its
// placeholders ("{g} runs on {p}") in fmt's syntax, format specs included ("{chan:#x}"), so a
// translation may put them in any order. Every id has a template in every language with the
// same placeholders (tests/unit/sentences/catalog_test.cpp checks both).
//
// Go's own identifiers stay as they are in every language: runnext, G7, P0, runtime.newproc,
// mcache, noscan. Go's own strings do too where Go prints them (a traceback's wait reason, a
// fatal error's text): only the sentences around them are translated. The English table holds
// the sentences gosim printed before the catalog, byte for byte
// (tests/unit/sentences/data/en_synthetic.txt).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include <fmt/format.h>

#include "sim/base/lang.h"

namespace gosim::i18n {

// One id per template. Families follow the event kinds (sim/trace/event.h); phrases used inside
// several sentences (where a G came from, a span class) have their own ids.
enum class Msg : uint16_t {
  // Scheduling (sim/rt/describe.cpp).
  kGoCreateMarkWorker,
  kGoCreateFirst,
  kGoCreateBy,
  kKickedToLocal,
  kGoStart,
  kSchedtickSuffix,
  kSourceRunnext,
  kSourceLocal,
  kSourceGlobal,
  kSourceStolen,
  kSourceNetpoll,
  kGoParkMarkWorker,
  kGoPark,
  kGoReadySelf,
  kGoReadyBy,
  kGoSchedYieldMutex,
  kGoSched,
  kGoExit,
  kRunqOverflow,
  kGlobalRunqGetFairness,
  kGlobalRunqGet,
  kStealRunnext,
  kSteal,
  kProcIdle,
  kProcWakeNewM,
  kProcWakeIdleM,
  kSemAcquireHandoff,
  kSemAcquireAfterWait,
  kSemAcquireNoWait,
  kSemReleaseWake,
  kSemRelease,
  kTimerFireAfter,
  kTimerFireSleep,
  kLateSuffix,
  kPreempt,
  kSysmonPreemptAsync,
  kSysmonPreemptSync,
  kRetake,
  kChanSendDirect,
  kChanSendBuffer,
  kChanSendBlock,
  kChanSendNotReady,
  kChanRecvDirect,
  kChanRecvBuffer,
  kChanRecvBufferRefill,
  kChanRecvBlock,
  kChanRecvClosed,
  kChanRecvNotReady,
  kChanClose,
  kSelectDefault,
  kSelectBlock,
  kSelectCase,
  kNetCallPark,
  kNetCallFail,
  kNetCallDial,
  kNetCallDone,
  kNetReady,
  kNetWhatData,
  kNetWhatEOF,
  kNetWhatConn,
  kNetReadyWaiterSuffix,
  kNetpollSysmon,
  kNetpoll,
  kSyscallEnter,
  kSyscallExitFast,
  kSyscallExitIdleP,
  kSyscallExitNoP,
  kWriteByG,
  kWriteByRuntime,
  kProgramExit,
  kFatal,
  kDeadlock,
  kLimit,
  kStwGcSweepTerm,
  kStwGcMarkTerm,
  kStwGcStwMark,
  kStwGomaxprocs,
  kProcResizeCreate,
  kProcResizeDestroy,
  kProcResizeDone,
  kHeapEventByG,
  // Calls and returns (sim/rt/describe.cpp) and the register-ABI clause (sim/ir/frames.cpp abi_note).
  kCallFirst,
  kCallNested,
  kCallLayout,
  kCallAbi,
  kReturnLast,
  kReturnToCaller,
  kAbiNoArgs,
  kAbiPasses,
  kAbiClosure,
  kAbiReturns,
  kAbiSizes,
  kAbiOnStack,
  kAbiZeroSize,
  kAbiInRegs,
  kAbiListSep,
  // Goroutine stacks (sim/rt/stack.cpp describe_stack_event).
  kSpAbove,
  kSpBelow,
  kSmallFrameWants,
  kLargeFrameWants,
  kMorestack,
  kCopyStackGrows,
  kCopyStackShrinks,
  // The allocator (sim/heap/heap_describe.cpp).
  kClassLarge,
  kClassSized,
  kCacheFromSwept,
  kCacheFromJustSwept,
  kCacheFromFullSwept,
  kCacheFromFresh,
  kStackFromCache,
  kStackFromPool,
  kStackFromLargeFree,
  kStackFromMheap,
  kServedByMcache,
  kServedByMcentral,
  kServedByMheap,
  kMallocZero,
  kMallocTiny,
  kMallocLarge,
  kMallocTinyNewBlock,
  kMallocSized,
  kMcacheRefillFull,
  kMcacheRefillNone,
  kCacheSpan,
  kMcentralGrow,
  kMheapAllocStack,
  kMheapAllocSpan,
  kPageCacheSuffix,
  kHeapGrow,
  kMheapFreeStack,
  kMheapFreeSpan,
  kSweepSpan,
  kMcacheRelease,
  kStackAlloc,
  kStackFree,
  // Why the program allocated (heap::AllocWhy): Go's conversion to an interface (iface.go convT*).
  kMallocWhySuffix,
  kWhyConvTSmall,
  kWhyConvTstring,
  kWhyConvTslice,
  kWhyConvT,
  kWhyConvTnoptr,
  // ... and the runtime's map code (map.go) and fmt's printer pool (fmt/print.go, sync/pool.go).
  kWhyMakemap,
  kWhyMapBucket,
  kWhyMakeBucketArray,
  kWhyNewoverflow,
  kWhyMapextra,
  kWhyMapOverflowList,
  kWhyMapIndirect,
  kWhyPoolAllPools,
  kWhyPoolLocal,
  kWhyFmtPrinter,
  kWhyFmtBuffer,
  // The collector (sim/heap/mgc.cpp describe_gc_event).
  kPhaseOff,
  kPhaseSweepTerm,
  kPhaseMark,
  kPhaseMarkTerm,
  kPhaseSweep,
  kGcPhase,
  kRootStack,
  kRootGlobals,
  kRootOther,
  kGcMarkRoot,
  kGcScanObject,
  kShadeByRoot,
  kShadeByScan,
  kShadeByBarrierOld,
  kShadeByBarrierNew,
  kShadeTurnsBlack,
  kShadeTurnsGrey,
  kGcShadeAt,
  kGcShade,
  kGcWriteBarrier,
  kGcAssist,
  kGcPacer,
  kGcMarkWorkWorker,
  kGcMarkWorkAssist,
  kMarkModeDedicated,
  kMarkModeFractional,
  kMarkModeIdle,
  // Wait reasons in a sentence (Go: runtime2.go waitReason). English: Go's own waitReasonStrings,
  // in enum order (WaitReason in sim/rt/runtime2.h).
  kWaitZero,
  kWaitGCAssistMarking,
  kWaitIOWait,
  kWaitChanReceiveNilChan,
  kWaitChanSendNilChan,
  kWaitDumpingHeap,
  kWaitGarbageCollection,
  kWaitGarbageCollectionScan,
  kWaitPanicWait,
  kWaitSelect,
  kWaitSelectNoCases,
  kWaitGCAssistWait,
  kWaitGCSweepWait,
  kWaitGCScavengeWait,
  kWaitChanReceive,
  kWaitChanSend,
  kWaitFinalizerWait,
  kWaitForceGCIdle,
  kWaitSemacquire,
  kWaitSleep,
  kWaitSyncCondWait,
  kWaitTimerGoroutineIdle,
  kWaitTraceReaderBlocked,
  kWaitWaitForGCCycle,
  kWaitGCWorkerIdle,
  kWaitPreempted,
  kWaitDebugCall,
  kSyscallEnterWrite,  // part io: a write(2) on a descriptor
  // sync/atomic and time's Timer/Ticker/AfterFunc (sim/rt/describe.cpp, issue 19).
  kAtomicAdd,
  kAtomicLoad,
  kAtomicStore,
  kAtomicSwap,
  kAtomicCasSwapped,
  kAtomicCasFailed,
  kAtomicValue,
  kTimerOpStart,
  kTimerOpStop,
  kTimerOpStopNotPending,
  kTimerOpResetPending,
  kTimerOpResetIdle,
  kTimerFireTimer,
  kTimerFireTicker,
  kTimerFireAfterFunc,
  kCount
};

constexpr size_t kMsgCount = static_cast<size_t>(Msg::kCount);

// The template of `m` in `lang` (never empty).
std::string_view msg_template(Lang lang, Msg m);

// The wait reason's id (WaitReason's value; the table follows its order).
Msg wait_reason_msg(int64_t reason);

// Fills the template of `m` with named arguments: tr(lang, Msg::kGoStart, fmt::arg("p", p), …).
template <typename... Args>
std::string tr(Lang lang, Msg m, const Args&... args) {
  return fmt::format(fmt::runtime(msg_template(lang, m)), args...);
}

}  // namespace gosim::i18n
