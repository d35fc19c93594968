// `gosim run --events` with library calls folded (sim/run/lib_calls.h): the printing side.
//
// Each library call prints as one summary line ("line 10: strings.Repeat — 19 calls in strings
// (19); 38 library events folded") followed by the events of it that stay visible (indented), and
// the program's output it wrote. Because the counts are known only when the call returns, its
// visible lines and output wait in a buffer until then. When anything else must be printed
// first (another goroutine's event, the goroutine's own code between library frames), a call
// with something waiting prints its summary so far and what waited, and its next part starts
// with "…": the lines stay in the order the events happened.
#pragma once

#include <cstdint>
#include <cstdio>
#include <map>
#include <string>
#include <vector>

#include "sim/run/lib_calls.h"

namespace gosim::cli {

class LibFoldPrinter {
 public:
  LibFoldPrinter(const LibCalls& calls, Lang lang) : calls_(calls), lang_(lang) {}

  // A line of --events (or a note) for an event of library call `group` (0: of none).
  void line(uint32_t group, const std::string& text);
  // Program output written by an event of library call `group` (0: of none).
  void output(uint32_t group, std::FILE* stream, std::string bytes);
  // An event of `group` that is folded: only counted (the group must exist for close()).
  void folded(uint32_t group);
  // The call's last event went by: its summary and what waited are printed.
  void close(uint32_t group);
  // The run ended: prints what is still waiting.
  void finish();

 private:
  struct Chunk {
    std::FILE* stream;
    std::string text;
  };
  struct Pending {
    std::vector<Chunk> chunks;
    bool continued = false;  // a part of it was printed already
  };
  void flush(uint32_t group, Pending& p);
  void flush_waiting();

  const LibCalls& calls_;
  Lang lang_;
  std::map<uint32_t, Pending> pending_;  // by group, in the order the calls began
};

}  // namespace gosim::cli
