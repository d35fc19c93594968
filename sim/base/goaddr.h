// Where things live in a simulated Go process's address space (amd64 Linux shapes).
#pragma once

#include <cstdint>

namespace gosim {

constexpr uint64_t kArenaBase = 0xc000000000;  // heap arenas and goroutine stacks
constexpr uint64_t kRodataBase = 0x4b0000;     // read-only data: string literals, constant boxes
constexpr uint64_t kDataBase = 0x560000;       // package-level variables
constexpr uint64_t kPageSize = 8192;           // Go: _PageSize

}  // namespace gosim
