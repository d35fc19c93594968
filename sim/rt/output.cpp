#include "sim/rt/output.h"

#include <algorithm>

#include <fmt/format.h>

namespace gosim {

int64_t write_output(Model& md, std::string_view text) {
  const auto offset = static_cast<int64_t>(md.output_dropped + md.output.size());
  md.output.append(text);
  if (md.output.size() > kOutputKeep) {
    // Keep half the window (or the whole of this write, if it is longer): the next trim is then
    // half a window of output away, so trimming costs O(1) per byte written.
    const size_t keep = std::max(kOutputKeep / 2, text.size());
    const size_t drop = md.output.size() - keep;
    md.output.erase(0, drop);
    md.output_dropped += drop;
  }
  return offset;
}

std::string_view output_slice(const Model& md, int64_t off, int64_t len) {
  const auto base = static_cast<int64_t>(md.output_dropped);
  const int64_t end = std::min<int64_t>(off + len, base + static_cast<int64_t>(md.output.size()));
  off = std::max(off, base);
  if (off >= end) return {};
  return std::string_view(md.output).substr(static_cast<size_t>(off - base), static_cast<size_t>(end - off));
}

std::string output_text(const Model& md) {
  if (md.output_dropped == 0) return md.output;
  return fmt::format("[… {} earlier bytes of output dropped …]\n", md.output_dropped) + md.output;
}

}  // namespace gosim
