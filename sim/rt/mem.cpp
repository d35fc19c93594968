#include "sim/rt/mem.h"

#include <algorithm>

namespace gosim {

namespace {
const std::array<uint8_t, Memory::kChunk> kZeroPage{};
}

const uint8_t* Memory::page_for_read_slow(uint64_t pageno) const {
  auto it = pages_.find(pageno);
  const uint8_t* data = it == pages_.end() ? kZeroPage.data() : it->second->data();
  cache_.rpage[way(pageno)] = pageno;
  cache_.rdata[way(pageno)] = data;
  return data;
}

uint8_t* Memory::page_for_write_slow(uint64_t pageno) {
  auto& slot = pages_[pageno];
  if (!slot) {
    slot = std::make_shared<Page>();
    slot->fill(0);
  } else if (slot.use_count() > 1) {
    slot = std::make_shared<Page>(*slot);  // copy-on-write after a checkpoint
  }
  // The page may be new or a fresh copy: the read cache must not keep the old one.
  const size_t w = way(pageno);
  cache_.wpage[w] = pageno;
  cache_.wdata[w] = slot->data();
  if (cache_.rpage[w] == pageno) cache_.rdata[w] = slot->data();
  return slot->data();
}

void Memory::read_slow(uint64_t addr, void* out, size_t n) const {
  auto* dst = static_cast<uint8_t*>(out);
  while (n > 0) {
    const uint64_t off = addr % kChunk;
    const size_t k = std::min<size_t>(n, kChunk - off);
    std::memcpy(dst, page_for_read(addr / kChunk) + off, k);
    addr += k;
    dst += k;
    n -= k;
  }
}

void Memory::write_slow(uint64_t addr, const void* in, size_t n) {
  const auto* src = static_cast<const uint8_t*>(in);
  while (n > 0) {
    const uint64_t off = addr % kChunk;
    const size_t k = std::min<size_t>(n, kChunk - off);
    std::memcpy(page_for_write(addr / kChunk) + off, src, k);
    addr += k;
    src += k;
    n -= k;
  }
}

void Memory::zero_slow(uint64_t addr, size_t n) {
  while (n > 0) {
    const uint64_t off = addr % kChunk;
    const size_t k = std::min<size_t>(n, kChunk - off);
    // A chunk never written reads as zeros: zeroing it need not bring it into being.
    const uint64_t pg = addr / kChunk;
    const size_t w = way(pg);
    const bool known = pg == cache_.wpage[w] || (pg == cache_.rpage[w] && cache_.rdata[w] != kZeroPage.data());
    if (known || pages_.count(pg) != 0) std::memset(page_for_write(pg) + off, 0, k);
    addr += k;
    n -= k;
  }
}

void Memory::copy_slow(uint64_t dst, uint64_t src, size_t n) {
  // Like memmove (Go's copy and typedmemmove may overlap): forwards when dst is below src,
  // backwards otherwise, at most a chunk at a time through a small buffer, so a copy of a
  // gigabyte needs no gigabyte of host memory.
  uint8_t buf[kChunk];
  if (dst <= src || dst >= src + n) {
    while (n > 0) {
      const size_t k = std::min<size_t>({n, kChunk - src % kChunk, kChunk - dst % kChunk});
      read(src, buf, k);
      write(dst, buf, k);
      src += k;
      dst += k;
      n -= k;
    }
    return;
  }
  while (n > 0) {
    const uint64_t s_end = src + n, d_end = dst + n;
    const size_t ks = (s_end - 1) % kChunk + 1, kd = (d_end - 1) % kChunk + 1;
    const size_t k = std::min<size_t>({n, ks, kd});
    read(s_end - k, buf, k);
    write(d_end - k, buf, k);
    n -= k;
  }
}

void Memory::release(uint64_t addr, uint64_t n) {
  const uint64_t first = (addr + kChunk - 1) / kChunk, end = (addr + n) / kChunk;
  if (first >= end) return;
  for (uint64_t pg = first; pg < end; ++pg) pages_.erase(pg);
  cache_.reset();  // it may point into a dropped chunk
}

std::string Memory::read_string(uint64_t addr, size_t n) const {
  std::string s(n, '\0');
  read(addr, s.data(), n);
  return s;
}

uint64_t Memory::arena_alloc(uint64_t size, uint64_t align) {
  if (align < 8) align = 8;
  arena_next_ = (arena_next_ + align - 1) / align * align;
  const uint64_t addr = arena_next_;
  arena_next_ += std::max<uint64_t>(size, 1);
  return addr;
}

}  // namespace gosim
