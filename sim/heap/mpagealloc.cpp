#include "sim/heap/mpagealloc.h"

#include <limits>

namespace gosim::heap {
namespace {

constexpr uint64_t kNone = std::numeric_limits<uint64_t>::max();

void set_range(PageAlloc& pa, uint64_t first, uint64_t n, bool used) {
  for (uint64_t i = first; i < first + n; ++i) {
    const uint64_t bit = 1ull << (i % 64);
    if (used) pa.inuse[i / 64] |= bit; else pa.inuse[i / 64] &= ~bit;
  }
}

// Lowest free page at or after `from`; kNone if none is mapped.
uint64_t next_free(const PageAlloc& pa, uint64_t from) {
  for (uint64_t i = from; i < pa.mapped_pages;) {
    const uint64_t word = pa.inuse[i / 64] >> (i % 64);
    if (word == (~0ull >> (i % 64))) {  // the rest of this word is in use
      i = (i / 64 + 1) * 64;
      continue;
    }
    if ((word & 1) == 0) return i;
    ++i;
  }
  return kNone;
}

}  // namespace

bool page_in_use(const PageAlloc& pa, uint64_t page) {
  return page >= pa.mapped_pages || ((pa.inuse[page / 64] >> (page % 64)) & 1) != 0;
}

uint64_t pagealloc_alloc(PageAlloc& pa, uint64_t npages) {
  const uint64_t lowest = next_free(pa, pa.search_page);
  uint64_t start = lowest;
  while (start != kNone && start + npages <= pa.mapped_pages) {
    uint64_t run = 0;
    while (run < npages && !page_in_use(pa, start + run)) ++run;
    if (run == npages) {
      set_range(pa, start, npages, true);
      // search_page stays a lower bound on free pages (Go's searchAddr): it moves only when the
      // run began at the lowest free page.
      pa.search_page = start == lowest ? start + npages : lowest;
      return start;
    }
    start = next_free(pa, start + run);
  }
  if (lowest == kNone) pa.search_page = pa.mapped_pages;
  return kNone;
}

void pagealloc_free(PageAlloc& pa, uint64_t first_page, uint64_t npages) {
  set_range(pa, first_page, npages, false);
  if (first_page < pa.search_page) pa.search_page = first_page;
}

void pagealloc_grow(PageAlloc& pa, uint64_t npages) {
  const uint64_t old = pa.mapped_pages;
  pa.mapped_pages += npages;
  pa.inuse.resize((pa.mapped_pages + 63) / 64, 0);
  if (pa.search_page >= old) pa.search_page = next_free(pa, old) == kNone ? pa.mapped_pages : old;
}

PageCache allocToCache(PageAlloc& pa) {
  const uint64_t first = next_free(pa, pa.search_page);
  if (first == kNone) {
    pa.search_page = pa.mapped_pages;
    return {};
  }
  PageCache c;
  c.base_page = first / kPageCachePages * kPageCachePages;
  // The 64-page block is one bitmap word: its free pages all go to the cache.
  c.cache = ~pa.inuse[c.base_page / 64];
  pa.inuse[c.base_page / 64] = ~0ull;
  pa.search_page = c.base_page + kPageCachePages - 1;
  if (page_in_use(pa, pa.search_page)) {
    const uint64_t nf = next_free(pa, pa.search_page);
    pa.search_page = nf == kNone ? pa.mapped_pages : nf;
  }
  return c;
}

uint64_t pagecache_alloc(PageCache& c, uint64_t npages) {
  const uint64_t run_mask = npages >= 64 ? ~0ull : (1ull << npages) - 1;
  for (uint64_t i = 0; i + npages <= kPageCachePages; ++i) {
    if (((c.cache >> i) & run_mask) == run_mask) {
      c.cache &= ~(run_mask << i);
      return c.base_page + i;
    }
  }
  return kNone;
}

void pagecache_flush(PageCache& c, PageAlloc& pa) {
  for (uint64_t i = 0; i < kPageCachePages; ++i) {
    if ((c.cache >> i) & 1) pagealloc_free(pa, c.base_page + i, 1);
  }
  c = {};
}

}  // namespace gosim::heap
