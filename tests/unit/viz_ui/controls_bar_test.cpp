// Issue #17 item 3, text cut: at 1280 wide the controls bar's last button (Help) was cut at the
// right edge. The speed slider now gives up width first, so every button is on the bar, in
// English and in Chinese, at 1280x720 and 1920x1080.
#include "tests/unit/viz_ui/viz_harness.h"

using namespace gosim;
using namespace gosim::viz;
using namespace gosim::viz::test;
using nlohmann::json;

TEST_CASE("normal mode: the controls bar's Help button is whole at 1280 and 1920 wide, en and zh-CN") {
  const std::pair<float, float> sizes[] = {{1920, 1080}, {1280, 720}};
  for (const auto& [w, h] : sizes) {
    for (const Lang lang : {Lang::kEn, Lang::kZhCN}) {
      CAPTURE(w);
      CAPTURE(static_cast<int>(lang));
      Imgui ctx(w, h);
      Session s;
      open(s, "write_barrier/write_barrier.json");
      VizApp app(s);
      prepare(app);
      app.settings().lang = lang;
      s.seek(10);
      const json lay = draw(app, 2);
      const json& clip = lay["marks"]["controls:clip"];
      const json& help = lay["marks"]["controls:help"];
      INFO("Help " << help.dump() << " in the bar's visible part " << clip.dump());
      CHECK(help[2].get<float>() <= clip[2].get<float>() + 0.5f);
    }
  }
}

// At 1920x1080 the bar is sized once per run from the run's longest event note: under each
// note its last status line ("proc_resize · models runtime.procresize …") is whole, and the bar
// keeps one height (nothing below it moves). Before, at 9.8 ems, that line was cut under a
// two-line note (gomaxprocs_resize's proc_resize, mutex_starvation, stack_shrink).
TEST_CASE("1920x1080 normal mode: the controls bar keeps one height through a run and shows every status line under its notes") {
  for (const char* scenario : {"gomaxprocs_resize/gomaxprocs_resize.json", "mutex_starvation/mutex_starvation.json",
                               "stack_shrink/stack_shrink.json"}) {
    for (const Lang lang : {Lang::kEn, Lang::kZhCN}) {
      CAPTURE(scenario);
      CAPTURE(static_cast<int>(lang));
      Imgui ctx(1920, 1080);
      Session s;
      open(s, scenario);
      VizApp app(s);
      prepare(app);
      app.settings().lang = lang;
      s.seek(1);
      const json bar = draw(app, 2)["panels"]["controls"];
      int noted = 0;
      for (const Note& n : s.scenario()->notes) {
        if (n.event_kind.empty()) continue;
        uint64_t at = 0;
        for (const Event& e : s.events()) {
          if (event_info(e.kind).name == n.event_kind) {
            at = e.seq;
            break;
          }
        }
        if (at == 0) continue;
        ++noted;
        CAPTURE(n.event_kind);
        s.seek(at);
        const json lay = draw(app, 2);
        CHECK(lay["panels"]["controls"] == bar);
        const json& clip = lay["marks"]["controls:clip"];
        const json& status = lay["marks"]["controls:status"];
        INFO("status lines " << status.dump() << " in the bar's visible part " << clip.dump());
        CHECK(status[3].get<float>() <= clip[3].get<float>() + 0.5f);
      }
      CHECK(noted > 0);
    }
  }
}
