// The sentence a learner reads for each allocator event (the event table's arguments, in words).
#include <fmt/format.h>

#include "sim/heap/heap.h"

namespace gosim::heap {
namespace {

std::string class_phrase(int64_t spc) {
  const auto s = static_cast<SpanClass>(spc);
  const int sc = spanclass_sizeclass(s);
  const char* scan = spanclass_noscan(s) ? "noscan" : "scan";
  if (sc == 0) return fmt::format("span class {} (large, {})", spc, scan);
  return fmt::format("span class {} (size class {}: {}-byte objects, {})", spc, sc, class_to_size(sc), scan);
}

const char* cache_span_from(int64_t from) {
  switch (from) {
    case 0: return "a swept span with free slots";
    case 1: return "a span it has just swept, with free slots";
    case 2: return "a full span in which sweeping has just freed slots";
    default: return "a fresh span, after growing from mheap";
  }
}

const char* stack_place(int64_t from) {
  switch (static_cast<StackFrom>(from)) {
    case StackFrom::kCache: return "the P's stack cache";
    case StackFrom::kPool: return "the global stack pool";
    case StackFrom::kLargeFree: return "the large-stack free list";
    case StackFrom::kMheap: return "mheap";
  }
  return "?";
}

std::string describe_malloc(const Event& e) {
  const auto spc = static_cast<SpanClass>(e.c & 0xff);
  const auto level = malloc_event_level(e.c);
  switch (level) {
    case AllocLevel::kZero: return fmt::format("new of 0 bytes returns &runtime.zerobase ({:#x}): nothing is allocated", e.a);
    case AllocLevel::kTiny:
      return fmt::format("{} pointer-free bytes fit into the P's current 16-byte tiny block at {:#x}", e.b, e.a);
    case AllocLevel::kLarge:
      return fmt::format("{} bytes is over 32 KiB: a large object on its own span of {} pages at {:#x}", e.b,
                         (e.b + 8191) / 8192, e.a);
    default: {
      const int sc = spanclass_sizeclass(spc);
      const char* by = level == AllocLevel::kMcache     ? "the P's mcache (fast path)"
                       : level == AllocLevel::kMcentral ? "mcentral after an mcache refill"
                                                        : "mheap: mcentral had to grow";
      if (spc == kTinySpanClass && static_cast<uint64_t>(e.b) < kMaxTinySize) {
        return fmt::format("{} pointer-free bytes start a new 16-byte tiny block at {:#x} (span class {}), served by {}",
                           e.b, e.a, spc, by);
      }
      return fmt::format("{} bytes -> size class {} ({}-byte objects) -> span class {} ({}) -> {:#x}, served by {}", e.b,
                         sc, class_to_size(sc), spc, spanclass_noscan(spc) ? "noscan" : "scan", e.a, by);
    }
  }
  return "?";
}

}  // namespace

const char* alloc_why_phrase(AllocWhy w) {
  switch (w) {
    case AllocWhy::kConvT16: case AllocWhy::kConvT32: case AllocWhy::kConvT64:
      return "runtime.convT16/32/64: the value is 256 or more, so it cannot point into staticuint64s";
    case AllocWhy::kConvTstring: return "runtime.convTstring: a non-empty string header copied to the heap for an escaping interface";
    case AllocWhy::kConvTslice: return "runtime.convTslice: a non-nil slice header copied to the heap for an escaping interface";
    case AllocWhy::kConvT: return "runtime.convT: the value is copied to the heap for an escaping interface";
    case AllocWhy::kConvTnoptr:
      return "runtime.convTnoptr: the pointer-free value is copied to the heap for an interface that escapes (or it is over 1024 bytes)";
    default: return "";
  }
}

std::string describe_heap_event(const Event& e, Lang) {
  switch (e.kind) {
    case EventKind::kMalloc: {
      const char* why = alloc_why_phrase(malloc_event_why(e.c));
      return *why ? describe_malloc(e) + " — " + why : describe_malloc(e);
    }
    case EventKind::kMcacheRefill:
      return e.b ? fmt::format("P{}'s span for {} (at {:#x}) has no free slot left: mcache.refill hands it back to mcentral "
                               "and asks for one with room",
                               e.p, class_phrase(e.a), e.b)
                 : fmt::format("P{} has no span for {} yet: mcache.refill asks mcentral for one", e.p, class_phrase(e.a));
    case EventKind::kCacheSpan:
      return fmt::format("mcentral for {} gives {} ({:#x}); it is now P{}'s span for the class", class_phrase(e.a),
                         cache_span_from(e.c), e.b, e.p);
    case EventKind::kMcentralGrow:
      return fmt::format("mcentral for {} has no span with room: it grows, asking mheap for {} fresh page(s)",
                         class_phrase(e.a), e.b);
    case EventKind::kMheapAlloc:
      return fmt::format("mheap hands out {} page(s) at {:#x} for {}{}", e.b, e.a, (e.c & 1) ? "a stack" : "a heap span",
                         (e.c & 2) ? ", from the P's 64-page cache" : "");
    case EventKind::kHeapGrow:
      return fmt::format("the heap grows by {} KiB of arena at {:#x}; HeapSys is now {} KiB", e.b / 1024, e.a, e.c / 1024);
    case EventKind::kMheapFree:
      return fmt::format("the {} at {:#x} ({} page(s)) goes back to mheap's free pages", e.c ? "stack span" : "span", e.a, e.b);
    case EventKind::kSweepSpan:
      return fmt::format("sweeping the span at {:#x}: {} unmarked object(s) become free slots, {} stay", e.a, e.b, e.c);
    case EventKind::kMcacheRelease:
      return fmt::format("P{} gives its {} cached span(s) back to the mcentrals and drops its tiny block", e.p, e.a);
    case EventKind::kStackAlloc:
      return fmt::format("a {} KiB goroutine stack at {:#x} from {}", e.b / 1024, e.a, stack_place(e.c));
    case EventKind::kStackFree:
      return fmt::format("the {} KiB stack at {:#x} goes back to {}", e.b / 1024, e.a, stack_place(e.c));
    default:
      return "?";
  }
}

}  // namespace gosim::heap
