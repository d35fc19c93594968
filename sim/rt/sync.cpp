// Go 1.19 sync/mutex.go, rwmutex.go and waitgroup.go, step by step.
//
// What Go does (mutex.go's own essay, in short): a Mutex is normally unfair — a woken waiter
// competes with goroutines that just arrived (and are already running on a CPU), so it often
// loses and goes back to the front of the queue. A waiter that has waited more than 1 ms
// switches the mutex to starvation mode: Unlock then hands ownership straight to the first
// waiter, newcomers queue at the tail, and nobody spins. Spinning (up to 4 rounds of 30 PAUSE
// instructions) is allowed only on a multicore machine with another P running and an empty
// local run queue.
//
// gosim runs the same algorithm. Go's CAS loops always succeed here (one agenda item at a time),
// and lockSlow's local variables live in the G (SyncWait) so the loop can stop at a spin or a
// park and continue later.
#include "sim/rt/sync.h"

#include "sim/rt/proc.h"
#include "sim/rt/sema.h"

namespace gosim {

namespace {

constexpr int32_t kMutexLocked = 1;
constexpr int32_t kMutexWoken = 2;
constexpr int32_t kMutexStarving = 4;
constexpr int32_t kMutexWaiterShift = 3;
constexpr VTime kStarvationThresholdNs = 1'000'000;
constexpr int32_t kActiveSpin = 4;
constexpr int32_t kRWMutexMaxReaders = 1 << 30;

G& running(Model& md, int32_t pid) {
  const P& pp = md.allp[static_cast<size_t>(pid)];
  return md.allg[static_cast<size_t>(md.allm[static_cast<size_t>(pp.m)].curg)];
}

SyncResult done(G& g) {
  g.syncw = SyncWait{};
  return {};
}

// Go: runtime/proc.go sync_runtime_canSpin (gosim's machine has GOMAXPROCS cores)
bool canSpin(const Model& md, int32_t pid, int32_t iter) {
  const auto gomaxprocs = static_cast<int32_t>(md.allp.size());
  const auto npidle = static_cast<int32_t>(md.sched.pidle.size());
  if (iter >= kActiveSpin || gomaxprocs <= 1 || gomaxprocs <= npidle + md.sched.nmspinning + 1) return false;
  return runqempty(md.allp[static_cast<size_t>(pid)]);
}

// The part of lockSlow after runtime_SemacquireMutex returned. True when the lock is ours.
bool after_semacquire(Model& md, SyncState& m, SyncWait& w) {
  w.starving = w.starving || md.engine.now - w.wait_start > kStarvationThresholdNs;
  const int32_t old = m.state;
  if (old & kMutexStarving) {
    // Ownership was handed to us: fix the state (we still count as a waiter, locked is unset).
    int32_t delta = kMutexLocked - (1 << kMutexWaiterShift);
    if (!w.starving || (old >> kMutexWaiterShift) == 1) delta -= kMutexStarving;  // leave starvation mode
    m.state += delta;
    return true;
  }
  w.awoke = true;
  w.iter = 0;
  return false;
}

}  // namespace

// Go: sync/mutex.go Lock + lockSlow
SyncResult mutex_lock(Model& md, int32_t pid, uint64_t addr, const CostModel& cost) {
  G& g = running(md, pid);
  SyncWait& w = g.syncw;
  SyncState& m = md.syncs[addr];
  if (!w.active) {
    if (m.state == 0) {  // fast path: grab the unlocked mutex
      m.state = kMutexLocked;
      return done(g);
    }
    w = SyncWait{};
    w.active = true;
  } else if (w.in_sema) {
    if (!semacquire(md, pid, addr + 4, w.lifo)) return {SyncStep::kParked, {}};
    if (after_semacquire(md, m, w)) return done(g);
  }
  for (;;) {
    const int32_t old = m.state;
    // Spin only while the mutex is locked and not starving: ownership may free up in a moment.
    if ((old & (kMutexLocked | kMutexStarving)) == kMutexLocked && canSpin(md, pid, w.iter)) {
      // Tell Unlock not to wake a sleeper: we are awake and about to take it.
      if (!w.awoke && !(old & kMutexWoken) && (old >> kMutexWaiterShift) != 0) {
        m.state = old | kMutexWoken;
        w.awoke = true;
      }
      ++w.iter;
      return {SyncStep::kSpin, {}};
    }
    int32_t next = old;
    if (!(old & kMutexStarving)) next |= kMutexLocked;  // a starving mutex is never grabbed
    if (old & (kMutexLocked | kMutexStarving)) next += 1 << kMutexWaiterShift;
    if (w.starving && (old & kMutexLocked)) next |= kMutexStarving;
    if (w.awoke) {
      if (!(next & kMutexWoken)) return {SyncStep::kFatal, "sync: inconsistent mutex state"};
      next &= ~kMutexWoken;
    }
    m.state = next;
    if (!(old & (kMutexLocked | kMutexStarving))) return done(g);  // locked it
    // Waited before? Then back to the front of the queue.
    w.lifo = w.wait_start != 0;
    if (w.wait_start == 0) w.wait_start = md.engine.now;
    if (!semacquire(md, pid, addr + 4, w.lifo)) return {SyncStep::kParked, {}};
    if (after_semacquire(md, m, w)) return done(g);
  }
}

// Go: sync/mutex.go Unlock + unlockSlow
SyncResult mutex_unlock(Model& md, int32_t pid, uint64_t addr, const CostModel& cost) {
  SyncState& m = md.syncs[addr];
  const int32_t next = m.state - kMutexLocked;
  m.state = next;
  if (next == 0) return {};
  if (((next + kMutexLocked) & kMutexLocked) == 0) {
    m.state = next + kMutexLocked;
    return {SyncStep::kFatal, "sync: unlock of unlocked mutex"};
  }
  if (next & kMutexStarving) {
    // Hand the lock to the first waiter and let it run on our time slice.
    return {semrelease(md, pid, addr + 4, cost, true) ? SyncStep::kYield : SyncStep::kDone, {}};
  }
  // Nobody to wake, or someone is already awake / got the lock / the mode changed.
  const int32_t old = next;
  if ((old >> kMutexWaiterShift) == 0 || (old & (kMutexLocked | kMutexWoken | kMutexStarving))) return {};
  m.state = (old - (1 << kMutexWaiterShift)) | kMutexWoken;
  semrelease(md, pid, addr + 4, cost, false);
  return {};
}

// Go: sync/rwmutex.go RLock
SyncResult rwmutex_rlock(Model& md, int32_t pid, uint64_t addr, const CostModel& cost) {
  G& g = running(md, pid);
  SyncWait& w = g.syncw;
  if (!w.active) {
    w.active = true;
    // A negative count means a writer is pending: wait for it.
    if (++md.syncs[addr].reader_count >= 0) return done(g);
  }
  if (!semacquire(md, pid, addr + 12, false)) return {SyncStep::kParked, {}};
  return done(g);
}

// Go: sync/rwmutex.go RUnlock + rUnlockSlow
SyncResult rwmutex_runlock(Model& md, int32_t pid, uint64_t addr, const CostModel& cost) {
  SyncState& rw = md.syncs[addr];
  const int32_t r = --rw.reader_count;
  if (r >= 0) return {};
  if (r + 1 == 0 || r + 1 == -kRWMutexMaxReaders) {
    ++rw.reader_count;
    return {SyncStep::kFatal, "sync: RUnlock of unlocked RWMutex"};
  }
  // The last reader leaving unblocks the pending writer.
  if (--rw.reader_wait == 0) semrelease(md, pid, addr + 8, cost, false);
  return {};
}

// Go: sync/rwmutex.go Lock
SyncResult rwmutex_lock(Model& md, int32_t pid, uint64_t addr, const CostModel& cost) {
  G& g = running(md, pid);
  if (g.syncw.phase == 0) {
    // First resolve competition with other writers (the embedded Mutex).
    SyncResult r = mutex_lock(md, pid, addr, cost);
    if (r.step != SyncStep::kDone) return r;
    G& g1 = running(md, pid);
    g1.syncw.active = true;
    g1.syncw.phase = 1;
    // Announce the pending writer to readers, then wait for the active ones.
    SyncState& rw = md.syncs[addr];
    const int32_t readers = (rw.reader_count -= kRWMutexMaxReaders) + kRWMutexMaxReaders;
    if (readers == 0 || (rw.reader_wait += readers) == 0) return done(g1);
  }
  if (!semacquire(md, pid, addr + 8, false)) return {SyncStep::kParked, {}};
  return done(running(md, pid));
}

// Go: sync/rwmutex.go Unlock
SyncResult rwmutex_unlock(Model& md, int32_t pid, uint64_t addr, const CostModel& cost) {
  SyncState& rw = md.syncs[addr];
  const int32_t r = (rw.reader_count += kRWMutexMaxReaders);
  if (r >= kRWMutexMaxReaders) {
    rw.reader_count -= kRWMutexMaxReaders;
    return {SyncStep::kFatal, "sync: Unlock of unlocked RWMutex"};
  }
  // Unblock the readers that queued behind this writer, then let other writers in.
  for (int32_t i = 0; i < r; ++i) semrelease(md, pid, addr + 12, cost, false);
  return mutex_unlock(md, pid, addr, cost);
}

// Go: sync/waitgroup.go Add
SyncResult waitgroup_add(Model& md, int32_t pid, uint64_t addr, int64_t delta, const CostModel& cost) {
  SyncState& wg = md.syncs[addr];
  wg.wg_state += static_cast<uint64_t>(delta) << 32;
  const auto v = static_cast<int32_t>(wg.wg_state >> 32);
  const auto waiters = static_cast<uint32_t>(wg.wg_state);
  if (v < 0) return {SyncStep::kPanic, "sync: negative WaitGroup counter"};
  if (waiters != 0 && delta > 0 && v == static_cast<int32_t>(delta)) {
    return {SyncStep::kPanic, "sync: WaitGroup misuse: Add called concurrently with Wait"};
  }
  if (v > 0 || waiters == 0) return {};
  // The counter reached zero with waiters: release each of them (the last one released wins
  // this P's runnext).
  wg.wg_state = 0;
  for (uint32_t i = 0; i < waiters; ++i) semrelease(md, pid, addr + 8, cost, false);
  return {};
}

// Go: sync/waitgroup.go Wait
SyncResult waitgroup_wait(Model& md, int32_t pid, uint64_t addr, const CostModel& cost) {
  G& g = running(md, pid);
  if (!g.syncw.active) {
    SyncState& wg = md.syncs[addr];
    if ((wg.wg_state >> 32) == 0) return done(g);
    ++wg.wg_state;  // one more waiter
    g.syncw.active = true;
  }
  if (!semacquire(md, pid, addr + 8, false)) return {SyncStep::kParked, {}};
  G& g1 = running(md, pid);
  if (md.syncs[addr].wg_state != 0) {
    g1.syncw = SyncWait{};
    return {SyncStep::kPanic, "sync: WaitGroup is reused before previous Wait has returned"};
  }
  return done(g1);
}

}  // namespace gosim
