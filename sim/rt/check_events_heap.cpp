// --check-events rules for the allocator, the collector, goroutine stacks and calls: the slot,
// span, mcache, colour or frame each event names is in the state the sentence gives it.
#include <fmt/format.h>

#include "sim/base/goaddr.h"
#include "sim/heap/mgc.h"
#include "sim/rt/check_events_internal.h"
#include "sim/rt/stack.h"

namespace gosim::check {

namespace {

using heap::SpanIdx;
using heap::kNoSpan;

const heap::Span* span_starting_at(const Model& md, int64_t addr) {
  const SpanIdx si = heap::spanOf(md.heap, static_cast<uint64_t>(addr));
  if (si == kNoSpan) return nullptr;
  const heap::Span& s = md.heap.spans[static_cast<size_t>(si)];
  return s.startAddr == static_cast<uint64_t>(addr) ? &s : nullptr;
}

std::string span_state(const heap::Span& s) {
  return fmt::format("the span at {:#x} is state {}, class {}, {} page(s), {}/{} allocated, sweepgen {}", s.startAddr,
                     static_cast<int>(s.state), s.spanclass, s.npages, s.allocCount, s.nelems, s.sweepgen);
}

heap::SlotColour colour_of(const Model& md, int64_t addr, bool* found) {
  const heap::ObjectRef r = heap::findObject(md.heap, static_cast<uint64_t>(addr));
  *found = r.span != kNoSpan;
  return *found ? heap::slot_colour(md.heap, r.span, r.index) : heap::SlotColour::kFree;
}

std::string want_colour(const Model& md, int64_t addr, heap::SlotColour want) {
  bool found = false;
  const heap::SlotColour c = colour_of(md, addr, &found);
  if (!found) return fmt::format("{:#x} is in no heap object", addr);
  if (c != want) return fmt::format("the object at {:#x} is {}", addr, heap::slot_colour_name(c));
  return {};
}

bool marking(const Model& md) {
  return md.heap.gc.phase == heap::GCPhase::kMark || md.heap.gc.phase == heap::GCPhase::kMarkTerm;
}

const GCode* code_of(const Model& md, int64_t goid) {
  const GIdx g = find_g(md, goid);
  return g == kNoG ? nullptr : &md.allg[static_cast<size_t>(g)].code;
}

std::string malloc_rule(const Model& md, const Event& e) {
  const auto spc = static_cast<heap::SpanClass>(e.c & 0xff);
  const auto level = heap::malloc_event_level(e.c);
  if (level == heap::AllocLevel::kZero) {
    return static_cast<uint64_t>(e.a) == md.heap.zerobase ? std::string() : fmt::format("zerobase is {:#x}", md.heap.zerobase);
  }
  const heap::ObjectRef r = heap::findObject(md.heap, static_cast<uint64_t>(e.a));
  if (r.span == kNoSpan) return fmt::format("{:#x} is in no in-use span", e.a);
  const heap::Span& s = md.heap.spans[static_cast<size_t>(r.span)];
  if (heap::isFree(s, r.index)) return fmt::format("slot {} of the span at {:#x} is free (freeindex {})", r.index, s.startAddr, s.freeindex);
  if (level == heap::AllocLevel::kLarge && s.startAddr != static_cast<uint64_t>(e.a)) return span_state(s);
  if (level != heap::AllocLevel::kTiny && level != heap::AllocLevel::kLarge && s.spanclass != spc) return span_state(s);
  return {};
}

// Go does not allocate: the data word or buffer is read-only data or the goroutine's stack.
std::string no_alloc_rule(const Model& md, const Event& e) {
  const heap::ObjectRef r = heap::findObject(md.heap, static_cast<uint64_t>(e.c));
  return r.span == kNoSpan ? std::string() : fmt::format("{:#x} is in a heap object", e.c);
}

// The P's span of class `spc` in its mcache, or kNoSpan.
SpanIdx mcache_span(const Model& md, int32_t p, int64_t spc) {
  if (p < 0 || static_cast<size_t>(p) >= md.heap.mcaches.size()) return kNoSpan;
  return md.heap.mcaches[static_cast<size_t>(p)].alloc[static_cast<size_t>(spc)];
}

// The decision (refill is asked because the P has no free slot of the class): the mcache still
// holds the old, full span named (or none, when it names none).
std::string mcache_refill(const Model& md, const Event& e) {
  if (e.p < 0 || static_cast<size_t>(e.p) >= md.heap.mcaches.size()) return fmt::format("P{} has no mcache", e.p);
  const SpanIdx si = mcache_span(md, e.p, e.a);
  if (e.b == 0) return si == kNoSpan ? "" : fmt::format("P{}'s mcache already holds a span of class {}", e.p, e.a);
  if (si == kNoSpan) return fmt::format("P{}'s mcache holds no span of class {}", e.p, e.a);
  const heap::Span& s = md.heap.spans[static_cast<size_t>(si)];
  if (s.startAddr != static_cast<uint64_t>(e.b)) return fmt::format("P{}'s mcache holds the span at {:#x}", e.p, s.startAddr);
  if (s.allocCount != s.nelems) return span_state(s);
  return {};
}

// The effect: the span is now the P's for the class, in use, with a free slot.
std::string cache_span(const Model& md, const Event& e) {
  const heap::Span* s = span_starting_at(md, e.b);
  if (s == nullptr) return fmt::format("no span starts at {:#x}", e.b);
  if (s->state != heap::SpanState::kInUse || s->spanclass != e.a || s->allocCount >= s->nelems) return span_state(*s);
  const SpanIdx si = mcache_span(md, e.p, e.a);
  if (si == kNoSpan || md.heap.spans[static_cast<size_t>(si)].startAddr != static_cast<uint64_t>(e.b)) {
    return fmt::format("P{}'s mcache does not hold the span at {:#x} for class {}", e.p, e.b, e.a);
  }
  return {};
}

// The decision to grow, before mheap hands out the pages: the P's mcache has no span of the
// class (refill gave the full one back), and the page count is the class's.
std::string mcentral_grow(const Model& md, const Event& e) {
  if (mcache_span(md, e.p, e.a) != kNoSpan) return fmt::format("P{}'s mcache still holds a span of class {}", e.p, e.a);
  const uint64_t want = heap::class_to_allocnpages(heap::spanclass_sizeclass(static_cast<heap::SpanClass>(e.a)));
  if (static_cast<uint64_t>(e.b) != want) return fmt::format("class {} spans have {} page(s), not {}", e.a, want, e.b);
  return {};
}

std::string mheap_alloc(const Model& md, const Event& e) {
  const heap::Span* s = span_starting_at(md, e.a);
  if (s == nullptr) return fmt::format("no span starts at {:#x}", e.a);
  const heap::SpanState want = (e.c & 1) ? heap::SpanState::kManual : heap::SpanState::kInUse;
  if (s->state != want || static_cast<int64_t>(s->npages) != e.b) return span_state(*s);
  return {};
}

std::string heap_grow(const Model& md, const Event& e) {
  const uint64_t end = kArenaBase + md.heap.pages.mapped_pages * heap::kHeapPageSize;
  if (end < static_cast<uint64_t>(e.a + e.b)) return fmt::format("the heap is mapped up to {:#x}", end);
  return {};
}

std::string mheap_free(const Model& md, const Event& e) {
  const SpanIdx si = heap::spanOf(md.heap, static_cast<uint64_t>(e.a));
  if (si != kNoSpan) return span_state(md.heap.spans[static_cast<size_t>(si)]);
  return {};
}

std::string sweep_span(const Model& md, const Event& e) {
  const heap::Span* s = span_starting_at(md, e.a);
  if (s == nullptr) return fmt::format("no span starts at {:#x}", e.a);
  if (s->state != heap::SpanState::kInUse || static_cast<int64_t>(s->allocCount) != e.c || s->sweepgen != md.heap.sweepgen) {
    return span_state(*s) + fmt::format(" (heap sweepgen {})", md.heap.sweepgen);
  }
  return {};
}

std::string mcache_release(const Model& md, const Event& e) {
  if (e.p < 0 || static_cast<size_t>(e.p) >= md.heap.mcaches.size()) {
    // GOMAXPROCS shrank: a destroyed P's mcache is released and freed (Go: freemcache), so it
    // holds nothing because it is gone.
    const bool destroyed = e.p >= 0 && (static_cast<size_t>(e.p) >= md.allp.size() ||
                                        md.allp[static_cast<size_t>(e.p)].status == PStatus::kDead);
    return destroyed ? std::string() : fmt::format("P{} has no mcache but is not destroyed", e.p);
  }
  // Emitted once the mcache is empty (the sweeps of stale spans follow as their own events):
  // it holds no span and no tiny block, and its tiny count is flushed.
  const heap::MCache& c = md.heap.mcaches[static_cast<size_t>(e.p)];
  int64_t held = 0;
  for (const SpanIdx si : c.alloc) held += si != kNoSpan;
  if (held != 0) return fmt::format("P{}'s mcache still holds {} span(s)", e.p, held);
  if (c.tiny != 0 || c.tinyAllocs != 0) return fmt::format("P{}'s mcache still has its tiny block", e.p);
  return {};
}

bool in_stack_cache(const Model& md, int32_t p, uint64_t addr) {
  if (p < 0 || static_cast<size_t>(p) >= md.heap.mcaches.size()) return false;
  for (const heap::StackFreeList& l : md.heap.mcaches[static_cast<size_t>(p)].stackcache) {
    for (uint64_t a : l.list) {
      if (a == addr) return true;
    }
  }
  return false;
}

std::string stack_alloc(const Model& md, const Event& e) {
  const auto addr = static_cast<uint64_t>(e.a);
  const SpanIdx si = heap::spanOf(md.heap, addr);
  if (si == kNoSpan) return fmt::format("{:#x} is in no span", addr);
  const heap::Span& s = md.heap.spans[static_cast<size_t>(si)];
  if (s.state != heap::SpanState::kManual) return span_state(s);
  for (uint64_t a : s.manualFreeList) {
    if (a == addr) return fmt::format("{:#x} is still on its span's free list", addr);
  }
  if (in_stack_cache(md, e.p, addr)) return fmt::format("{:#x} is still in P{}'s stack cache", addr, e.p);
  // The stack is the event's G's at once (Go: newg.stack = stackalloc(...) in malg/gfget), or
  // the new stack of the G copying its own (copystack: it moves onto it at the copy_stack event).
  const uint64_t hi = addr + static_cast<uint64_t>(e.b);
  for (const G& g : md.allg) {
    if (g.goid != e.g) continue;
    if (g.code.stack_lo == addr && g.code.stack_hi == hi) return {};
    if (g.status == GStatus::kCopystack) return {};
    return fmt::format("G{}'s stack is [{:#x}, {:#x}), not [{:#x}, {:#x}), and it is not copying its stack", e.g,
                       g.code.stack_lo, g.code.stack_hi, addr, hi);
  }
  return fmt::format("no G has goid {}", e.g);
}

std::string stack_free(const Model& md, const Event& e) {
  for (const G& g : md.allg) {
    if (g.status != GStatus::kDead && g.code.stack_lo == static_cast<uint64_t>(e.a)) return fmt::format("G{}'s stack is still at {:#x}", g.goid, e.a);
  }
  if (static_cast<heap::StackFrom>(e.c) == heap::StackFrom::kCache && !in_stack_cache(md, e.p, static_cast<uint64_t>(e.a))) {
    return fmt::format("{:#x} is not in P{}'s stack cache", e.a, e.p);
  }
  return {};
}

std::string gc_phase(const Model& md, const Event& e) {
  if (md.heap.gc.phase != static_cast<heap::GCPhase>(e.b)) return fmt::format("the GC phase is {}", static_cast<int>(md.heap.gc.phase));
  return {};
}

std::string gc_mark_root(const Model& md, const Event& e) {
  if (!marking(md)) return fmt::format("the GC phase is {}", static_cast<int>(md.heap.gc.phase));
  if (static_cast<heap::RootKind>(e.a) == heap::RootKind::kStack && find_g(md, e.b) == kNoG) return fmt::format("no G{}", e.b);
  return {};
}

std::string gc_scan_object(const Model& md, const Event& e) { return want_colour(md, e.a, heap::SlotColour::kBlack); }
// Grey, or black at once for an object without pointers (Go never queues those).
std::string gc_shade(const Model& md, const Event& e) {
  return want_colour(md, e.a, (e.c & heap::kShadeNoscan) ? heap::SlotColour::kBlack : heap::SlotColour::kGrey);
}

// The barrier runs before its store and before its shades: each object it says it will shade
// is still white at its event.
std::string gc_write_barrier(const Model& md, const Event& e) {
  if (!marking(md)) return fmt::format("the GC phase is {}", static_cast<int>(md.heap.gc.phase));
  if ((e.c & 1) && heap::white_object(md.heap, static_cast<uint64_t>(e.a)) == 0) return fmt::format("the old target {:#x} is not white", e.a);
  if ((e.c & 2) && heap::white_object(md.heap, static_cast<uint64_t>(e.b)) == 0) return fmt::format("the new target {:#x} is not white", e.b);
  return {};
}

std::string gc_assist(const Model& md, const Event& e) {
  const GIdx g = find_g(md, e.g);
  if (g == kNoG) return fmt::format("no G has goid {}", e.g);
  if (md.allg[static_cast<size_t>(g)].status != GStatus::kRunning) return g_state(md, g);
  return {};
}

// The turn is counted in the controller's time for its kind of marker (Go: gcController's
// assistTime, dedicatedMarkTime, fractionalMarkTime, idleMarkTime), and the GC still marks.
std::string gc_mark_work(const Model& md, const Event& e) {
  if (!marking(md)) return fmt::format("the GC phase is {}", static_cast<int>(md.heap.gc.phase));
  const heap::GCController& c = md.heap.gc.controller;
  int64_t counted = 0;
  switch (static_cast<heap::MarkWorkerMode>(e.a)) {
    case heap::MarkWorkerMode::kNotWorker: counted = c.assistTime; break;
    case heap::MarkWorkerMode::kDedicated: counted = c.dedicatedMarkTime; break;
    case heap::MarkWorkerMode::kFractional: counted = c.fractionalMarkTime; break;
    case heap::MarkWorkerMode::kIdle: counted = c.idleMarkTime; break;
    default: return fmt::format("no mark worker mode {}", e.a);
  }
  if (counted < e.b) return fmt::format("the controller counts {} ns of this mode's work this cycle, less than the turn's {}", counted, e.b);
  return {};
}

std::string gc_pacer(const Model& md, const Event& e) {
  const heap::GCController& c = md.heap.gc.controller;
  if (md.heap.stats.nextGC != static_cast<uint64_t>(e.b) || c.heapMarked != static_cast<uint64_t>(e.c)) {
    return fmt::format("the heap goal is {} and heapMarked {}", md.heap.stats.nextGC, c.heapMarked);
  }
  return {};
}

std::string morestack(const Model& md, const Event& e) {
  const GCode* c = code_of(md, e.g);
  if (c == nullptr) return fmt::format("no G has goid {}", e.g);
  if (stackguard0(*c) != static_cast<uint64_t>(e.c) || stack_sp(*c) != static_cast<uint64_t>(e.b)) {
    return fmt::format("G{}'s stack is [{:#x}, {:#x}) with SP {:#x} (guard {:#x})", e.g, c->stack_lo, c->stack_hi, stack_sp(*c),
                       stackguard0(*c));
  }
  return {};
}

std::string copystack(const Model& md, const Event& e) {
  const GCode* c = code_of(md, e.g);
  if (c == nullptr) return fmt::format("no G has goid {}", e.g);
  const CopyStackResult r = copystack_from_event(e);
  if (c->stack_lo != r.new_lo || c->stack_hi != r.new_hi) {
    return fmt::format("G{}'s stack is [{:#x}, {:#x})", e.g, c->stack_lo, c->stack_hi);
  }
  return {};
}

std::string call(const Model& md, const Event& e) {
  const GCode* c = code_of(md, e.g);
  if (c == nullptr) return fmt::format("no G has goid {}", e.g);
  const auto depth = static_cast<size_t>(call_depth(e));
  if (c->frames.size() != depth + 1 || c->frames.back().fn != call_fn(e) || c->frames.back().fp != static_cast<uint64_t>(e.b)) {
    return fmt::format("G{} has {} frame(s), the innermost fn {} at {:#x}", e.g, c->frames.size(),
                       c->frames.empty() ? -1 : c->frames.back().fn, c->frames.empty() ? 0 : c->frames.back().fp);
  }
  return {};
}

std::string ret(const Model& md, const Event& e) {
  const GCode* c = code_of(md, e.g);
  if (c == nullptr) return fmt::format("no G has goid {}", e.g);
  const auto depth = static_cast<size_t>(call_depth(e));
  const bool caller_ok = e.c < 0 ? c->frames.empty() : !c->frames.empty() && c->frames.back().fn == e.c;
  if (c->frames.size() != depth || !caller_ok) {
    return fmt::format("G{} has {} frame(s), the innermost fn {}", e.g, c->frames.size(), c->frames.empty() ? -1 : c->frames.back().fn);
  }
  return {};
}

}  // namespace

void add_heap_rules(RuleTable& t) {
  add(t, EventKind::kMalloc, "malloc: the address is an allocated slot (not free) of an in-use span of that class "
      "(large: the span's base; size 0: zerobase)", malloc_rule);
  add(t, EventKind::kNoAlloc, "no_alloc: the address used instead of an allocation is in no heap object", no_alloc_rule);
  add(t, EventKind::kMcacheRefill, "mcache_refill: the P's mcache has no free slot of the class: it holds the named full span (or none)", mcache_refill);
  add(t, EventKind::kCacheSpan, "cache_span: the named span is the P's mcache's for the class, in use, with a free slot", cache_span);
  add(t, EventKind::kMcentralGrow, "mcentral_grow: the P's mcache has no span of the class, and the page count is the class's", mcentral_grow);
  add(t, EventKind::kMheapAlloc, "mheap_alloc: a span of that many pages starts at the base, in use (a stack: manual)", mheap_alloc);
  add(t, EventKind::kHeapGrow, "heap_grow: the page allocator has mapped the new range", heap_grow);
  add(t, EventKind::kMheapFree, "mheap_free: no span owns the freed base any more", mheap_free);
  add(t, EventKind::kSweepSpan, "sweep_span: the span is swept (sweepgen is the heap's) with the named live count", sweep_span);
  add(t, EventKind::kMcacheRelease, "mcache_release: the P's mcache holds no span and no tiny block any more (a "
      "destroyed P's mcache is gone)", mcache_release);
  add(t, EventKind::kStackAlloc, "stack_alloc: the range is in a stack span, off its free list and the P's stack cache, "
      "and the G's stack (or the new stack of the G, copying its own)", stack_alloc);
  add(t, EventKind::kStackFree, "stack_free: no live G's stack is at the address; freed to the cache: it is in the P's "
      "stack cache", stack_free);
  add(t, EventKind::kGcPhase, "gc_phase: the heap's GC phase is the named one", gc_phase);
  add(t, EventKind::kGcMarkRoot, "gc_mark_root: the GC is marking (and a stack root's G exists)", gc_mark_root);
  add(t, EventKind::kGcScanObject, "gc_scan_object: the object is black", gc_scan_object);
  add(t, EventKind::kGcShade, "gc_shade: the object is grey (black at once when it holds no pointers)", gc_shade);
  add(t, EventKind::kGcWriteBarrier, "gc_write_barrier: the GC is marking and every object it will shade is still white", gc_write_barrier);
  add(t, EventKind::kGcAssist, "gc_assist: the assisting G is running", gc_assist);
  add(t, EventKind::kGcMarkWork, "gc_mark_work: the GC is marking and the mode's mark time this cycle includes the turn",
      gc_mark_work);
  add(t, EventKind::kGcPacer, "gc_pacer: the heap goal and heapMarked are the named ones", gc_pacer);
  add(t, EventKind::kMorestack, "morestack: the G's stack has not moved yet: SP and stackguard0 are the named ones", morestack);
  add(t, EventKind::kCopyStack, "copystack: the G's stack is the new range", copystack);
  add(t, EventKind::kCall, "call: the G has depth+1 frames, the innermost the callee's at the named address", call);
  add(t, EventKind::kReturn, "return: the G has depth frames left, the innermost the caller's", ret);
}

}  // namespace gosim::check
