// Simulated memory: a byte-addressed address space with Go-like addresses.
//
// Heap objects and goroutine stacks live in the arena from 0xc000000000, as on a 64-bit Go
// process; read-only data (string literals, type descriptors) lives near 0x4b0000. Pointers in
// a simulated program are these addresses, so &x prints what Go would print in shape.
//
// Memory is kept in 8 KiB pages shared copy-on-write: a checkpoint copies the page table (a
// map of shared pointers), and a page is copied only when it is written after that. So stepping
// back through a long run costs memory only for the pages that changed.
#pragma once

#include <array>
#include <cstdint>
#include <cstring>
#include <memory>
#include <string>
#include <unordered_map>

#include "sim/base/goaddr.h"

namespace gosim {


class Memory {
 public:
  // The interpreter's hot path: an access inside the last page read (or written) is one
  // memcpy; anything else takes the general loop.
  void read(uint64_t addr, void* out, size_t n) const {
    const uint64_t off = addr % kPageSize;
    if (addr / kPageSize == cache_.rpage && off + n <= kPageSize) {
      std::memcpy(out, cache_.rdata + off, n);
      return;
    }
    read_slow(addr, out, n);
  }
  void write(uint64_t addr, const void* in, size_t n) {
    const uint64_t off = addr % kPageSize;
    if (addr / kPageSize == cache_.wpage && off + n <= kPageSize && cache_.wslot->use_count() == 1) {
      std::memcpy((*cache_.wslot)->data() + off, in, n);
      return;
    }
    write_slow(addr, in, n);
  }
  void read_slow(uint64_t addr, void* out, size_t n) const;
  void write_slow(uint64_t addr, const void* in, size_t n);
  void zero(uint64_t addr, size_t n);
  void copy(uint64_t dst, uint64_t src, size_t n);

  uint64_t load(uint64_t addr, int size) const {  // little-endian, zero-extended
    uint64_t v = 0;
    const uint64_t off = addr % kPageSize;
    if (size == 8 && off + 8 <= kPageSize) {  // the common case, without read's loop
      std::memcpy(&v, page_for_read(addr / kPageSize) + off, 8);
      return v;
    }
    read(addr, &v, static_cast<size_t>(size));
    return v;
  }
  void store(uint64_t addr, uint64_t v, int size) {
    const uint64_t off = addr % kPageSize;
    if (size == 8 && off + 8 <= kPageSize) {
      std::memcpy(page_for_write(addr / kPageSize) + off, &v, 8);
      return;
    }
    write(addr, &v, static_cast<size_t>(size));
  }
  std::string read_string(uint64_t addr, size_t n) const;

  // Bump allocation inside the arena (gosim's mallocgc until size classes arrive).
  uint64_t arena_alloc(uint64_t size, uint64_t align);
  uint64_t arena_used() const { return arena_next_ - kArenaBase; }

 private:
  using Page = std::array<uint8_t, kPageSize>;
  const uint8_t* page_for_read(uint64_t pageno) const {
    if (pageno == cache_.rpage) return cache_.rdata;
    return page_for_read_slow(pageno);
  }
  uint8_t* page_for_write(uint64_t pageno) {
    // The cached slot is only written through while no checkpoint shares its page.
    if (pageno == cache_.wpage && cache_.wslot->use_count() == 1) return (*cache_.wslot)->data();
    return page_for_write_slow(pageno);
  }
  const uint8_t* page_for_read_slow(uint64_t pageno) const;
  uint8_t* page_for_write_slow(uint64_t pageno);

  // The last page read and the last page written (the interpreter touches the same stack page
  // over and over; the hash lookup was a fifth of a ping-pong run). It points into this
  // Memory's own table (unordered_map nodes never move), so a copy starts with an empty cache.
  static constexpr uint64_t kNoPage = ~uint64_t{0};
  struct PageCache {
    uint64_t rpage = kNoPage;
    const uint8_t* rdata = nullptr;
    uint64_t wpage = kNoPage;
    std::shared_ptr<Page>* wslot = nullptr;
    PageCache() = default;
    PageCache(const PageCache&) {}
    PageCache& operator=(const PageCache&) {
      rpage = wpage = kNoPage;
      rdata = nullptr;
      wslot = nullptr;
      return *this;
    }
  };

  std::unordered_map<uint64_t, std::shared_ptr<Page>> pages_;  // looked up only, never iterated
  uint64_t arena_next_ = kArenaBase;
  mutable PageCache cache_;
};

}  // namespace gosim
