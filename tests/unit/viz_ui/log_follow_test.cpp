// Issue #17 item 4, the current row or line going missing: after leaving presenter mode the
// event log showed the rows it had before until the next step; a newly shown event log did
// not scroll to the cursor; in presenter mode the source panel scrolled the highlighted line
// off screen. Headless at 1280x720, the projector size the issue was found at.
#include "tests/unit/viz_ui/viz_harness.h"

#include <algorithm>

using namespace gosim;
using namespace gosim::viz;
using namespace gosim::viz::test;
using nlohmann::json;

namespace {

// The current event's row was drawn and lies wholly in the part of the log that scrolls.
void check_log_shows_cursor(const json& lay, uint64_t cursor) {
  const json& cur = lay["log_current"];
  REQUIRE(cur["event"].get<uint64_t>() == cursor);
  const json& cell = cur["cell"];
  const json& vis = cur["visible"];
  INFO("current row " << cell.dump() << " in the visible part " << vis.dump());
  CHECK(cell[1].get<float>() >= vis[1].get<float>() - 0.5f);
  CHECK(cell[3].get<float>() <= vis[3].get<float>() + 0.5f);
}

// The highlighted line's row was drawn and lies wholly inside the source panel.
void check_highlight_in_view(const json& lay) {
  const int32_t hl = lay["source_highlight"].get<int32_t>();
  if (hl <= 0) return;
  const json& panel = lay["panels"]["source"];
  const json* row = nullptr;
  for (const json& r : lay["source_rows"]) {
    if (r["line"].get<int32_t>() == hl) row = &r["row"];
  }
  INFO("highlighted line " << hl << ", source panel " << panel.dump());
  REQUIRE(row != nullptr);  // the clipper drew only the rows on screen: it is not one of them
  CHECK((*row)[1].get<float>() >= panel[1].get<float>());
  CHECK((*row)[3].get<float>() <= panel[3].get<float>());
}

}  // namespace

TEST_CASE("after leaving presenter mode the event log shows the current row at once") {
  Imgui ctx;
  Session s;
  open(s, "pipeline/pipeline.json");
  VizApp app(s);
  prepare(app);
  s.seek(12);
  check_log_shows_cursor(draw(app, 3), 12);
  // Far from there, while presenter mode hides the log.
  app.settings().presenter = true;
  draw(app, 2);
  const uint64_t far = s.size() - 3;
  s.seek(far);
  CHECK(draw(app, 3)["presenter"].get<bool>());
  app.settings().presenter = false;
  const json lay = draw(app, 2);
  CHECK_FALSE(lay["presenter"].get<bool>());
  check_log_shows_cursor(lay, far);
}

TEST_CASE("a newly shown event log scrolls to the cursor") {
  Imgui ctx;
  Session s;
  open(s, "pipeline/pipeline.json");
  VizApp app(s);
  prepare(app);
  app.settings().presenter = true;
  app.settings().presenter_auto = false;  // the panels are the test's, as a script panel step fixes them
  app.settings().presenter_panels = {"events"};
  s.seek(4);
  check_log_shows_cursor(draw(app, 3), 4);
  // The log is hidden while the cursor moves far; shown again, it is at the cursor.
  app.settings().presenter_panels = {"scheduler"};
  draw(app, 2);
  for (const uint64_t at : {s.size() - 2, s.size() / 2, uint64_t{30}}) {
    INFO("cursor " << at);
    s.seek(at);
    app.settings().presenter_panels = {"scheduler"};
    REQUIRE_FALSE(draw(app, 2)["panels"].contains("events"));
    app.settings().presenter_panels = {"events"};
    check_log_shows_cursor(draw(app, 2), at);
  }
}

TEST_CASE("in presenter mode the source panel keeps the highlighted line in view at every event") {
  for (const char* scenario : {"write_barrier/write_barrier.json", "escape_cases/escape_cases.json"}) {
    for (const std::vector<std::string>& panels :
         {std::vector<std::string>{"source"}, std::vector<std::string>{"scheduler", "source"}}) {
      INFO(scenario << " with " << panels.size() << " panel(s)");
      Imgui ctx;
      Session s;
      open(s, scenario);
      VizApp app(s);
      prepare(app);
      app.settings().presenter = true;
      app.settings().presenter_auto = false;  // the panels are the test's, as a script panel step fixes them
      app.settings().presenter_panels = panels;
      draw(app, 3);
      // Every event of the run, forward, as a teacher steps; then jumps back and forth.
      int checked = 0;
      const uint64_t every = std::max<uint64_t>(1, s.size() / 150);
      for (uint64_t n = 1; n <= s.size(); n += every) {
        INFO("event " << n);
        s.seek(n);
        // Presenter mode fits its panels to the caption, whose height changes with the event:
        // the panel scrolls again for its new height, which ImGui applies a frame later.
        check_highlight_in_view(draw(app, 3));
        ++checked;
      }
      for (const uint64_t n : {s.size(), uint64_t{1}, s.size() / 2, s.size() - 1, uint64_t{2}}) {
        INFO("jump to event " << n);
        s.seek(n);
        check_highlight_in_view(draw(app, 3));
      }
      CHECK(checked > 20);
    }
  }
}

TEST_CASE("1280x720 tiled: the current row's sentence is whole at every start-up malloc, however long (the log grows)") {
  // Go's start-up heap (the ~180 events before main) comes with long sentences: the size class,
  // the span, and which runtime function allocates and why. Seven or eight lines at 720p, while
  // the log shows five: the row was cut at the log's bottom. The log now grows for it, into the
  // source panel.
  for (const Lang lang : {Lang::kEn, Lang::kZhCN}) {
    INFO(std::string(lang == Lang::kEn ? "en" : "zh-CN"));
    Imgui ctx;
    Session s;
    open(s, "hello/hello.json");
    VizApp app(s);
    app.set_lang(lang);
    prepare(app);
    int tall = 0, checked = 0;
    const uint64_t main_at = [&] {
      for (uint64_t i = 0; i < s.size(); ++i) {
        if (s.events()[i].kind == EventKind::kCall) return i + 1;  // runtime.main's first frame: start-up is over
      }
      return s.size();
    }();
    REQUIRE(main_at > 100);
    for (uint64_t at = 1; at <= main_at; ++at) {
      if (s.events()[at - 1].kind != EventKind::kMalloc && at != main_at) continue;
      CAPTURE(at);
      s.seek(at);
      json lay;
      for (int f = 0; f < 4; ++f) {
        if (app.fonts_stale()) {
          app.rebuild_fonts(ImGui::GetIO());
          unsigned char* px = nullptr;
          int w = 0, h = 0;
          ImGui::GetIO().Fonts->GetTexDataAsRGBA32(&px, &w, &h);
        }
        lay = draw(app, 1);
      }
      check_log_shows_cursor(lay, at);
      ++checked;
      tall += lay["log_current"]["lines"].get<int>() > 5 ? 1 : 0;
      // The source panel keeps a few lines.
      const json& src = lay["panels"]["source"];
      CHECK(src[3].get<float>() - src[1].get<float>() >= 74.0f);  // five lines of the 15 px font
    }
    CHECK(checked > 20);
    CHECK(tall > 0);  // the premise: some sentences need more than the five lines the log had
  }
}
