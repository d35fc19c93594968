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
  void read(uint64_t addr, void* out, size_t n) const;
  void write(uint64_t addr, const void* in, size_t n);
  void zero(uint64_t addr, size_t n);
  void copy(uint64_t dst, uint64_t src, size_t n);

  uint64_t load(uint64_t addr, int size) const {  // little-endian, zero-extended
    uint64_t v = 0;
    read(addr, &v, static_cast<size_t>(size));
    return v;
  }
  void store(uint64_t addr, uint64_t v, int size) { write(addr, &v, static_cast<size_t>(size)); }
  std::string read_string(uint64_t addr, size_t n) const;

  // Bump allocation inside the arena (gosim's mallocgc until size classes arrive).
  uint64_t arena_alloc(uint64_t size, uint64_t align);
  uint64_t arena_used() const { return arena_next_ - kArenaBase; }

 private:
  using Page = std::array<uint8_t, kPageSize>;
  const uint8_t* page_for_read(uint64_t pageno) const;
  uint8_t* page_for_write(uint64_t pageno);

  std::unordered_map<uint64_t, std::shared_ptr<Page>> pages_;  // looked up only, never iterated
  uint64_t arena_next_ = kArenaBase;
};

}  // namespace gosim
