// sync.Pool as Go 1.19 runs it (Go: sync/pool.go, sync/poolqueue.go), part reflectlite.
//
// What Go does: a Pool has one poolLocal per P (128 bytes: a private slot and a shared
// poolChain, padded against false sharing). Put stores x in the P's private slot, or pushes it
// at the head of the P's chain when the slot is taken. Get takes the private slot, else pops the
// chain's head, else (getSlow) steals from the tail of the other Ps' chains, then looks in the
// victim cache; only then does it call New. The chain is a list of ring buffers (poolDequeue) of
// 8, 16, 32… slots, each in a 48-byte poolChainElt. At every gcStart, clearpools moves each
// Pool's caches to its victim cache and drops the previous victims (sim/rt/mgc_pools.cpp), so an
// object survives one GC in a Pool and is dropped by the second.
//
// gosim keeps Go's layouts in simulated memory (the Pool's fields, []poolLocal, the chain's
// elements and rings are real allocations of Go's sizes), so a program's MemStats and its GC see
// what Go's would. It runs on one host thread, so the atomics are plain loads and stores.
// fmt's printer pool ppFree (fmt_pool.cpp) is one more Pool here, in the same allPools, as in Go.
//
// Layouts (amd64): Pool{local @0, localSize @8, victim @16, victimSize @24, New @32};
// poolLocal{private any @0, shared.head @16, shared.tail @24}; poolChainElt{headTail uint64 @0,
// vals []eface @8, next @32, prev @40}.
#include <bit>

#include "sim/heap/heap.h"
#include "sim/interp/exec.h"
#include "sim/lang/object.h"

