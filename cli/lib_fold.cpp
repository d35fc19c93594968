#include "cli/lib_fold.h"

#include <fmt/format.h>

#include "sim/trace/vtime.h"

namespace gosim::cli {

namespace {

void put(std::FILE* stream, const std::string& s) {
  if (s.empty()) return;
  std::fwrite(s.data(), 1, s.size(), stream);
  std::fflush(stream);
}

}  // namespace

void LibFoldPrinter::flush(uint32_t group, Pending& p) {
  const LibGroup& g = calls_.group(group);
  const std::string range = g.last_seq > g.first_seq ? fmt::format("#{}-#{}", g.first_seq, g.last_seq)
                                                      : fmt::format("#{}", g.first_seq);
  // Aligned with the event lines: number(s), time, who, kind, sentence.
  put(stdout, fmt::format("  {:<7} {:>10}  {:<12} {:<16} {}{}\n", range, format_vtime(g.first_time), fmt::format("G{}", g.goid),
                          "lib_call", p.continued ? "… " : "", calls_.describe(g, lang_)));
  for (const Chunk& c : p.chunks) put(c.stream, c.text);
  p.chunks.clear();
  p.continued = true;
}

void LibFoldPrinter::flush_waiting() {
  for (auto& [group, p] : pending_) {
    if (!p.chunks.empty()) flush(group, p);
  }
}

void LibFoldPrinter::line(uint32_t group, const std::string& text) {
  if (group == 0) {
    flush_waiting();
    put(stdout, text);
    return;
  }
  pending_[group].chunks.push_back(Chunk{stdout, "  " + text});
}

void LibFoldPrinter::output(uint32_t group, std::FILE* stream, std::string bytes) {
  if (group == 0) {
    flush_waiting();
    put(stream, bytes);
    return;
  }
  pending_[group].chunks.push_back(Chunk{stream, std::move(bytes)});
}

void LibFoldPrinter::folded(uint32_t group) { pending_.try_emplace(group); }

void LibFoldPrinter::close(uint32_t group) {
  auto it = pending_.find(group);
  if (it == pending_.end()) return;
  // Calls that began earlier and still wait with lines print first, so the order holds.
  for (auto& [other, p] : pending_) {
    if (other >= group) break;
    if (!p.chunks.empty()) flush(other, p);
  }
  flush(group, it->second);
  pending_.erase(it);
}

void LibFoldPrinter::finish() {
  for (auto& [group, p] : pending_) flush(group, p);
  pending_.clear();
}

}  // namespace gosim::cli
