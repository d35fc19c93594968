// The run options every subcommand that runs a program shares (`gosim run`, `gosim state`):
// the flags that override a scenario's config, and loading + building the program with them.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include "sim/base/config.h"
#include "sim/run/build.h"
#include "sim/scenario/scenario.h"

namespace gosim::cli {

// Numeric flags are kept as typed: run_flags.cpp parses the whole string and checks it against
// the range the scenario schema gives the same key (sim/scenario/ranges.h).
struct ConfigFlags {
  std::optional<std::string> gomaxprocs;
  std::optional<std::string> gogc;
  std::optional<std::string> gomemlimit;
  bool gctrace = false;
  bool check_gc = false;
  std::optional<std::string> gc_barrier;
  bool gc_stw = false;
  bool no_call_events = false;
  std::optional<std::string> seed;
  std::optional<std::string> max_events;
  std::optional<std::string> max_time_ms;
  std::optional<std::string> max_cpu_ms;
  std::optional<std::string> max_goroutines;
  std::optional<std::string> max_stack_bytes;
  std::optional<std::string> max_heap_bytes;
  std::optional<std::string> schedtrace;
  bool no_runnext = false;
  bool no_steal = false;
  bool no_async_preempt = false;
  std::optional<std::string> sysmon_period_us;
  bool scheddetail = false;
  std::optional<std::string> stdin_file;  // part vfs: --stdin FILE ("-": gosim's own stdin)
  std::vector<std::string> env_vars;      // part vfs2: --env K=V (repeatable)
  std::optional<std::string> files_dir;   // part vfs2: --files DIR (the virtual file tree)
};

void add_config_options(CLI::App* cmd, ConfigFlags& f);

// Command-line flags override the scenario's config; false (after printing why) for a bad value.
bool apply_config_flags(const ConfigFlags& f, Config& c);

// The input loaded, its config overridden by the flags and checked, its program built. Prints
// every problem to stderr and returns null when any step refuses.
struct Configured {
  Scenario scenario;
  Config config;
  Build build;
};
std::unique_ptr<Configured> load_configured(const std::string& path, const ConfigFlags& f);

}  // namespace gosim::cli
