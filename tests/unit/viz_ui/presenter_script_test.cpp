// Issue #17 item 8: a script's panel step chooses what presenter mode shows whether it comes
// before or after the presenter step (a panel step before presenter used to be forgotten: the
// presenter layout kept its default scheduler and timeline).
#include "tests/unit/viz_ui/viz_harness.h"

using namespace gosim;
using namespace gosim::viz;
using namespace gosim::viz::test;
using nlohmann::json;

namespace {

json run_script(const std::string& text) {
  Imgui ctx;
  Session s;
  open(s, "pipeline/pipeline.json");
  VizApp app(s);
  prepare(app);
  app.set_script(script(text));
  return draw(app, 6);
}

bool shown(const json& lay, const char* id) { return lay["panels"].contains(id); }

}  // namespace

TEST_CASE("a panel step before presenter applies to the presenter layout, as one after it does") {
  for (const char* text : {R"([{"panel": "channels"}, {"presenter": true}])", R"([{"presenter": true}, {"panel": "channels"}])"}) {
    INFO(std::string(text));
    const json lay = run_script(text);
    CHECK(lay["presenter"].get<bool>());
    CHECK(shown(lay, "channels"));
    CHECK(shown(lay, "caption"));
    CHECK_FALSE(shown(lay, "scheduler"));
    CHECK_FALSE(shown(lay, "timeline"));
  }
}

TEST_CASE("heap_graph before presenter: the presenter shows the Heap view with its graph on") {
  const json lay = run_script(R"([{"panel": "heap_graph"}, {"presenter": true}])");
  CHECK(lay["presenter"].get<bool>());
  CHECK(shown(lay, "heap"));
  CHECK_FALSE(shown(lay, "scheduler"));
}

TEST_CASE("without a panel step presenter mode shows its default panels; leaving it restores the tiled layout") {
  Imgui ctx;
  Session s;
  open(s, "pipeline/pipeline.json");
  VizApp app(s);
  prepare(app);
  app.set_script(script(R"([{"panel": "channels"}, {"presenter": true}, {"wait_ms": 0}, {"presenter": false}])"));
  json lay = draw(app, 1);
  CHECK(lay["presenter"].get<bool>());
  lay = draw(app, 6);
  CHECK_FALSE(lay["presenter"].get<bool>());
  // The tiled layout: the panel step chose the big left view, the rest are there as always.
  CHECK(shown(lay, "channels"));
  CHECK(shown(lay, "events"));
  CHECK(shown(lay, "source"));
}
