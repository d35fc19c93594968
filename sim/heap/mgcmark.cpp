// Go 1.19 runtime/mgcmark.go and mgcwork.go: roots, the grey queue and scanning.
//
// Go keeps grey objects in per-P gcWork buffers; gosim keeps one plain vector (Heap::gc.work.grey)
// that is popped from the back, so the object greyed last is scanned first, as gcWork.tryGet
// does with its current buffer. The span's greyBits mirror the queue for the heap panel.
#include <fmt/format.h>

#include "sim/heap/mgc.h"

namespace gosim::heap {

// Go: mgcmark.go shade -> greyobject. Go counts bytesMarked here; gosim counts marked bytes
// from the mark bits at mark termination (gc_marked_bytes), which also covers black allocation.
bool shade(Heap& h, uint64_t addr, EventOut out, uint64_t from, int why) {
  if (!greyobject(h, addr)) return false;
  const ObjectRef obj = findObject(h, addr);
  const Span& s = h.spans[static_cast<size_t>(obj.span)];
  const bool noscan = spanclass_noscan(s.spanclass);
  if (!noscan) h.gc.work.grey.push_back(obj.base);  // noscan: black at once
  // c: why it was shaded, plus kShadeNoscan when the object holds no pointers (it is black at once).
  emit(out, EventKind::kGcShade, -1, static_cast<int64_t>(obj.base), static_cast<int64_t>(from),
       why | (noscan ? kShadeNoscan : 0));
  return true;
}

// Go: mgcmark.go markroot (one job: a goroutine's stack via scanstack, or a data/bss block via
// markrootBlock). Scan work is counted in bytes of the root, as Go's stackScanWork/globalsScanWork.
// The job's event comes first and says how many objects it will grey; their shades follow.
std::vector<uint64_t> markroot(Heap& h, const RootJob& job, EventOut out) {
  GCController& c = h.gc.controller;
  if (job.kind == RootKind::kStack) c.stackScanWork += static_cast<int64_t>(job.scan_bytes);
  else if (job.kind == RootKind::kGlobals) c.globalsScanWork += static_cast<int64_t>(job.scan_bytes);
  if (out) {
    emit(out, EventKind::kGcMarkRoot, -1, static_cast<int64_t>(job.kind), job.goid,
         static_cast<int64_t>(count_white(h, job.pointers)));
  }
  std::vector<uint64_t> greyed;
  for (uint64_t ptr : job.pointers) {
    if (shade(h, ptr, out, 0, 0)) greyed.push_back(findObject(h, ptr).base);
  }
  return greyed;
}

// Go: mgcmark.go scanobject: every pointer slot of a grey object is shaded; it is black after.
ScanResult scanobject(Heap& h, uint64_t addr, const PointerFinder& find, EventOut out) {
  ScanResult r;
  const ObjectRef obj = findObject(h, addr);
  if (obj.span == kNoSpan) throw HeapThrow("scanobject: not a heap object");
  r.obj = obj.base;
  r.size = h.spans[static_cast<size_t>(obj.span)].elemsize;
  // Host scratch reused across calls (one vector per object scanned was a visible cost).
  thread_local std::vector<uint64_t> ptrs;
  ptrs.clear();
  if (find) find(r.obj, r.size, ptrs);
  // The object turns black and its event says how many it will grey; their shades follow.
  blacken(h, r.obj);
  h.gc.controller.heapScanWork += static_cast<int64_t>(r.size);
  if (out) {
    emit(out, EventKind::kGcScanObject, -1, static_cast<int64_t>(r.obj), static_cast<int64_t>(r.size),
         static_cast<int64_t>(count_white(h, ptrs)));
  }
  for (uint64_t p : ptrs) {
    if (shade(h, p, out, r.obj, 1)) r.greyed.push_back(findObject(h, p).base);
  }
  return r;
}

// Go: mgcmark.go gcDrain / gcDrainN: scan until the queue is empty or the budget is spent.
int64_t gcDrain(Heap& h, int64_t budget, const PointerFinder& find, EventOut out) {
  int64_t done = 0;
  std::vector<uint64_t>& q = h.gc.work.grey;
  while (!q.empty() && (budget < 0 || done < budget)) {
    const uint64_t obj = q.back();
    q.pop_back();
    done += static_cast<int64_t>(scanobject(h, obj, find, out).size);
  }
  return done;
}

bool gc_work_empty(const Heap& h) { return h.gc.work.grey.empty(); }

uint64_t gc_marked_bytes(const Heap& h) {
  uint64_t total = 0;
  for (const Span& s : h.spans) {
    if (s.state != SpanState::kInUse) continue;
    for (uint32_t i = 0; i < s.nelems; ++i) {
      if ((s.gcmarkBits[i / 64] >> (i % 64)) & 1) total += s.elemsize;
    }
  }
  return total;
}

std::string gc_check_no_black_to_white(const Heap& h, const PointerFinder& find) {
  std::vector<uint64_t> ptrs;
  for (size_t si = 0; si < h.spans.size(); ++si) {
    const Span& s = h.spans[si];
    if (s.state != SpanState::kInUse) continue;
    for (uint32_t i = 0; i < s.nelems; ++i) {
      if (slot_colour(h, static_cast<SpanIdx>(si), i) != SlotColour::kBlack) continue;
      const uint64_t obj = s.startAddr + i * s.elemsize;
      ptrs.clear();
      if (find) find(obj, s.elemsize, ptrs);
      for (uint64_t p : ptrs) {
        const ObjectRef t = findObject(h, p);
        if (t.span == kNoSpan) continue;
        if (slot_colour(h, t.span, t.index) == SlotColour::kWhite) {
          return fmt::format("tri-colour invariant: black object {:#x} points to white object {:#x}", obj, t.base);
        }
      }
    }
  }
  return "";
}

std::string gc_check_reachable_allocated(const Heap& h, const std::vector<uint64_t>& reachable) {
  for (uint64_t p : reachable) {
    const ObjectRef t = findObject(h, p);
    if (t.span == kNoSpan || slot_colour(h, t.span, t.index) == SlotColour::kFree) {
      return fmt::format("sweep freed reachable object {:#x}", p);
    }
  }
  return "";
}

}  // namespace gosim::heap
