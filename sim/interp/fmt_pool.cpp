// fmt's printer pool as Go 1.19 runs it, for the allocations a program sees (Go: fmt/print.go
// newPrinter/free over `var ppFree = sync.Pool{New: func() any { return new(pp) }}`, and
// sync/pool.go Get, Put, pin, pinSlow, getSlow, poolCleanup; sync/poolqueue.go poolChain).
//
// What Go does: every Print/Sprint/Fprint/Errorf call takes a *pp from ppFree and puts it back
// when done, so only the first call allocates the printer (200 bytes: size class 208) and its
// buffer grows only when an output is longer than any before. Each P has a poolLocal: a
// private slot and a shared chain. Put fills the private slot, or, when it is taken (a String
// method that prints puts its inner printer back first, so the outer one finds the slot full),
// pushes onto the shared chain, whose first ring of 8 slots (new(poolChainElt), 48 bytes, and
// make([]eface, 8), 128 bytes) is allocated by the first such push; a full ring gets a successor
// twice its size. Get takes the private slot, else pops the chain's head, else (getSlow) steals
// from other Ps' chain tails, then tries the victim cache, else calls New. The first Get or Put
// after program start, and the first after each GC, finds p.local nil (poolCleanup, run by every
// gcStart, moved it to the victim cache): pinSlow appends ppFree to allPools (8 bytes) and makes
// a []poolLocal of GOMAXPROCS 128-byte entries. After one GC a printer is still found in the
// victim cache; after two it is gone and New allocates again.
//
// gosim's printer is native code, so the pool keeps only what decides allocations: each
// printer's buffer capacity, where Go keeps the *pp (Model::fmt_pool, so checkpoints carry it).
// Simplifications: the printer objects are not GC roots here (Go's pool keeps them alive, so
// gosim's live heap is lower by them after a GC); the buffer grows once per call to the output's
// length (Go appends piece by piece, so an output that needs two growths in one call costs Go
// two allocations).
#include "sim/heap/heap.h"
#include "sim/heap/mgc.h"
#include "sim/heap/sizeclasses.h"
#include "sim/interp/exec.h"

