// Every shipped scenario, run to its end under GOMAXPROCS 1 and 4: each event's Chinese
// sentence has no unfilled placeholder and is written in Chinese, and between them the scenarios
// reach every event kind.
#include <doctest/doctest.h>

#include <filesystem>
#include <set>
#include <string>
#include <vector>

#include "sim/run/build.h"
#include "sim/run/runner.h"
#include "sim/scenario/scenario.h"
#include "tests/unit/sentences/sentence_checks.h"

using namespace gosim;

TEST_CASE("every event of every shipped scenario has a finished Chinese sentence") {
  std::vector<std::string> paths;
  for (const auto& dir : std::filesystem::directory_iterator(std::string(GOSIM_SOURCE_DIR) + "/scenarios")) {
    if (!dir.is_directory()) continue;
    for (const auto& f : std::filesystem::directory_iterator(dir.path())) {
      if (f.path().extension() == ".json") paths.push_back(f.path().string());
    }
  }
  std::sort(paths.begin(), paths.end());
  REQUIRE(paths.size() >= 20);
  std::set<EventKind> seen;
  for (const std::string& path : paths) {
    for (int32_t procs : {1, 4}) {
      ScenarioLoad load = load_scenario(path);
      REQUIRE_MESSAGE(load.scenario.has_value(), path);
      Scenario sc = *load.scenario;
      sc.config.gomaxprocs = procs;
      Build b = build_program(sc);
      REQUIRE_MESSAGE(b.errors.empty(), path);
      Machine mc(*b.program, sc.config);
      mc.start(b.main_entry);
      int bad = 0;
      const EventSink sink = [&](const Machine& m, const Event& e) {
        seen.insert(e.kind);
        const std::string zh = m.describe(e, Lang::kZhCN);
        // A write's sentence quotes the program's output, which may hold braces of its own.
        const bool ok = testing::has_cjk(zh) && (e.kind == EventKind::kWrite || !testing::has_unfilled_placeholder(zh));
        if (!ok && bad++ < 3) FAIL_CHECK(path << " GOMAXPROCS " << procs << " event " << e.seq << ": " << zh);
      };
      run_to_end(mc, sink, false);
      CHECK_MESSAGE(bad == 0, path << " GOMAXPROCS " << procs << ": " << bad << " unfinished Chinese sentences");
    }
  }
  // The scenarios between them show every kind but the ones only a failing run emits.
  std::vector<std::string> missing;
  for (size_t k = 0; k < static_cast<size_t>(EventKind::kCount); ++k) {
    const auto kind = static_cast<EventKind>(k);
    if (kind == EventKind::kLimit || kind == EventKind::kFatal) continue;
    if (!seen.count(kind)) missing.emplace_back(event_info(kind).name);
  }
  CHECK_MESSAGE(missing.empty(), "kinds no scenario reached: " << missing.size());
}
