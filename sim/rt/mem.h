// Simulated memory: a byte-addressed address space with Go-like addresses.
//
// Heap objects and goroutine stacks live in the arena from 0xc000000000, as on a 64-bit Go
// process; read-only data (string literals, type descriptors) lives near 0x4b0000. Pointers in
// a simulated program are these addresses, so &x prints what Go would print in shape.
//
// Memory is kept in 1 KiB chunks shared copy-on-write: a checkpoint copies the chunk table (a
// map of shared pointers), and a chunk is copied only when it is written after that. So stepping
// back through a long run costs memory only for the chunks that changed. The chunk is the host's
// unit, not Go's (Go's pages are 8 KiB, sim/heap): a parked goroutine touches only the top of its
// 2 KiB stack, so 1 KiB chunks keep a blocked goroutine's host memory at what Go's costs.
#pragma once

#include <array>
#include <cstdint>
#include <cstring>
#include <memory>
#include <string>
#include <unordered_map>

#include "sim/base/goaddr.h"
#include "sim/heap/heap.h"

namespace gosim {


class Memory final : public heap::PageBacking {
 public:
  static constexpr uint64_t kChunk = 1024;  // bytes per chunk (a power of two)

  Memory() = default;
  // A copy (a checkpoint) shares every chunk: neither side may write one in place any more.
  Memory(const Memory& o) : pages_(o.pages_), arena_next_(o.arena_next_) { o.cache_.forget_writes(); }
  Memory& operator=(const Memory& o) {
    if (this != &o) {
      pages_ = o.pages_;
      arena_next_ = o.arena_next_;
      cache_.reset();
      o.cache_.forget_writes();
    }
    return *this;
  }
  Memory(Memory&& o) noexcept : pages_(std::move(o.pages_)), arena_next_(o.arena_next_) { o.cache_.reset(); }
  Memory& operator=(Memory&& o) noexcept {
    pages_ = std::move(o.pages_);
    arena_next_ = o.arena_next_;
    cache_.reset();
    o.cache_.reset();
    return *this;
  }

  // The interpreter's hot path: an access inside the last page read (or written) is one
  // memcpy; anything else takes the general loop.
  void read(uint64_t addr, void* out, size_t n) const {
    const uint64_t off = addr % kChunk;
    const uint64_t pg = addr / kChunk;
    if (pg == cache_.rpage[way(pg)] && off + n <= kChunk) {
      std::memcpy(out, cache_.rdata[way(pg)] + off, n);
      return;
    }
    read_slow(addr, out, n);
  }
  void write(uint64_t addr, const void* in, size_t n) {
    const uint64_t off = addr % kChunk;
    const uint64_t pg = addr / kChunk;
    if (pg == cache_.wpage[way(pg)] && off + n <= kChunk) {
      std::memcpy(cache_.wdata[way(pg)] + off, in, n);
      return;
    }
    write_slow(addr, in, n);
  }
  void read_slow(uint64_t addr, void* out, size_t n) const;
  void write_slow(uint64_t addr, const void* in, size_t n);
  void zero(uint64_t addr, size_t n) {  // inside the last page written: one memset
    const uint64_t off = addr % kChunk;
    const uint64_t pg = addr / kChunk;
    if (pg == cache_.wpage[way(pg)] && off + n <= kChunk) {
      std::memset(cache_.wdata[way(pg)] + off, 0, n);
      return;
    }
    zero_slow(addr, n);
  }
  void zero_slow(uint64_t addr, size_t n);
  // Go's copy/typedmemmove. Most moves are one word (ints, pointers, channel values): those
  // stay two inline word accesses instead of a buffered byte copy.
  void copy(uint64_t dst, uint64_t src, size_t n) {
    if (n == 8) {
      store(dst, load(src, 8), 8);
      return;
    }
    // Both ends inside one chunk each (a small struct): one memmove once both are cached.
    const uint64_t soff = src % kChunk, doff = dst % kChunk;
    if (soff + n <= kChunk && doff + n <= kChunk) {
      const uint8_t* from = page_for_read(src / kChunk) + soff;
      uint8_t* to = page_for_write(dst / kChunk) + doff;
      // One chunk: move within the chunk being written (page_for_write may have just made it a
      // private copy; the shared original it replaced holds the same bytes).
      if (src / kChunk == dst / kChunk) from = to - doff + soff;
      std::memmove(to, from, n);
      return;
    }
    copy_slow(dst, src, n);
  }
  void copy_slow(uint64_t dst, uint64_t src, size_t n);

