// Package sync's blocking types — Go 1.19 sync/mutex.go, rwmutex.go, waitgroup.go — as the
// runtime model runs them, on top of runtime semaphores (sema.go).
//
// Layouts gosim assumes (Go 1.19, 64-bit), which decide the semaphore addresses:
//   sync.Mutex      state int32 @0, sema uint32 @4                                  (8 bytes)
//   sync.RWMutex    w Mutex @0, writerSem @8, readerSem @12, readerCount @16, readerWait @20
//   sync.WaitGroup  state1 uint64 @0 (counter<<32 | waiters), state2 uint32 @8 (the sema)
// The state words themselves are kept in Model::syncs, keyed by the object's address.
#pragma once

#include <cstdint>
#include <string>

#include "sim/base/config.h"
#include "sim/rt/runtime2.h"

namespace gosim {

enum class SyncStep : uint8_t {
  kDone,    // the operation finished; the G carries on
  kSpin,    // the G spins (procyield) and tries again after config.cost.spin_ns
  kParked,  // the G sleeps on a semaphore; it retries the operation when it runs again
  kYield,   // finished, and the G yields its P to the waiter it handed the lock to (goyield)
  kPanic,   // a Go panic the G must raise (message in `msg`)
  kFatal,   // an unrecoverable fatal error (message in `msg`)
};

struct SyncResult {
  SyncStep step = SyncStep::kDone;
  std::string msg;
};

// Each call runs the operation for the G running on `pid` from where it stands (fresh, after a
// spin, or after a wake-up) until it finishes or must wait.
SyncResult mutex_lock(Model& md, int32_t pid, uint64_t addr, const CostModel& cost);
SyncResult mutex_unlock(Model& md, int32_t pid, uint64_t addr, const CostModel& cost);
SyncResult rwmutex_rlock(Model& md, int32_t pid, uint64_t addr, const CostModel& cost);
SyncResult rwmutex_runlock(Model& md, int32_t pid, uint64_t addr, const CostModel& cost);
SyncResult rwmutex_lock(Model& md, int32_t pid, uint64_t addr, const CostModel& cost);
SyncResult rwmutex_unlock(Model& md, int32_t pid, uint64_t addr, const CostModel& cost);
SyncResult waitgroup_add(Model& md, int32_t pid, uint64_t addr, int64_t delta, const CostModel& cost);
SyncResult waitgroup_wait(Model& md, int32_t pid, uint64_t addr, const CostModel& cost);

}  // namespace gosim
