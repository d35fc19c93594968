// Exporting a whole run from a front end that holds a program rather than a command line (the
// visualizer's menu): the program runs once more, from the start, on a fresh machine with the
// same configuration — the run is deterministic, so it is the run on screen — and is written as
// a Go execution trace or Perfetto JSON through an ExportFile (temporary name, then rename).
#pragma once

#include <cstdint>
#include <string>

#include "sim/base/config.h"
#include "sim/rt/program.h"

namespace gosim::exporter {

enum class ExportFormat : uint8_t { kGoTrace, kPerfetto };

struct ExportOutcome {
  bool ok = false;
  uint64_t bytes = 0;
  std::string reason;  // why not, in the OS's words ("no space left on device")
};

ExportOutcome export_run(const Program& program, const Config& config, int32_t main_entry, ExportFormat format,
                         const std::string& path);

// Where the menu writes: next to the opened file, "pipeline.json" -> "pipeline.trace" or
// "pipeline.perfetto.json" (never the scenario itself).
std::string export_path_next_to(const std::string& opened, ExportFormat format);

}  // namespace gosim::exporter
