// docs/scenarios.md lists the event kinds a scenario's notes and breakpoints may name. The
// loader accepts exactly the kinds in sim/trace/event.cpp, so a kind missing from the docs is
// one an author cannot discover: every kind must appear there, as `name`.
#include <doctest/doctest.h>

#include <fstream>
#include <sstream>
#include <string>

#include "sim/trace/event.h"

TEST_CASE("docs/scenarios.md names every event kind") {
  std::ifstream in(std::string(GOSIM_SOURCE_DIR) + "/docs/scenarios.md");
  REQUIRE(in.good());
  std::stringstream ss;
  ss << in.rdbuf();
  const std::string doc = ss.str();
  for (std::string_view name : gosim::event_kind_names()) {
    INFO("event kind: " << name);
    CHECK(doc.find("`" + std::string(name) + "`") != std::string::npos);
  }
}
