// fmt's printer pool as Go 1.19 runs it, for the allocations a program sees (Go: fmt/print.go
// newPrinter/free over `var ppFree = sync.Pool{New: func() any { return new(pp) }}`, and
// sync/pool.go Get, Put, pinSlow, getSlow, poolCleanup).
//
// What Go does: every Print/Sprint/Fprint/Errorf call takes a *pp from ppFree and puts it back
// when done, so only the first call allocates the printer (200 bytes: size class 208) and its
// buffer grows only when an output is longer than any before. The pool has one private slot
// per P. The first Get after program start, and the first after each GC, finds p.local nil
// (poolCleanup, run by every gcStart, moved it to the victim cache): pinSlow appends ppFree to
// allPools (8 bytes) and makes a []poolLocal of GOMAXPROCS 128-byte entries. After one GC the
// printer is still found in the victim cache; after two it is gone and New allocates again.
//
// gosim's printer is native code, so the pool keeps only what decides allocations: per P, the
// GC cycle in which the printer was put back and its buffer's capacity, plus the cycle of the
// last pinSlow. They live on a gosim-only page (no Go counterpart: Go keeps them in the pool's
// poolLocal), so checkpoints carry them. Simplifications: the printer object is not a GC root
// here (Go's pool keeps it alive, so gosim's live heap is 208 bytes lower after a GC); the
// buffer grows once per call to the output's length (Go appends piece by piece, so an output
// that needs two growths in one call costs Go two allocations); a printer put back while the
// P's private slot is taken (a String method that prints) is dropped, where Go pushes it on the
// pool's shared chain.
#include "sim/heap/heap.h"
#include "sim/heap/mgc.h"
#include "sim/heap/sizeclasses.h"
#include "sim/interp/exec.h"

namespace gosim::interp {

namespace {
const uint64_t kPoolPage = scratch_page(-1);  // gosim's page for the pool's state
constexpr uint64_t kLocalCycle = 0;            // 1 + the GC cycle of the last pinSlow (0: never)
constexpr uint64_t kLocalSize = 8;             // Ps in that []poolLocal
constexpr uint64_t kSlots = 16;                // per P: 1 + cycle of the Put (0: empty), buffer cap
constexpr uint64_t kPpSize = 200;              // Go: unsafe.Sizeof(fmt.pp{}) on amd64
constexpr uint64_t kPoolLocalSize = 128;       // Go: sync.poolLocal, padded to a cache line pair
}  // namespace

// Go: newPrinter -> ppFree.Get. Returns the printer's buffer capacity.
uint64_t Exec::pp_get() {
  Model& m = mc_.mutable_model();
  const uint64_t cycles = m.heap.gc.work.cycles;
  const auto p = static_cast<uint64_t>(current_p());
  const uint64_t nprocs = m.allp.size();
  // Go: Pool.pin -> pinSlow when a GC has cleared p.local (or GOMAXPROCS grew past it).
  const bool cleared = ld8(kPoolPage + kLocalCycle) != cycles + 1;
  if (cleared || p >= ld8(kPoolPage + kLocalSize)) {
    if (cleared) alloc(8, true, heap::AllocWhy::kPoolAllPools);  // allPools = append(allPools, p)
    alloc(kPoolLocalSize * nprocs, true, heap::AllocWhy::kPoolLocal);  // make([]poolLocal, GOMAXPROCS)
    st8(kPoolPage + kLocalCycle, cycles + 1);
    st8(kPoolPage + kLocalSize, nprocs);
  }
  const uint64_t slot = kPoolPage + kSlots + 16 * p;
  const uint64_t put = ld8(slot);
  st8(slot, 0);
  // In l.private (put back this cycle) or in the victim cache (put back the cycle before).
  if (put != 0 && put >= cycles) return ld8(slot + 8);  // put - 1 is the cycle: this one or the last
  alloc(kPpSize, true, heap::AllocWhy::kFmtPrinter);  // Go: ppFree.New: new(pp)
  return 0;
}

// Go: the printer's buffer (p.buf, a []byte) growing to hold an output of len bytes: growslice
// from its capacity, rounded up to a size class.
void Exec::pp_grow(uint64_t* cap, uint64_t len) {
  if (len <= *cap) return;
  uint64_t newcap = *cap;
  if (len > 2 * newcap) {
    newcap = len;
  } else if (newcap < 256) {
    newcap *= 2;
  } else {
    while (newcap < len) newcap += (newcap + 3 * 256) / 4;
  }
  newcap = heap::roundupsize(newcap);
  alloc(newcap, false, heap::AllocWhy::kFmtBuffer);
  *cap = newcap;
}

// Go: pp.free -> ppFree.Put; a printer whose buffer grew past 64 KiB is dropped.
void Exec::pp_free(uint64_t cap) {
  if (cap > 64 << 10) return;
  const uint64_t slot = kPoolPage + kSlots + 16 * static_cast<uint64_t>(current_p());
  if (ld8(slot) != 0 && ld8(slot) == mc_.model().heap.gc.work.cycles + 1) return;  // private taken
  st8(slot, mc_.model().heap.gc.work.cycles + 1);
  st8(slot + 8, cap);
}

}  // namespace gosim::interp
