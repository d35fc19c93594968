// Issue #17: a ring drawn around a goroutine never covers the label of the row it sits in. A
// lesson step's highlight ring ("g:N", viz_lesson.cpp draw_highlights) and the selection's blue
// ring (g_token.cpp) are drawn a few pixels outside their token; the row under a section label
// ("waiting [IO wait] (2)") keeps a gap for them (scheduler_panel.cpp ring_reach). Lesson 08
// step 3 is where it showed: the step selects no goroutine, G6 stays selected from step 2, and
// its blue ring covered the label. Every step of every shipped lesson is played here at
// 1280x720 in presenter mode, in English and Chinese.
#include <cstdlib>
#include <filesystem>

#include "tests/unit/viz_ui/viz_harness.h"
#include "visualizer/session/lesson_player.h"

using namespace gosim;
using namespace gosim::viz;
using namespace gosim::viz::test;
using nlohmann::json;

namespace {

struct LBox {
  float x0, y0, x1, y1;
};
LBox box(const json& a) { return LBox{a[0].get<float>(), a[1].get<float>(), a[2].get<float>(), a[3].get<float>()}; }
bool overlap(const LBox& a, const LBox& b) { return a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1; }
LBox grow(const LBox& b, float d) { return LBox{b.x0 - d, b.y0 - d, b.x1 + d, b.y1 + d}; }

// The rings drawn in the frame, at their outer edge: the selection's (recorded at its reach) and
// the lesson's highlights on goroutines (recorded on the ring's middle line; half its width,
// max(3, 0.22 em), lies outside).
std::vector<std::pair<std::string, LBox>> rings(const json& lay) {
  std::vector<std::pair<std::string, LBox>> out;
  for (const auto& [name, r] : lay["marks"].items()) {
    if (name.rfind("outline:g:", 0) == 0) out.emplace_back(name, box(r));
  }
  if (lay.contains("lesson")) {
    for (const json& h : lay["lesson"]["highlights"]) {
      const std::string what = h["what"].get<std::string>();
      // A goroutine's ring, or a P lane's (the whole lane: "p:0"; its runnext or queue).
      const bool around = what.rfind("g:", 0) == 0 || what.rfind("p:", 0) == 0;
      if (h["drawn"].get<bool>() && around) out.emplace_back("highlight " + what, grow(box(h["box"]), 3.0f));
    }
  }
  return out;
}

}  // namespace

TEST_CASE("no ring around a goroutine covers a scheduler label, at every step of every lesson (720p presenter, en and zh-CN)") {
  const std::filesystem::path state = std::filesystem::temp_directory_path() / "gosim-lesson-rings-test";
  std::filesystem::remove_all(state);
  ::setenv("XDG_STATE_HOME", state.c_str(), 1);  // no saved progress: every lesson from step 1
  std::vector<std::filesystem::path> lessons;
  for (const auto& d : std::filesystem::directory_iterator(std::string(GOSIM_SOURCE_DIR) + "/lessons")) {
    if (std::filesystem::exists(d.path() / "lesson.json")) lessons.push_back(d.path());
  }
  std::sort(lessons.begin(), lessons.end());
  REQUIRE(lessons.size() >= 16);
  int checked_labels = 0, checked_rings = 0;
  for (const Lang lang : {Lang::kEn, Lang::kZhCN}) {
    for (const std::filesystem::path& dir : lessons) {
      std::filesystem::remove_all(state);  // the last lesson saved its progress
      Imgui ctx(1280, 720);
      Session s;
      VizApp app(s);
      app.set_lang(lang);
      prepare(app);
      REQUIRE(app.open_lesson(dir.string()).empty());
      app.settings().presenter = true;
      const size_t steps = app.lesson()->steps();
      for (size_t i = 0; i < steps; ++i) {
        const std::string where = dir.filename().string() + " step " + std::to_string(i + 1) + (lang == Lang::kEn ? " en" : " zh-CN");
        INFO(where);
        json lay;
        for (int f = 0; f < 6; ++f) {
          if (app.fonts_stale()) {
            app.rebuild_fonts(ImGui::GetIO());
            unsigned char* px = nullptr;
            int w = 0, h = 0;
            ImGui::GetIO().Fonts->GetTexDataAsRGBA32(&px, &w, &h);
          }
          lay = draw(app, 1);
        }
        REQUIRE(app.lesson()->step() == i);
        for (const auto& [what, ring] : rings(lay)) {
          ++checked_rings;
          for (const auto& [name, r] : lay["marks"].items()) {
            if (name.rfind("label:", 0) != 0) continue;
            INFO(what << " against " << name);
            ++checked_labels;
            CHECK_FALSE(overlap(ring, box(r)));
          }
        }
        // Next reveals a question's answer first, then moves on.
        for (int k = 0; k < 3 && app.lesson()->step() == i && i + 1 < steps; ++k) app.lesson_next();
      }
    }
  }
  CHECK(checked_rings > 20);
  CHECK(checked_labels > 20);
}

