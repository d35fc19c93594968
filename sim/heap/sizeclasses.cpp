#include "sim/heap/sizeclasses.h"

#include <array>
#include <cstddef>

namespace gosim::heap {
namespace {

// Go 1.19 runtime/sizeclasses.go class_to_size and class_to_allocnpages (facts, not derived).
constexpr std::array<uint16_t, kNumSizeClasses> kClassToSize = {
    0,     8,     16,    24,    32,    48,    64,    80,    96,    112,   128,   144,   160,   176,
    192,   208,   224,   240,   256,   288,   320,   352,   384,   416,   448,   480,   512,   576,
    640,   704,   768,   896,   1024,  1152,  1280,  1408,  1536,  1792,  2048,  2304,  2688,  3072,
    3200,  3456,  4096,  4864,  5376,  6144,  6528,  6784,  6912,  8192,  9472,  9728,  10240, 10880,
    12288, 13568, 14336, 16384, 18432, 19072, 20480, 21760, 24576, 27264, 28672, 32768};
constexpr std::array<uint8_t, kNumSizeClasses> kClassToAllocNPages = {
    0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
    1, 2, 1, 2, 1, 2, 1, 3, 2, 3, 1, 3, 2, 3, 4, 5, 6, 1, 7, 6, 5, 4, 3, 5, 7, 2, 9, 7, 5, 8, 3, 10, 7, 4};

// The smallest class whose objects hold `size` bytes, as mksizeclasses.go fills the lookup tables.
constexpr uint8_t smallest_class_for(uint64_t size) {
  for (int c = 1; c < kNumSizeClasses; ++c) {
    if (kClassToSize[static_cast<std::size_t>(c)] >= size) return static_cast<uint8_t>(c);
  }
  return 0;
}

constexpr auto kSizeToClass8 = [] {
  std::array<uint8_t, kSmallSizeMax / kSmallSizeDiv + 1> t{};
  for (std::size_t i = 0; i < t.size(); ++i) t[i] = i == 0 ? 0 : smallest_class_for(i * kSmallSizeDiv);
  return t;
}();

constexpr auto kSizeToClass128 = [] {
  std::array<uint8_t, (kMaxSmallSize - kSmallSizeMax) / kLargeSizeDiv + 1> t{};
  for (std::size_t i = 0; i < t.size(); ++i) t[i] = smallest_class_for(kSmallSizeMax + i * kLargeSizeDiv);
  return t;
}();

}  // namespace

uint32_t class_to_size(int sizeclass) { return kClassToSize[static_cast<std::size_t>(sizeclass)]; }
uint32_t class_to_allocnpages(int sizeclass) { return kClassToAllocNPages[static_cast<std::size_t>(sizeclass)]; }

SizeClassInfo size_class_info(int sizeclass) {
  SizeClassInfo info{class_to_size(sizeclass), class_to_allocnpages(sizeclass), 0, 0};
  if (info.size != 0) {
    const uint32_t span_bytes = info.npages * static_cast<uint32_t>(kHeapPageSize);
    info.objects = span_bytes / info.size;
    info.tail_waste = span_bytes - info.objects * info.size;
  }
  return info;
}

uint8_t size_to_class8(int index) { return kSizeToClass8[static_cast<std::size_t>(index)]; }
uint8_t size_to_class128(int index) { return kSizeToClass128[static_cast<std::size_t>(index)]; }

// Go: runtime/malloc.go mallocgc, the class lookup for non-tiny small objects.
int size_to_class(uint64_t size) {
  if (size <= kSmallSizeMax - 8) return size_to_class8(static_cast<int>((size + kSmallSizeDiv - 1) / kSmallSizeDiv));
  return size_to_class128(static_cast<int>((size - kSmallSizeMax + kLargeSizeDiv - 1) / kLargeSizeDiv));
}

uint64_t roundupsize(uint64_t size) {
  if (size < kMaxSmallSize) return class_to_size(size_to_class(size));
  if (size + kHeapPageSize < size) return size;  // would overflow: Go returns it as it is
  return (size + kHeapPageSize - 1) / kHeapPageSize * kHeapPageSize;
}

uint64_t growslice_newcap(uint64_t cap, uint64_t need) {
  uint64_t newcap = cap;
  const uint64_t doublecap = newcap + newcap;
  if (need > doublecap) return need;
  if (cap < 256) return doublecap;
  while (newcap < need) newcap += (newcap + 3 * 256) / 4;
  return newcap;
}

}  // namespace gosim::heap