  uint64_t load(uint64_t addr, int size) const {  // little-endian, zero-extended
    uint64_t v = 0;
    const uint64_t off = addr % kChunk;
    if (size == 8 && off + 8 <= kChunk) {  // the common case, without read's loop
      std::memcpy(&v, page_for_read(addr / kChunk) + off, 8);
      return v;
    }
    read(addr, &v, static_cast<size_t>(size));
    return v;
  }
  void store(uint64_t addr, uint64_t v, int size) {
    const uint64_t off = addr % kChunk;
    if (size == 8 && off + 8 <= kChunk) {
      std::memcpy(page_for_write(addr / kChunk) + off, &v, 8);
      return;
    }
    write(addr, &v, static_cast<size_t>(size));
  }
  std::string read_string(uint64_t addr, size_t n) const;
  // The range's whole chunks are dropped: they read as zeros again and cost the host nothing
  // (the heap freed the pages under them; a checkpoint that shares a chunk keeps its copy).
  void release(uint64_t addr, uint64_t n) override;
  size_t host_chunks() const { return pages_.size(); }

  // Bump allocation inside the arena (gosim's mallocgc until size classes arrive).
  uint64_t arena_alloc(uint64_t size, uint64_t align);
  uint64_t arena_used() const { return arena_next_ - kArenaBase; }

 private:
  using Page = std::array<uint8_t, kChunk>;
  const uint8_t* page_for_read(uint64_t pageno) const {
    if (pageno == cache_.rpage[way(pageno)]) return cache_.rdata[way(pageno)];
    return page_for_read_slow(pageno);
  }
  uint8_t* page_for_write(uint64_t pageno) {
    // A cached chunk is this Memory's own (not shared with a checkpoint): copying a Memory
    // forgets the source's write cache, so the next write to a shared chunk copies it first.
    if (pageno == cache_.wpage[way(pageno)]) return cache_.wdata[way(pageno)];
    return page_for_write_slow(pageno);
  }
  const uint8_t* page_for_read_slow(uint64_t pageno) const;
  uint8_t* page_for_write_slow(uint64_t pageno);

  // The last chunks read and written, direct-mapped by chunk number (the interpreter touches the
  // same few stack and channel chunks over and over; the hash lookup was a fifth of a ping-pong
  // run). The pointers are into chunks this Memory holds, so a copy starts with an empty cache,
  // and the copied-from Memory forgets which chunks it may write in place (they are shared now).
  static constexpr uint64_t kNoPage = ~uint64_t{0};
  static constexpr size_t kWays = 8;
  struct PageCache {
    uint64_t rpage[kWays];
    const uint8_t* rdata[kWays];
    uint64_t wpage[kWays];
    uint8_t* wdata[kWays];  // chunks only this Memory holds (use_count 1): written in place
    PageCache() { reset(); }
    PageCache(const PageCache&) { reset(); }
    PageCache& operator=(const PageCache&) {
      reset();
      return *this;
    }
    void reset() {
      for (size_t i = 0; i < kWays; ++i) {
        rpage[i] = kNoPage;
        rdata[i] = nullptr;
      }
      forget_writes();
    }
    void forget_writes() {
      for (size_t i = 0; i < kWays; ++i) {
        wpage[i] = kNoPage;
        wdata[i] = nullptr;
      }
    }
  };
  static size_t way(uint64_t pageno) { return static_cast<size_t>(pageno % kWays); }

  std::unordered_map<uint64_t, std::shared_ptr<Page>> pages_;  // looked up only, never iterated
  uint64_t arena_next_ = kArenaBase;
  mutable PageCache cache_;
};

}  // namespace gosim