TEST_CASE("lesson 08 step 3: the selected G6 keeps its ring clear of 'waiting [IO wait] (2)'") {
  const std::filesystem::path state = std::filesystem::temp_directory_path() / "gosim-lesson-rings-test-08";
  std::filesystem::remove_all(state);
  ::setenv("XDG_STATE_HOME", state.c_str(), 1);
  Imgui ctx(1280, 720);
  Session s;
  VizApp app(s);
  prepare(app);
  REQUIRE(app.open_lesson(std::string(GOSIM_SOURCE_DIR) + "/lessons/08-netpoller").empty());
  app.settings().presenter = true;
  json lay;
  draw(app, 3);
  app.lesson_next();
  draw(app, 3);  // step 2 selects G6; step 3 selects nothing, so G6 stays selected
  app.lesson_next();
  for (int f = 0; f < 6; ++f) lay = draw(app, 1);
  REQUIRE(app.lesson()->step() == 2);
  REQUIRE(lay["marks"].contains("outline:g:6"));
  const LBox ring = box(lay["marks"]["outline:g:6"]);
  bool seen = false;
  for (const auto& [name, r] : lay["marks"].items()) {
    if (name.find("IO wait") == std::string::npos || name.rfind("label:", 0) != 0) continue;
    seen = true;
    CHECK(box(r).y1 <= ring.y0);  // the label ends above the ring
  }
  CHECK(seen);
}

TEST_CASE("lesson 08 steps 2-3: the selected G6's ring in the Netpoll panel's fd row covers neither ':8080' nor 'IO wait'") {
  // The fd rows (netpoll_panel.cpp, token_row) drew G6's blue ring over the end of "listening
  // on :8080", over the start of its "IO wait" note and down onto fd 4's row. A row holding the
  // selected goroutine now keeps the ring's reach free around its token.
  const std::filesystem::path state = std::filesystem::temp_directory_path() / "gosim-lesson-rings-test-08-fd";
  for (const Lang lang : {Lang::kEn, Lang::kZhCN}) {
    INFO(std::string(lang == Lang::kEn ? "en" : "zh-CN"));
    std::filesystem::remove_all(state);
    ::setenv("XDG_STATE_HOME", state.c_str(), 1);
    Imgui ctx(1280, 720);
    Session s;
    VizApp app(s);
    app.set_lang(lang);
    prepare(app);
    REQUIRE(app.open_lesson(std::string(GOSIM_SOURCE_DIR) + "/lessons/08-netpoller").empty());
    app.settings().presenter = true;
    draw(app, 3);
    for (size_t step = 1; step <= 2; ++step) {
      app.lesson_next();
      json lay;
      for (int f = 0; f < 6; ++f) {
        if (app.fonts_stale()) {
          app.rebuild_fonts(ImGui::GetIO());
          unsigned char* px = nullptr;
          int w = 0, h = 0;
          ImGui::GetIO().Fonts->GetTexDataAsRGBA32(&px, &w, &h);
        }
        lay = draw(app, 1);
      }
      REQUIRE(app.lesson()->step() == step);
      INFO("step " << step + 1);
      REQUIRE(lay["marks"].contains("outline:g:6:fd:3:"));
      const LBox ring = box(lay["marks"]["outline:g:6:fd:3:"]);
      int labels = 0;
      for (const auto& [name, r] : lay["marks"].items()) {
        if (name.rfind("label:", 0) != 0) continue;
        INFO(name);
        ++labels;
        CHECK_FALSE(overlap(ring, box(r)));
      }
      // fd 3's row label and G6's "IO wait" note, and fd 4's row below, are among them.
      CHECK(lay["marks"].contains("label:fd:3:row"));
      CHECK(lay["marks"].contains("label:fd:3:6:note"));
      CHECK(lay["marks"].contains("label:fd:4:row"));
      CHECK(labels >= 3);
    }
  }
}
