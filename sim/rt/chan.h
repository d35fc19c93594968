// Channels — Go 1.19 runtime/chan.go and select.go.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "sim/base/config.h"
#include "sim/rt/runtime2.h"

namespace gosim {

enum class ChanStep : uint8_t {
  kDone,    // finished; the outcome is in the G's ChanResult
  kParked,  // the G waits; whoever wakes it completes the operation and fills its ChanResult
  kPanic,   // a Go panic ("send on closed channel", "close of nil channel", …)
};

struct ChanOutcome {
  ChanStep step = ChanStep::kDone;
  std::string msg;
};

// Go: makechan — registers the hchan the program allocated at `addr`.
void makechan(Model& md, uint64_t addr, int64_t elemsize, int64_t size);

// Go: chansend / chanrecv / closechan / selectgo, for the G running on `pid`.
// Non-blocking forms (block=false) report in ChanResult: for send, ok = sent; for receive,
// selected = 0 if it happened (-1 if not) and ok = received a real value.
ChanOutcome chansend(Model& md, int32_t pid, uint64_t c, const std::string& data, bool block, const CostModel& cost);
ChanOutcome chanrecv(Model& md, int32_t pid, uint64_t c, bool block, const CostModel& cost);
ChanOutcome closechan(Model& md, int32_t pid, uint64_t c, const CostModel& cost);
ChanOutcome selectgo(Model& md, int32_t pid, const std::vector<SelectCase>& cases, bool block, const CostModel& cost);

// Go: time.go sendTime — a non-blocking send by the runtime itself (no goroutine sends), done
// from P `pid` (a receiver it wakes goes to that P's runnext).
void sendTime(Model& md, int32_t pid, uint64_t c, const std::string& data, const CostModel& cost);

// How a send or receive went (ChanSend / ChanRecv events' `how` argument).
enum class ChanHow : int32_t {
  kDirect = 0,      // handed straight to / taken straight from a waiting goroutine
  kBuffer = 1,      // into / out of the buffer
  kBlock = 2,       // nobody ready: the goroutine waits in the channel's queue
  kClosed = 3,      // receive from a closed, empty channel: the zero value
  kBufferRefill = 4,  // receive from a full buffer with a sender waiting: its element moves in
  kNotReady = 5,    // a non-blocking attempt found nothing ready
};

}  // namespace gosim
