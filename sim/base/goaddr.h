// Where things live in a simulated Go process's address space (amd64 Linux shapes).
#pragma once

#include <cstdint>

namespace gosim {

constexpr uint64_t kArenaBase = 0xc000000000;  // heap arenas and goroutine stacks
constexpr uint64_t kRodataBase = 0x4b0000;     // read-only data: string literals, constant boxes
constexpr uint64_t kDataBase = 0x560000;       // package-level variables
constexpr uint64_t kPageSize = 8192;           // Go: _PageSize
constexpr uint64_t kZeroBase = 0x5a0000;       // Go: runtime.zerobase, where zero-size objects point
constexpr uint64_t kNoptrDataBase = 0x5b0000;  // Go: .noptrdata: static data without pointers
// gosim's own per-goroutine scratch page (no Go counterpart; never shown as heap or stack): the
// argument block of a deferred library call, the frame block fmt uses to call a String method.
constexpr uint64_t kScratchBase = 0x7f0000000000;
inline uint64_t scratch_page(int64_t goid) { return kScratchBase + static_cast<uint64_t>(goid) * kPageSize; }

}  // namespace gosim
