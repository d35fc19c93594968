#include "cli/load.h"

#include <cstdio>

namespace gosim::cli {

namespace {
bool ends_with(const std::string& s, const std::string& suffix) {
  return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}
}  // namespace

std::optional<Scenario> load_input(const std::string& path) {
  const ScenarioLoad load = ends_with(path, ".go") ? scenario_from_go_file(path) : load_scenario(path);
  if (!load.scenario) {
    for (const Diagnostic& d : load.errors) std::fprintf(stderr, "%s\n", d.str().c_str());
    return std::nullopt;
  }
  return load.scenario;
}

}  // namespace gosim::cli
