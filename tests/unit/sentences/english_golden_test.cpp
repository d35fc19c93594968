// The English sentences stay byte for byte what they were before the catalog (sim/i18n): every
// branch of the sentence code, reached by the synthetic events, against data/en_synthetic.txt,
// which was written by the code before the move (GOSIM_UPDATE_SENTENCES=1 rewrites it).
#include <doctest/doctest.h>

#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>

#include "sim/run/build.h"
#include "sim/run/runner.h"
#include "tests/unit/sentences/synthetic_events.h"

using namespace gosim;

namespace {

const std::string kGolden = std::string(GOSIM_SOURCE_DIR) + "/tests/unit/sentences/data/en_synthetic.txt";

int32_t entry_named(const Program& prog, const std::string& name) {
  for (int32_t i = 0; i < 1000; ++i) {
    if (prog.func_name(i) == name) return i;
  }
  return -1;
}

std::string describe_all(const Config& c, const std::string& (*)(void) = nullptr) {
  Scenario s;
  s.id = "t";
  s.source_name = "t.go";
  s.source = testing::kSentenceProgram;
  s.config = c;
  Build b = build_program(s);
  REQUIRE_MESSAGE(b.errors.empty(), (b.errors.empty() ? "" : b.errors[0].str()));
  Machine mc(*b.program, s.config);
  mc.start(b.main_entry);
  run_to_end(mc, nullptr, false);
  const int32_t add = entry_named(*b.program, "main.add");
  REQUIRE(add >= 0);
  std::string out;
  for (const Event& e : testing::synthetic_events(entry_named(*b.program, "main.main"), add, static_cast<int64_t>(mc.model().output.size()))) {
    out += std::string(event_info(e.kind).name) + " " + std::to_string(e.a) + " " + std::to_string(e.b) + " " +
           std::to_string(e.c) + ": " + mc.describe(e) + "\n";
  }
  return out;
}

std::string all_configs() {
  Config c;
  c.gomaxprocs = 2;
  std::string out = describe_all(c);
  c.whatif.no_async_preempt = true;
  out += "# no_async_preempt\n" + describe_all(c);
  return out;
}

}  // namespace

TEST_CASE("every English sentence is byte for byte what gosim printed before the catalog") {
  const std::string got = all_configs();
  if (std::getenv("GOSIM_UPDATE_SENTENCES") != nullptr) {
    std::ofstream(kGolden, std::ios::binary) << got;
  }
  std::ifstream in(kGolden, std::ios::binary);
  REQUIRE_MESSAGE(in.good(), "missing " << kGolden);
  std::stringstream want;
  want << in.rdbuf();
  std::istringstream g(got), w(want.str());
  std::string gl, wl;
  int line = 0;
  while (true) {
    const bool more_g = static_cast<bool>(std::getline(g, gl));
    const bool more_w = static_cast<bool>(std::getline(w, wl));
    ++line;
    if (!more_g && !more_w) break;
    INFO("line " << line);
    REQUIRE(gl == wl);
  }
}
