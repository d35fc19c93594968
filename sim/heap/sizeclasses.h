// Go 1.19's size classes (runtime/sizeclasses.go, generated there by mksizeclasses.go).
//
// Every small allocation (<= 32 KiB) is rounded up to one of 67 object sizes; class 0 stands for
// "large": an object on a span of its own. A span of class c is class_to_allocnpages[c] pages of
// 8 KiB cut into objects of class_to_size[c] bytes; what is left over at the end is tail waste.
// A span class adds one bit to the size class: noscan (the objects hold no pointers), so the GC
// can skip those spans entirely. gosim carries the two Go tables (sizes, pages); objects per span,
// tail waste and the size -> class lookup tables are derived from them as mksizeclasses.go does,
// and tests check every derived value against Go's own file.
#pragma once

#include <cstdint>

namespace gosim::heap {

constexpr int kNumSizeClasses = 68;                     // Go: _NumSizeClasses
constexpr int kNumSpanClasses = kNumSizeClasses << 1;   // Go: numSpanClasses
constexpr uint64_t kMaxSmallSize = 32768;               // Go: _MaxSmallSize
constexpr uint64_t kSmallSizeDiv = 8;                   // Go: smallSizeDiv
constexpr uint64_t kSmallSizeMax = 1024;                // Go: smallSizeMax
constexpr uint64_t kLargeSizeDiv = 128;                 // Go: largeSizeDiv
constexpr uint64_t kPageShift = 13;                     // Go: _PageShift
constexpr uint64_t kHeapPageSize = 1ull << kPageShift;  // Go: pageSize (8 KiB)
constexpr uint64_t kMaxTinySize = 16;                   // Go: maxTinySize
constexpr int kTinySizeClass = 2;                       // Go: tinySizeClass (16-byte objects)

// Go: runtime/mheap.go spanClass = sizeclass<<1 | noscan.
using SpanClass = uint8_t;
constexpr SpanClass makeSpanClass(int sizeclass, bool noscan) {
  return static_cast<SpanClass>((sizeclass << 1) | (noscan ? 1 : 0));
}
constexpr int spanclass_sizeclass(SpanClass spc) { return spc >> 1; }
constexpr bool spanclass_noscan(SpanClass spc) { return (spc & 1) != 0; }
constexpr SpanClass kTinySpanClass = makeSpanClass(kTinySizeClass, true);  // Go: tinySpanClass

// One row of the table at the top of sizeclasses.go.
struct SizeClassInfo {
  uint32_t size;       // bytes/obj
  uint32_t npages;     // pages per span
  uint32_t objects;    // objects per span
  uint32_t tail_waste; // bytes/span - objects*size
};

uint32_t class_to_size(int sizeclass);
uint32_t class_to_allocnpages(int sizeclass);
SizeClassInfo size_class_info(int sizeclass);
// Go: size_to_class8[(size+7)/8] for size <= 1016, size_to_class128[(size-1024+127)/128] above.
uint8_t size_to_class8(int index);    // index 0..128
uint8_t size_to_class128(int index);  // index 0..248
// The size class mallocgc picks for a small request (1..32768); 0 for size 0.
int size_to_class(uint64_t size);
// Go: runtime/msize.go roundupsize: what mallocgc will really give a request of `size` bytes
// (its class's object size when small, whole pages beyond); growslice sizes capacities with it.
uint64_t roundupsize(uint64_t size);
// Go: runtime/slice.go growslice (1.19): the capacity a slice of `cap` elements grows to when it
// needs `need`: need itself past double, else double below 256 elements, else grow by
// (newcap + 3*256)/4 until it fits. The caller checks the bytes against maxAlloc, then rounds
// them up to a size class (roundupsize(newcap * esize) / esize).
uint64_t growslice_newcap(uint64_t cap, uint64_t need);

}  // namespace gosim::heap
