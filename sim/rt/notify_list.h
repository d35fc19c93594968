// sync.Cond's runtime half — Go 1.19 runtime/sema.go notifyList.
#pragma once

#include "sim/base/config.h"
#include "sim/rt/runtime2.h"

namespace gosim {

// Go: notifyListWait — park the running G of pid with ticket t in "sync.Cond.Wait", unless a
// Signal or Broadcast already covered the ticket. Returns whether it parked.
bool notifyListWait(Model& md, int32_t pid, uint64_t l, uint32_t t);
// Go: notifyListNotifyOne — ready the G holding the oldest unnotified ticket.
void notifyListNotifyOne(Model& md, int32_t pid, uint64_t l, const CostModel& cost);
// Go: notifyListNotifyAll — ready every waiter, in the order they queued.
void notifyListNotifyAll(Model& md, int32_t pid, uint64_t l, const CostModel& cost);

}  // namespace gosim
