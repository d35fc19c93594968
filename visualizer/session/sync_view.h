// Package sync's objects and the runtime's semaphores at the cursor, for the Sync panel.
//
// Go: sync/mutex.go keeps a Mutex in one int32 state word (mutexLocked, mutexWoken,
// mutexStarving, and the waiter count above bit 3) plus a semaphore the waiters sleep on
// (runtime/sema.go semacquire1 / semrelease1: a FIFO queue per address, a LIFO re-queue
// for a woken waiter that lost the race again). RWMutex adds reader counts and two more
// semaphores; WaitGroup keeps counter<<32 | waiters and one semaphore.
//
// gosim keeps the state words by object address without the type (sim/rt/sync.h); the type
// comes from a frame variable that holds the object (held_by.h). Without one the object is
// shown by address with every reading of its words, as `gosim state` does. Semaphores that
// are not inside a sync object are listed on their own.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "visualizer/session/scheduler_view.h"

namespace gosim::viz {

class Session;

struct SemaQueue {
  uint64_t addr = 0;
  uint64_t offset = 0;    // inside its sync object (Mutex.sema @4, writerSem @8, readerSem @12, WaitGroup @8)
  uint32_t count = 0;     // the semaphore's value
  std::vector<GToken> waiters;  // the next to wake first
  bool current = false;
};

struct SyncRow {
  enum class Kind : uint8_t { kUnknown, kMutex, kRWMutex, kWaitGroup };
  uint64_t addr = 0;
  Kind kind = Kind::kUnknown;
  std::string name;                // "mu", or ""
  std::vector<std::string> names;  // every holder, for the tooltip
  int32_t state = 0;               // Mutex.state / RWMutex.w.state
  bool locked = false, woken = false, starving = false;
  int32_t mutex_waiters = 0;       // state >> mutexWaiterShift
  int32_t reader_count = 0, reader_wait = 0;
  int32_t wg_counter = 0;
  uint32_t wg_waiters = 0;
  std::vector<SemaQueue> semas;    // the semaphores inside it that the runtime has seen
  bool current = false;
};

struct SyncView {
  std::vector<SyncRow> objects;    // by address
  std::vector<SemaQueue> loose;    // semaphores outside any sync object, by address
};

SyncView build_sync_view(const Session& s);

}  // namespace gosim::viz
