#include "sim/export/export_run.h"

#include <optional>

#include "sim/export/export_file.h"
#include "sim/export/go_trace.h"
#include "sim/export/perfetto.h"
#include "sim/rt/machine.h"
#include "sim/run/runner.h"

namespace gosim::exporter {

ExportOutcome export_run(const Program& program, const Config& config, int32_t main_entry, ExportFormat format,
                         const std::string& path) {
  ExportOutcome out;
  ExportFile file;
  if (!file.open(path)) {
    out.reason = file.error();
    return out;
  }
  std::optional<GoTraceWriter> go_trace;
  std::optional<PerfettoWriter> perfetto;
  if (format == ExportFormat::kGoTrace) go_trace.emplace();
  else perfetto.emplace();
  Machine machine(program, config);
  machine.start(main_entry);
  run_to_end(machine, [&](const Machine& mc, const Event& e) {
    if (go_trace) go_trace->on_event(mc, e);
    if (perfetto) perfetto->on_event(mc, e);
  }, /*want_hash=*/false);
  const std::string bytes = go_trace ? go_trace->finish() : perfetto->finish();
  if (!file.commit(bytes)) {
    out.reason = file.error();
    return out;
  }
  out.ok = true;
  out.bytes = bytes.size();
  return out;
}

std::string export_path_next_to(const std::string& opened, ExportFormat format) {
  std::string stem = opened.empty() ? std::string("gosim-run") : opened;
  const size_t slash = stem.find_last_of('/');
  const size_t dot = stem.find_last_of('.');
  if (dot != std::string::npos && (slash == std::string::npos || dot > slash)) stem.resize(dot);
  return stem + (format == ExportFormat::kGoTrace ? ".trace" : ".perfetto.json");
}

}  // namespace gosim::exporter
