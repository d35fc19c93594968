// Issue #17 item 9: the span view's objects were 7–10 px squares whatever the room; they are
// now as large as the room lets every span line fit (up to 2.2 font sizes), and only a heap
// too large for that gets the small squares (and scrolls).
#include "tests/unit/viz_ui/viz_harness.h"

using namespace gosim;
using namespace gosim::viz;
using namespace gosim::viz::test;
using nlohmann::json;

namespace {

json heap_layout(const char* scenario, bool presenter) {
  Imgui ctx(1280, 720);
  Session s;
  open(s, scenario);
  VizApp app(s);
  prepare(app);
  app.set_script(script(presenter ? R"([{"panel": "heap"}, {"presenter": true}])" : R"([{"panel": "heap"}])"));
  return draw(app, 6);
}

}  // namespace

TEST_CASE("span view: a small heap's objects grow with the room, in presenter mode most") {
  const json normal = heap_layout("size_classes/size_classes.json", false);
  const json pres = heap_layout("size_classes/size_classes.json", true);
  CHECK(normal["heap_cell"].get<float>() >= 12.0f);
  CHECK(pres["heap_cell"].get<float>() >= 20.0f);
  // Every span line fits the list's height: nothing below the fold.
  const json& list = pres["heap_list"];
  for (const json& l : pres["heap_lines"]) {
    CHECK(l["origin"][1].get<float>() + l["cell"].get<float>() <= list[3].get<float>());
  }
}
