// Go 1.19 runtime/mbarrier.go: the hybrid write barrier (Yuasa deletion + Dijkstra insertion).
//
//   writePointer(slot, ptr):
//       shade(*slot)
//       if current stack is grey:
//           shade(ptr)
//       *slot = ptr
//
// Shading the old value keeps an object alive when its last heap pointer is moved into a stack
// that was already scanned; shading the new value is needed only while the writer's own stack
// is unscanned (grey), because a black stack is never rescanned. The real runtime shades both
// always (it cannot cheaply know the stack colour); gosim follows the paper's rule so a learner
// can see why each half exists.
#include "sim/heap/mgc.h"

namespace gosim::heap {

int gcWriteBarrier(Heap& h, uint64_t slot_old_value, uint64_t new_value, bool stack_grey, EventOut out) {
  // Go: writeBarrier.enabled is set by setGCPhase for _GCmark and _GCmarktermination.
  if (h.gc.phase != GCPhase::kMark && h.gc.phase != GCPhase::kMarkTerm) return 0;
  // The barrier's event comes first (the store about to happen, and which halves will shade);
  // the shades follow, and the store itself after them.
  const uint64_t old_white = slot_old_value != 0 ? white_object(h, slot_old_value) : 0;
  const uint64_t new_white = stack_grey && new_value != 0 ? white_object(h, new_value) : 0;
  const int will = (old_white != 0 ? 1 : 0) | (new_white != 0 && new_white != old_white ? 2 : 0);
  emit(out, EventKind::kGcWriteBarrier, -1, static_cast<int64_t>(slot_old_value), static_cast<int64_t>(new_value), will);
  int shaded = 0;
  if (slot_old_value != 0 && shade(h, slot_old_value, out, 0, 2)) shaded |= 1;
  if (stack_grey && new_value != 0 && shade(h, new_value, out, 0, 3)) shaded |= 2;
  return (shaded & 1) + ((shaded >> 1) & 1);
}

}  // namespace gosim::heap