namespace gosim::interp {

using lang::LibFunc;

namespace {
const uint64_t kPoolScratch = scratch_page(-3);  // gosim's words to store through the barrier
constexpr uint64_t kPoolLocalBytes = 128;        // Go: unsafe.Sizeof(poolLocal{})
constexpr uint64_t kChainEltBytes = 48;          // Go: unsafe.Sizeof(poolChainElt{})
constexpr uint64_t kDequeueBits = 32;
constexpr uint64_t kDequeueLimit = uint64_t{1} << 30;  // Go: (1 << dequeueBits) / 4
constexpr uint64_t kMask32 = (uint64_t{1} << kDequeueBits) - 1;
}  // namespace

// A word stored into memory that may be a heap object, through the write barrier.
void Exec::pool_store(uint64_t dst, uint64_t v) {
  st8(kPoolScratch, v);
  write_barrier(dst, kPoolScratch, 8);
  st8(dst, v);
}

// Go: sync/pool.go pin and pinSlow — the current P's poolLocal.
uint64_t Exec::pool_pin(uint64_t p) {
  const auto pid = static_cast<uint64_t>(current_p());
  if (pid < ld8(p + 8)) return ld8(p) + kPoolLocalBytes * pid;
  Model& m = mc_.mutable_model();
  if (ld8(p) == 0) {
    // allPools = append(allPools, p): nil after each GC, so its capacity is 1, 2, 4…
    // The slice lives in the heap: oldPools keeps the array of the cycle before alive, as in Go.
    const uint64_t n = m.all_pools.size();
    if (n == 0 || std::has_single_bit(n)) {
      const uint64_t arr = alloc(8 * (n == 0 ? 1 : 2 * n), true, heap::AllocWhy::kPoolAllPools);
      for (uint64_t i = 0; i < n; ++i) pool_store(arr + 8 * i, m.all_pools[i]);  // growslice's copy
      m.all_pools_array = arr;
    }
    pool_store(m.all_pools_array + 8 * n, p);
    m.all_pools.push_back(p);
  }
  const uint64_t size = m.allp.size();  // runtime.GOMAXPROCS(0)
  const uint64_t local = alloc(kPoolLocalBytes * size, true, heap::AllocWhy::kPoolLocal);
  pool_store(p, local);
  pool_store(p + 8, size);
  return local + kPoolLocalBytes * pid;
}

// Go: poolqueue.go (*poolChain).pushHead, with (*poolDequeue).pushHead inlined.
void Exec::pool_push_head(uint64_t chain, uint64_t x) {
  uint64_t d = ld8(chain);
  if (d == 0) {
    d = alloc(kChainEltBytes, true, heap::AllocWhy::kPoolChain);
    const uint64_t vals = alloc(16 * 8, true, heap::AllocWhy::kPoolChain);
    pool_store(d + 8, vals);
    st8(d + 16, 8), st8(d + 24, 8);
    pool_store(chain, d);
    pool_store(chain + 8, d);
  }
  for (;;) {
    const uint64_t ht = ld8(d), n = ld8(d + 16);
    const uint64_t head = ht >> kDequeueBits, tail = ht & kMask32;
    const uint64_t slot = ld8(d + 8) + 16 * (head & (n - 1));
    if (((tail + n) & kMask32) != head && ld8(slot) == 0) {
      // Go: *(*any)(unsafe.Pointer(slot)) = val; d.headTail += 1 << dequeueBits.
      write_barrier(slot, x, 16);
      mem_.copy(slot, x, 16);
      st8(d, ht + (uint64_t{1} << kDequeueBits));
      return;
    }
    // Full: a new ring twice as large, linked after d (Go: newSize := len(d.vals) * 2).
    const uint64_t size = std::min(n * 2, kDequeueLimit);
    const uint64_t d2 = alloc(kChainEltBytes, true, heap::AllocWhy::kPoolChain);
    pool_store(d2 + 40, d);
    const uint64_t vals = alloc(16 * size, true, heap::AllocWhy::kPoolChain);
    pool_store(d2 + 8, vals);
    st8(d2 + 16, size), st8(d2 + 24, size);
    pool_store(chain, d2);
    pool_store(d + 32, d2);
    d = d2;
  }
}

// Go: (*poolDequeue).popHead or popTail on the ring of element d; the value goes to out.
bool Exec::pool_pop(uint64_t d, bool head_end, uint64_t out) {
  const uint64_t ht = ld8(d), n = ld8(d + 16);
  uint64_t head = ht >> kDequeueBits;
  const uint64_t tail = ht & kMask32;
  if (tail == head) return false;  // empty
  uint64_t idx;
  if (head_end) {
    head = (head - 1) & kMask32;
    st8(d, (head << kDequeueBits) | tail);
    idx = head;
  } else {
    st8(d, (head << kDequeueBits) | ((tail + 1) & kMask32));
    idx = tail;
  }
  const uint64_t slot = ld8(d + 8) + 16 * (idx & (n - 1));
  mem_.copy(out, slot, 16);
  // Go: *slot = eface{} (popHead), or slot.val = nil then slot.typ = nil (popTail).
  st8(kPoolScratch, 0), st8(kPoolScratch + 8, 0);
  write_barrier(slot, kPoolScratch, 16);
  st8(slot, 0), st8(slot + 8, 0);
  return true;
}

// Go: (*poolChain).popHead — from the newest ring back to the oldest.
bool Exec::pool_chain_pop_head(uint64_t chain, uint64_t out) {
  for (uint64_t d = ld8(chain); d != 0; d = ld8(d + 40)) {
    if (pool_pop(d, true, out)) return true;
  }
  return false;
}

// Go: (*poolChain).popTail — from the oldest ring; an empty ring with a successor is unlinked.
bool Exec::pool_chain_pop_tail(uint64_t chain, uint64_t out) {
  uint64_t d = ld8(chain + 8);
  if (d == 0) return false;
  for (;;) {
    const uint64_t d2 = ld8(d + 32);
    if (pool_pop(d, false, out)) return true;
    if (d2 == 0) return false;
    pool_store(chain + 8, d2);  // Go: CAS(&c.tail, d, d2) succeeds on one thread
    pool_store(d2 + 40, 0);
    d = d2;
  }
}

// Go: (*Pool).getSlow — steal from the other Ps' shared chains, then the victim cache.
bool Exec::pool_get_slow(uint64_t p, uint64_t pid, uint64_t out) {
  const uint64_t size = ld8(p + 8), locals = ld8(p);
  for (uint64_t i = 0; i < size; ++i) {
    const uint64_t l = locals + kPoolLocalBytes * ((pid + i + 1) % size);
    if (pool_chain_pop_tail(l + 16, out)) return true;
  }
  const uint64_t vsize = ld8(p + 24), victim = ld8(p + 16);
  if (pid >= vsize) return false;
  const uint64_t l = victim + kPoolLocalBytes * pid;
  if (ld8(l) != 0) {
    mem_.copy(out, l, 16);
    st8(kPoolScratch, 0), st8(kPoolScratch + 8, 0);
    write_barrier(l, kPoolScratch, 16);
    st8(l, 0), st8(l + 8, 0);
    return true;
  }
  for (uint64_t i = 0; i < vsize; ++i) {
    const uint64_t vl = victim + kPoolLocalBytes * ((pid + i) % vsize);
    if (pool_chain_pop_tail(vl + 16, out)) return true;
  }
  pool_store(p + 24, 0);  // Go: mark the victim cache empty so later Gets skip it
  return false;
}

bool Exec::pool_lib(int64_t id, uint64_t args, uint64_t results) {
  const uint64_t p = ld8(args);
  if (p == 0) {
    panic_text("runtime error: invalid memory address or nil pointer dereference\n"
               "[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x0]");
    return requested_;
  }
  switch (static_cast<LibFunc>(id)) {
    case LibFunc::SyncPoolPut: {  // Go: (*Pool).Put
      if (ld8(args + 8) == 0) return false;  // Put(nil) does nothing
      const uint64_t l = pool_pin(p);
      if (ld8(l) == 0) {
        write_barrier(l, args + 8, 16);
        mem_.copy(l, args + 8, 16);
      } else {
        pool_push_head(l + 16, args + 8);
      }
      return false;
    }
    case LibFunc::SyncPoolGet:
      // The program's own sync.(*Pool).Get body (sim/ir/lower_pool.cpp): the fast part below,
      // then p.New() when nothing was found.
      push_frame(mod_.pool_get_fn, args, 0, results);
      return false;
    case LibFunc::SyncPoolGetFast: {  // Go: Get up to runtime_procUnpin()
      const uint64_t l = pool_pin(p);
      const auto pid = static_cast<uint64_t>(current_p());
      st8(results, 0), st8(results + 8, 0);
      if (ld8(l) != 0) {  // x := l.private; l.private = nil
        mem_.copy(results, l, 16);
        st8(kPoolScratch, 0), st8(kPoolScratch + 8, 0);
        write_barrier(l, kPoolScratch, 16);
        st8(l, 0), st8(l + 8, 0);
        return false;
      }
      if (!pool_chain_pop_head(l + 16, results)) pool_get_slow(p, pid, results);
      return false;
    }
    default: return false;
  }
}

}  // namespace gosim::interp
