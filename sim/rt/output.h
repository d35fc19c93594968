// The program's output (stdout and stderr interleaved) as the model keeps it: a bounded tail.
//
// Each Write event names its fd and the byte range [offset, offset+len) in the whole output
// written so far. Front ends print a write the moment its event goes out (the CLI streams to
// stdout/stderr), so the model needs to keep only a tail for the views: once Model::output holds
// more than kOutputKeep bytes, the oldest are dropped (never part of the write just made) and
// Model::output_dropped counts them. An endless print loop then runs in flat memory.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "sim/rt/runtime2.h"

namespace gosim {

constexpr size_t kOutputKeep = 1 << 20;  // bytes of output the model keeps (1 MiB)

// Appends text; returns its offset in the whole output (the Write event's b).
int64_t write_output(Model& md, std::string_view text);
// The bytes [off, off+len) of the whole output that are still kept (those dropped are left out).
std::string_view output_slice(const Model& md, int64_t off, int64_t len);
// The kept output, after a line saying how much came before it when something was dropped.
std::string output_text(const Model& md);

}  // namespace gosim
