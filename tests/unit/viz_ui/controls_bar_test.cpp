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
