// The heap at the cursor, arranged the way the Heap panel draws it (headless, like
// scheduler_view.h, so the UI test compares pixels with the same facts).
//
// Go's allocator has three levels (sim/heap/heap.h): per-P mcaches holding one span per span
// class, an mcentral per span class with partial and full span sets, and the mheap's pages.
// The view groups in-use spans by span class (size class + noscan), smallest class first and
// each group's spans in address order, notes which P's mcache holds a span and which mcentral
// set lists it, and lists large objects (class 0: a span each) and the page counts.
//
// The panel draws spans as lines of slot cells; heap_lines() cuts the groups into lines of at
// most `per_line` slots (uniform height, so ImGuiListClipper draws only the visible ones with
// 5k spans). Slot colours are read at draw time with heap::slot_colour.
#pragma once

#include <cstdint>
#include <vector>

#include "sim/heap/heap.h"

namespace gosim::viz {

class Session;

struct HeapSpanRow {
  heap::SpanIdx span = heap::kNoSpan;
  heap::SpanClass spanclass = 0;
  uint64_t base = 0;
  uint64_t elemsize = 0;
  uint32_t nelems = 0;
  uint32_t alloc = 0;       // slots in use (Go: allocCount, plus slots below freeindex)
  int32_t cached_by = -1;   // the P whose mcache allocates from it, or -1
  using Set = heap::SpanPlace::Set;
  Set set = Set::kNone;     // where mcentral lists it
  bool swept = true;        // sweepgen == mheap.sweepgen (or cached and swept)
};

struct HeapClassGroup {
  heap::SpanClass spanclass = 0;
  int sizeclass = 0;
  bool noscan = false;
  uint32_t size = 0;  // bytes per object
  std::vector<size_t> rows;  // into HeapView::spans
  uint32_t partial = 0, full = 0;  // mcentral's sets (swept + unswept)
  uint64_t objects = 0;            // slots in use over its spans
};

struct HeapMcacheRow {
  int32_t p = 0;
  std::vector<std::pair<heap::SpanClass, heap::SpanIdx>> spans;  // classes with a cached span
  uint64_t tiny = 0, tinyoffset = 0;
  uint64_t stack_cached = 0;  // bytes in its stack cache
};

struct HeapView {
  std::vector<HeapSpanRow> spans;      // small-object spans, grouped as `classes` says
  std::vector<HeapClassGroup> classes; // span classes with at least one in-use span
  std::vector<HeapSpanRow> large;      // class 0: one object per span
  std::vector<HeapMcacheRow> mcaches;  // one per P
  uint64_t pages_mapped = 0, pages_inuse = 0, pages_idle = 0;
  uint64_t heap_pages = 0, stack_pages = 0;
  uint32_t stack_spans = 0;
  heap::MemStats stats;
  heap::GCPhase phase = heap::GCPhase::kOff;
  uint32_t sweepgen = 0;
};

HeapView build_heap_view(const Session& s);

// One drawn line of the heap panel: a class header, or up to per_line slots of one span.
struct HeapLine {
  enum class Kind : uint8_t { kHeader, kSlots } kind = Kind::kSlots;
  uint32_t group = 0;        // index into HeapView::classes
  uint32_t row = 0;          // kSlots: index into HeapView::spans
  uint32_t first_slot = 0, nslots = 0;
};
std::vector<HeapLine> heap_lines(const HeapView& v, uint32_t per_line);

}  // namespace gosim::viz
