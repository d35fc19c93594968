// The write barrier as the interpreter runs it (Go: the compiler's write-barrier calls around
// pointer stores, runtime/mbarrier.go, mbitmap.go bulkBarrierPreWrite).
//
// While the collector marks, a store that puts words into a heap object calls the barrier for
// each word whose old or new value looks like a heap pointer (gosim has no pointer maps, so the
// test is the value, as in the conservative scan: docs/heap.md). Stores into stack frames have
// no barrier, exactly as in Go: that is why the hybrid barrier needs both halves.
//
// Which half runs is the run's what-if (Config::whatif.gc_barrier): Go's hybrid barrier (shade
// the old value; shade the new one while the writer's stack is grey), none, Dijkstra's insertion
// barrier alone, or Yuasa's deletion barrier alone. A write a what-if left unshaded is
// remembered so the checker can name it when an object is lost.
#include <algorithm>

#include "sim/interp/exec.h"
#include "sim/heap/mgc.h"

namespace gosim::interp {

void Exec::write_barrier_slow(uint64_t dst, uint64_t src, uint64_t n, bool src_only) {
  Model& m = mc_.mutable_model();
  heap::Heap& h = m.heap;
  if (heap::findObject(h, dst).span == heap::kNoSpan) return;  // a stack slot or a global: no barrier
  const uint64_t heap_lo = kArenaBase, heap_hi = kArenaBase + h.pages.mapped_pages * heap::kHeapPageSize;
  auto ptrish = [&](uint64_t w) { return w >= heap_lo && w < heap_hi; };
  const int64_t goid = g().goid;
  const std::vector<int64_t>& grey = h.gc.driver.greyStacks;
  const auto first = grey.begin() + static_cast<std::ptrdiff_t>(h.gc.driver.greyNext);
  const bool stack_grey = std::binary_search(first, grey.end(), goid);
  const int32_t mode = mc_.config().whatif.gc_barrier;
  for (uint64_t off = (8 - dst % 8) % 8; off + 8 <= n; off += 8) {
    const uint64_t old_v = ld8(dst + off), new_v = ld8(src + off);
    if (old_v == new_v || (!ptrish(old_v) && !ptrish(new_v))) continue;
    if (src_only && !ptrish(new_v)) continue;
    const uint64_t o = ptrish(old_v) ? old_v : 0, nv = ptrish(new_v) ? new_v : 0;
    if (src_only && mode != 1) {
      if (nv != 0) heap::shade(h, nv, mc_.code_events(gi_), dst + off, 3);
      continue;
    }
    switch (mode) {
      case 0: heap::gcWriteBarrier(h, o, nv, stack_grey, mc_.code_events(gi_)); break;  // hybrid (Go 1.8+)
      case 2: heap::gcWriteBarrier(h, 0, nv, true, mc_.code_events(gi_)); break;        // Dijkstra insertion
      case 3: heap::gcWriteBarrier(h, o, 0, false, mc_.code_events(gi_)); break;        // Yuasa deletion
      default: break;                                                                // off
    }
    if (mode != 0) {
      auto& w = h.gc.driver.unseenWrites;
      if (w.size() >= 64) w.erase(w.begin());
      w.push_back({static_cast<uint64_t>(goid), dst + off, old_v, new_v});
    }
  }
}

}  // namespace gosim::interp
