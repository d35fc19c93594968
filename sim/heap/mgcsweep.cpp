// Go: runtime/mgcsweep.go and the mark-bit half of mbitmap.go: what the collector leaves behind
// and how the allocator gets the slots back.
//
// Marking sets a bit per live object in the span's gcmarkBits. Sweeping a span counts the marked
// slots, and the mark bits simply become the span's allocBits: every unmarked slot is free again
// and freeindex restarts at 0, so the next allocations reuse the lowest freed slots first. A span
// with nothing marked goes back to mheap; a large object's span is freed whole.
//
// The spans to sweep are found through the mcentral sets: bumping mheap.sweepgen by 2 flips
// which half of each set counts as "unswept", so every span becomes unswept at once.
// The rest of the collector (mark phase, roots, write barrier, pacer) is in mgc*.cpp and
// mbarrier.cpp; gcMarkTermination (mgc.cpp) calls start_sweep_cycle.
#include <bit>

#include <algorithm>

#include "sim/heap/heap.h"
#include "sim/heap/stack_internal.h"

namespace gosim::heap {
namespace {

bool bit(const std::vector<uint64_t>& bits, uint32_t i) { return ((bits[i / 64] >> (i % 64)) & 1) != 0; }

uint32_t count_marked(const Span& s) {
  uint32_t n = 0;
  for (uint32_t w = 0; w < s.gcmarkBits.size(); ++w) {
    uint64_t word = s.gcmarkBits[w];
    const uint32_t valid = s.nelems - w * 64;
    if (valid < 64) word &= (1ull << valid) - 1;
    n += static_cast<uint32_t>(std::popcount(word));
  }
  return n;
}

}  // namespace

const char* slot_colour_name(SlotColour c) {
  switch (c) {
    case SlotColour::kFree: return "free";
    case SlotColour::kWhite: return "white";
    case SlotColour::kGrey: return "grey";
    case SlotColour::kBlack: return "black";
  }
  return "?";
}

bool isFree(const Span& s, uint32_t index) { return index >= s.freeindex && !bit(s.allocBits, index); }

SlotColour slot_colour(const Heap& h, SpanIdx si, uint32_t index) {
  const Span& s = h.spans[static_cast<size_t>(si)];
  if (isFree(s, index)) return SlotColour::kFree;
  if (!bit(s.gcmarkBits, index)) return SlotColour::kWhite;
  return bit(s.greyBits, index) ? SlotColour::kGrey : SlotColour::kBlack;
}

std::vector<SlotColour> span_colours(const Heap& h, SpanIdx si) {
  const Span& s = h.spans[static_cast<size_t>(si)];
  std::vector<SlotColour> out;
  out.reserve(s.nelems);
  for (uint32_t i = 0; i < s.nelems; ++i) out.push_back(slot_colour(h, si, i));
  return out;
}

// Go: runtime/mgcmark.go greyobject: mark the object and queue it for scanning.
bool greyobject(Heap& h, uint64_t addr) {
  const ObjectRef obj = findObject(h, addr);
  if (obj.span == kNoSpan) return false;
  Span& s = h.spans[static_cast<size_t>(obj.span)];
  if (isFree(s, obj.index) || bit(s.gcmarkBits, obj.index)) return false;
  s.gcmarkBits[obj.index / 64] |= 1ull << (obj.index % 64);
  // Go never queues noscan objects: with nothing to scan they are black at once.
  if (!spanclass_noscan(s.spanclass)) s.greyBits[obj.index / 64] |= 1ull << (obj.index % 64);
  return true;
}

void blacken(Heap& h, uint64_t addr) {
  const ObjectRef obj = findObject(h, addr);
  if (obj.span == kNoSpan) return;
  h.spans[static_cast<size_t>(obj.span)].greyBits[obj.index / 64] &= ~(1ull << (obj.index % 64));
}

uint64_t white_object(const Heap& h, uint64_t addr) {
  const ObjectRef obj = findObject(h, addr);
  if (obj.span == kNoSpan) return 0;
  const Span& s = h.spans[static_cast<size_t>(obj.span)];
  return isFree(s, obj.index) || bit(s.gcmarkBits, obj.index) ? 0 : obj.base;
}

uint64_t count_white(const Heap& h, const std::vector<uint64_t>& ptrs) {
  thread_local std::vector<uint64_t> bases;  // host scratch
  bases.clear();
  for (uint64_t p : ptrs) {
    if (const uint64_t b = white_object(h, p); b != 0) bases.push_back(b);
  }
  std::sort(bases.begin(), bases.end());
  return static_cast<uint64_t>(std::unique(bases.begin(), bases.end()) - bases.begin());
}

bool is_marked(const Heap& h, uint64_t addr) {
  const ObjectRef obj = findObject(h, addr);
  return obj.span != kNoSpan && bit(h.spans[static_cast<size_t>(obj.span)].gcmarkBits, obj.index);
}

// Go: runtime/mgcsweep.go (*sweepLocked).sweep.
bool sweep_span(Heap& h, SpanIdx si, bool preserve, EventOut out) {
  Span& s = h.spans[static_cast<size_t>(si)];
  if (s.state != SpanState::kInUse) throw HeapThrow("mspan.sweep: bad span state");
  const uint32_t sweepgen = h.sweepgen;
  const SpanClass spc = s.spanclass;
  const int sc = spanclass_sizeclass(spc);
  const uint32_t nalloc = count_marked(s);
  if (nalloc > s.allocCount) throw HeapThrow("mspan.sweep: sweep increased allocation count");
  const uint32_t nfreed = s.allocCount - nalloc;
  s.allocCount = nalloc;
  s.freeindex = 0;
  if (sc != 0 && nfreed > 0) {
    h.stats.smallFreeCount[static_cast<size_t>(sc)] += nfreed;
    s.needzero = true;
  }
  // The mark bits become the allocation bits; the new mark bits start clear.
  s.allocBits.swap(s.gcmarkBits);
  std::fill(s.gcmarkBits.begin(), s.gcmarkBits.end(), 0);
  std::fill(s.greyBits.begin(), s.greyBits.end(), 0);
  s.sweepgen = sweepgen;
  const uint64_t base = s.startAddr;
  emit(out, EventKind::kSweepSpan, -1, static_cast<int64_t>(base), nfreed, nalloc);
  if (preserve) return false;
  if (sc != 0) {
    if (nalloc == 0) {
      freeSpan(h, si, out);
      return true;
    }
    if (nalloc == s.nelems) fullSwept(h, spc).push_back(si); else partialSwept(h, spc).push_back(si);
    return false;
  }
  if (nfreed != 0) {
    h.stats.largeFree += s.elemsize;
    ++h.stats.largeFreeCount;
    freeSpan(h, si, out);
    return true;
  }
  fullSwept(h, spc).push_back(si);
  return false;
}

// Go: runtime/mgcsweep.go sweepone with mheap.nextSpanForSweep: sweep classes in order, for each
// span class the full unswept set first, then the partial one.
SpanIdx sweepone(Heap& h, EventOut out) {
  while (h.sweep_central_index < kNumSpanClasses * 2) {
    const auto spc = static_cast<SpanClass>(h.sweep_central_index >> 1);
    const bool full = (h.sweep_central_index & 1) == 0;
    std::deque<SpanIdx>& set = full ? fullUnswept(h, spc) : partialUnswept(h, spc);
    if (set.empty()) {
      ++h.sweep_central_index;
      continue;
    }
    const SpanIdx si = set.front();
    set.pop_front();
    if (h.spans[static_cast<size_t>(si)].sweepgen != h.sweepgen - 2) continue;  // swept by cacheSpan
    sweep_span(h, si, false, out);
    return si;
  }
  h.sweepdone = true;
  return kNoSpan;
}

// Go: runtime/mgc.go gcMarkTermination -> gcSweep, then each P's mcache.prepareForSweep and
// freeStackSpans. Any sweeping left from the last cycle finishes first (Go: finishsweep_m).
void finishsweep_m(Heap& h, EventOut out) {
  while (sweepone(h, out) != kNoSpan) {
  }
}

void start_sweep_cycle(Heap& h, EventOut out) {
  finishsweep_m(h, out);
  h.gc_marking = false;
  h.sweepgen += 2;
  h.sweep_central_index = 0;
  h.sweepdone = false;
  for (size_t p = 0; p < h.mcaches.size(); ++p) {
    releaseAll(h, static_cast<int32_t>(p), out);
    stackcache_clear(h, static_cast<int32_t>(p));
  }
  freeStackSpans(h, out);
}

}  // namespace gosim::heap
