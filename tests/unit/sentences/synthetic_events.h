// Synthetic events that reach every branch of the sentence code (sim/rt/describe.cpp,
// sim/heap/heap_describe.cpp, describe_gc_event, describe_stack_event): each kind with the
// argument values that pick each wording. A run reaches only the branches its program needs;
// these reach all of them, so the English golden file pins every template byte for byte.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "sim/heap/heap.h"
#include "sim/heap/mgc.h"
#include "sim/rt/chan.h"
#include "sim/rt/proc.h"
#include "sim/rt/runtime2.h"
#include "sim/trace/event.h"

namespace gosim::testing {

// The program the synthetic events are described against: main.main calls main.add (two int
// arguments, one result: a non-empty ABI note) and writes "hi\n" and a long line.
inline const char* kSentenceProgram = R"(package main

import "fmt"

func add(a, b int) int { return a + b }

func main() {
	fmt.Println("hi")
	fmt.Println("a line longer than sixty characters, so the sentence shortens it with an ellipsis", add(1, 2))
}
)";

inline std::vector<Event> synthetic_events(int32_t main_entry, int32_t add_entry, int64_t out_len) {
  std::vector<Event> v;
  auto ev = [&](EventKind k, int64_t a, int64_t b, int64_t c, int64_t g = 7, int32_t p = 1, int32_t m = 2) {
    Event e;
    e.seq = v.size() + 1;
    e.kind = k;
    e.p = p;
    e.m = m;
    e.g = g;
    e.a = a;
    e.b = b;
    e.c = c;
    v.push_back(e);
  };
  using K = EventKind;
  for (int64_t parent : {0, 1})
    for (int64_t kicked : {0, 5}) ev(K::kGoCreate, parent, main_entry, kicked);
  ev(K::kGoCreate, 1, kEntryForcegc, 0);
  ev(K::kGoCreate, 1, kEntryGcBgMarkWorker, 0);
  for (int64_t src = 0; src <= 4; ++src)
    for (int64_t inherit : {0, 1}) ev(K::kGoStart, src, inherit, 42);
  for (int64_t r = 0; r <= 26; ++r) ev(K::kGoPark, r, 0, 0);
  for (int64_t readier : {0, 3})
    for (int64_t kicked : {0, 5}) ev(K::kGoReady, readier, kicked, 0);
  ev(K::kGoSched, 0, 0, 0);
  ev(K::kGoSched, 1, 0, 0);
  ev(K::kGoExit, 0, 0, 0);
  ev(K::kRunqOverflow, 128, 129, 0);
  ev(K::kGlobalRunqGet, 3, 10, 0);
  ev(K::kGlobalRunqGet, 1, 10, 1);
  ev(K::kSteal, 0, 4, 0);
  ev(K::kSteal, 0, 1, 1);
  ev(K::kProcIdle, 0, 0, 0);
  ev(K::kProcWake, 0, 0, 0);
  ev(K::kProcWake, 1, 0, 0);
  for (int64_t after = 0; after <= 2; ++after) ev(K::kSemAcquire, 0xc000012048, 0, after);
  ev(K::kSemRelease, 0xc000012048, 1, 0);
  ev(K::kSemRelease, 0xc000012048, 0, 9);
  for (int64_t g : {0, 7})
    for (int64_t late : {0, 1500}) ev(K::kTimerFire, 1000000, late, 0, g);
  ev(K::kPreempt, 10000000, 0, 0);
  ev(K::kSysmonPreempt, 10020000, 0, 0);
  ev(K::kRetake, 20000, 0, 0);
  for (int64_t how = 0; how <= 5; ++how) ev(K::kChanSend, 0xc000020060, how, 9);
  for (int64_t how = 0; how <= 5; ++how) ev(K::kChanRecv, 0xc000020060, how, 9);
  ev(K::kChanClose, 0xc000020060, 2, 0);
  ev(K::kSelect, -1, 2, 0);
  ev(K::kSelect, -2, 3, 0);
  ev(K::kSelect, 1, 3, 0xc000020060);
  for (int64_t op = 0; op <= 6; ++op)
    for (int64_t res : {0, -1, -2}) ev(K::kNetCall, op, 3, res);
  for (int64_t what = 0; what <= 2; ++what)
    for (int64_t waiter : {0, 1}) ev(K::kNetReady, 3, what, waiter);
  ev(K::kNetpoll, 2, 0, 0);
  ev(K::kNetpoll, 2, 1, 0);
  ev(K::kSyscallEnter, 5000000, -1, 0);  // an unnamed blocking call (sysno -1; 0 is SYS_read)
  for (int64_t path = 0; path <= 2; ++path) ev(K::kSyscallExit, path, 1, 0);
  ev(K::kWrite, 1, 0, 3);
  ev(K::kWrite, 2, 3, out_len - 3);
  ev(K::kWrite, 2, 0, 3, 0);
  ev(K::kProgramExit, 0, 0, 0);
  ev(K::kFatal, 2, 0, 0);
  ev(K::kDeadlock, 3, 0, 0);
  for (int64_t lim = 1; lim <= 6; ++lim) ev(K::kLimit, lim, 1000, 0);
  using heap::AllocLevel;
  const int64_t tiny = heap::kTinySpanClass;
  const int64_t sc5scan = heap::makeSpanClass(5, false), sc5noscan = heap::makeSpanClass(5, true);
  for (auto level : {AllocLevel::kZero, AllocLevel::kTiny, AllocLevel::kLarge})
    ev(K::kMalloc, 0xc000100000, level == AllocLevel::kZero ? 0 : level == AllocLevel::kTiny ? 8 : 40000,
       static_cast<int64_t>(level) << 8);
  for (auto level : {AllocLevel::kMcache, AllocLevel::kMcentral, AllocLevel::kMheap}) {
    ev(K::kMalloc, 0xc000100010, 8, tiny | static_cast<int64_t>(level) << 8);
    ev(K::kMalloc, 0xc000100020, 48, sc5scan | static_cast<int64_t>(level) << 8);
    ev(K::kMalloc, 0xc000100030, 48, sc5noscan | static_cast<int64_t>(level) << 8);
  }
  // Each reason a malloc event can carry (heap::AllocWhy, bits 16-23 of c), on a small object.
  for (int64_t why = 1; why <= static_cast<int64_t>(heap::AllocWhy::kConvTnoptr); ++why) {
    ev(K::kMalloc, 0xc000100040, 16, sc5scan | static_cast<int64_t>(AllocLevel::kMcache) << 8 | why << 16);
  }
  // The reasons added since (maps, fmt's pool, the runtime's own objects), and each reason Go
  // does not allocate (heap::NoAllocWhy; for tmpBuf each runtime function).
  for (auto w = static_cast<int64_t>(heap::AllocWhy::kMakemap); w <= static_cast<int64_t>(heap::AllocWhy::kPoolChain); ++w) {
    ev(K::kMalloc, 0xc000100040, 16, sc5scan | static_cast<int64_t>(AllocLevel::kMcache) << 8 | w << 16);
  }
  for (int64_t size : {2, 4, 8}) ev(K::kNoAlloc, static_cast<int64_t>(heap::NoAllocWhy::kStaticUint64s) | size << 8, 3, 0x4b0018);
  ev(K::kNoAlloc, static_cast<int64_t>(heap::NoAllocWhy::kStaticByte) | 1 << 8, 1, 0x4b0008);
  ev(K::kNoAlloc, static_cast<int64_t>(heap::NoAllocWhy::kZeroValString), 0, 0x4b1000);
  ev(K::kNoAlloc, static_cast<int64_t>(heap::NoAllocWhy::kZeroValSlice), 0, 0x4b1000);
  for (int64_t fn = 0; fn <= static_cast<int64_t>(heap::TmpBufFn::kIntstring); ++fn)
    ev(K::kNoAlloc, static_cast<int64_t>(heap::NoAllocWhy::kTmpBuf) | fn << 8, 10, 0xc000050f00);
  for (int64_t spc : {int64_t{0}, int64_t{1}, sc5scan, sc5noscan}) {
    ev(K::kMcacheRefill, spc, 0, 0);
    ev(K::kMcacheRefill, spc, 0xc000200000, 0);
  }
  for (int64_t from = 0; from <= 3; ++from) ev(K::kCacheSpan, sc5scan, 0xc000200000, from);
  ev(K::kMcentralGrow, sc5noscan, 1, 0);
  for (int64_t use = 0; use <= 3; ++use) ev(K::kMheapAlloc, 0xc000300000, 2, use);
  ev(K::kHeapGrow, 0xc000400000, 4 << 20, 8 << 20);
  ev(K::kMheapFree, 0xc000300000, 2, 0);
  ev(K::kMheapFree, 0xc000300000, 1, 1);
  ev(K::kSweepSpan, 0xc000300000, 3, 5);
  ev(K::kMcacheRelease, 4, 0, 0);
  for (int64_t from = 0; from <= 3; ++from) {
    ev(K::kStackAlloc, 0xc000500000, 8192, from);
    ev(K::kStackFree, 0xc000500000, 2048, from);
  }
  ev(K::kStopTheWorld, 1, 0, 0);
  ev(K::kStopTheWorld, 4, 1, 35000);
  ev(K::kStopTheWorld, 4, 2, 12000);
  ev(K::kProcResize, 0, 0, 0);
  ev(K::kProcResize, 1, 3, 1);
  ev(K::kProcResize, 2, 4, 2);
  for (int64_t from = 0; from <= 4; ++from) ev(K::kGcPhase, from, (from + 1) % 5, 3);
  for (int64_t root = 0; root <= 2; ++root) ev(K::kGcMarkRoot, root, 6, 2);
  ev(K::kGcScanObject, 0xc000100020, 48, 1);
  for (int64_t why = 0; why <= 7; ++why)
    for (int64_t from : {int64_t{0}, int64_t{0xc000100040}}) ev(K::kGcShade, 0xc000100020, from, why);
  for (int64_t shaded = 0; shaded <= 3; ++shaded) ev(K::kGcWriteBarrier, 0xc000100020, 0xc000100030, shaded);
  ev(K::kGcAssist, 131072, 60000, 5536);
  ev(K::kGcPacer, 4194304, 4194304, 2000000);
  for (int64_t mode = 0; mode <= 3; ++mode) ev(K::kGcMarkWork, mode, 12500, 12500);  // an assist, then each worker mode
  const int64_t fn = add_entry;
  ev(K::kMorestack, fn | int64_t{64} << 32, 0xc000600400, 0xc0006003a0);
  ev(K::kMorestack, fn | int64_t{64} << 32, 0xc000600380, 0xc0006003a0);
  ev(K::kMorestack, fn | int64_t{1024} << 32, 0xc000600400, 0xc0006003a0);
  ev(K::kMorestack, kEntryBgsweep | int64_t{1024} << 32, 0xc000600400, 0xc0006003a0);
  ev(K::kCopyStack, 0xc000600000, 0xc000700000, 11 | 12 << 6 | int64_t{600} << 12 | int64_t{3} << 42);
  ev(K::kCopyStack, 0xc000700000, 0xc000600000, 13 | 12 << 6 | int64_t{900} << 12 | int64_t{0} << 42);
  ev(K::kCall, main_entry, 0xc000600700, 0xc000600800);
  ev(K::kCall, add_entry | int64_t{1} << 32, 0xc000600680, 0xc000600700);
  ev(K::kReturn, add_entry | int64_t{1} << 32, 0xc000600680, main_entry);
  ev(K::kReturn, main_entry, 0xc000600700, -1);
  return v;
}

}  // namespace gosim::testing
