// Issue #17's frame budget: what is pure in the model state is computed once and reused while
// the picture it depends on stays the same. The timeline's tick columns depend on the run, the
// visible window and the level of detail, not on the cursor; the heap graph's layout depends on
// the graph's shape (layout_hash), the text size and the room. These tests count the
// recomputations a frame reports (FrameRecord::recomputed), not times: a cache that stops
// hitting fails here whatever the machine's speed.
#include <algorithm>

#include "tests/unit/viz_ui/viz_harness.h"

#include "visualizer/session/object_graph.h"
#include "visualizer/session/runtime_chip.h"

using namespace gosim;
using namespace gosim::viz;
using namespace gosim::viz::test;
using nlohmann::json;

namespace {

int recomputed(const json& lay, const char* what) {
  return lay["recomputed"].contains(what) ? lay["recomputed"][what].get<int>() : 0;
}

}  // namespace

TEST_CASE("the timeline's tick columns are found once per window, not once per frame or per step") {
  Imgui ctx(1920, 1080);
  Session s;
  VizApp app(s);
  open(s, "work_stealing/work_stealing.json");
  prepare(app);
  s.seek(s.size() / 2);
  const json first = draw(app);
  // Every lane with events (the Ps, "other", GC, sysmon) found its columns in the first frame.
  CHECK(recomputed(first, "timeline_ticks") >= 3);
  draw(app, 3);  // the windows settle (a scrollbar that appears narrows the plot: a new window)
  CHECK(recomputed(draw(app), "timeline_ticks") == 0);  // the same frame again
  // Stepping forward and back moves the cursor; the window (the whole run) stays.
  s.seek(s.size() / 2 + 1);
  CHECK(recomputed(draw(app), "timeline_ticks") == 0);
  s.seek(s.size() / 2 - 1);
  CHECK(recomputed(draw(app), "timeline_ticks") == 0);
  // Another level of detail hides other events: the columns are found again, once.
  app.settings().detail = DetailLevel::kSched;
  CHECK(recomputed(draw(app), "timeline_ticks") >= 3);
  CHECK(recomputed(draw(app), "timeline_ticks") == 0);
  // So does another window (zoomed in).
  app.settings().timeline.t0 = 0;
  app.settings().timeline.t1 = std::max<VTime>(2, s.end_time() / 3);
  CHECK(recomputed(draw(app), "timeline_ticks") >= 1);
  CHECK(recomputed(draw(app), "timeline_ticks") == 0);
}

TEST_CASE("the heap graph is laid out again only when its shape changes") {
  Imgui ctx(1920, 1080);
  Session s;
  VizApp app(s);
  open(s, "gc_cycle/gc_cycle.json");
  prepare(app);
  // Two neighbouring events whose graphs have the same shape, and one with another shape: the
  // graphs as the panel draws them, the runtime's objects folded into their chips.
  uint64_t same = 0, other = 0;
  uint64_t shape = 0;
  auto program_boxes = [](const ObjectGraph& g) {
    return std::count_if(g.nodes.begin(), g.nodes.end(), [](const GraphNode& x) { return x.chip < 0; });
  };
  for (uint64_t n = 2; n < s.size() && (same == 0 || other == 0); ++n) {
    s.seek(n - 1);
    const ObjectGraph a = fold_runtime_objects(build_object_graph(s));
    s.seek(n);
    const ObjectGraph b = fold_runtime_objects(build_object_graph(s));
    if (!a.built || !b.built || a.too_large || b.too_large || program_boxes(a) < 3) continue;
    if (same == 0 && layout_hash(a) == layout_hash(b)) {
      same = n;
      shape = layout_hash(b);
    }
    if (same != 0 && other == 0 && layout_hash(b) != shape) other = n;
  }
  REQUIRE(same != 0);
  REQUIRE(other != 0);
  app.settings().main_view = "heap";
  app.settings().heap_graph = true;
  s.seek(same - 1);
  const json first = draw(app, 3);
  REQUIRE(first["graph_nodes"].size() >= 3);
  CHECK(recomputed(draw(app), "graph_layout") == 0);  // the same event, the next frame
  s.seek(same);                                        // a step that keeps the shape
  const json kept = draw(app);
  CHECK(recomputed(kept, "graph_layout") == 0);
  CHECK(kept["graph_nodes"].size() == first["graph_nodes"].size());
  s.seek(other);  // a step that changes it
  CHECK(recomputed(draw(app), "graph_layout") == 1);
  CHECK(recomputed(draw(app), "graph_layout") == 0);
}
