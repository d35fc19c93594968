// Issue #17, the timeline's lane labels: the label column was 4 ems whatever the labels, so at
// time 0 the cursor line (and the first slices) started under the end of "sysmon" or "P1 mark"
// and over the letters of any longer label. The column is now as wide as its widest label and
// a gap: every label ends left of the plot and of the cursor, at 1280x720 and 1920x1080, normal
// and presenter, in English and Chinese, with 12 Ps (labels up to "P11").
#include "tests/unit/viz_ui/viz_harness.h"

using namespace gosim;
using namespace gosim::viz;
using namespace gosim::viz::test;
using nlohmann::json;

namespace {

void check_labels_clear(const json& lay, int* labels) {
  const float plot_x0 = lay["timeline_plot"][0].get<float>();
  const float cursor_x = lay["timeline_cursor_x"].get<float>();
  CHECK(cursor_x == doctest::Approx(plot_x0).epsilon(0.001));  // at time 0 the cursor is the plot's left edge
  for (const auto& [name, r] : lay["marks"].items()) {
    if (!name.starts_with("timeline:label:")) continue;
    ++*labels;
    INFO(name << " " << r.dump() << ", plot from x " << plot_x0 << ", cursor at x " << cursor_x);
    // The cursor is 2.5 px wide: its left half starts 1.25 px left of its x.
    CHECK(r[2].get<float>() + 2.0f <= cursor_x - 1.25f);
    CHECK(r[2].get<float>() + 2.0f <= plot_x0);
  }
}

}  // namespace

TEST_CASE("timeline: every lane label ends left of the cursor at time 0 (P, other, M, GC, mark and sysmon lanes)") {
  const std::pair<float, float> sizes[] = {{1280, 720}, {1920, 1080}};
  for (const auto& [w, h] : sizes) {
    for (const Lang lang : {Lang::kEn, Lang::kZhCN}) {
      for (const bool presenter : {false, true}) {
        CAPTURE(w);
        CAPTURE(static_cast<int>(lang));
        CAPTURE(presenter);
        Imgui ctx(w, h);
        Session s;
        open(s, "gc_pacer/gc_pacer.json");
        Config c = s.config();
        c.gomaxprocs = 12;  // lanes P0..P11 and their mark lanes
        s.rerun(c);
        VizApp app(s);
        prepare(app);
        app.settings().lang = lang;
        if (presenter) {
          app.settings().presenter = true;
          app.settings().presenter_auto = false;
          app.settings().presenter_panels = {"timeline"};
        }
        s.seek(1);
        const json lay = draw(app, 4);
        int labels = 0;
        check_labels_clear(lay, &labels);
        // The tiled timeline scrolls its lanes (the labels of those out of view are not drawn);
        // presenter mode fits them all.
        CHECK(labels >= 8);
        if (presenter) {
          CHECK(lay["marks"].contains("timeline:label:P11"));
          CHECK(lay["marks"].contains("timeline:label:sysmon"));
          CHECK(labels >= 16);
        }
      }
    }
  }
}
