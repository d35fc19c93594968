// Go: runtime/stack.go stackalloc/stackfree: where goroutine stacks come from.
//
// Stacks are powers of two from 2 KiB. The four small orders (2, 4, 8, 16 KiB) are cut from
// 32 KiB spans (stackpool) and cached per P in free lists of up to 32 KiB, refilled and
// drained 16 KiB at a time, exactly like the object caches but managed by hand (the spans are
// mSpanManual: never swept, counted as StackInuse instead of HeapInuse). Bigger stacks get a span
// of their own from mheap; freed ones go straight back to mheap, or to stackLarge while the GC
// runs. All lists here are LIFO as in Go, which is why the first goroutine stack of a fresh P
// sits in the middle of its span, not at the span's base.
#include <bit>

#include "sim/heap/heap.h"
#include "sim/heap/stack_internal.h"

namespace gosim::heap {
namespace {

int order_of(uint64_t n) { return std::countr_zero(n / kFixedStack); }
bool small_stack(uint64_t n) { return n < (kFixedStack << kNumStackOrders) && n < kStackCacheSize; }

void list_remove(std::vector<SpanIdx>& list, SpanIdx s) {
  for (auto it = list.begin(); it != list.end(); ++it) {
    if (*it == s) {
      list.erase(it);
      return;
    }
  }
}

// Go: runtime/stack.go stackpoolalloc.
uint64_t stackpoolalloc(Heap& h, int32_t p, int order, EventOut out) {
  std::vector<SpanIdx>& list = h.stackpool[static_cast<size_t>(order)];
  if (list.empty()) {
    const SpanIdx si = allocSpan(h, p, kStackCacheSize / kHeapPageSize, SpanUse::kStack, 0, out);
    Span& s = h.spans[static_cast<size_t>(si)];
    s.elemsize = kFixedStack << order;
    // Each stack is pushed on the head, so the span's last stack is handed out first.
    for (uint64_t i = 0; i < kStackCacheSize; i += s.elemsize) s.manualFreeList.push_back(s.startAddr + i);
    list.insert(list.begin(), si);
  }
  const SpanIdx si = list.front();
  Span& s = h.spans[static_cast<size_t>(si)];
  const uint64_t x = s.manualFreeList.back();
  s.manualFreeList.pop_back();
  ++s.allocCount;
  if (s.manualFreeList.empty()) list.erase(list.begin());
  return x;
}

// Go: runtime/stack.go stackpoolfree.
void stackpoolfree(Heap& h, uint64_t x, int order, EventOut out) {
  const SpanIdx si = spanOf(h, x);
  if (si == kNoSpan || h.spans[static_cast<size_t>(si)].state != SpanState::kManual) {
    throw HeapThrow("stackpoolfree: not a stack span");
  }
  std::vector<SpanIdx>& list = h.stackpool[static_cast<size_t>(order)];
  Span& s = h.spans[static_cast<size_t>(si)];
  if (s.manualFreeList.empty()) list.insert(list.begin(), si);  // it has a free stack again
  s.manualFreeList.push_back(x);
  --s.allocCount;
  // While the GC runs, an empty span is kept for freeStackSpans (the GC may still look at it).
  if (!h.gc_marking && s.allocCount == 0) {
    list_remove(list, si);
    s.manualFreeList.clear();
    freeSpan(h, si, out);
  }
}

// Go: runtime/stack.go stackcacherefill: half a cache's worth (16 KiB) from the pool.
void stackcacherefill(Heap& h, int32_t p, int order, EventOut out) {
  StackFreeList& c = h.mcaches[static_cast<size_t>(p)].stackcache[static_cast<size_t>(order)];
  while (c.size < kStackCacheSize / 2) {
    c.list.push_back(stackpoolalloc(h, p, order, out));
    c.size += kFixedStack << order;
  }
}

// Go: runtime/stack.go stackcacherelease: drain a full cache down to half.
void stackcacherelease(Heap& h, int32_t p, int order, EventOut out) {
  StackFreeList& c = h.mcaches[static_cast<size_t>(p)].stackcache[static_cast<size_t>(order)];
  while (c.size > kStackCacheSize / 2) {
    const uint64_t x = c.list.back();
    c.list.pop_back();
    stackpoolfree(h, x, order, out);
    c.size -= kFixedStack << order;
  }
}

}  // namespace

StackResult stackalloc(Heap& h, int32_t p, uint64_t n, EventOut out) {
  if (n < kFixedStack || !std::has_single_bit(n)) throw HeapThrow("stackalloc: stack size not a power of 2");
  if (p >= static_cast<int32_t>(h.mcaches.size())) throw HeapThrow("stackalloc: no such P");
  StackResult r;
  r.size = n;
  if (small_stack(n)) {
    const int order = order_of(n);
    if (p < 0) {
      r.addr = stackpoolalloc(h, p, order, out);
      r.from = StackFrom::kPool;
    } else {
      StackFreeList& c = h.mcaches[static_cast<size_t>(p)].stackcache[static_cast<size_t>(order)];
      r.from = StackFrom::kCache;
      if (c.list.empty()) {
        stackcacherefill(h, p, order, out);
        r.from = StackFrom::kPool;
      }
      r.addr = c.list.back();
      c.list.pop_back();
      c.size -= n;
    }
    r.span = spanOf(h, r.addr);
  } else {
    const uint64_t npage = n >> kPageShift;
    const auto log2npage = static_cast<size_t>(std::countr_zero(npage));
    if (log2npage < h.stackLarge.size() && !h.stackLarge[log2npage].empty()) {
      r.span = h.stackLarge[log2npage].front();
      h.stackLarge[log2npage].erase(h.stackLarge[log2npage].begin());
      r.from = StackFrom::kLargeFree;
    } else {
      r.span = allocSpan(h, p, npage, SpanUse::kStack, 0, out);
      h.spans[static_cast<size_t>(r.span)].elemsize = n;
      r.from = StackFrom::kMheap;
    }
    r.addr = h.spans[static_cast<size_t>(r.span)].startAddr;
  }
  emit(out, EventKind::kStackAlloc, p, static_cast<int64_t>(r.addr), static_cast<int64_t>(n), static_cast<int64_t>(r.from));
  return r;
}

void stackfree(Heap& h, int32_t p, uint64_t v, uint64_t n, EventOut out) {
  if (n < kFixedStack || !std::has_single_bit(n)) throw HeapThrow("stackfree: stack size not a power of 2");
  if (p >= static_cast<int32_t>(h.mcaches.size())) throw HeapThrow("stackfree: no such P");
  StackFrom to = StackFrom::kCache;
  if (small_stack(n)) {
    const int order = order_of(n);
    if (p < 0) {
      stackpoolfree(h, v, order, out);
      to = StackFrom::kPool;
    } else {
      StackFreeList& c = h.mcaches[static_cast<size_t>(p)].stackcache[static_cast<size_t>(order)];
      if (c.size >= kStackCacheSize) stackcacherelease(h, p, order, out);
      c.list.push_back(v);
      c.size += n;
    }
  } else {
    const SpanIdx si = spanOf(h, v);
    if (si == kNoSpan || h.spans[static_cast<size_t>(si)].state != SpanState::kManual) {
      throw HeapThrow("stackfree: bad span state");
    }
    if (!h.gc_marking) {
      freeSpan(h, si, out);
      to = StackFrom::kMheap;
    } else {
      const auto log2npage = static_cast<size_t>(std::countr_zero(n >> kPageShift));
      if (h.stackLarge.size() <= log2npage) h.stackLarge.resize(log2npage + 1);
      h.stackLarge[log2npage].insert(h.stackLarge[log2npage].begin(), si);
      to = StackFrom::kLargeFree;
    }
  }
  emit(out, EventKind::kStackFree, p, static_cast<int64_t>(v), static_cast<int64_t>(n), static_cast<int64_t>(to));
}

void stackcache_clear(Heap& h, int32_t p) {
  for (int order = 0; order < kNumStackOrders; ++order) {
    StackFreeList& c = h.mcaches[static_cast<size_t>(p)].stackcache[static_cast<size_t>(order)];
    while (!c.list.empty()) {
      const uint64_t x = c.list.back();
      c.list.pop_back();
      stackpoolfree(h, x, order, nullptr);
    }
    c.size = 0;
  }
}

void freeStackSpans(Heap& h, EventOut out) {
  for (auto& list : h.stackpool) {
    for (size_t i = 0; i < list.size();) {
      Span& s = h.spans[static_cast<size_t>(list[i])];
      if (s.allocCount == 0) {
        const SpanIdx si = list[i];
        list.erase(list.begin() + static_cast<std::ptrdiff_t>(i));
        s.manualFreeList.clear();
        freeSpan(h, si, out);
      } else {
        ++i;
      }
    }
  }
  for (auto& list : h.stackLarge) {
    for (SpanIdx si : list) freeSpan(h, si, out);
    list.clear();
  }
}

}  // namespace gosim::heap
