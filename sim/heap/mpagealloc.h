// The page allocator (Go: runtime/mpagealloc.go, mpagecache.go), on a flat bitmap.
//
// Go keeps a radix tree of summaries over a bitmap of all pages so that "the lowest-addressed run
// of n free pages" is fast in a huge address space. gosim keeps only the bitmap and searches it
// from the lowest page that may be free: the same answer, and heaps in lessons are small.
#pragma once

#include <cstdint>

#include "sim/heap/heap.h"

namespace gosim::heap {

// Go: pageAlloc.alloc: first fit, lowest address; marks the pages in use. Returns the first page
// number, or UINT64_MAX when no run of npages free pages exists in the mapped range.
uint64_t pagealloc_alloc(PageAlloc& pa, uint64_t npages);
void pagealloc_free(PageAlloc& pa, uint64_t first_page, uint64_t npages);
// Go: pageAlloc.grow: the pages up to mapped_pages + npages become free and usable.
void pagealloc_grow(PageAlloc& pa, uint64_t npages);
bool page_in_use(const PageAlloc& pa, uint64_t page);
// Go: pageAlloc.allocToCache: the 64-page aligned block holding the lowest free page, with all of
// its free pages; empty when nothing is free.
PageCache allocToCache(PageAlloc& pa);
// Go: pageCache.alloc: lowest run of npages in the cache; UINT64_MAX if none.
uint64_t pagecache_alloc(PageCache& c, uint64_t npages);
// Go: pageCache.flush: the cache's free pages go back to the page allocator.
void pagecache_flush(PageCache& c, PageAlloc& pa);

}  // namespace gosim::heap
