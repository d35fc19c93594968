// Go 1.19 runtime/sema.go.
//
// What Go does: a semaphore is a uint32 count at some address; waiters hang in a tree of
// semaRoots hashed by address, one queue per address. semrelease increments the count and
// readies the first waiter, which must then win the count itself — a running G may take it
// first, which is why sync.Mutex needs its starvation mode. In that mode semrelease hands the
// count straight to the waiter (its sudog's ticket) and yields to it.
//
// gosim: the count lives beside its queue in Model::semtable (an ordered map, so nothing
// depends on a hash), not in simulated memory.
#include "sim/rt/emit.h"
#include "sim/rt/sema.h"

#include "sim/rt/proc.h"

namespace gosim {

namespace {

void emit_sema(Model& md, EventKind kind, int32_t pid, uint64_t addr, uint32_t count, int64_t c = 0) {
  emit_at(md, kind, pid, running_goid(md, pid), static_cast<int64_t>(addr), count, c);
}

// Go: sema.go cansemacquire
bool cansemacquire(Model& md, uint64_t addr) {
  auto it = md.semtable.find(addr);
  if (it == md.semtable.end() || it->second.count == 0) return false;
  --it->second.count;
  return true;
}

}  // namespace

// Go: runtime/sema.go semacquire1
bool semacquire(Model& md, int32_t pid, uint64_t addr, bool lifo) {
  const GIdx gi = running_g(md, pid);
  SyncWait& w = md.allg[static_cast<size_t>(gi)].syncw;
  // The event's c: 0 took the count at once, 1 took it after waiting, 2 was handed it.
  int64_t how = 0;
  if (w.in_sema) {
    // Back from the park: done if the releaser handed us the count or we can take it now.
    w.in_sema = false;
    how = 1;
    if (w.ticket) {
      w.ticket = false;
      const auto it = md.semtable.find(addr);
      emit_sema(md, EventKind::kSemAcquire, pid, addr, it == md.semtable.end() ? 0 : it->second.count, 2);
      return true;
    }
  }
  if (cansemacquire(md, addr)) {
    const auto it = md.semtable.find(addr);
    emit_sema(md, EventKind::kSemAcquire, pid, addr, it == md.semtable.end() ? 0 : it->second.count, how);
    return true;
  }
  SemaRoot& root = md.semtable[addr];
  if (lifo) {
    root.waiters.push_front(gi);
  } else {
    root.waiters.push_back(gi);
  }
  w.in_sema = true;
  gopark(md, pid, WaitReason::kSemacquire);
  return false;
}

// Go: runtime/sema.go semrelease1
bool semrelease(Model& md, int32_t pid, uint64_t addr, const CostModel& cost, bool handoff) {
  SemaRoot& root = md.semtable[addr];
  ++root.count;
  if (root.waiters.empty()) {
    emit_sema(md, EventKind::kSemRelease, pid, addr, root.count);
    return false;
  }
  const GIdx waiter = root.waiters.front();
  root.waiters.pop_front();
  SyncWait& w = md.allg[static_cast<size_t>(waiter)].syncw;
  if (handoff && cansemacquire(md, addr)) w.ticket = true;
  // The release names the waiter it wakes; goready's event follows.
  emit_sema(md, EventKind::kSemRelease, pid, addr, md.semtable[addr].count, goid_of(md, waiter));
  goready(md, pid, waiter, cost);
  // Direct handoff: the waiter is in our runnext and inherits our time slice; we yield to it.
  return w.ticket;
}

}  // namespace gosim
