#include "cli/load.h"

#include <cstdio>
#include <filesystem>

#include "sim/lang/load.h"

namespace gosim::cli {

namespace {
bool ends_with(const std::string& s, const std::string& suffix) {
  return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}
}  // namespace

std::optional<Scenario> load_input(const std::string& path) {
  std::error_code ec;
  const ScenarioLoad load = std::filesystem::is_directory(path, ec) ? scenario_from_dir(path)
                            : ends_with(path, ".go")                ? scenario_from_go_file(path)
                                                                    : load_scenario(path);
  if (!load.scenario) {
    print_diagnostics(stderr, load.errors);
    return std::nullopt;
  }
  return load.scenario;
}

std::unique_ptr<CheckedInput> load_and_check(const std::string& path) {
  std::optional<Scenario> scenario = load_input(path);
  if (!scenario) return nullptr;
  auto in = std::make_unique<CheckedInput>();
  in->scenario = std::move(*scenario);
  in->checked = in->scenario.source_dir.empty() ? lang::check_file(in->scenario.source_name, in->scenario.source)
                                                : lang::check_dir(in->scenario.source_dir);
  if (!in->checked.ok()) {
    print_diagnostics(stderr, in->checked.diags);
    return nullptr;
  }
  return in;
}

}  // namespace gosim::cli
