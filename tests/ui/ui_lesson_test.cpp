// The lesson player under Xvfb: the UI test lesson (tests/ui/lessons/99-ui-steal) played by
// script at 1280×720 and 1920×1080, normal and presenter, then checked from the pixels and the
// layout gosim-viz dumps beside each screenshot:
//   - the narration pane is on screen, its text fits its width, its Back/Next row is inside it,
//     and the pane is drawn (text pixels, not background);
//   - every highlight the step asks for is drawn on screen in the highlight colour;
//   - all four P lanes of the stealing lesson are inside the scheduler panel, at 720p too;
//   - the step, the reveal and the answers follow the script (Next reveals a question first);
//   - ten key presses sent before one frame move ten steps (the key queue), Back keys return;
//   - progress lands in $XDG_STATE_HOME/gosim/lessons/99-ui-steal.json.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <string>

#include <nlohmann/json.hpp>

#include "tests/ui/pixels.h"

using namespace gosim::viz;
using namespace gosim::viz::uitest;
using nlohmann::json;

namespace {

const std::string kOut = std::string(UI_OUT_DIR) + "/lesson";
const std::string kLesson = std::string(GOSIM_SOURCE_DIR) + "/tests/ui/lessons/99-ui-steal";

// Runs gosim-viz on the test lesson with `script` at WxH; the shots land in kOut/<tag>-*.png.
void play(const std::string& tag, int w, int h, const std::string& script, const std::string& env = "") {
  std::filesystem::create_directories(kOut);
  const std::string path = kOut + "/" + tag + ".json";
  std::ofstream(path) << script;
  const std::string err = kOut + "/" + tag + ".err";
  const std::string size = std::to_string(w) + "x" + std::to_string(h);
  const std::string state = kOut + "/" + tag + "-state";
  std::filesystem::remove_all(state);
  const int rc = run_shell("XDG_STATE_HOME=" + state + " " + env + " timeout 180 " GOSIM_XVFB_RUN " -a -s '-screen 0 " + size +
                           "x24' " + std::string(GOSIM_VIZ) + " " + kLesson + " --size " + size + " --script " + path +
                           " --exit-after-script --dump-layout 2>" + err);
  INFO("gosim-viz stderr: " << slurp(err));
  REQUIRE(rc == 0);
}

json layout(const std::string& png) {
  const std::string text = slurp(png + ".json");
  REQUIRE_MESSAGE(!text.empty(), "no layout beside " << png);
  return json::parse(text);
}

// Pixels of `c` along the four sides of `b` (the outline's own band, a few pixels wide).
int outline_hits(const Image& img, Box b, Rgb c) {
  int n = 0;
  for (int x = b.x0; x < b.x1; ++x) {
    for (int d = 0; d < 4; ++d) {
      if (b.y0 + d < img.h && near(img.at(x, b.y0 + d), c, 40)) ++n;
      if (b.y1 - 1 - d >= 0 && near(img.at(x, b.y1 - 1 - d), c, 40)) ++n;
    }
  }
  return n;
}

// The checks every lesson screenshot must pass.
void check_shot(const std::string& png, int w, int h, size_t step, bool revealed) {
  INFO("screenshot " << png);
  const Image img = load_png(png);
  REQUIRE(img.ok());
  CHECK(img.w == w);
  CHECK(img.h == h);
  const json lay = layout(png);
  REQUIRE(lay.contains("lesson"));
  const json& l = lay["lesson"];
  CHECK(l["step"].get<size_t>() == step);
  CHECK(l["revealed"].get<bool>() == revealed);

  // The pane: on screen, drawn, its text no wider than its room, its buttons inside it.
  REQUIRE(lay["panels"].contains("narration"));
  const Box pane = box_of(lay["panels"]["narration"]);
  const auto raw = lay["panels"]["narration"];
  CHECK(raw[0].get<float>() >= 0);
  CHECK(raw[1].get<float>() >= 0);
  CHECK(raw[2].get<float>() <= static_cast<float>(w));
  CHECK(raw[3].get<float>() <= static_cast<float>(h));
  CHECK(pane.x1 - pane.x0 >= w / 4);
  const Rgb bg = lay["presenter"].get<bool>() ? kPresenterSurface.window_bg : kNormalSurface.window_bg;
  int distinct = 0;
  CHECK(coverage(img, pane, bg, &distinct) > 0.02);
  CHECK(distinct >= 3);
  CHECK(l["text_w"].get<float>() > 50);
  CHECK(l["text_w"].get<float>() <= l["room_w"].get<float>() + 0.5f);
  const Box buttons = box_of(l["buttons"]);
  CHECK(buttons.x1 > buttons.x0);
  CHECK(buttons.x0 >= pane.x0);
  CHECK(buttons.x1 <= pane.x1);
  CHECK(buttons.y1 <= pane.y1);
  CHECK(buttons.y0 >= pane.y0);
  // The text ends above the button row: nothing scrolled out of sight.
  CHECK(l["content_bottom"].get<float>() <= static_cast<float>(buttons.y0));

  // Highlights: each drawn on screen, in its colour.
  for (const json& hl : l["highlights"]) {
    INFO("highlight " << hl["what"].get<std::string>());
    CHECK(hl["drawn"].get<bool>());
    const Box b = box_of(hl["box"]);
    const auto r = hl["box"];
    CHECK(r[0].get<float>() >= 0);
    CHECK(r[2].get<float>() <= static_cast<float>(w));
    CHECK(r[3].get<float>() <= static_cast<float>(h));
    CHECK(outline_hits(img, b, colors::kLessonHighlight) > (b.x1 - b.x0));
  }

  // The scheduler's lanes: all four inside its panel (none clipped off the bottom).
  if (lay["panels"].contains("scheduler")) {
    const Box sched = box_of(lay["panels"]["scheduler"]);
    CHECK(lay["lanes"].size() == 4);
    for (const json& lane : lay["lanes"]) {
      const Box lb = box_of(lane["lane"]);
      CHECK(lb.y1 <= sched.y1);
      CHECK(lb.x1 <= sched.x1);
    }
  }
}

// The whole lesson by script: every kind of question, answered right and wrong, and Back.
const char* kPlayScript = R"([
  {"presenter": PRESENTER},
  {"screenshot": "TAG-0.png"},
  {"lesson_next": 1}, {"screenshot": "TAG-1.png"},
  {"lesson_next": 1}, {"answer": 1}, {"screenshot": "TAG-2.png"},
  {"lesson_next": 3}, {"screenshot": "TAG-5.png"},
  {"answer": 8}, {"screenshot": "TAG-5r.png"},
  {"lesson_next": 1}, {"answer": 3}, {"screenshot": "TAG-6r.png"},
  {"lesson_next": 1}, {"screenshot": "TAG-7.png"},
  {"lesson_back": 2}, {"screenshot": "TAG-5b.png"}
])";

