// Issue #17 "What to build": zoom with Ctrl+wheel and Ctrl+±. Everything drawn in font units
// (text, goroutine lanes, log rows) grows or shrinks by 10% a press; Ctrl+0 gives back the
// layout zoom 1 had. The presses go in as the window's key callback delivers them (several
// within one frame each count), and a script's {"keys": "Ctrl+="} sends the same presses.
#include <cmath>

#include "tests/unit/viz_ui/viz_harness.h"

using namespace gosim;
using namespace gosim::viz;
using namespace gosim::viz::test;

namespace {

// GLFW's codes and modifier bit (no GLFW runs here).
constexpr int kEquals = '=', kMinus = '-', kZero = '0', kModCtrl = 2;

void ctrl_tap(VizApp& app, int key, int times = 1) {
  for (int i = 0; i < times; ++i) {
    app.key_event(key, VizApp::kKeyPress, kModCtrl);
    app.key_event(key, VizApp::kKeyRelease, kModCtrl);
  }
}

uint64_t first_of(const Session& s, EventKind k) {
  for (const Event& e : s.events()) {
    if (e.kind == k) return e.seq;
  }
  FAIL("no such event");
  return 0;
}

float height(const nlohmann::json& r) { return r[3].get<float>() - r[1].get<float>(); }

// P0's lane in the scheduler panel.
float p0_lane_h(const nlohmann::json& lay) {
  for (const auto& l : lay["lanes"]) {
    if (l["p"] == 0) return height(l["lane"]);
  }
  FAIL("no P0 lane");
  return 0;
}

// The widest time text the event log drew in this frame, and whether every one fits its cell.
float widest_time(const nlohmann::json& lay, bool& all_fit) {
  float w = 0;
  all_fit = true;
  for (const auto& t : lay["texts"]) {
    if (t["where"] != "log_time") continue;
    w = std::max(w, t["text_w"].get<float>());
    if (t["text_w"].get<float>() > t["room_w"].get<float>() + 0.5f) all_fit = false;
  }
  return w;
}

}  // namespace

TEST_CASE("zoom: Ctrl+= three times grows text and lanes by 1.1^3, Ctrl+- shrinks, Ctrl+0 gives back zoom 1's layout") {
  Imgui ctx(1280, 720);
  Session s;
  open(s, "work_stealing/work_stealing.json");
  VizApp app(s);
  prepare(app);
  s.seek(first_of(s, EventKind::kSteal));
  const nlohmann::json before = draw(app, 4);
  REQUIRE(before["zoom"].get<float>() == doctest::Approx(1.0));
  bool fit = false;
  const float time_w0 = widest_time(before, fit);
  REQUIRE(time_w0 > 0);
  CHECK(fit);
  const float lane0 = p0_lane_h(before);

  ctrl_tap(app, kEquals, 3);  // three presses before one frame: three steps
  const nlohmann::json big = draw(app, 4);
  CHECK(big["zoom"].get<float>() == doctest::Approx(1.331).epsilon(0.001));
  // Text is drawn 1.331 times as wide; the lane holding the tokens grows with it.
  CHECK(widest_time(big, fit) == doctest::Approx(time_w0 * 1.331).epsilon(0.05));
  CHECK(fit);  // the time column widens with the text: nothing cut at the larger size
  CHECK(p0_lane_h(big) == doctest::Approx(lane0 * 1.331).epsilon(0.08));
  CHECK(big["cursor"] == before["cursor"]);  // zooming is not a step

  ctrl_tap(app, kZero);
  const nlohmann::json back = draw(app, 4);
  CHECK(back["zoom"].get<float>() == doctest::Approx(1.0));
  CHECK(p0_lane_h(back) == doctest::Approx(lane0));
  CHECK(back["panels"] == before["panels"]);
  CHECK(widest_time(back, fit) == doctest::Approx(time_w0));

  ctrl_tap(app, kMinus, 2);
  const nlohmann::json small = draw(app, 4);
  CHECK(small["zoom"].get<float>() == doctest::Approx(1 / 1.21).epsilon(0.001));
  CHECK(p0_lane_h(small) < lane0 * 0.9f);

  // Without Ctrl the keys are no zoom keys (and do not step either).
  app.key_event(kEquals, VizApp::kKeyPress, 0);
  app.key_event(kEquals, VizApp::kKeyRelease, 0);
  const nlohmann::json same = draw(app, 2);
  CHECK(same["zoom"].get<float>() == doctest::Approx(1 / 1.21).epsilon(0.001));
  CHECK(same["cursor"] == before["cursor"]);
}

TEST_CASE("zoom: Ctrl+wheel zooms, a plain wheel does not; the zoom stays between 0.5 and 2.5") {
  Imgui ctx(1280, 720);
  Session s;
  open(s, "hello/hello.json");
  VizApp app(s);
  prepare(app);
  s.seek(40);
  draw(app, 2);
  ImGuiIO& io = ImGui::GetIO();
  auto wheel = [&](float dy, bool ctrl) {
    io.KeyCtrl = ctrl;
    io.MouseWheel = dy;
    const nlohmann::json lay = draw(app, 1);
    io.KeyCtrl = false;
    return lay["zoom"].get<float>();
  };
  CHECK(wheel(1, true) == doctest::Approx(1.1));
  CHECK(wheel(1, false) == doctest::Approx(1.1));
  CHECK(wheel(-1, true) == doctest::Approx(1.0));
  for (int i = 0; i < 20; ++i) wheel(1, true);
  CHECK(app.settings().zoom == doctest::Approx(2.5));
  ctrl_tap(app, kZero);
  draw(app, 1);
  for (int i = 0; i < 20; ++i) wheel(-1, true);
  CHECK(app.settings().zoom == doctest::Approx(0.5));
}

TEST_CASE("zoom: a script's {\"keys\": \"Ctrl+= Ctrl+=\"} zooms twice, Ctrl+0 resets, in presenter mode too") {
  Imgui ctx(1280, 720);
  Session s;
  open(s, "work_stealing/work_stealing.json");
  VizApp app(s);
  prepare(app);
  // The window's key callback, as gosim-viz's main() installs it.
  app.set_key_injector([&app](int key, int action, int mods) { app.key_event(key, action, mods); });
  app.set_script(script(R"([{"presenter": true}, {"seek": 60}, {"keys": "Ctrl+= Ctrl+="}])"));
  nlohmann::json lay;
  for (int i = 0; i < 10 && !app.script_done(); ++i) lay = draw(app, 1);
  lay = draw(app, 4);
  CHECK(lay["presenter"] == true);
  CHECK(lay["zoom"].get<float>() == doctest::Approx(1.21).epsilon(0.001));
  app.set_script(script(R"([{"keys": "Ctrl+0"}])"));
  for (int i = 0; i < 10 && !app.script_done(); ++i) draw(app, 1);
  lay = draw(app, 2);
  CHECK(lay["zoom"].get<float>() == doctest::Approx(1.0));
  CHECK(s.cursor() == 60);
}
