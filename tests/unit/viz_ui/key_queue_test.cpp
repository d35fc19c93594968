// Issue #17 item 8: every key press steps, however many arrive within one frame. ImGui looks at
// key state once a frame, so ten quick taps used to give about five steps in a scenario (a
// lesson already queued them); PageDown/PageUp, which presentation clickers send, did nothing.
// The presses go in through VizApp::key_event, as GLFW's key callback delivers them.
#include "tests/unit/viz_ui/viz_harness.h"

using namespace gosim;
using namespace gosim::viz;
using namespace gosim::viz::test;

namespace {

// GLFW's key codes, which the GLFW backend puts in io.KeyMap (no backend runs here).
constexpr int kRight = 262, kLeft = 263, kPageUp = 266, kPageDown = 267, kSpace = 32;
constexpr int kModShift = 1;

void map_keys() {
  ImGuiIO& io = ImGui::GetIO();
  io.KeyMap[ImGuiKey_RightArrow] = kRight;
  io.KeyMap[ImGuiKey_LeftArrow] = kLeft;
  io.KeyMap[ImGuiKey_PageUp] = kPageUp;
  io.KeyMap[ImGuiKey_PageDown] = kPageDown;
  io.KeyMap[ImGuiKey_Space] = kSpace;
}

void tap(VizApp& app, int key, int times = 1, int mods = 0) {
  for (int i = 0; i < times; ++i) {
    app.key_event(key, VizApp::kKeyPress, mods);
    app.key_event(key, VizApp::kKeyRelease, mods);
  }
}

}  // namespace

TEST_CASE("a scenario: ten key presses within one frame move ten events; PageDown and PageUp step too") {
  Imgui ctx;
  map_keys();
  Session s;
  open(s, "pipeline/pipeline.json");
  VizApp app(s);
  prepare(app);
  draw(app, 2);
  app.settings().detail = DetailLevel::kAll;  // every event is a step
  s.seek(5);
  REQUIRE(s.size() > 40);

  tap(app, kRight, 10);
  draw(app, 1);
  CHECK(s.cursor() == 15);

  tap(app, kPageDown, 4);
  tap(app, kRight, 1);
  draw(app, 1);
  CHECK(s.cursor() == 20);

  tap(app, kPageUp, 3);
  tap(app, kLeft, 4);
  draw(app, 1);
  CHECK(s.cursor() == 13);

  // Nothing queued: nothing moves.
  draw(app, 3);
  CHECK(s.cursor() == 13);
}

TEST_CASE("a held arrow repeats its step; Shift+PageDown goes to the next event of the chosen kind") {
  Imgui ctx;
  map_keys();
  Session s;
  open(s, "pipeline/pipeline.json");
  VizApp app(s);
  prepare(app);
  draw(app, 2);
  app.settings().detail = DetailLevel::kAll;
  s.seek(3);
  app.key_event(kRight, VizApp::kKeyPress, 0);
  for (int i = 0; i < 5; ++i) app.key_event(kRight, VizApp::kKeyRepeat, 0);
  app.key_event(kRight, VizApp::kKeyRelease, 0);
  draw(app, 1);
  CHECK(s.cursor() == 9);

  // The next event of the Controls' kind after the cursor.
  const EventCategory cat = app.settings().next_category;
  uint64_t want = 0;
  for (uint64_t n = s.cursor() + 1; n <= s.size() && want == 0; ++n) {
    if (event_info(s.events()[n - 1].kind).category == cat) want = n;
  }
  REQUIRE(want > 0);
  tap(app, kPageDown, 1, kModShift);
  draw(app, 1);
  CHECK(s.cursor() == want);
}

TEST_CASE("Space toggles playing once per press; a held Space does not flicker it") {
  Imgui ctx;
  map_keys();
  Session s;
  open(s, "pipeline/pipeline.json");
  VizApp app(s);
  prepare(app);
  draw(app, 2);
  s.seek(5);  // playing stops by itself at the end of the run
  REQUIRE_FALSE(app.settings().playing);
  app.key_event(kSpace, VizApp::kKeyPress, 0);
  for (int i = 0; i < 4; ++i) app.key_event(kSpace, VizApp::kKeyRepeat, 0);
  draw(app, 1);
  CHECK(app.settings().playing);
  tap(app, kSpace);
  draw(app, 1);
  CHECK_FALSE(app.settings().playing);
}