std::string script_for(const std::string& tag, bool presenter) {
  std::string s = kPlayScript;
  auto repl = [&](const std::string& a, const std::string& b) {
    for (size_t i = s.find(a); i != std::string::npos; i = s.find(a, i + b.size())) s.replace(i, a.size(), b);
  };
  repl("PRESENTER", presenter ? "true" : "false");
  repl("TAG", tag);
  return s;
}

void play_and_check(const std::string& tag, int w, int h, bool presenter) {
  play(tag, w, h, script_for(tag, presenter));
  const std::string d = kOut + "/" + tag;
  check_shot(d + "-0.png", w, h, 0, false);
  check_shot(d + "-1.png", w, h, 1, false);
  check_shot(d + "-2.png", w, h, 2, true);
  check_shot(d + "-5.png", w, h, 5, false);
  check_shot(d + "-5r.png", w, h, 5, true);
  check_shot(d + "-6r.png", w, h, 6, true);
  check_shot(d + "-7.png", w, h, 7, false);
  check_shot(d + "-5b.png", w, h, 5, true);  // back to a revealed step: shown revealed
  CHECK(layout(d + "-2.png")["lesson"]["answered"] == 1);
  CHECK(layout(d + "-6r.png")["lesson"]["answered"] == 3);
  // The step's stop and reveal are the session's cursor: the goroutine question's reveal runs on.
  CHECK(layout(d + "-5r.png")["cursor"].get<uint64_t>() > layout(d + "-5.png")["cursor"].get<uint64_t>());
  CHECK(layout(d + "-5b.png")["cursor"] == layout(d + "-5r.png")["cursor"]);
  // Same state, same picture: Back shows exactly what Next showed.
  CHECK(same_pixels(load_png(d + "-5r.png"), load_png(d + "-5b.png")));
  // Progress: the file the player keeps, step 6 (0-based 5) after Back, three answers.
  const json prog = json::parse(slurp(kOut + "/" + tag + "-state/gosim/lessons/99-ui-steal.json"));
  CHECK(prog["step"] == 5);
  CHECK(prog["answers"].size() == 3);
  CHECK(prog["answers"]["2"] == 1);
  CHECK(prog["answers"]["5"] == 8);
  CHECK(prog["answers"]["6"] == 3);
}

}  // namespace

TEST_CASE("a lesson played by script fits 1280x720, normal and presenter") {
  play_and_check("720n", 1280, 720, false);
  play_and_check("720p", 1280, 720, true);
}

TEST_CASE("a lesson played by script fits 1920x1080, normal and presenter") {
  play_and_check("1080n", 1920, 1080, false);
  play_and_check("1080p", 1920, 1080, true);
}

TEST_CASE("ten key presses within one frame move ten steps; Back keys return") {
  // Next reveals each of the three questions before moving on, so ten presses from step 1
  // reach step 8 (index 7); then PageUp, Left and Backspace go back three.
  play("keys", 1280, 720, R"([
    {"keys": "PageDown PageDown Right Space PageDown PageDown Right Space PageDown PageDown"},
    {"screenshot": "keys-10.png"},
    {"keys": "PageUp Left Backspace"},
    {"screenshot": "keys-back.png"}
  ])");
  const json ten = layout(kOut + "/keys-10.png")["lesson"];
  CHECK(ten["step"] == 7);
  const json back = layout(kOut + "/keys-back.png")["lesson"];
  CHECK(back["step"] == 4);
}

TEST_CASE("the lesson in Chinese fits 1280x720 in presenter mode") {
  play("zh", 1280, 720, R"([{"presenter": true}, {"lesson_next": 2}, {"answer": 0}, {"screenshot": "zh-2.png"},
    {"lesson_next": 3}, {"screenshot": "zh-5.png"}])",
       "LANG=zh_CN.UTF-8 LC_ALL= LC_MESSAGES=");
  check_shot(kOut + "/zh-2.png", 1280, 720, 2, true);
  check_shot(kOut + "/zh-5.png", 1280, 720, 5, false);
}
