// Go 1.19 runtime/sema.go.
//
// What Go does: a semaphore is a uint32 count at some address; waiters hang in a tree of
// semaRoots hashed by address, one FIFO queue per address. semrelease increments the count
// and readies the first waiter, which must then win the count with a CAS — a running G may
// take it first, which is why sync.Mutex needs its starvation mode.
//
// gosim: the count lives beside its queue in Model::semtable (an ordered map, so nothing
// depends on a hash), not in simulated memory yet.
#include "sim/rt/sema.h"

#include "sim/rt/proc.h"

namespace gosim {

namespace {

int64_t running_goid(const Model& md, int32_t pid) {
  const P& pp = md.allp[static_cast<size_t>(pid)];
  return goid_of(md, md.allm[static_cast<size_t>(pp.m)].curg);
}

void emit_sema(Model& md, EventKind kind, int32_t pid, uint64_t addr, uint32_t count) {
  Event e;
  e.kind = kind;
  e.p = pid;
  e.m = md.allp[static_cast<size_t>(pid)].m;
  e.g = running_goid(md, pid);
  e.a = static_cast<int64_t>(addr);
  e.b = count;
  emit(md.engine, e);
}

}  // namespace

// Go: runtime/sema.go semacquire1
bool semacquire(Model& md, int32_t pid, uint64_t addr) {
  SemaRoot& root = md.semtable[addr];
  // Go: cansemacquire
  if (root.count > 0) {
    --root.count;
    emit_sema(md, EventKind::kSemAcquire, pid, addr, root.count);
    // A root with no count and no waiters is as good as none: drop it so the table only
    // holds semaphores somebody is using.
    if (root.count == 0 && root.waiters.empty()) md.semtable.erase(addr);
    return true;
  }
  const P& pp = md.allp[static_cast<size_t>(pid)];
  root.waiters.push_back(md.allm[static_cast<size_t>(pp.m)].curg);
  gopark(md, pid, WaitReason::kSemacquire);
  return false;
}

// Go: runtime/sema.go semrelease1
void semrelease(Model& md, int32_t pid, uint64_t addr, const CostModel& cost) {
  SemaRoot& root = md.semtable[addr];
  ++root.count;
  if (root.waiters.empty()) {
    emit_sema(md, EventKind::kSemRelease, pid, addr, root.count);
    return;
  }
  const GIdx waiter = root.waiters.front();
  root.waiters.pop_front();
  goready(md, pid, waiter, cost);
}

}  // namespace gosim
