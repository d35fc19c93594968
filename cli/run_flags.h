// The run options every subcommand that runs a program shares (`gosim run`, `gosim state`):
// the flags that override a scenario's config, and loading + building the program with them.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>

#include <CLI/CLI.hpp>

#include "sim/base/config.h"
#include "sim/run/build.h"
#include "sim/scenario/scenario.h"

namespace gosim::cli {

struct ConfigFlags {
  std::optional<int32_t> gomaxprocs;
  std::optional<std::string> gogc;
  std::optional<std::string> gomemlimit;
  bool gctrace = false;
  bool check_gc = false;
  std::optional<std::string> gc_barrier;
  bool gc_stw = false;
  bool no_call_events = false;
  std::optional<uint64_t> seed;
  std::optional<int64_t> max_events;
  std::optional<int64_t> max_time_ms;
  std::optional<int64_t> max_goroutines;
  std::optional<int64_t> max_heap_bytes;
  std::optional<int64_t> max_stack_bytes;
  int32_t schedtrace = 0;
  bool no_runnext = false;
  bool no_steal = false;
  bool no_async_preempt = false;
  std::optional<int64_t> sysmon_period_us;
  bool scheddetail = false;
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