namespace gosim::interp {

namespace {
constexpr uint64_t kPpSize = 200;             // Go: unsafe.Sizeof(fmt.pp{}) on amd64
constexpr uint64_t kPoolLocalSize = 128;      // Go: sync.poolLocal, padded to a cache line pair
constexpr uint64_t kPoolChainEltSize = 48;    // Go: sync.poolChainElt (poolDequeue + next, prev)
constexpr uint32_t kChainInitSize = 8;        // Go: poolChain.pushHead's initSize
constexpr uint64_t kEfaceSize = 16;           // one ring slot: an eface

// Go: poolChain.popHead: the newest printer, from the head ring or an older one.
bool popHead(PoolChain& c, uint64_t* cap) {
  for (size_t i = c.elt_len.size(); i-- > 0;) {
    if (c.elt_len[i] == 0) continue;
    --c.elt_len[i];
    *cap = c.vals.back();
    c.vals.pop_back();
    return true;
  }
  return false;
}

// Go: poolChain.popTail: the oldest printer; a drained tail ring that is not the head is dropped.
bool popTail(PoolChain& c, uint64_t* cap) {
  while (!c.elt_len.empty()) {
    if (c.elt_len.front() > 0) {
      --c.elt_len.front();
      *cap = c.vals.front();
      c.vals.pop_front();
      return true;
    }
    if (c.elt_len.size() == 1) return false;
    c.elt_len.erase(c.elt_len.begin());
    c.elt_cap.erase(c.elt_cap.begin());
  }
  return false;
}
}  // namespace

// Go: sync/pool.go Pool.pin -> pinSlow when a GC has cleared p.local (or GOMAXPROCS grew past
// it). Returns this P's poolLocal.
PoolLocal& Exec::pool_pin() {
  FmtPool& fp = mc_.mutable_model().fmt_pool;
  const uint64_t cycles = mc_.model().heap.gc.work.cycles;
  const auto p = static_cast<uint64_t>(current_p());
  const uint64_t nprocs = mc_.model().allp.size();
  const bool cleared = fp.local_cycle1 != cycles + 1;
  if (cleared || p >= fp.local_size) {
    if (cleared) {
      // poolCleanup moved p.local to p.victim at the last gcStart (only if it was made in the
      // cycle just ended; an older one was dropped), and set allPools to nil.
      fp.victim_size = fp.local_cycle1 == cycles ? fp.local_size : 0;
      alloc(8, true, heap::AllocWhy::kPoolAllPools);  // allPools = append(allPools, p)
    }
    alloc(kPoolLocalSize * nprocs, true, heap::AllocWhy::kPoolLocal);  // make([]poolLocal, GOMAXPROCS)
    if (fp.per_p.size() < nprocs) fp.per_p.resize(nprocs);
    // A new p.local starts empty: the old array (a GOMAXPROCS change) is garbage, not a victim.
    for (PoolLocal& l : fp.per_p) {
      l.private_cycle1[cycles % 2] = 0;
      l.shared[cycles % 2] = PoolChain{};
    }
    fp.local_cycle1 = cycles + 1;
    fp.local_size = nprocs;
  }
  return fp.per_p[p];
}

// Go: newPrinter -> ppFree.Get. Returns the printer's buffer capacity.
uint64_t Exec::pp_get() {
  PoolLocal& l = pool_pin();
  FmtPool& fp = mc_.mutable_model().fmt_pool;
  const uint64_t cycles = mc_.model().heap.gc.work.cycles;
  const uint64_t cur = cycles % 2, old = (cycles + 1) % 2;
  const auto pid = static_cast<uint64_t>(current_p());
  uint64_t cap = 0;
  if (l.private_cycle1[cur] == cycles + 1) {  // x := l.private
    l.private_cycle1[cur] = 0;
    return l.private_cap[cur];
  }
  if (l.shared[cur].cycle1 == cycles + 1 && popHead(l.shared[cur], &cap)) return cap;
  // Go: getSlow: steal from the other Ps' shared chains (tails), then the victim cache.
  for (uint64_t i = 0; i < fp.local_size; ++i) {
    PoolChain& c = fp.per_p[(pid + i + 1) % fp.local_size].shared[cur];
    if (c.cycle1 == cycles + 1 && popTail(c, &cap)) return cap;
  }
  if (cycles > 0 && pid < fp.victim_size) {
    PoolLocal& v = fp.per_p[pid];
    if (v.private_cycle1[old] == cycles) {
      v.private_cycle1[old] = 0;
      return v.private_cap[old];
    }
    for (uint64_t i = 0; i < fp.victim_size; ++i) {
      PoolChain& c = fp.per_p[(pid + i) % fp.victim_size].shared[old];
      if (c.cycle1 == cycles && popTail(c, &cap)) return cap;
    }
  }
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
  PoolLocal& l = pool_pin();
  const uint64_t cycles = mc_.model().heap.gc.work.cycles;
  const uint64_t cur = cycles % 2;
  if (l.private_cycle1[cur] != cycles + 1) {  // l.private == nil
    l.private_cycle1[cur] = cycles + 1;
    l.private_cap[cur] = cap;
    return;
  }
  // Go: l.shared.pushHead(x): the chain's first ring, or a ring twice the head's size when full.
  PoolChain& c = l.shared[cur];
  if (c.cycle1 != cycles + 1) {
    c = PoolChain{};
    c.cycle1 = cycles + 1;
  }
  if (c.elt_cap.empty() || c.elt_len.back() == c.elt_cap.back()) {
    const uint32_t n = c.elt_cap.empty() ? kChainInitSize : 2 * c.elt_cap.back();
    alloc(kPoolChainEltSize, true, heap::AllocWhy::kPoolChain);  // new(poolChainElt)
    alloc(kEfaceSize * n, true, heap::AllocWhy::kPoolChain);     // make([]eface, n)
    c.elt_cap.push_back(n);
    c.elt_len.push_back(0);
  }
  ++c.elt_len.back();
  c.vals.push_back(cap);
}

}  // namespace gosim::interp
